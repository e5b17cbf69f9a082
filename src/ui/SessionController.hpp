#pragma once

#include "core/ClientView.hpp"
#include "core/SaveWorker.hpp"
#include "core/Session.hpp"
#include "core/SessionLock.hpp"
#include "core/SessionRecovery.hpp"
#include "core/SuspendWatch.hpp"
#include "core/ViewPublisher.hpp"

#include <QObject>
#include <QString>
#include <QTimer>

#include <chrono>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <type_traits>
#include <utility>

namespace coachdeck {

/// The one owner of the live session. Dock buttons, hotkeys and websocket
/// requests all act through apply(), so they share one undo history, one
/// autosave and one view for the overlay. Lives on the UI thread.
class SessionController : public QObject {
    Q_OBJECT

public:
    struct Options {
        /// Where a session with no file of its own is kept safe.
        std::filesystem::path autosaveFile;
        /// Quiet time after an edit before it is written (a burst is one write).
        std::chrono::milliseconds autosaveDelay{500};
        /// After a failed write, how long until the next attempt.
        std::chrono::milliseconds retryDelay{5000};
        /// How often the clocks are read to notice that the machine was suspended.
        std::chrono::milliseconds suspendCheckInterval{1000};
        /// How this program names itself in the lock it takes on the session's file ("OBS 32.2.2").
        std::string program = "OBS";
    };

    SessionController(const Clock &clock, ViewPublisher &publisher, SaveWorker::Writer writer,
                      Options options, QObject *parent = nullptr);
    /// Writes what is not yet on disk before going.
    ~SessionController() override;

    const Session &session() const { return session_; }
    const Outline &outline() const { return session_.outline(); }
    /// The file the session is saved to (its own, or the autosave file).
    const std::filesystem::path &file() const { return file_; }

    /// Runs `op(Session&)`; if the session changed, tells everyone: emits
    /// changed(), publishes the client view and schedules the autosave.
    /// Returns what `op` returned (a Status or Result).
    template <typename Op>
    auto apply(Op &&op) -> std::invoke_result_t<Op, Session &>
    {
        const auto before = session_.revision();
        auto result = std::forward<Op>(op)(session_);
        if (session_.revision() != before)
            afterChange(false);
        return result;
    }

    /// Opens a session file; on failure the current session is untouched.
    Status open(const std::filesystem::path &file);
    /// Opens the coach's last session as OBS starts, after looking beside it for what a crash or
    /// a killed save left (core session_recovery): leftovers are removed, the file itself is
    /// never written over. The findings say what the dock tells the coach and offers.
    session_recovery::Findings reopen(const std::filesystem::path &file);
    /// The coach chose `version` of `file`: an unreadable `file` is first kept aside
    /// (".unreadable"), then the version becomes the session and is written to `file` at once;
    /// a temporary file it came from is removed.
    Status restore(const session_recovery::Version &version, const std::filesystem::path &file);
    /// Starts over with `outline` saved to `file` (empty: the autosave file).
    Status replace(Outline outline, std::filesystem::path file = {});
    /// Writes now, to `file`, which becomes the session's file. Refused, with the holder named,
    /// when another OBS holds `file`.
    Status saveAs(const std::filesystem::path &file);

    /// One writer per file (core session_lock): the session's file is locked while it is ours.
    /// When another OBS holds it, the session is open read-only: it is shown and may be edited,
    /// but nothing is written to that file; heldBy() says who holds it.
    const std::optional<session_lock::Holder> &heldBy() const { return heldBy_; }
    bool readOnly() const { return heldBy_.has_value(); }
    /// The holder of the file's lock before us, when it had ended without letting go (a crash).
    const std::optional<session_lock::Holder> &tookOverFrom() const { return tookOverFrom_; }
    /// A read-only session saved as a copy beside its file ("claire (copy).json"), which
    /// becomes the session's own file: the edits made meanwhile are kept.
    Status openCopy();
    /// Writes anything pending and waits for the disk (before OBS quits).
    void flush();

    bool undo()
    {
        return apply([](Session &s) { return s.undo(); });
    }
    bool redo()
    {
        return apply([](Session &s) { return s.redo(); });
    }

    /// The newest failure to save, empty once a save succeeds again.
    QString saveError() const { return saveError_; }
    SaveWorker::Report saveReport() const { return worker_.report(); }
    /// Whether a failed save will be tried again on its own (the retry timer runs).
    bool retryPending() const { return retryTimer_.isActive(); }
    std::chrono::milliseconds retryDelay() const { return options_.retryDelay; }
    /// Tries a failed (or pending) save right away instead of waiting for the retry.
    void retryNow();

    /// Reads the clocks (a timer does, every suspendCheckInterval); emits suspendNoticed() when
    /// the machine was suspended while the session's clock ran.
    void checkSuspend();
    /// Pauses the clock as of `instant` (where a suspend began): the time after is not counted.
    Status pauseAt(MonoTime instant);

signals:
    /// The session changed; `whole` when it was replaced (opened, new).
    void changed(quint64 revision, bool whole);
    /// A save failed (message) or succeeded again (empty message).
    void saveStatusChanged(const QString &error);
    /// The session's file changed (opened, new, saved as): the path, UTF-8.
    void fileChanged(const QString &path);
    /// Who holds the session's file changed (heldBy(), tookOverFrom()).
    void lockChanged();
    /// The machine was suspended for `lasted` from `began` (session clock) while the clock ran;
    /// that time was counted, as the wall clock counts it. pauseAt(began) takes it back.
    void suspendNoticed(MonoTime began, WallTime beganWall, Millis lasted);

private:
    void afterChange(bool whole);
    void setFile(std::filesystem::path file);
    /// The lock of `file`, taken if free (no lock when it cannot be made: a read-only folder).
    session_lock::Outcome lockOf(const std::filesystem::path &file) const;
    void adopt(session_lock::Outcome outcome);
    void publish();
    void submitAutosave();
    void onSaveReport(const SaveWorker::Report &report);

    ViewPublisher &publisher_;
    Options options_;
    Session session_;
    std::filesystem::path file_;
    QTimer autosaveTimer_;
    QTimer retryTimer_;
    QTimer suspendTimer_;
    SuspendWatch suspendWatch_;
    QString saveError_;
    std::optional<session_lock::Lock> lock_; // after the worker has written its last
    std::optional<session_lock::Holder> heldBy_;
    std::optional<session_lock::Holder> tookOverFrom_;
    SaveWorker worker_; // last: stops (and writes) before the members it reads go
};

} // namespace coachdeck
