// Session: the constellation board, its zones and snapshots.
#include "core/Session.hpp"

#include "core/Limits.hpp"
#include "core/OutlineRules.hpp"

#include <algorithm>

namespace coachdeck {

using namespace outline_rules;

namespace {

Error noFigure(std::string_view id)
{
    return Error("no figure with id \"" + std::string(id) + "\"");
}

template <typename T>
size_t indexOf(const std::vector<T> &list, std::string_view id)
{
    return static_cast<size_t>(
        std::find_if(list.begin(), list.end(), [&](const T &e) { return e.id == id; }) -
        list.begin());
}

} // namespace

Result<std::string> Session::addFigure(Figure figure)
{
    if (outline_.board.figures.size() >= limits::kFigures)
        return Error("/board/figures",
                     "the board is full (" + std::to_string(limits::kFigures) + " figures)");
    figure.id = freshId("f");
    if (figure.facingDegrees)
        figure.facingDegrees = normalizedDegrees(*figure.facingDegrees);
    std::vector<Problem> problems;
    checkFigure(figure, "", problems);
    if (!problems.empty())
        return Error(std::move(problems));
    (void)perform(
        {"CoachDeck.Undo.AddFigure", {Insert<Figure>{outline_.board.figures.size(), figure}}, {}});
    return figure.id;
}

Status Session::editFigure(const Figure &edited, bool merge)
{
    const Figure *current = outline_.board.figure(edited.id);
    if (!current)
        return noFigure(edited.id);
    Figure after = edited;
    after.unknown = current->unknown;
    if (after.facingDegrees)
        after.facingDegrees = normalizedDegrees(*after.facingDegrees);
    std::vector<Problem> problems;
    checkFigure(after, "", problems);
    if (!problems.empty())
        return Error(std::move(problems));
    if (after == *current)
        return ok();
    const bool moved = after.position != current->position;
    const bool turned = after.facingDegrees != current->facingDegrees;
    const char *label = moved && !turned   ? "CoachDeck.Undo.MoveFigure"
                        : turned && !moved ? "CoachDeck.Undo.RotateFigure"
                                           : "CoachDeck.Undo.EditFigure";
    return perform({label,
                    {Change<Figure>{*current, after}},
                    merge ? std::string(label) + ":" + after.id : ""});
}

Status Session::moveFigure(std::string_view id, BoardPoint to, bool merge)
{
    const Figure *current = outline_.board.figure(id);
    if (!current)
        return noFigure(id);
    Figure after = *current;
    after.position = to;
    return editFigure(after, merge);
}

Status Session::rotateFigure(std::string_view id, std::optional<double> degrees, bool merge)
{
    const Figure *current = outline_.board.figure(id);
    if (!current)
        return noFigure(id);
    Figure after = *current;
    after.facingDegrees = degrees;
    return editFigure(after, merge);
}

Status Session::removeFigure(std::string_view id)
{
    const Figure *current = outline_.board.figure(id);
    if (!current)
        return noFigure(id);
    Command command{"CoachDeck.Undo.RemoveFigure", {}, {}};
    if (outline_.display.perspectiveFigureId == id) {
        Display after = outline_.display;
        after.perspectiveFigureId.reset();
        command.edits.push_back(Replace<Display>{outline_.display, after});
    }
    command.edits.push_back(Erase<Figure>{indexOf(outline_.board.figures, id), *current});
    return perform(std::move(command));
}

Result<std::string> Session::addZone(Zone zone)
{
    if (outline_.board.zones.size() >= limits::kZones)
        return Error("/board/zones", "the board has all the zones it can hold (" +
                                         std::to_string(limits::kZones) + ")");
    zone.id = freshId("z");
    std::vector<Problem> problems;
    checkZone(zone, "", problems);
    if (!problems.empty())
        return Error(std::move(problems));
    (void)perform(
        {"CoachDeck.Undo.AddZone", {Insert<Zone>{outline_.board.zones.size(), zone}}, {}});
    return zone.id;
}

Status Session::removeZone(std::string_view id)
{
    const size_t index = indexOf(outline_.board.zones, id);
    if (index == outline_.board.zones.size())
        return Error("no zone with id \"" + std::string(id) + "\"");
    return perform(
        {"CoachDeck.Undo.RemoveZone", {Erase<Zone>{index, outline_.board.zones[index]}}, {}});
}

Status Session::setZonesVisible(bool visible)
{
    if (outline_.board.zonesVisible == visible)
        return ok();
    Board after = outline_.board;
    after.zonesVisible = visible;
    return perform({visible ? "CoachDeck.Undo.ShowZones" : "CoachDeck.Undo.HideZones",
                    {Replace<Board>{outline_.board, after}},
                    {}});
}

Result<std::string> Session::takeSnapshot(std::string name)
{
    if (outline_.snapshots.size() >= limits::kSnapshots)
        return Error("/snapshots", "no room for another snapshot (" +
                                       std::to_string(limits::kSnapshots) + " kept)");
    Snapshot snapshot;
    snapshot.id = freshId("s");
    snapshot.name = std::move(name);
    snapshot.takenAt = clock_->wallNow();
    if (outline_.clock.status != ClockStatus::Idle)
        snapshot.agendaItemId = outline_.clock.currentItemId;
    snapshot.board = outline_.board;
    std::vector<Problem> problems;
    checkText(snapshot.name, limits::kTitleChars, "/name", problems);
    if (!problems.empty())
        return Error(std::move(problems));
    (void)perform({"CoachDeck.Undo.TakeSnapshot",
                   {Insert<Snapshot>{outline_.snapshots.size(), snapshot}},
                   {}});
    return snapshot.id;
}

Status Session::restoreSnapshot(std::string_view id)
{
    const Snapshot *snapshot = outline_.snapshot(id);
    if (!snapshot)
        return Error("no snapshot with id \"" + std::string(id) + "\"");
    if (snapshot->board == outline_.board)
        return ok();
    Command command{
        "CoachDeck.Undo.RestoreSnapshot", {Replace<Board>{outline_.board, snapshot->board}}, {}};
    if (outline_.display.perspectiveFigureId &&
        !snapshot->board.figure(*outline_.display.perspectiveFigureId)) {
        Display after = outline_.display;
        after.perspectiveFigureId.reset();
        command.edits.insert(command.edits.begin(), Replace<Display>{outline_.display, after});
    }
    return perform(std::move(command));
}

Status Session::renameSnapshot(std::string_view id, std::string name)
{
    const Snapshot *snapshot = outline_.snapshot(id);
    if (!snapshot)
        return Error("no snapshot with id \"" + std::string(id) + "\"");
    std::vector<Problem> problems;
    checkText(name, limits::kTitleChars, "/name", problems);
    if (!problems.empty())
        return Error(std::move(problems));
    Snapshot after = *snapshot;
    after.name = std::move(name);
    return perform({"CoachDeck.Undo.RenameSnapshot", {Change<Snapshot>{*snapshot, after}}, {}});
}

Status Session::removeSnapshot(std::string_view id)
{
    const Snapshot *snapshot = outline_.snapshot(id);
    if (!snapshot)
        return Error("no snapshot with id \"" + std::string(id) + "\"");
    Command command{"CoachDeck.Undo.RemoveSnapshot", {}, {}};
    if (outline_.display.shownSnapshotId == id) {
        Display after = outline_.display;
        after.shownSnapshotId.reset();
        command.edits.push_back(Replace<Display>{outline_.display, after});
    }
    command.edits.push_back(Erase<Snapshot>{indexOf(outline_.snapshots, id), *snapshot});
    return perform(std::move(command));
}

} // namespace coachdeck
