#include "ui/EngagementDialog.hpp"

#include "ui/LocalDateEdit.hpp"
#include "ui/QtText.hpp"

#include "ui_EngagementDialog.h"

#include <QDate>
#include <QPushButton>

#include <chrono>
#include <cmath>

namespace coachdeck {
namespace {

constexpr double kMsPerHour = 3'600'000.0;

} // namespace

EngagementDialog::EngagementDialog(const Engagement &initial, TextLookup text,
                                   const LocalDates &dates, QWidget *parent, Purpose purpose)
    : QDialog(parent), ui(std::make_unique<Ui::EngagementDialog>()), initial_(initial),
      purpose_(purpose)
{
    ui->setupUi(this);
    const bool editing = purpose_ == Purpose::EditPlan;
    setWindowTitle(
        text(editing ? "CoachDeck.Engagement.Edit.Title" : "CoachDeck.Engagement.Dialog.Title"));
    ui->clientLabel->setText(text("CoachDeck.Engagement.Dialog.Client"));
    ui->clientEdit->setPlaceholderText(text("CoachDeck.Engagement.Dialog.Client.Placeholder"));
    ui->sponsorLabel->setText(text("CoachDeck.Engagement.Dialog.Sponsor"));
    ui->sessionsLabel->setText(text("CoachDeck.Engagement.Dialog.Sessions"));
    ui->hoursLabel->setText(text("CoachDeck.Engagement.Dialog.Hours"));
    ui->cadenceLabel->setText(text("CoachDeck.Engagement.Dialog.Cadence"));
    ui->startLabel->setText(text("CoachDeck.Engagement.Dialog.Start"));

    ui->clientEdit->setText(qt_text::from(initial.clientPseudonym));
    // The pseudonym names the engagement's folder and is in every session: it stays.
    ui->clientEdit->setReadOnly(editing);
    ui->sponsorEdit->setText(initial.sponsor ? qt_text::from(*initial.sponsor) : QString());
    ui->sessionsSpin->setValue(initial.sessionsPlanned);
    ui->hoursSpin->setValue(static_cast<double>(initial.hoursPlanned.count()) / kMsPerHour);
    ui->cadenceSpin->setValue(initial.cadenceDays);
    localizeDateEdit(ui->startEdit, dates);
    ui->startEdit->setDate(
        initial.startDate
            ? QDate(initial.startDate->year, initial.startDate->month, initial.startDate->day)
            : QDate::currentDate());
    connect(ui->clientEdit, &QLineEdit::textChanged, this, &EngagementDialog::updateOk);
    updateOk();
}

EngagementDialog::~EngagementDialog() = default;

void EngagementDialog::setClient(const QString &pseudonym)
{
    ui->clientEdit->setText(pseudonym);
}

void EngagementDialog::updateOk()
{
    ui->buttonBox->button(QDialogButtonBox::Ok)
        ->setEnabled(!ui->clientEdit->text().trimmed().isEmpty());
}

Engagement EngagementDialog::engagement() const
{
    Engagement out = initial_;
    if (purpose_ == Purpose::Create)
        out.clientPseudonym = qt_text::to(ui->clientEdit->text().trimmed());
    const QString sponsor = ui->sponsorEdit->text().trimmed();
    out.sponsor.reset();
    if (!sponsor.isEmpty())
        out.sponsor = qt_text::to(sponsor);
    out.sessionsPlanned = ui->sessionsSpin->value();
    out.hoursPlanned = Millis{std::llround(ui->hoursSpin->value() * kMsPerHour)};
    out.cadenceDays = ui->cadenceSpin->value();
    const QDate start = ui->startEdit->date();
    out.startDate = Date{start.year(), start.month(), start.day()};
    return out;
}

} // namespace coachdeck
