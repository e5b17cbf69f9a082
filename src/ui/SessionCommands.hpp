#pragma once

#include "core/Result.hpp"
#include "ui/TextLookup.hpp"

#include <QObject>
#include <QString>

namespace coachdeck {

class SessionController;

/// The live controls a coach uses without looking: the dock's big buttons and the OBS hotkeys
/// call these same functions, which act through the one SessionController. UI thread only
/// (the OBS glue queues hotkey presses here).
class SessionCommands : public QObject {
    Q_OBJECT

public:
    SessionCommands(SessionController &controller, TextLookup text, QObject *parent = nullptr);

    SessionController &controller() const { return controller_; }

    /// Starts the session, pauses it, or resumes it, depending on where it stands.
    Status startOrPause();
    Status nextItem();
    Status previousItem();
    /// +/- one minute on the current item.
    Status addMinute();
    Status removeMinute();
    /// Takes a snapshot of the board; an empty name gives "Step N".
    Status takeSnapshot(const QString &name = {});
    /// Shows the next snapshot to the client; past the last one, the live board again.
    Status nextSnapshot();
    /// Shows the previous snapshot; from the live board, the last snapshot.
    Status previousSnapshot();
    Status toggleTimerVisible();

signals:
    /// A command was refused; the message says why (shown in the dock).
    void refused(const QString &message);

private:
    Status report(Status status);

    SessionController &controller_;
    TextLookup text_;
};

} // namespace coachdeck
