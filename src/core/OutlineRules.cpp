#include "core/OutlineRules.hpp"

#include "core/Limits.hpp"

#include <cctype>
#include <cmath>
#include <set>

namespace coachdeck::outline_rules {
namespace {

void add(std::vector<Problem> &out, const std::string &at, std::string reason)
{
    out.push_back({at, std::move(reason)});
}

void checkMinutes(Millis value, const std::string &at, std::vector<Problem> &out)
{
    if (value < Millis{0})
        add(out, at, "expected a non-negative number");
    else if (value > std::chrono::minutes{static_cast<int>(limits::kMaxItemMinutes)})
        add(out, at, "more than 24 hours (1440 minutes)");
}

void checkPoint(const BoardPoint &p, const std::string &at, std::vector<Problem> &out)
{
    if (!(std::isfinite(p.x) && p.x >= 0 && p.x <= kBoardWidth))
        add(out, at + "/x",
            "outside the board (x from 0 to " + std::to_string(static_cast<int>(kBoardWidth)) +
                ")");
    if (!(std::isfinite(p.y) && p.y >= 0 && p.y <= kBoardHeight))
        add(out, at + "/y",
            "outside the board (y from 0 to " + std::to_string(static_cast<int>(kBoardHeight)) +
                ")");
}

template <typename T>
void checkUniqueIds(const std::vector<T> &list, const std::string &at, std::vector<Problem> &out)
{
    std::set<std::string_view> seen;
    for (size_t i = 0; i < list.size(); ++i)
        if (!seen.insert(list[i].id).second)
            add(out, at + "/" + std::to_string(i) + "/id", "duplicate id \"" + list[i].id + "\"");
}

void checkCount(size_t count, size_t cap, const std::string &at, const char *what,
                std::vector<Problem> &out)
{
    if (count > cap)
        add(out, at,
            "too many " + std::string(what) + " (" + std::to_string(count) + ", at most " +
                std::to_string(cap) + ")");
}

void checkItemRef(const Outline &o, const std::optional<std::string> &id, const std::string &at,
                  std::vector<Problem> &out)
{
    if (id && !o.item(*id))
        add(out, at, "no agenda item with id \"" + *id + "\"");
}

} // namespace

long long utf8Length(std::string_view text)
{
    // Strict UTF-8 (no overlong forms, no surrogates, nothing past U+10FFFF),
    // the same rule the JSON writer applies, so anything accepted can be saved.
    long long count = 0;
    const size_t n = text.size();
    for (size_t i = 0; i < n; ++count) {
        const auto c = static_cast<unsigned char>(text[i]);
        size_t extra = 0;
        unsigned long point = 0;
        if (c < 0x80) {
            ++i;
            continue;
        } else if ((c >> 5) == 0x6) {
            extra = 1;
            point = c & 0x1f;
        } else if ((c >> 4) == 0xe) {
            extra = 2;
            point = c & 0x0f;
        } else if ((c >> 3) == 0x1e) {
            extra = 3;
            point = c & 0x07;
        } else {
            return -1;
        }
        if (extra > n - i - 1)
            return -1;
        for (size_t k = 1; k <= extra; ++k) {
            const auto next = static_cast<unsigned char>(text[i + k]);
            if ((next >> 6) != 0x2)
                return -1;
            point = (point << 6) | (next & 0x3f);
        }
        static const unsigned long kMinimum[] = {0, 0x80, 0x800, 0x10000};
        if (point < kMinimum[extra] || point > 0x10ffff || (point >= 0xd800 && point <= 0xdfff))
            return -1;
        i += extra + 1;
    }
    return count;
}

void checkText(std::string_view text, size_t maxChars, const std::string &at,
               std::vector<Problem> &out, bool required)
{
    const long long length = utf8Length(text);
    if (length < 0)
        add(out, at, "not valid UTF-8 text");
    else if (static_cast<size_t>(length) > maxChars)
        add(out, at, "longer than " + std::to_string(maxChars) + " characters");
    else if (required && length == 0)
        add(out, at, "must not be empty");
}

void checkId(std::string_view id, const std::string &at, std::vector<Problem> &out)
{
    if (id.empty() || id.size() > limits::kIdChars) {
        add(out, at, "expected an id of 1 to " + std::to_string(limits::kIdChars) + " characters");
        return;
    }
    for (char c : id)
        if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == '.')) {
            add(out, at, "an id may hold only letters, digits, '-', '_' and '.'");
            return;
        }
}

