#pragma once

#include "core/SessionMetadata.hpp"
#include "render/LocalDates.hpp"
#include "ui/TextLookup.hpp"

#include <QDialog>

#include <memory>

namespace Ui {
class MetadataDialog;
}

namespace coachdeck {

/// Who and which session: the client's pseudonym (never required to be a real name), the
/// engagement, session n of N, the date, the modality and the sponsor. UI thread.
class MetadataDialog : public QDialog {
    Q_OBJECT

public:
    MetadataDialog(const SessionMetadata &metadata, TextLookup text, const LocalDates &dates = {},
                   QWidget *parent = nullptr);
    ~MetadataDialog() override;

    /// The details as edited (unknown keys kept from the original).
    SessionMetadata metadata() const;

private:
    std::unique_ptr<Ui::MetadataDialog> ui;
    SessionMetadata original_;
};

} // namespace coachdeck
