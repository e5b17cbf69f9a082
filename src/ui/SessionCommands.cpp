#include "ui/SessionCommands.hpp"

#include "ui/QtText.hpp"
#include "ui/SessionController.hpp"

#include <chrono>

namespace coachdeck {

using namespace std::chrono_literals;

SessionCommands::SessionCommands(SessionController &controller, TextLookup text, QObject *parent)
    : QObject(parent), controller_(controller), text_(std::move(text))
{
}

Status SessionCommands::report(Status status)
{
    if (!status)
        emit refused(qt_text::from(status.error().message()));
    return status;
}

Status SessionCommands::startOrPause()
{
    return report(controller_.apply([](Session &s) {
        switch (s.outline().clock.status) {
        case ClockStatus::Running:
            return s.pause();
        case ClockStatus::Paused:
            return s.resume();
        case ClockStatus::Idle:
        case ClockStatus::Finished:
            break;
        }
        return s.start();
    }));
}

Status SessionCommands::nextItem()
{
    return report(controller_.apply([](Session &s) { return s.next(); }));
}

Status SessionCommands::previousItem()
{
    return report(controller_.apply([](Session &s) { return s.previous(); }));
}

Status SessionCommands::addMinute()
{
    return report(controller_.apply([](Session &s) { return s.adjust(1min); }));
}

Status SessionCommands::removeMinute()
{
    return report(controller_.apply([](Session &s) { return s.adjust(-1min); }));
}

Status SessionCommands::takeSnapshot(const QString &name)
{
    const QString chosen =
        name.trimmed().isEmpty()
            ? text_("CoachDeck.Dock.Snapshot.DefaultName")
                  .arg(static_cast<int>(controller_.outline().snapshots.size()) + 1)
            : name.trimmed();
    Result<std::string> taken =
        controller_.apply([&](Session &s) { return s.takeSnapshot(qt_text::to(chosen)); });
    if (!taken)
        return report(taken.error());
    return ok();
}

Status SessionCommands::nextSnapshot()
{
    const Outline &outline = controller_.outline();
    if (outline.snapshots.empty())
        return ok();
    std::optional<std::string> target = outline.snapshots.front().id;
    if (const auto &shown = outline.display.shownSnapshotId) {
        target.reset(); // past the last one: back to the live board
        for (std::size_t i = 0; i + 1 < outline.snapshots.size(); ++i)
            if (outline.snapshots[i].id == *shown)
                target = outline.snapshots[i + 1].id;
    }
    return report(controller_.apply([&](Session &s) { return s.showSnapshot(target); }));
}

Status SessionCommands::previousSnapshot()
{
    const Outline &outline = controller_.outline();
    if (outline.snapshots.empty())
        return ok();
    std::optional<std::string> target = outline.snapshots.back().id;
    if (const auto &shown = outline.display.shownSnapshotId) {
        target = shown; // the first one stays
        for (std::size_t i = 1; i < outline.snapshots.size(); ++i)
            if (outline.snapshots[i].id == *shown)
                target = outline.snapshots[i - 1].id;
    }
    return report(controller_.apply([&](Session &s) { return s.showSnapshot(target); }));
}

Status SessionCommands::toggleTimerVisible()
{
    const bool visible = !controller_.outline().display.timerVisible;
    return report(controller_.apply([&](Session &s) { return s.setTimerVisible(visible); }));
}

} // namespace coachdeck