void checkItem(const AgendaItem &item, const std::string &at, std::vector<Problem> &out)
{
    checkId(item.id, at + "/id", out);
    checkText(item.title, limits::kTitleChars, at + "/title", out);
    checkMinutes(item.planned, at + "/plannedMinutes", out);
    checkMinutes(item.warnAt, at + "/warnMinutes", out);
    checkMinutes(item.dangerAt, at + "/dangerMinutes", out);
    checkMinutes(item.actual, at + "/actualSeconds", out);
    if (item.dangerAt > item.warnAt)
        add(out, at + "/dangerMinutes",
            "the danger threshold must not exceed the warning threshold");
    if (item.allotted() < Millis{0})
        add(out, at + "/adjustMinutes", "takes away more time than is planned");
    else if (item.allotted() > std::chrono::minutes{static_cast<int>(limits::kMaxItemMinutes)})
        add(out, at + "/adjustMinutes", "more than 24 hours (1440 minutes) in all");
    checkText(item.notes, limits::kTextChars, at + "/notes", out);
}

void checkFigure(const Figure &figure, const std::string &at, std::vector<Problem> &out)
{
    checkId(figure.id, at + "/id", out);
    checkText(figure.label, limits::kLabelChars, at + "/label", out);
    checkPoint(figure.position, at, out);
    if (figure.facingDegrees && !std::isfinite(*figure.facingDegrees))
        add(out, at + "/facing", "expected a finite angle in degrees");
}

void checkZone(const Zone &zone, const std::string &at, std::vector<Problem> &out)
{
    checkId(zone.id, at + "/id", out);
    checkText(zone.label, limits::kLabelChars, at + "/label", out);
    checkPoint(zone.topLeft, at, out);
    if (!(std::isfinite(zone.width) && std::isfinite(zone.height) && zone.width > 0 &&
          zone.height > 0 && zone.topLeft.x + zone.width <= kBoardWidth + 1e-6 &&
          zone.topLeft.y + zone.height <= kBoardHeight + 1e-6))
        add(out, at + "/width", "the zone must have a size and lie on the board");
}

void checkBoard(const Board &board, const std::string &at, std::vector<Problem> &out)
{
    checkCount(board.figures.size(), limits::kFigures, at + "/figures", "figures", out);
    checkCount(board.zones.size(), limits::kZones, at + "/zones", "zones", out);
    for (size_t i = 0; i < board.figures.size() && i < limits::kFigures; ++i)
        checkFigure(board.figures[i], at + "/figures/" + std::to_string(i), out);
    for (size_t i = 0; i < board.zones.size() && i < limits::kZones; ++i)
        checkZone(board.zones[i], at + "/zones/" + std::to_string(i), out);
    checkUniqueIds(board.figures, at + "/figures", out);
    checkUniqueIds(board.zones, at + "/zones", out);
}

void checkNote(const Note &note, const std::string &at, std::vector<Problem> &out)
{
    checkId(note.id, at + "/id", out);
    checkText(note.text, limits::kTextChars, at + "/text", out);
    if (note.validatedOn && note.visibility != Visibility::ReportableToSponsor)
        add(out, at + "/validatedOn",
            "only a note reportable to the sponsor carries a validation date");
}

void checkAction(const ActionItem &action, const std::string &at, std::vector<Problem> &out)
{
    checkId(action.id, at + "/id", out);
    checkText(action.what, limits::kTitleChars, at + "/what", out, true);
    checkText(action.owner, limits::kTitleChars, at + "/owner", out);
}

