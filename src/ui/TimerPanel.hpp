#pragma once

#include "render/LocalDates.hpp"
#include "ui/TextLookup.hpp"

#include <QTimer>
#include <QWidget>

#include <memory>

namespace Ui {
class TimerPanel;
}

namespace coachdeck {

class SessionCommands;

/// The time at a glance and the big live controls: the current item's remaining time in its
/// phase colour (with the phase in words too), its progress, the whole session's remaining time
/// and end-time forecast, start/pause, previous, next, +/-1 min, and the switch that shows the
/// timer to the client. Every figure is read from the session clock when painted, never
/// counted. UI thread.
class TimerPanel : public QWidget {
    Q_OBJECT

public:
    TimerPanel(SessionCommands &commands, TextLookup text, LocalDates dates = {},
               QWidget *parent = nullptr);
    ~TimerPanel() override;

    /// Reads the session and the clock again (also called by a timer while running).
    void refresh();

private:
    void retranslate();

    std::unique_ptr<Ui::TimerPanel> ui;
    SessionCommands &commands_;
    TextLookup text_;
    LocalDates dates_;
    QTimer ticker_;
};

} // namespace coachdeck
