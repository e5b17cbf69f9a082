#pragma once

#include "core/ActionItem.hpp"
#include "render/LocalDates.hpp"
#include "ui/TextLookup.hpp"

#include <QString>
#include <QWidget>

#include <memory>
#include <vector>

namespace Ui {
class ActionsPanel;
}

namespace coachdeck {

class SessionController;

/// The action plan: what, who, by when, and where it stands (open, done, dropped). Select a row
/// to change it; the form adds a new one. Undoable edits through the controller. UI thread.
class ActionsPanel : public QWidget {
    Q_OBJECT

public:
    ActionsPanel(SessionController &controller, TextLookup text, LocalDates dates = {},
                 QWidget *parent = nullptr);
    ~ActionsPanel() override;

    QString selectedId() const;
    /// Adds the action in the form; false when "what" is empty or the session refused it.
    bool addAction();
    bool updateSelected();

private:
    void retranslate();
    void rebuild();
    void showSelected();
    ActionItem fromForm(ActionItem base) const;
    QString statusText(ActionStatus status) const;

    std::unique_ptr<Ui::ActionsPanel> ui;
    SessionController &controller_;
    TextLookup text_;
    LocalDates dates_;
    std::vector<ActionItem> shownActions_; ///< to rebuild the list only when actions changed
    bool built_ = false;
};

} // namespace coachdeck