void checkMetadata(const SessionMetadata &meta, const std::string &at, std::vector<Problem> &out)
{
    checkText(meta.clientPseudonym, limits::kTitleChars, at + "/client", out);
    checkText(meta.engagement, limits::kTitleChars, at + "/engagement", out);
    if (meta.sponsor)
        checkText(*meta.sponsor, limits::kTitleChars, at + "/sponsor", out);
    if (meta.sessionCount < 1 || meta.sessionCount > limits::kMaxSessions)
        add(out, at + "/sessionCount",
            "expected a whole number from 1 to " + std::to_string(limits::kMaxSessions));
    if (meta.sessionNumber < 1 || meta.sessionNumber > meta.sessionCount)
        add(out, at + "/sessionNumber", "expected a whole number from 1 to the session count");
}

std::vector<Problem> checkOutline(const Outline &o)
{
    std::vector<Problem> out;
    checkMetadata(o.session, "/session", out);
    checkCount(o.agenda.size(), limits::kAgendaItems, "/agenda", "agenda items", out);
    checkCount(o.snapshots.size(), limits::kSnapshots, "/snapshots", "snapshots", out);
    checkCount(o.notes.size(), limits::kNotes, "/notes", "notes", out);
    checkCount(o.actions.size(), limits::kActions, "/actions", "actions", out);
    if (!out.empty())
        return out; // counts past the caps: say so and stop before checking every element
    for (size_t i = 0; i < o.agenda.size(); ++i)
        checkItem(o.agenda[i], "/agenda/" + std::to_string(i), out);
    checkUniqueIds(o.agenda, "/agenda", out);
    checkBoard(o.board, "/board", out);
    for (size_t i = 0; i < o.snapshots.size(); ++i) {
        const std::string at = "/snapshots/" + std::to_string(i);
        checkId(o.snapshots[i].id, at + "/id", out);
        checkText(o.snapshots[i].name, limits::kTitleChars, at + "/name", out);
        checkItemRef(o, o.snapshots[i].agendaItemId, at + "/agendaItem", out);
        checkBoard(o.snapshots[i].board, at + "/board", out);
    }
    checkUniqueIds(o.snapshots, "/snapshots", out);
    for (size_t i = 0; i < o.notes.size(); ++i) {
        checkNote(o.notes[i], "/notes/" + std::to_string(i), out);
        checkItemRef(o, o.notes[i].agendaItemId, "/notes/" + std::to_string(i) + "/agendaItem",
                     out);
    }
    checkUniqueIds(o.notes, "/notes", out);
    for (size_t i = 0; i < o.actions.size(); ++i)
        checkAction(o.actions[i], "/actions/" + std::to_string(i), out);
    checkUniqueIds(o.actions, "/actions", out);

    const ClockState &clock = o.clock;
    const bool live = clock.status == ClockStatus::Running || clock.status == ClockStatus::Paused;
    if (live && !clock.currentItemId)
        add(out, "/clock/currentItem", "a started session needs a current item");
    checkItemRef(o, clock.currentItemId, "/clock/currentItem", out);
    if (clock.status == ClockStatus::Running && !clock.runningSinceWall)
        add(out, "/clock/runningSince", "a running clock needs the time it started running");
    if (clock.status != ClockStatus::Idle && !clock.startedAt)
        add(out, "/clock/startedAt", "a started session needs its start time");
    if (o.display.perspectiveFigureId && !o.board.figure(*o.display.perspectiveFigureId))
        add(out, "/display/perspective",
            "no figure with id \"" + *o.display.perspectiveFigureId + "\"");
    if (o.display.shownSnapshotId && !o.snapshot(*o.display.shownSnapshotId))
        add(out, "/display/shownSnapshot",
            "no snapshot with id \"" + *o.display.shownSnapshotId + "\"");
    return out;
}

Status verdict(std::vector<Problem> problems)
{
    if (problems.empty())
        return ok();
    return Error(std::move(problems));
}

} // namespace coachdeck::outline_rules
