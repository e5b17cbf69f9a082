// Session: notes, action items, session details and what the client sees.
#include "core/Session.hpp"

#include "core/Limits.hpp"
#include "core/OutlineRules.hpp"

#include <algorithm>

namespace coachdeck {

using namespace outline_rules;

namespace {

template <typename T>
const T *find(const std::vector<T> &list, std::string_view id, size_t &index)
{
    auto it = std::find_if(list.begin(), list.end(), [&](const T &e) { return e.id == id; });
    index = static_cast<size_t>(it - list.begin());
    return it == list.end() ? nullptr : &*it;
}

} // namespace

Result<std::string> Session::addNote(std::string text, Visibility visibility)
{
    if (outline_.notes.size() >= limits::kNotes)
        return Error("/notes",
                     "no room for another note (" + std::to_string(limits::kNotes) + " kept)");
    Note note;
    note.id = freshId("n");
    note.createdAt = clock_->wallNow();
    if (outline_.clock.status != ClockStatus::Idle)
        note.agendaItemId = outline_.clock.currentItemId;
    note.text = std::move(text);
    note.visibility = visibility;
    std::vector<Problem> problems;
    checkNote(note, "", problems);
    if (!problems.empty())
        return Error(std::move(problems));
    (void)perform({"CoachDeck.Undo.AddNote", {Insert<Note>{outline_.notes.size(), note}}, {}});
    return note.id;
}

Status Session::editNote(const Note &edited)
{
    size_t index = 0;
    const Note *current = find(outline_.notes, edited.id, index);
    if (!current)
        return Error("no note with id \"" + edited.id + "\"");
    Note after = edited;
    after.createdAt = current->createdAt;
    after.unknown = current->unknown;
    std::vector<Problem> problems;
    checkNote(after, "", problems);
    if (after.agendaItemId && !outline_.item(*after.agendaItemId))
        problems.push_back(
            {"/agendaItem", "no agenda item with id \"" + *after.agendaItemId + "\""});
    if (!problems.empty())
        return Error(std::move(problems));
    if (after == *current)
        return ok();
    return perform({"CoachDeck.Undo.EditNote", {Change<Note>{*current, after}}, {}});
}

Status Session::removeNote(std::string_view id)
{
    size_t index = 0;
    const Note *current = find(outline_.notes, id, index);
    if (!current)
        return Error("no note with id \"" + std::string(id) + "\"");
    return perform({"CoachDeck.Undo.RemoveNote", {Erase<Note>{index, *current}}, {}});
}

Result<std::string> Session::addAction(ActionItem action)
{
    if (outline_.actions.size() >= limits::kActions)
        return Error("/actions",
                     "no room for another action (" + std::to_string(limits::kActions) + " kept)");
    action.id = freshId("a");
    std::vector<Problem> problems;
    checkAction(action, "", problems);
    if (!problems.empty())
        return Error(std::move(problems));
    (void)perform(
        {"CoachDeck.Undo.AddAction", {Insert<ActionItem>{outline_.actions.size(), action}}, {}});
    return action.id;
}

Status Session::editAction(const ActionItem &edited)
{
    size_t index = 0;
    const ActionItem *current = find(outline_.actions, edited.id, index);
    if (!current)
        return Error("no action with id \"" + edited.id + "\"");
    ActionItem after = edited;
    after.unknown = current->unknown;
    std::vector<Problem> problems;
    checkAction(after, "", problems);
    if (!problems.empty())
        return Error(std::move(problems));
    if (after == *current)
        return ok();
    return perform({"CoachDeck.Undo.EditAction", {Change<ActionItem>{*current, after}}, {}});
}

Status Session::removeAction(std::string_view id)
{
    size_t index = 0;
    const ActionItem *current = find(outline_.actions, id, index);
    if (!current)
        return Error("no action with id \"" + std::string(id) + "\"");
    return perform({"CoachDeck.Undo.RemoveAction", {Erase<ActionItem>{index, *current}}, {}});
}

Status Session::setMetadata(SessionMetadata metadata)
{
    metadata.unknown = outline_.session.unknown;
    std::vector<Problem> problems;
    checkMetadata(metadata, "", problems);
    if (!problems.empty())
        return Error(std::move(problems));
    if (metadata == outline_.session)
        return ok();
    return perform(
        {"CoachDeck.Undo.EditSession", {Replace<SessionMetadata>{outline_.session, metadata}}, {}});
}

Status Session::setTimerVisible(bool visible)
{
    if (outline_.display.timerVisible == visible)
        return ok();
    Display after = outline_.display;
    after.timerVisible = visible;
    return perform({visible ? "CoachDeck.Undo.ShowTimer" : "CoachDeck.Undo.HideTimer",
                    {Replace<Display>{outline_.display, after}},
                    {}});
}

Status Session::setPerspective(std::optional<std::string> figureId)
{
    if (figureId && !outline_.board.figure(*figureId))
        return Error("no figure with id \"" + *figureId + "\"");
    if (outline_.display.perspectiveFigureId == figureId)
        return ok();
    Display after = outline_.display;
    after.perspectiveFigureId = std::move(figureId);
    return perform({"CoachDeck.Undo.Perspective", {Replace<Display>{outline_.display, after}}, {}});
}

Status Session::showSnapshot(std::optional<std::string> snapshotId)
{
    if (snapshotId && !outline_.snapshot(*snapshotId))
        return Error("no snapshot with id \"" + *snapshotId + "\"");
    if (outline_.display.shownSnapshotId == snapshotId)
        return ok();
    Display after = outline_.display;
    after.shownSnapshotId = std::move(snapshotId);
    return perform(
        {"CoachDeck.Undo.ShowSnapshot", {Replace<Display>{outline_.display, after}}, {}});
}

} // namespace coachdeck
