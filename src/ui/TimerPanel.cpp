#include "ui/TimerPanel.hpp"

#include "core/SessionClock.hpp"
#include "render/Palette.hpp"
#include "render/TimeText.hpp"
#include "ui/QtText.hpp"
#include "ui/SessionCommands.hpp"
#include "ui/SessionController.hpp"

#include "ui_TimerPanel.h"

#include <QSignalBlocker>

#include <algorithm>

namespace coachdeck {
namespace {

// Four updates a second: a displayed second never lags by more than a quarter.
constexpr int kTickMs = 250;

QString colourCss(const QColor &colour)
{
    return QStringLiteral("color: %1;").arg(colour.name());
}

// In the label's own style sheet: OBS themes set fonts by style sheet, which beats setFont().
QString digitsCss(const QColor &colour)
{
    return QStringLiteral("font-size: 34pt; font-weight: bold; color: %1;").arg(colour.name());
}

} // namespace

TimerPanel::TimerPanel(SessionCommands &commands, TextLookup text, LocalDates dates,
                       QWidget *parent)
    : QWidget(parent), ui(std::make_unique<Ui::TimerPanel>()), commands_(commands),
      text_(std::move(text)), dates_(std::move(dates))
{
    ui->setupUi(this);
    QFont title = ui->itemTitleLabel->font();
    title.setBold(true);
    ui->itemTitleLabel->setFont(title);
    QFont strong = ui->startPauseButton->font();
    strong.setBold(true);
    ui->startPauseButton->setFont(strong);

    connect(ui->startPauseButton, &QPushButton::clicked, this,
            [this] { (void)commands_.startOrPause(); });
    connect(ui->previousButton, &QPushButton::clicked, this,
            [this] { (void)commands_.previousItem(); });
    connect(ui->nextButton, &QPushButton::clicked, this, [this] { (void)commands_.nextItem(); });
    connect(ui->plusMinuteButton, &QPushButton::clicked, this,
            [this] { (void)commands_.addMinute(); });
    connect(ui->minusMinuteButton, &QPushButton::clicked, this,
            [this] { (void)commands_.removeMinute(); });
    connect(ui->showTimerCheck, &QCheckBox::toggled, this, [this](bool shown) {
        if (shown != commands_.controller().outline().display.timerVisible)
            (void)commands_.toggleTimerVisible();
    });
    connect(&commands_.controller(), &SessionController::changed, this, &TimerPanel::refresh);
    ticker_.setInterval(kTickMs);
    connect(&ticker_, &QTimer::timeout, this, &TimerPanel::refresh);

    retranslate();
    refresh();
}

TimerPanel::~TimerPanel() = default;

void TimerPanel::retranslate()
{
    ui->previousButton->setText(text_("CoachDeck.Dock.Timer.Previous"));
    ui->nextButton->setText(text_("CoachDeck.Dock.Timer.Next"));
    ui->previousButton->setToolTip(text_("CoachDeck.Dock.Timer.Previous.Tip"));
    ui->nextButton->setToolTip(text_("CoachDeck.Dock.Timer.Next.Tip"));
    ui->plusMinuteButton->setText(text_("CoachDeck.Dock.Timer.PlusMinute"));
    ui->minusMinuteButton->setText(text_("CoachDeck.Dock.Timer.MinusMinute"));
    ui->showTimerCheck->setText(text_("CoachDeck.Dock.Timer.ShowToClient"));
    ui->showTimerCheck->setToolTip(text_("CoachDeck.Dock.Timer.ShowToClient.Tip"));
}

void TimerPanel::refresh()
{
    const SessionController &controller = commands_.controller();
    const Outline &outline = controller.outline();
    const Clock &clock = controller.session().clock();
    const SessionTiming timing =
        session_clock::sessionTiming(outline, clock.monoNow(), clock.wallNow());
    const Palette palette = Palette::forOptions(RenderOptions{});
    const ClockStatus status = outline.clock.status;

    // The current item, or the first one before the start.
    const AgendaItem *item =
        outline.clock.currentItemId ? outline.item(*outline.clock.currentItemId) : nullptr;
    if (!item && status == ClockStatus::Idle && !outline.agenda.empty())
        item = &outline.agenda.front();

    QString title = text_("CoachDeck.Dock.Timer.NoAgenda");
    if (item) {
        const int index = outline.itemIndex(item->id) + 1;
        title = text_("CoachDeck.Dock.Timer.ItemOf")
                    .arg(index)
                    .arg(static_cast<int>(outline.agenda.size()))
                    .arg(qt_text::from(item->title));
    }
    ui->itemTitleLabel->setText(title);

    Millis remaining = item ? item->allotted() : Millis{0};
    Phase phase = Phase::Normal;
    double progress = 0.0;
    if (timing.current && status != ClockStatus::Idle) {
        remaining = timing.current->remaining;
        phase = timing.current->phase;
        progress = timing.current->progress;
    }
    ui->remainingLabel->setText(time_text::remaining(remaining));
    ui->itemProgress->setValue(static_cast<int>(std::clamp(progress, 0.0, 1.0) * 1000));

    QString words;
    QColor colour = palette.phase(phase);
    switch (status) {
    case ClockStatus::Idle:
        words = text_("CoachDeck.Dock.Timer.NotStarted");
        colour = palette.mutedText;
        break;
    case ClockStatus::Paused:
        words = text_("CoachDeck.Dock.Timer.Paused");
        break;
    case ClockStatus::Finished:
        words = text_("CoachDeck.Dock.Timer.Finished");
        colour = palette.mutedText;
        break;
    case ClockStatus::Running:
        switch (phase) {
        case Phase::Warning:
            words = text_("CoachDeck.Dock.Timer.Phase.Warning");
            break;
        case Phase::Danger:
            words = text_("CoachDeck.Dock.Timer.Phase.Danger");
            break;
        case Phase::Overtime:
            words = text_("CoachDeck.Dock.Timer.Phase.Overtime");
            break;
        case Phase::Normal:
            words = text_("CoachDeck.Dock.Timer.Phase.Normal");
            break;
        }
        break;
    }
    ui->phaseLabel->setText(words);
    ui->remainingLabel->setStyleSheet(digitsCss(colour));
    ui->phaseLabel->setStyleSheet(colourCss(colour));
    ui->remainingLabel->setProperty("phase", QString::fromUtf8(kPhaseText.name(phase).data()));

    QStringList facts;
    if (!outline.agenda.empty()) {
        facts << (timing.remaining >= Millis{0} ? text_("CoachDeck.Dock.Timer.SessionLeft")
                                                      .arg(time_text::clock(timing.remaining))
                                                : text_("CoachDeck.Dock.Timer.SessionOver")
                                                      .arg(time_text::clock(-timing.remaining)));
        if (timing.endForecast && status != ClockStatus::Finished)
            facts
                << text_("CoachDeck.Dock.Timer.EndsAt").arg(dates_.clockTime(*timing.endForecast));
        facts << text_("CoachDeck.Dock.Timer.Planned").arg(time_text::wholeMinutes(timing.planned));
    }
    ui->sessionLabel->setText(facts.join(QStringLiteral("  \u00b7  ")));

    switch (status) {
    case ClockStatus::Running:
        ui->startPauseButton->setText(text_("CoachDeck.Dock.Timer.Pause"));
        break;
    case ClockStatus::Paused:
        ui->startPauseButton->setText(text_("CoachDeck.Dock.Timer.Resume"));
        break;
    case ClockStatus::Idle:
    case ClockStatus::Finished:
        ui->startPauseButton->setText(text_("CoachDeck.Dock.Timer.Start"));
        break;
    }
    const bool live = status == ClockStatus::Running || status == ClockStatus::Paused;
    ui->startPauseButton->setEnabled(!outline.agenda.empty() && status != ClockStatus::Finished);
    ui->previousButton->setEnabled(live);
    ui->nextButton->setEnabled(live);
    ui->plusMinuteButton->setEnabled(live);
    ui->minusMinuteButton->setEnabled(live);
    {
        const QSignalBlocker block(ui->showTimerCheck);
        ui->showTimerCheck->setChecked(outline.display.timerVisible);
    }

    if (status == ClockStatus::Running && !ticker_.isActive())
        ticker_.start();
    else if (status != ClockStatus::Running)
        ticker_.stop();
}

} // namespace coachdeck
