// JSON -> Outline. Every field is checked and every problem collected with its
// pointer; the outline is handed out only when there is none.
#include "core/JsonDocumentBuilder.hpp"
#include "core/JsonReader.hpp"
#include "core/Limits.hpp"
#include "core/OutlineJson.hpp"
#include "core/OutlineRules.hpp"

#include <algorithm>

namespace coachdeck::outline_json {
namespace {

std::string at(const std::string &base, size_t index)
{
    return base + "/" + std::to_string(index);
}

/// Calls `read(element, pointer)` for each element of the array under `key`,
/// unless it holds more than `cap` elements (refused whole, without reading them).
template <typename F>
void eachElement(JsonReader &r, const Json &parent, const char *key, const std::string &base,
                 size_t cap, const char *what, F &&read)
{
    const Json *list = r.array(parent, key, base);
    if (!list)
        return;
    const std::string where = base + "/" + key;
    if (list->size() > cap) {
        r.fail(where, "too many " + std::string(what) + " (" + std::to_string(list->size()) +
                          ", at most " + std::to_string(cap) + ")");
        return;
    }
    for (size_t i = 0; i < list->size() && r.problems().size() < JsonReader::kMaxProblems; ++i)
        if (r.expectObject((*list)[i], at(where, i)))
            read((*list)[i], at(where, i));
}

Figure readFigure(JsonReader &r, const Json &j, const std::string &p)
{
    Figure f;
    f.id = r.text(j, "id", p, true);
    f.kind = r.choice(j, "kind", p, kFigureKindText, FigureKind::Person, true);
    f.label = r.text(j, "label", p, false);
    const Figure defaults = defaultFigure(f.kind);
    f.shape = r.choice(j, "shape", p, kFigureShapeText, defaults.shape);
    f.colour = r.colour(j, "colour", p, defaults.colour);
    f.size = r.choice(j, "size", p, kFigureSizeText, FigureSize::Medium);
    f.position.x = r.number(j, "x", p, true, 0.0);
    f.position.y = r.number(j, "y", p, true, 0.0);
    f.facingDegrees = r.optionalNumber(j, "facing", p);
    if (f.facingDegrees)
        f.facingDegrees = normalizedDegrees(*f.facingDegrees);
    f.unknown = JsonReader::unknownKeys(
        j, {"id", "kind", "label", "shape", "colour", "size", "x", "y", "facing"});
    return f;
}

Zone readZone(JsonReader &r, const Json &j, const std::string &p)
{
    Zone z;
    z.id = r.text(j, "id", p, true);
    z.label = r.text(j, "label", p, false);
    z.shape = r.choice(j, "shape", p, kZoneShapeText, ZoneShape::Rectangle);
    z.topLeft.x = r.number(j, "x", p, true, 0.0);
    z.topLeft.y = r.number(j, "y", p, true, 0.0);
    z.width = r.number(j, "width", p, true, 1.0);
    z.height = r.number(j, "height", p, true, 1.0);
    z.colour = r.colour(j, "colour", p, z.colour);
    z.unknown =
        JsonReader::unknownKeys(j, {"id", "label", "shape", "x", "y", "width", "height", "colour"});
    return z;
}

Board readBoard(JsonReader &r, const Json &j, const std::string &p)
{
    Board b;
    b.zonesVisible = r.boolean(j, "zonesVisible", p, true);
    eachElement(
        r, j, "figures", p, limits::kFigures, "figures",
        [&](const Json &e, const std::string &ep) { b.figures.push_back(readFigure(r, e, ep)); });
    eachElement(
        r, j, "zones", p, limits::kZones, "zones",
        [&](const Json &e, const std::string &ep) { b.zones.push_back(readZone(r, e, ep)); });
    b.unknown = JsonReader::unknownKeys(j, {"zonesVisible", "figures", "zones"});
    return b;
}

AgendaItem readItem(JsonReader &r, const Json &j, const std::string &p)
{
    AgendaItem i;
    i.id = r.text(j, "id", p, true);
    i.title = r.text(j, "title", p, true);
    i.kind = r.choice(j, "kind", p, kItemKindText, ItemKind::General);
    i.planned = r.duration(j, "plannedMinutes", p, true, Millis{0}, 60000);
    i.adjustment = r.duration(j, "adjustMinutes", p, false, Millis{0}, 60000, true);
    i.warnAt = r.duration(j, "warnMinutes", p, false, i.warnAt, 60000);
    i.dangerAt = r.duration(j, "dangerMinutes", p, false, i.dangerAt, 60000);
    i.notes = r.text(j, "notes", p, false);
    i.status = r.choice(j, "status", p, kItemStatusText, ItemStatus::Pending);
    i.actual = r.duration(j, "actualSeconds", p, false, Millis{0}, 1000);
    i.unknown = JsonReader::unknownKeys(j, {"id", "title", "kind", "plannedMinutes",
                                            "adjustMinutes", "warnMinutes", "dangerMinutes",
                                            "notes", "status", "actualSeconds"});
    return i;
}

SessionMetadata readSession(JsonReader &r, const Json &j, const std::string &p)
{
    SessionMetadata m;
    m.clientPseudonym = r.text(j, "client", p, false);
    m.engagement = r.text(j, "engagement", p, false);
    m.sessionNumber = r.wholeNumber(j, "sessionNumber", p, 1);
    m.sessionCount = r.wholeNumber(j, "sessionCount", p, std::max(1, m.sessionNumber));
    m.date = r.date(j, "date", p);
    m.modality = r.choice(j, "modality", p, kModalityText, Modality::Video);
    m.sponsor = r.optionalText(j, "sponsor", p);
    m.boardImagesValidatedOn = r.date(j, "boardImagesValidatedOn", p);
    m.figureLabelsValidatedOn = r.date(j, "figureLabelsValidatedOn", p);
    m.unknown = JsonReader::unknownKeys(j, {"client", "engagement", "sessionNumber", "sessionCount",
                                            "date", "modality", "sponsor", "boardImagesValidatedOn",
                                            "figureLabelsValidatedOn"});
    return m;
}

ClockState readClock(JsonReader &r, const Json &j, const std::string &p)
{
    ClockState c;
    c.status = r.choice(j, "status", p, kClockStatusText, ClockStatus::Idle);
    c.currentItemId = r.optionalText(j, "currentItem", p);
    c.startedAt = r.wallTime(j, "startedAt", p, false);
    if (c.status == ClockStatus::Running)
        c.runningSinceWall = r.wallTime(j, "runningSince", p, false);
    c.unknown = JsonReader::unknownKeys(j, {"status", "currentItem", "startedAt", "runningSince"});
    return c;
}

Snapshot readSnapshot(JsonReader &r, const Json &j, const std::string &p)
{
    Snapshot s;
    s.id = r.text(j, "id", p, true);
    s.name = r.text(j, "name", p, false);
    s.takenAt = r.wallTime(j, "takenAt", p, true).value_or(WallTime{});
    s.agendaItemId = r.optionalText(j, "agendaItem", p);
    if (const Json *board = r.object(j, "board", p))
        s.board = readBoard(r, *board, p + "/board");
    else if (j.find("board") == j.end() || j.find("board")->is_null())
        r.fail(p + "/board", "missing (required)");
    s.unknown = JsonReader::unknownKeys(j, {"id", "name", "takenAt", "agendaItem", "board"});
    return s;
}

Note readNote(JsonReader &r, const Json &j, const std::string &p)
{
    Note n;
    n.id = r.text(j, "id", p, true);
    n.createdAt = r.wallTime(j, "createdAt", p, true).value_or(WallTime{});
    n.agendaItemId = r.optionalText(j, "agendaItem", p);
    n.visibility = r.choice(j, "visibility", p, kVisibilityText, Visibility::CoachPrivate);
    n.validatedOn = r.date(j, "validatedOn", p);
    n.text = r.text(j, "text", p, true);
    n.unknown = JsonReader::unknownKeys(
        j, {"id", "createdAt", "agendaItem", "visibility", "validatedOn", "text"});
    return n;
}

ActionItem readAction(JsonReader &r, const Json &j, const std::string &p)
{
    ActionItem a;
    a.id = r.text(j, "id", p, true);
    a.what = r.text(j, "what", p, true);
    a.owner = r.text(j, "owner", p, false);
    a.due = r.date(j, "due", p);
    a.status = r.choice(j, "status", p, kActionStatusText, ActionStatus::Open);
    a.unknown = JsonReader::unknownKeys(j, {"id", "what", "owner", "due", "status"});
    return a;
}

Display readDisplay(JsonReader &r, const Json &j, const std::string &p)
{
    Display d;
    d.timerVisible = r.boolean(j, "timerVisible", p, false);
    d.perspectiveFigureId = r.optionalText(j, "perspective", p);
    d.shownSnapshotId = r.optionalText(j, "shownSnapshot", p);
    d.unknown = JsonReader::unknownKeys(j, {"timerVisible", "perspective", "shownSnapshot"});
    return d;
}

/// `text` as valid UTF-8, each stray byte replaced by U+FFFD: nlohmann quotes the
/// bytes it last read, which may be the very bytes that are not UTF-8, and a
/// Problem must stay printable and serializable (logs, the dock, a websocket reply).
std::string validUtf8(std::string_view text)
{
    std::string out;
    for (size_t i = 0; i < text.size();) {
        const auto lead = static_cast<unsigned char>(text[i]);
        const size_t length = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
        const std::string_view sequence = text.substr(i, length);
        if (outline_rules::utf8Length(sequence) == 1) {
            out += sequence;
            i += sequence.size();
        } else {
            out += "\xEF\xBF\xBD";
            ++i;
        }
    }
    return out;
}

} // namespace

std::string parseErrorText(const char *what)
{
    std::string text = what;
    // "[json.exception.parse_error.101] parse error at line 1, column 2: ..." keeps
    // "line 1, column 2: ..."; other exceptions (a number overflow) lose the bracketed id.
    const std::string marker = "parse error at ";
    if (auto pos = text.find(marker); pos != std::string::npos)
        text = text.substr(pos + marker.size());
    else if (text.rfind("[json.exception.", 0) == 0 && text.find("] ") != std::string::npos)
        text = text.substr(text.find("] ") + 2);
    return "not valid JSON: " + validUtf8(text);
}

std::size_t nestingDepth(std::string_view text)
{
    std::size_t depth = 0, deepest = 0;
    bool inString = false;
    for (size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            deepest = std::max(deepest, ++depth);
        } else if ((c == ']' || c == '}') && depth > 0) {
            --depth;
        }
    }
    return deepest;
}

