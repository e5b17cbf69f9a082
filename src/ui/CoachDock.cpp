#include "ui/CoachDock.hpp"

#include "core/PathText.hpp"

#include "ui/ActionsPanel.hpp"
#include "ui/AgendaPanel.hpp"
#include "ui/BoardPanel.hpp"
#include "ui/EngagementPanel.hpp"
#include "ui/NotesPanel.hpp"
#include "ui/SessionBar.hpp"
#include "ui/SessionCommands.hpp"
#include "ui/SessionController.hpp"
#include "ui/StatusBanner.hpp"
#include "ui/TimerPanel.hpp"

#include "ui_CoachDock.h"

#include <QDateTime>
#include <QKeyEvent>
#include <QKeySequence>
#include <QScrollArea>

#include <algorithm>
#include <utility>

namespace coachdeck {
namespace {

enum class HistoryKey { None, Undo, Redo };

HistoryKey historyKey(const QKeyEvent *event)
{
    const auto mods = event->modifiers() & (Qt::ControlModifier | Qt::ShiftModifier |
                                            Qt::AltModifier | Qt::MetaModifier);
    if (event->key() == Qt::Key_Z && mods == Qt::ControlModifier)
        return HistoryKey::Undo;
    if (event->key() == Qt::Key_Z && mods == (Qt::ControlModifier | Qt::ShiftModifier))
        return HistoryKey::Redo;
    if (event->key() == Qt::Key_Y && mods == Qt::ControlModifier)
        return HistoryKey::Redo;
    return HistoryKey::None;
}

/// A file's name as the coach reads it, UTF-8 on every system.
QString fileName(const std::filesystem::path &file)
{
    return QString::fromStdString(path_text::utf8(file.filename()));
}

} // namespace

CoachDock::CoachDock(SessionController &controller, SessionCommands &commands,
                     SessionLibrary &library, TextLookup text, LocalDates dates, QWidget *parent)
    : QWidget(parent), ui(std::make_unique<Ui::CoachDock>()), controller_(controller),
      text_(std::move(text)), dates_(std::move(dates))
{
    ui->setupUi(this);
    setObjectName(QStringLiteral("coachDeckDock"));
    sessionBar_ = new SessionBar(controller_, library, text_, dates_, this);
    ui->sessionLayout->addWidget(sessionBar_);
    engagement_ = new EngagementPanel(controller_, library, text_, dates_, this);
    ui->sessionLayout->addWidget(engagement_);
    noticeBanner_ = new StatusBanner(this);
    saveBanner_ = new StatusBanner(this);
    ui->bannerLayout->addWidget(saveBanner_);
    ui->bannerLayout->addWidget(noticeBanner_);
    suspendBanner_ = new StatusBanner(this);
    ui->bannerLayout->addWidget(suspendBanner_);
    recoveryBanner_ = new StatusBanner(this);
    ui->bannerLayout->addWidget(recoveryBanner_);
    lockBanner_ = new StatusBanner(this);
    ui->bannerLayout->addWidget(lockBanner_);
    timer_ = new TimerPanel(commands, text_, dates_, ui->timerFrame);
    ui->timerLayout->addWidget(timer_);
    agenda_ = new AgendaPanel(controller_, text_, this);
    board_ = new BoardPanel(commands, text_, dates_, this);
    notes_ = new NotesPanel(controller_, text_, dates_, this);
    actions_ = new ActionsPanel(controller_, text_, dates_, this);
    // Each tab scrolls when the dock is short, so nothing is ever out of reach.
    const auto addTab = [this](QWidget *page, const char *key) {
        auto *scroll = new QScrollArea(ui->tabs);
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        scroll->setWidget(page);
        ui->tabs->addTab(scroll, text_(key));
    };
    addTab(agenda_, "CoachDeck.Dock.Tab.Agenda");
    addTab(board_, "CoachDeck.Dock.Tab.Board");
    addTab(notes_, "CoachDeck.Dock.Tab.Notes");
    addTab(actions_, "CoachDeck.Dock.Tab.Actions");

    connect(&controller_, &SessionController::saveStatusChanged, this, &CoachDock::showSaveStatus);
    connect(saveBanner_, &StatusBanner::actionClicked, this, [this] { controller_.retryNow(); });
    connect(&controller_, &SessionController::suspendNoticed, this, &CoachDock::showSuspend);
    connect(recoveryBanner_, &StatusBanner::actionClicked, this, &CoachDock::restoreOffered);
    connect(&controller_, &SessionController::lockChanged, this, &CoachDock::showLock);
    connect(lockBanner_, &StatusBanner::actionClicked, this, [this] {
        if (Status copied = controller_.openCopy(); !copied)
            return showNotice(QString::fromStdString(copied.error().message()));
        lockBanner_->showMessage(
            text_("CoachDeck.Dock.Lock.Copied").arg(fileName(controller_.file())),
            StatusBanner::Kind::Info);
    });
    connect(suspendBanner_, &StatusBanner::actionClicked, this, [this] {
        if (Status paused = controller_.pauseAt(suspendBegan_); !paused) {
            suspendBanner_->hide();
            return showNotice(QString::fromStdString(paused.error().message()));
        }
        suspendBanner_->showMessage(
            text_("CoachDeck.Dock.Suspend.PausedBack").arg(dates_.clockTime(suspendBeganWall_)),
            StatusBanner::Kind::Info);
    });
    connect(&commands, &SessionCommands::refused, this, &CoachDock::showNotice);
    connect(sessionBar_, &SessionBar::failed, this, &CoachDock::showNotice);
    connect(sessionBar_, &SessionBar::notice, this, [this](const QString &message) {
        noticeBanner_->showMessage(message, StatusBanner::Kind::Info);
    });
    connect(engagement_, &EngagementPanel::failed, this, &CoachDock::showNotice);
    connect(engagement_, &EngagementPanel::notice, this, [this](const QString &message) {
        noticeBanner_->showMessage(message, StatusBanner::Kind::Info);
    });
    showSaveStatus(controller_.saveError());
    showLock();
}

CoachDock::~CoachDock() = default;

void CoachDock::showRecovered(bool afterCrash)
{
    const QString file = QString::fromStdString(controller_.file().filename().string());
    if (afterCrash)
        noticeBanner_->showMessage(text_("CoachDeck.Dock.Recovered.Crash").arg(file),
                                   StatusBanner::Kind::Warning);
    else
        noticeBanner_->showMessage(text_("CoachDeck.Dock.Recovered.Reopened").arg(file),
                                   StatusBanner::Kind::Info);
}

void CoachDock::showReopenFindings(const session_recovery::Findings &findings,
                                   const std::filesystem::path &file)
{
    offered_ = findings.offer;
    offeredFor_ = file;
    offeredForUnreadable_ = findings.unreadable.has_value();
    QString message;
    if (findings.unreadable) {
        message = text_("CoachDeck.Dock.Recovery.Unreadable")
                      .arg(fileName(file), QString::fromStdString(findings.unreadable->message()));
        if (offered_)
            message += QLatin1Char(' ') +
                       text_("CoachDeck.Dock.Recovery.Offer")
                           .arg(dates_.shortDateTime(offered_->modified), fileName(offered_->file));
    } else if (offered_) {
        message = text_("CoachDeck.Dock.Recovery.NewerFound")
                      .arg(fileName(file), dates_.shortDateTime(offered_->modified),
                           fileName(offered_->file));
    } else {
        return;
    }
    recoveryBanner_->showMessage(
        message, findings.unreadable ? StatusBanner::Kind::Error : StatusBanner::Kind::Warning,
        offered_ ? text_("CoachDeck.Dock.Recovery.Open") : QString());
}

void CoachDock::showLock()
{
    if (const auto &holder = controller_.heldBy()) {
        const QString program = holder->program.empty() ? text_("CoachDeck.Dock.Lock.AnotherObs")
                                                        : QString::fromStdString(holder->program);
        lockBanner_->showMessage(text_("CoachDeck.Dock.Lock.ReadOnly")
                                     .arg(fileName(controller_.file()), program)
                                     .arg(static_cast<qlonglong>(holder->pid))
                                     .arg(QString::fromStdString(holder->host)),
                                 StatusBanner::Kind::Warning,
                                 text_("CoachDeck.Dock.Lock.OpenCopy"));
    } else if (const auto &gone = controller_.tookOverFrom()) {
        lockBanner_->showMessage(text_("CoachDeck.Dock.Lock.TookOver")
                                     .arg(fileName(controller_.file()))
                                     .arg(static_cast<qlonglong>(gone->pid))
                                     .arg(QString::fromStdString(gone->host)),
                                 StatusBanner::Kind::Info);
    } else {
        lockBanner_->hide();
    }
}

void CoachDock::restoreOffered()
{
    if (!offered_)
        return;
    const QString from = dates_.shortDateTime(offered_->modified);
    if (Status restored = controller_.restore(*offered_, offeredFor_); !restored) {
        recoveryBanner_->showMessage(QString::fromStdString(restored.error().message()),
                                     StatusBanner::Kind::Error);
        return;
    }
    const QString name = fileName(offeredFor_);
    const QString kept = fileName(session_recovery::unreadablePath(offeredFor_));
    recoveryBanner_->showMessage(
        offeredForUnreadable_ ? text_("CoachDeck.Dock.Recovery.Restored").arg(from, name, kept)
                              : text_("CoachDeck.Dock.Recovery.RestoredNewer").arg(from, name),
        StatusBanner::Kind::Info);
    offered_.reset();
}

void CoachDock::showSaveStatus(const QString &error)
{
    if (error.isEmpty()) {
        if (saveBanner_->kind() == StatusBanner::Kind::Error && !saveBanner_->isHidden())
            saveBanner_->showMessage(text_("CoachDeck.Dock.Save.Recovered"),
                                     StatusBanner::Kind::Info);
        return;
    }
    const auto seconds = static_cast<int>((controller_.retryDelay().count() + 999) / 1000);
    saveBanner_->showMessage(text_("CoachDeck.Dock.Save.Failed")
                                 .arg(error)
                                 .arg(seconds)
                                 .arg(dates_.clockTimeWithSeconds(SystemClock().wallNow())),
                             StatusBanner::Kind::Error, text_("CoachDeck.Dock.Save.RetryNow"));
}

void CoachDock::showSuspend(MonoTime began, WallTime beganWall, Millis lasted)
{
    suspendBegan_ = began;
    suspendBeganWall_ = beganWall;
    const auto minutes =
        std::max<long long>(1, (lasted + std::chrono::seconds(30)) / std::chrono::minutes(1));
    const QString from = dates_.clockTime(beganWall);
    suspendBanner_->showMessage(text_("CoachDeck.Dock.Suspend.Noticed")
                                    .arg(QString::number(minutes))
                                    .arg(from)
                                    .arg(dates_.clockTime(beganWall + lasted)),
                                StatusBanner::Kind::Warning,
                                text_("CoachDeck.Dock.Suspend.PauseBack").arg(from));
}

void CoachDock::showNotice(const QString &message)
{
    noticeBanner_->showMessage(message, StatusBanner::Kind::Warning);
}

bool CoachDock::event(QEvent *event)
{
    // Claim Ctrl+Z / Ctrl+Shift+Z while the focus is in the dock, before OBS's own Edit menu
    // shortcuts see them; the key press then reaches keyPressEvent (text fields keep theirs).
    if (event->type() == QEvent::ShortcutOverride &&
        historyKey(static_cast<QKeyEvent *>(event)) != HistoryKey::None) {
        event->accept();
        return true;
    }
    return QWidget::event(event);
}

void CoachDock::keyPressEvent(QKeyEvent *event)
{
    switch (historyKey(event)) {
    case HistoryKey::Undo:
        (void)controller_.undo();
        event->accept();
        return;
    case HistoryKey::Redo:
        (void)controller_.redo();
        event->accept();
        return;
    case HistoryKey::None:
        break;
    }
    QWidget::keyPressEvent(event);
}

} // namespace coachdeck
