#include "core/ClientView.hpp"

#include <algorithm>

namespace coachdeck {
namespace {

Board clientBoard(const Board &board)
{
    Board copy = board;
    copy.unknown = UnknownKeys::object();
    for (Figure &f : copy.figures)
        f.unknown = UnknownKeys::object();
    for (Zone &z : copy.zones)
        z.unknown = UnknownKeys::object();
    return copy;
}

ClientAgendaItem clientItem(const AgendaItem &item)
{
    ClientAgendaItem out;
    out.id = item.id;
    out.title = item.title;
    out.kind = item.kind;
    out.planned = item.planned;
    out.allotted = item.allotted();
    out.warnAt = item.warnAt;
    out.dangerAt = item.dangerAt;
    out.status = item.status;
    out.actual = item.actual;
    return out;
}

} // namespace

ClientView makeClientView(const Outline &outline, std::uint64_t revision)
{
    ClientView view;
    view.revision = revision;
    view.sessionNumber = outline.session.sessionNumber;
    view.sessionCount = outline.session.sessionCount;

    view.agenda.reserve(outline.agenda.size());
    for (const AgendaItem &item : outline.agenda)
        view.agenda.push_back(clientItem(item));

    view.clock.status = outline.clock.status;
    view.clock.currentItemId = outline.clock.currentItemId;
    view.clock.runningSince = outline.clock.runningSince;
    view.clock.startedAt = outline.clock.startedAt;

    view.board = clientBoard(outline.board);
    view.snapshots.reserve(outline.snapshots.size());
    for (const Snapshot &s : outline.snapshots)
        view.snapshots.push_back({s.id, s.name, clientBoard(s.board)});

    view.timerVisible = outline.display.timerVisible;
    view.perspectiveFigureId = outline.display.perspectiveFigureId;
    view.shownSnapshotId = outline.display.shownSnapshotId;
    view.zonesVisible = outline.board.zonesVisible;
    return view;
}

const ClientAgendaItem *ClientView::item(std::string_view id) const
{
    const auto found = std::find_if(agenda.begin(), agenda.end(),
                                    [&](const ClientAgendaItem &i) { return i.id == id; });
    return found == agenda.end() ? nullptr : &*found;
}

const ClientAgendaItem *ClientView::currentItem() const
{
    return clock.currentItemId ? item(*clock.currentItemId) : nullptr;
}

const ClientSnapshot *ClientView::snapshot(std::string_view id) const
{
    const auto found = std::find_if(snapshots.begin(), snapshots.end(),
                                    [&](const ClientSnapshot &s) { return s.id == id; });
    return found == snapshots.end() ? nullptr : &*found;
}

const ClientSnapshot *ClientView::shownSnapshot() const
{
    return shownSnapshotId ? snapshot(*shownSnapshotId) : nullptr;
}

const Board &ClientView::shownBoard() const
{
    const ClientSnapshot *shown = shownSnapshot();
    return shown ? shown->board : board;
}

Millis ClientView::elapsed(const ClientAgendaItem &item, MonoTime now) const
{
    // Same rule as session_clock::elapsed (a test holds them equal).
    Millis spent = item.actual;
    if (clock.status == ClockStatus::Running && clock.runningSince &&
        clock.currentItemId == item.id)
        spent += std::max(Millis{0}, std::chrono::duration_cast<Millis>(now - *clock.runningSince));
    return spent;
}

SessionTiming ClientView::timing(MonoTime now, WallTime wallNow) const
{
    // The core clock is the one source of timing rules; it reads an Outline, so
    // the agenda and clock are lent to one for the call (once per repaint, not per frame).
    Outline lent;
    lent.agenda.reserve(agenda.size());
    for (const ClientAgendaItem &i : agenda) {
        AgendaItem item;
        item.id = i.id;
        item.planned = i.allotted;
        item.warnAt = i.warnAt;
        item.dangerAt = i.dangerAt;
        item.status = i.status;
        item.actual = i.actual;
        lent.agenda.push_back(std::move(item));
    }
    lent.clock.status = clock.status;
    lent.clock.currentItemId = clock.currentItemId;
    lent.clock.runningSince = clock.runningSince;
    lent.clock.startedAt = clock.startedAt;
    return session_clock::sessionTiming(lent, now, wallNow);
}

} // namespace coachdeck
