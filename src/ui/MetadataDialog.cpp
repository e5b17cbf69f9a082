#include "ui/MetadataDialog.hpp"

#include "ui/LocalDateEdit.hpp"
#include "ui/QtText.hpp"

#include "ui_MetadataDialog.h"

#include <QDate>

#include <optional>

namespace coachdeck {
namespace {

/// A check box and its date edit for an optional date: checked when there is one.
void showOptionalDate(QCheckBox *check, QDateEdit *edit, const std::optional<Date> &date,
                      const LocalDates &dates)
{
    localizeDateEdit(edit, dates);
    check->setChecked(date.has_value());
    edit->setDate(date ? QDate(date->year, date->month, date->day) : QDate::currentDate());
    edit->setEnabled(date.has_value());
    QObject::connect(check, &QCheckBox::toggled, edit, &QDateEdit::setEnabled);
}

std::optional<Date> optionalDate(const QCheckBox *check, const QDateEdit *edit)
{
    if (!check->isChecked())
        return std::nullopt;
    const QDate d = edit->date();
    return Date{d.year(), d.month(), d.day()};
}

} // namespace

MetadataDialog::MetadataDialog(const SessionMetadata &metadata, TextLookup text,
                               const LocalDates &dates, QWidget *parent)
    : QDialog(parent), ui(std::make_unique<Ui::MetadataDialog>()), original_(metadata)
{
    ui->setupUi(this);
    setWindowTitle(text("CoachDeck.Dock.Details.Title"));
    ui->clientLabel->setText(text("CoachDeck.Dock.Details.Client"));
    ui->clientEdit->setPlaceholderText(text("CoachDeck.Dock.Details.Client.Placeholder"));
    ui->engagementLabel->setText(text("CoachDeck.Dock.Details.Engagement"));
    ui->sessionLabel->setText(text("CoachDeck.Dock.Details.Session"));
    ui->ofLabel->setText(text("CoachDeck.Dock.Details.Of"));
    ui->dateCheck->setText(text("CoachDeck.Dock.Details.Date"));
    ui->modalityLabel->setText(text("CoachDeck.Dock.Details.Modality"));
    ui->sponsorLabel->setText(text("CoachDeck.Dock.Details.Sponsor"));
    ui->modalityCombo->addItem(text("CoachDeck.Dock.Details.Modality.Video"),
                               static_cast<int>(Modality::Video));
    ui->modalityCombo->addItem(text("CoachDeck.Dock.Details.Modality.InPerson"),
                               static_cast<int>(Modality::InPerson));

    ui->clientEdit->setText(qt_text::from(metadata.clientPseudonym));
    ui->engagementEdit->setText(qt_text::from(metadata.engagement));
    ui->numberSpin->setValue(metadata.sessionNumber);
    ui->countSpin->setValue(metadata.sessionCount);
    ui->dateCheck->setChecked(metadata.date.has_value());
    localizeDateEdit(ui->dateEdit, dates);
    ui->dateEdit->setDate(metadata.date
                              ? QDate(metadata.date->year, metadata.date->month, metadata.date->day)
                              : QDate::currentDate());
    ui->dateEdit->setEnabled(metadata.date.has_value());
    connect(ui->dateCheck, &QCheckBox::toggled, ui->dateEdit, &QDateEdit::setEnabled);
    ui->modalityCombo->setCurrentIndex(
        ui->modalityCombo->findData(static_cast<int>(metadata.modality)));
    ui->sponsorEdit->setText(metadata.sponsor ? qt_text::from(*metadata.sponsor) : QString());
    // The coachee's written validation for the sponsor's report (docs/reports.md).
    ui->imagesValidatedCheck->setText(text("CoachDeck.Dock.Details.ImagesValidated"));
    ui->imagesValidatedCheck->setToolTip(text("CoachDeck.Dock.Details.ImagesValidated.Tip"));
    ui->labelsValidatedCheck->setText(text("CoachDeck.Dock.Details.LabelsValidated"));
    ui->labelsValidatedCheck->setToolTip(text("CoachDeck.Dock.Details.LabelsValidated.Tip"));
    showOptionalDate(ui->imagesValidatedCheck, ui->imagesValidatedEdit,
                     metadata.boardImagesValidatedOn, dates);
    showOptionalDate(ui->labelsValidatedCheck, ui->labelsValidatedEdit,
                     metadata.figureLabelsValidatedOn, dates);
}

MetadataDialog::~MetadataDialog() = default;

SessionMetadata MetadataDialog::metadata() const
{
    SessionMetadata out = original_;
    out.clientPseudonym = qt_text::to(ui->clientEdit->text().trimmed());
    out.engagement = qt_text::to(ui->engagementEdit->text().trimmed());
    out.sessionNumber = ui->numberSpin->value();
    out.sessionCount = std::max(ui->countSpin->value(), ui->numberSpin->value());
    out.date.reset();
    if (ui->dateCheck->isChecked()) {
        const QDate d = ui->dateEdit->date();
        out.date = Date{d.year(), d.month(), d.day()};
    }
    out.modality = static_cast<Modality>(ui->modalityCombo->currentData().toInt());
    const QString sponsor = ui->sponsorEdit->text().trimmed();
    out.sponsor.reset();
    if (!sponsor.isEmpty())
        out.sponsor = qt_text::to(sponsor);
    out.boardImagesValidatedOn = optionalDate(ui->imagesValidatedCheck, ui->imagesValidatedEdit);
    out.figureLabelsValidatedOn = optionalDate(ui->labelsValidatedCheck, ui->labelsValidatedEdit);
    return out;
}

} // namespace coachdeck