Result<Outline> fromJson(const Json &document)
{
    if (!document.is_object())
        return Error("", "expected a JSON object at the top level");
    if (Status header =
            JsonReader::checkHeader(document, kOutlineFormat, kOutlineVersion, "outline");
        !header)
        return header.error();

    JsonReader r;
    Outline o;
    if (const Json *session = r.object(document, "session", ""))
        o.session = readSession(r, *session, "/session");
    eachElement(
        r, document, "agenda", "", limits::kAgendaItems, "agenda items",
        [&](const Json &e, const std::string &p) { o.agenda.push_back(readItem(r, e, p)); });
    if (const Json *clock = r.object(document, "clock", ""))
        o.clock = readClock(r, *clock, "/clock");
    if (const Json *board = r.object(document, "board", ""))
        o.board = readBoard(r, *board, "/board");
    eachElement(
        r, document, "snapshots", "", limits::kSnapshots, "snapshots",
        [&](const Json &e, const std::string &p) { o.snapshots.push_back(readSnapshot(r, e, p)); });
    eachElement(r, document, "notes", "", limits::kNotes, "notes",
                [&](const Json &e, const std::string &p) { o.notes.push_back(readNote(r, e, p)); });
    eachElement(
        r, document, "actions", "", limits::kActions, "actions",
        [&](const Json &e, const std::string &p) { o.actions.push_back(readAction(r, e, p)); });
    if (const Json *display = r.object(document, "display", ""))
        o.display = readDisplay(r, *display, "/display");
    o.unknown =
        JsonReader::unknownKeys(document, {"format", "version", "session", "agenda", "clock",
                                           "board", "snapshots", "notes", "actions", "display"});
    if (r.failed())
        return Error(std::move(r.problems()));

    std::vector<Problem> rules = outline_rules::checkOutline(o);
    if (rules.size() > JsonReader::kMaxProblems)
        rules.resize(JsonReader::kMaxProblems);
    if (!rules.empty())
        return Error(std::move(rules));
    return o;
}

