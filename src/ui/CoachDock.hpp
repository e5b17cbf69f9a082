#pragma once

#include "core/SessionRecovery.hpp"
#include "core/Time.hpp"
#include "render/LocalDates.hpp"
#include "ui/TextLookup.hpp"

#include <QString>
#include <QWidget>

#include <filesystem>
#include <memory>
#include <optional>

namespace Ui {
class CoachDock;
}

namespace coachdeck {

class ActionsPanel;
class AgendaPanel;
class BoardPanel;
class EngagementPanel;
class NotesPanel;
class SessionBar;
class SessionCommands;
class SessionController;
class SessionLibrary;
class StatusBanner;
class TimerPanel;

/// The coach's dock inside OBS: the session bar, banners that cannot be missed (a failed save
/// and its retry, a recovered session, a suspend while the clock ran and the way back), the timer
/// with the big live controls, and tabs for the agenda, the constellation board, notes and actions.
/// Each part is its own widget acting on the one SessionController; Ctrl+Z / Ctrl+Shift+Z undo and
/// redo anywhere in the dock. Lives on the UI thread; all texts come from the lookup given at
/// construction.
class CoachDock : public QWidget {
    Q_OBJECT

public:
    CoachDock(SessionController &controller, SessionCommands &commands, SessionLibrary &library,
              TextLookup text, LocalDates dates = {}, QWidget *parent = nullptr);
    ~CoachDock() override;

    CoachDock(const CoachDock &) = delete;
    CoachDock &operator=(const CoachDock &) = delete;

    /// Says the session was reopened as it was; `afterCrash` when OBS had not closed normally.
    void showRecovered(bool afterCrash);
    /// Tells what SessionController::reopen() found beside `file`: why it does not read, and a
    /// whole version (the backup, or a save that did not finish) with a button that restores it.
    void showReopenFindings(const session_recovery::Findings &findings,
                            const std::filesystem::path &file);

    SessionBar *sessionBar() const { return sessionBar_; }
    TimerPanel *timerPanel() const { return timer_; }
    AgendaPanel *agendaPanel() const { return agenda_; }
    BoardPanel *boardPanel() const { return board_; }
    NotesPanel *notesPanel() const { return notes_; }
    ActionsPanel *actionsPanel() const { return actions_; }
    EngagementPanel *engagementPanel() const { return engagement_; }
    StatusBanner *saveBanner() const { return saveBanner_; }
    StatusBanner *noticeBanner() const { return noticeBanner_; }
    StatusBanner *suspendBanner() const { return suspendBanner_; }
    StatusBanner *recoveryBanner() const { return recoveryBanner_; }
    StatusBanner *lockBanner() const { return lockBanner_; }

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void showSaveStatus(const QString &error);
    void showNotice(const QString &message);
    void showSuspend(MonoTime began, WallTime beganWall, Millis lasted);
    void restoreOffered();
    /// Says who holds the session's file (read-only here) or whose lock was taken over.
    void showLock();

    std::unique_ptr<Ui::CoachDock> ui;
    SessionController &controller_;
    TextLookup text_;
    LocalDates dates_; ///< dates and times in the OBS language
    SessionBar *sessionBar_ = nullptr;
    StatusBanner *saveBanner_ = nullptr;
    StatusBanner *noticeBanner_ = nullptr;
    StatusBanner *suspendBanner_ = nullptr;
    StatusBanner *recoveryBanner_ = nullptr;
    StatusBanner *lockBanner_ = nullptr;               ///< who else writes the session's file
    std::optional<session_recovery::Version> offered_; ///< what the recovery banner offers
    std::filesystem::path offeredFor_;
    bool offeredForUnreadable_ = false;
    MonoTime suspendBegan_{}; ///< where the suspend the banner tells of began
    WallTime suspendBeganWall_{};
    TimerPanel *timer_ = nullptr;
    AgendaPanel *agenda_ = nullptr;
    BoardPanel *board_ = nullptr;
    NotesPanel *notes_ = nullptr;
    ActionsPanel *actions_ = nullptr;
    EngagementPanel *engagement_ = nullptr;
};

} // namespace coachdeck
