#pragma once

#include "core/Engagement.hpp"
#include "render/LocalDates.hpp"
#include "ui/TextLookup.hpp"

#include <QDialog>

#include <memory>

namespace Ui {
class EngagementDialog;
}

namespace coachdeck {

/// A new engagement, or the plan of an existing one: the client's pseudonym (never required to
/// be a real name; shown, not editable, in a plan), the sponsor, sessions and hours planned,
/// days between sessions and the date of the first session. OK stays disabled while the
/// pseudonym is empty. UI thread.
class EngagementDialog : public QDialog {
    Q_OBJECT

public:
    enum class Purpose { Create = 1, EditPlan };

    EngagementDialog(const Engagement &initial, TextLookup text, const LocalDates &dates,
                     QWidget *parent = nullptr, Purpose purpose = Purpose::Create);
    ~EngagementDialog() override;

    /// The engagement as entered (unknown keys kept from the initial one; the initial pseudonym
    /// when editing a plan).
    Engagement engagement() const;

    // For tests: fill the fields as a coach would.
    void setClient(const QString &pseudonym);

private:
    void updateOk();

    std::unique_ptr<Ui::EngagementDialog> ui;
    Engagement initial_;
    Purpose purpose_;
};

} // namespace coachdeck
