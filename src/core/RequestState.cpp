// RequestHandler::state: the session as a remote control sees it. Built from
// the ClientView, so no note of any kind can be in it.
#include "core/ClientView.hpp"
#include "core/OutlineJson.hpp"
#include "core/RequestHandler.hpp"
#include "core/WallTimeText.hpp"

#include <cstdio>

namespace coachdeck {
namespace {

double seconds(Millis value)
{
    return static_cast<double>(value.count()) / 1000.0;
}

Json boardJson(const Board &board)
{
    // The outline's own board format, so remotes and files speak alike.
    Outline holder;
    holder.board = board;
    return outline_json::toJson(holder)["board"];
}

} // namespace

Json RequestHandler::state(const Session &session)
{
    const ClientView view = makeClientView(session.outline(), session.revision());
    const MonoTime now = session.clock().monoNow();
    const WallTime wallNow = session.clock().wallNow();
    const SessionTiming timing = view.timing(now, wallNow);

    Json agenda = Json::array();
    for (const ClientAgendaItem &item : view.agenda) {
        const Millis elapsed = view.elapsed(item, now);
        const Millis remaining = item.allotted - elapsed;
        agenda.push_back({{"id", item.id},
                          {"title", item.title},
                          {"kind", kItemKindText.name(item.kind)},
                          {"status", kItemStatusText.name(item.status)},
                          {"plannedSeconds", seconds(item.planned)},
                          {"allottedSeconds", seconds(item.allotted)},
                          {"elapsedSeconds", seconds(elapsed)},
                          {"remainingSeconds", seconds(remaining)},
                          {"phase", kPhaseText.name(session_clock::phaseFor(remaining, item.warnAt,
                                                                            item.dangerAt))}});
    }
    Json snapshots = Json::array();
    for (const ClientSnapshot &s : view.snapshots)
        snapshots.push_back({{"id", s.id}, {"name", s.name}});

    Json state = Json::object();
    state["revision"] = view.revision;
    state["session"] = {{"sessionNumber", view.sessionNumber}, {"sessionCount", view.sessionCount}};
    state["clock"] = {
        {"status", kClockStatusText.name(view.clock.status)},
        {"currentItem", view.clock.currentItemId ? Json(*view.clock.currentItemId) : Json(nullptr)},
        {"elapsedSeconds", seconds(timing.elapsed)},
        {"remainingSeconds", seconds(timing.remaining)},
        {"plannedSeconds", seconds(timing.planned)},
        {"endForecast",
         timing.endForecast ? Json(formatWallTime(*timing.endForecast)) : Json(nullptr)}};
    state["agenda"] = std::move(agenda);
    state["board"] = boardJson(view.board);
    state["snapshots"] = std::move(snapshots);
    state["display"] = {
        {"timerVisible", view.timerVisible},
        {"zonesVisible", view.zonesVisible},
        {"perspective", view.perspectiveFigureId ? Json(*view.perspectiveFigureId) : Json(nullptr)},
        {"shownSnapshot", view.shownSnapshotId ? Json(*view.shownSnapshotId) : Json(nullptr)}};
    return state;
}

} // namespace coachdeck
