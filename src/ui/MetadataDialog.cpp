#include "ui/MetadataDialog.hpp"

#include "ui/QtText.hpp"

#include "ui_MetadataDialog.h"

#include <QDate>

namespace coachdeck {

MetadataDialog::MetadataDialog(const SessionMetadata &metadata, TextLookup text, QWidget *parent)
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
    ui->dateEdit->setDate(metadata.date
                              ? QDate(metadata.date->year, metadata.date->month, metadata.date->day)
                              : QDate::currentDate());
    ui->dateEdit->setEnabled(metadata.date.has_value());
    connect(ui->dateCheck, &QCheckBox::toggled, ui->dateEdit, &QDateEdit::setEnabled);
    ui->modalityCombo->setCurrentIndex(
        ui->modalityCombo->findData(static_cast<int>(metadata.modality)));
    ui->sponsorEdit->setText(metadata.sponsor ? qt_text::from(*metadata.sponsor) : QString());
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
    return out;
}

} // namespace coachdeck
