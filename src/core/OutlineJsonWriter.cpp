// Outline -> JSON. Each object's fields are listed once, in the write* templates
// below, and written to either sink of OutlineJsonSinks.hpp: a Json document
// (toJson) or the saved text directly (serialize). Unknown keys read from a
// file go out first, known keys after.
#include "core/OutlineJson.hpp"
#include "core/OutlineJsonSinks.hpp"

#include <cstdio>

namespace coachdeck::outline_json {
namespace {

double minutes(Millis value)
{
    return static_cast<double>(value.count()) / 60000.0;
}
double seconds(Millis value)
{
    return static_cast<double>(value.count()) / 1000.0;
}

std::string colourText(const Rgb &c)
{
    char buffer[8];
    std::snprintf(buffer, sizeof buffer, "#%02x%02x%02x", c.r, c.g, c.b);
    return buffer;
}

template <typename Out>
void textOrNull(Out &out, const char *key, const std::optional<std::string> &value)
{
    value ? out.text(key, *value) : out.null(key);
}
template <typename Out>
void textOrNull(Out &out, const char *key, const std::optional<Date> &value)
{
    value ? out.text(key, formatDate(*value)) : out.null(key);
}
template <typename Out>
void textOrNull(Out &out, const char *key, const std::optional<WallTime> &value)
{
    value ? out.text(key, formatWallTime(*value)) : out.null(key);
}

template <typename Out, typename T, typename Write>
void arrayOf(Out &out, const char *key, const std::vector<T> &list, Write &&write)
{
    out.array(key, [&](auto &o) {
        for (const T &element : list)
            write(o, element);
    });
}

template <typename Out>
void writeFigure(Out &out, const Figure &f)
{
    out.object(nullptr, f.unknown, [&](auto &o) {
        o.unknownMembers(f.unknown);
        o.text("id", f.id);
        o.text("kind", kFigureKindText.name(f.kind));
        o.text("label", f.label);
        o.text("shape", kFigureShapeText.name(f.shape));
        o.text("colour", colourText(f.colour));
        o.text("size", kFigureSizeText.name(f.size));
        o.number("x", f.position.x);
        o.number("y", f.position.y);
        f.facingDegrees ? o.number("facing", *f.facingDegrees) : o.null("facing");
    });
}

template <typename Out>
void writeZone(Out &out, const Zone &z)
{
    out.object(nullptr, z.unknown, [&](auto &o) {
        o.unknownMembers(z.unknown);
        o.text("id", z.id);
        o.text("label", z.label);
        o.text("shape", kZoneShapeText.name(z.shape));
        o.number("x", z.topLeft.x);
        o.number("y", z.topLeft.y);
        o.number("width", z.width);
        o.number("height", z.height);
        o.text("colour", colourText(z.colour));
    });
}

template <typename Out>
void writeBoard(Out &out, const char *key, const Board &b)
{
    out.object(key, b.unknown, [&](auto &o) {
        o.unknownMembers(b.unknown);
        o.boolean("zonesVisible", b.zonesVisible);
        arrayOf(o, "figures", b.figures, [](auto &a, const Figure &f) { writeFigure(a, f); });
        arrayOf(o, "zones", b.zones, [](auto &a, const Zone &z) { writeZone(a, z); });
    });
}

template <typename Out>
void writeItem(Out &out, const AgendaItem &i)
{
    out.object(nullptr, i.unknown, [&](auto &o) {
        o.unknownMembers(i.unknown);
        o.text("id", i.id);
        o.text("title", i.title);
        if (i.kind != ItemKind::General) // absent means general: older files stay as they were
            o.text("kind", kItemKindText.name(i.kind));
        o.number("plannedMinutes", minutes(i.planned));
        o.number("adjustMinutes", minutes(i.adjustment));
        o.number("warnMinutes", minutes(i.warnAt));
        o.number("dangerMinutes", minutes(i.dangerAt));
        o.text("notes", i.notes);
        o.text("status", kItemStatusText.name(i.status));
        o.number("actualSeconds", seconds(i.actual));
    });
}

template <typename Out>
void writeSession(Out &out, const SessionMetadata &m)
{
    out.object("session", m.unknown, [&](auto &o) {
        o.unknownMembers(m.unknown);
        o.text("client", m.clientPseudonym);
        o.text("engagement", m.engagement);
        o.integer("sessionNumber", m.sessionNumber);
        o.integer("sessionCount", m.sessionCount);
        textOrNull(o, "date", m.date);
        o.text("modality", kModalityText.name(m.modality));
        textOrNull(o, "sponsor", m.sponsor);
        // Absent until the coachee validates: older files stay as they were.
        if (m.boardImagesValidatedOn)
            textOrNull(o, "boardImagesValidatedOn", m.boardImagesValidatedOn);
        if (m.figureLabelsValidatedOn)
            textOrNull(o, "figureLabelsValidatedOn", m.figureLabelsValidatedOn);
    });
}

template <typename Out>
void writeClock(Out &out, const ClockState &c)
{
    out.object("clock", c.unknown, [&](auto &o) {
        o.unknownMembers(c.unknown);
        o.text("status", kClockStatusText.name(c.status));
        textOrNull(o, "currentItem", c.currentItemId);
        textOrNull(o, "startedAt", c.startedAt);
        textOrNull(o, "runningSince",
                   c.status == ClockStatus::Running ? c.runningSinceWall : std::nullopt);
    });
}

template <typename Out>
void writeSnapshot(Out &out, const Snapshot &s)
{
    out.object(nullptr, s.unknown, [&](auto &o) {
        o.unknownMembers(s.unknown);
        o.text("id", s.id);
        o.text("name", s.name);
        o.text("takenAt", formatWallTime(s.takenAt));
        textOrNull(o, "agendaItem", s.agendaItemId);
        writeBoard(o, "board", s.board);
    });
}

template <typename Out>
void writeNote(Out &out, const Note &n)
{
    out.object(nullptr, n.unknown, [&](auto &o) {
        o.unknownMembers(n.unknown);
        o.text("id", n.id);
        o.text("createdAt", formatWallTime(n.createdAt));
        textOrNull(o, "agendaItem", n.agendaItemId);
        o.text("visibility", kVisibilityText.name(n.visibility));
        textOrNull(o, "validatedOn", n.validatedOn);
        o.text("text", n.text);
    });
}

template <typename Out>
void writeAction(Out &out, const ActionItem &a)
{
    out.object(nullptr, a.unknown, [&](auto &o) {
        o.unknownMembers(a.unknown);
        o.text("id", a.id);
        o.text("what", a.what);
        o.text("owner", a.owner);
        textOrNull(o, "due", a.due);
        o.text("status", kActionStatusText.name(a.status));
    });
}

template <typename Out>
void writeDisplay(Out &out, const Display &d)
{
    out.object("display", d.unknown, [&](auto &o) {
        o.unknownMembers(d.unknown);
        o.boolean("timerVisible", d.timerVisible);
        textOrNull(o, "perspective", d.perspectiveFigureId);
        textOrNull(o, "shownSnapshot", d.shownSnapshotId);
    });
}

template <typename Out>
void writeOutline(Out &out, const Outline &outline)
{
    out.object(nullptr, outline.unknown, [&](auto &o) {
        o.text("format", kOutlineFormat);
        o.integer("version", kOutlineVersion);
        o.unknownMembers(outline.unknown);
        writeSession(o, outline.session);
        arrayOf(o, "agenda", outline.agenda, [](auto &a, const AgendaItem &i) { writeItem(a, i); });
        writeClock(o, outline.clock);
        writeBoard(o, "board", outline.board);
        arrayOf(o, "snapshots", outline.snapshots,
                [](auto &a, const Snapshot &s) { writeSnapshot(a, s); });
        arrayOf(o, "notes", outline.notes, [](auto &a, const Note &n) { writeNote(a, n); });
        arrayOf(o, "actions", outline.actions,
                [](auto &a, const ActionItem &x) { writeAction(a, x); });
        writeDisplay(o, outline.display);
    });
}

} // namespace

Json toJson(const Outline &outline)
{
    DocumentSink document;
    writeOutline(document, outline);
    return document.take();
}

std::string serialize(const Outline &outline)
{
    std::string text;
    TextSink sink(text);
    writeOutline(sink, outline);
    text += '\n';
    return text;
}

} // namespace coachdeck::outline_json