Status checkSize(std::size_t bytes)
{
    if (bytes <= limits::kFileBytes)
        return ok();
    return Error(
        "", "the file is " + std::to_string(bytes / (1024 * 1024)) + " MB, more than the " +
                std::to_string(limits::kFileBytes / (1024 * 1024)) + " MB an outline may hold");
}

Result<Outline> parse(std::string_view text)
{
    if (Status small = checkSize(text.size()); !small)
        return small.error();
    if (text.find_first_not_of(" \t\r\n") == std::string_view::npos)
        return Error("", "the file is empty");
    if (text.substr(0, 2) == "\xFF\xFE" || text.substr(0, 2) == "\xFE\xFF")
        return Error("", "the file is UTF-16 text: save it as UTF-8");
    if (nestingDepth(text) > limits::kNestingDepth)
        return Error("", "nested more than " + std::to_string(limits::kNestingDepth) +
                             " levels deep: not an outline");
    // Json::parse's document, made twice as fast; the values cap bounds the memory it takes.
    JsonDocumentBuilder builder({limits::kNestingDepth, limits::kJsonValues});
    try {
        if (!builder.parse(text))
            return Error("", builder.capPassed().empty()
                                 ? parseErrorText(builder.error().c_str())
                                 : builder.capPassed() + ": not an outline");
    } catch (const std::exception &e) {
        return Error("", parseErrorText(e.what()));
    }
    return fromJson(builder.document());
}

} // namespace coachdeck::outline_json
