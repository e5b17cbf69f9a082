#include "core/Session.hpp"

#include "core/FreshId.hpp"
#include "core/Limits.hpp"
#include "core/OutlineRules.hpp"
#include "core/SessionClock.hpp"

namespace coachdeck {

using namespace outline_rules;

Session::Session(const Clock &clock, Outline outline) : clock_(&clock)
{
    (void)reset(std::move(outline));
}

Status Session::reset(Outline outline)
{
    if (Status valid = verdict(checkOutline(outline)); !valid)
        return valid;
    session_clock::reanchor(outline, *clock_);
    outline_ = std::move(outline);
    history_.clear();
    ++revision_;
    return ok();
}

Status Session::perform(Command command)
{
    history_.perform(outline_, std::move(command));
    session_clock::repair(outline_, *clock_);
    ++revision_;
    return ok();
}

Status Session::clockMove(Status result)
{
    if (result)
        ++revision_;
    return result;
}

std::string Session::freshId(std::string_view prefix) const
{
    FreshId fresh(prefix);
    auto seeBoard = [&](const Board &board) {
        for (const Figure &f : board.figures)
            fresh.see(f.id);
        for (const Zone &z : board.zones)
            fresh.see(z.id);
    };
    for (const AgendaItem &i : outline_.agenda)
        fresh.see(i.id);
    seeBoard(outline_.board);
    for (const Snapshot &s : outline_.snapshots) {
        fresh.see(s.id);
        seeBoard(s.board);
    }
    for (const Note &n : outline_.notes)
        fresh.see(n.id);
    for (const ActionItem &a : outline_.actions)
        fresh.see(a.id);
    return fresh.next();
}

bool Session::undo()
{
    if (!history_.undo(outline_))
        return false;
    session_clock::repair(outline_, *clock_);
    ++revision_;
    return true;
}

bool Session::redo()
{
    if (!history_.redo(outline_))
        return false;
    session_clock::repair(outline_, *clock_);
    ++revision_;
    return true;
}

// ---- Agenda ----------------------------------------------------------------

Result<std::string> Session::addItem(std::string title, Millis planned, std::optional<size_t> index)
{
    if (outline_.agenda.size() >= limits::kAgendaItems)
        return Error("/agenda",
                     "the agenda is full (" + std::to_string(limits::kAgendaItems) + " items)");
    AgendaItem item;
    item.id = freshId("i");
    item.title = std::move(title);
    item.planned = planned;
    std::vector<Problem> problems;
    checkItem(item, "", problems);
    if (!problems.empty())
        return Error(std::move(problems));
    const size_t at = std::min(index.value_or(outline_.agenda.size()), outline_.agenda.size());
    (void)perform({"CoachDeck.Undo.AddItem", {Insert<AgendaItem>{at, item}}, {}});
    return item.id;
}

Status Session::removeItem(std::string_view id)
{
    const int index = outline_.itemIndex(id);
    if (index < 0)
        return Error("no agenda item with id \"" + std::string(id) + "\"");
    Command command{"CoachDeck.Undo.RemoveItem", {}, {}};
    // Notes and snapshots keep pointing at items that exist: unlink them in the same step.
    for (const Note &note : outline_.notes)
        if (note.agendaItemId == id) {
            Note unlinked = note;
            unlinked.agendaItemId.reset();
            command.edits.push_back(Change<Note>{note, unlinked});
        }
    for (const Snapshot &snapshot : outline_.snapshots)
        if (snapshot.agendaItemId == id) {
            Snapshot unlinked = snapshot;
            unlinked.agendaItemId.reset();
            command.edits.push_back(Change<Snapshot>{snapshot, unlinked});
        }
    command.edits.push_back(
        Erase<AgendaItem>{static_cast<size_t>(index), outline_.agenda[static_cast<size_t>(index)]});
    return perform(std::move(command));
}

Status Session::moveItem(std::string_view id, size_t toIndex)
{
    const int index = outline_.itemIndex(id);
    if (index < 0)
        return Error("no agenda item with id \"" + std::string(id) + "\"");
    if (toIndex >= outline_.agenda.size())
        return Error("position " + std::to_string(toIndex) + " is past the end of the agenda");
    if (static_cast<size_t>(index) == toIndex)
        return ok();
    return perform({"CoachDeck.Undo.MoveItem",
                    {Reorder<AgendaItem>{static_cast<size_t>(index), toIndex}},
                    {}});
}

Status Session::editItem(const AgendaItem &edited)
{
    const AgendaItem *current = outline_.item(edited.id);
    if (!current)
        return Error("no agenda item with id \"" + edited.id + "\"");
    AgendaItem after = *current;
    after.title = edited.title;
    after.planned = edited.planned;
    after.warnAt = edited.warnAt;
    after.dangerAt = edited.dangerAt;
    after.notes = edited.notes;
    std::vector<Problem> problems;
    checkItem(after, "", problems);
    if (!problems.empty())
        return Error(std::move(problems));
    if (after == *current)
        return ok();
    return perform({"CoachDeck.Undo.EditItem", {Change<AgendaItem>{*current, after}}, {}});
}

Status Session::setItemKind(std::string_view id, ItemKind kind)
{
    const AgendaItem *current = outline_.item(id);
    if (!current)
        return Error("no agenda item with id \"" + std::string(id) + "\"");
    if (current->kind == kind)
        return ok();
    AgendaItem after = *current;
    after.kind = kind;
    return perform({"CoachDeck.Undo.SetItemKind", {Change<AgendaItem>{*current, after}}, {}});
}

// ---- Clock -----------------------------------------------------------------

Status Session::start()
{
    return clockMove(session_clock::start(outline_, *clock_));
}
Status Session::pause()
{
    return clockMove(session_clock::pause(outline_, *clock_));
}
Status Session::pauseAt(MonoTime at)
{
    return clockMove(session_clock::pauseAt(outline_, *clock_, at));
}
Status Session::resume()
{
    return clockMove(session_clock::resume(outline_, *clock_));
}
Status Session::next()
{
    return clockMove(session_clock::next(outline_, *clock_));
}
Status Session::previous()
{
    return clockMove(session_clock::previous(outline_, *clock_));
}
Status Session::goTo(std::string_view itemId)
{
    return clockMove(session_clock::goTo(outline_, itemId, *clock_));
}
Status Session::adjust(Millis delta)
{
    return clockMove(session_clock::adjust(outline_, delta));
}
Status Session::finish()
{
    return clockMove(session_clock::finish(outline_, *clock_));
}

} // namespace coachdeck
