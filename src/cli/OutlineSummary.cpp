#include "cli/OutlineSummary.hpp"

#include "cli/TerminalText.hpp"
#include "core/WallTimeText.hpp"

#include <cmath>
#include <cstdio>
#include <sstream>

namespace coachdeck::cli {
namespace {

/// "12:30", "1:05:00", "-5:00": rounded to the second.
std::string duration(Millis value)
{
    long long seconds = std::llround(static_cast<double>(value.count()) / 1000.0);
    const char *sign = seconds < 0 ? "-" : "";
    seconds = std::llabs(seconds);
    char buffer[48];
    if (seconds >= 3600)
        std::snprintf(buffer, sizeof buffer, "%s%lld:%02lld:%02lld", sign, seconds / 3600,
                      seconds / 60 % 60, seconds % 60);
    else
        std::snprintf(buffer, sizeof buffer, "%s%lld:%02lld", sign, seconds / 60, seconds % 60);
    return buffer;
}

std::string rightAligned(const std::string &text, std::size_t width)
{
    return text.size() >= width ? text : std::string(width - text.size(), ' ') + text;
}

std::string leftAligned(std::string text, std::size_t width)
{
    const std::size_t length = displayLength(text);
    if (length < width)
        text.append(width - length, ' ');
    return text;
}

std::string quoted(const std::string &text)
{
    return "\"" + terminalSafe(text) + "\"";
}

std::string degrees(double value)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, value == std::floor(value) ? "%.0f" : "%.1f", value);
    return buffer;
}

std::string plural(std::size_t count, const char *one, const char *many)
{
    return std::to_string(count) + " " + (count == 1 ? one : many);
}

void writeSession(const Outline &o, std::ostream &out)
{
    const SessionMetadata &m = o.session;
    out << "Session " << m.sessionNumber << " of " << m.sessionCount << ", "
        << (m.date ? formatDate(*m.date) : std::string("no date")) << ", "
        << kModalityText.name(m.modality) << '\n';
    out << "Client: " << (m.clientPseudonym.empty() ? "(none)" : terminalSafe(m.clientPseudonym))
        << '\n';
    if (!m.engagement.empty())
        out << "Engagement: " << terminalSafe(m.engagement) << '\n';
    if (m.sponsor && !m.sponsor->empty())
        out << "Sponsor: " << terminalSafe(*m.sponsor) << '\n';
}

void writeClock(const Outline &o, std::ostream &out)
{
    const ClockState &c = o.clock;
    out << "Clock: " << kClockStatusText.name(c.status);
    const int current = c.currentItemId ? o.itemIndex(*c.currentItemId) : -1;
    if (current >= 0 && c.status != ClockStatus::Finished)
        out << " on item " << current + 1 << ' '
            << quoted(o.agenda[static_cast<std::size_t>(current)].title);
    if (c.startedAt)
        out << ", started " << formatWallTime(*c.startedAt);
    out << '\n';
    if (c.status == ClockStatus::Running && c.runningSinceWall)
        out << "  (running since " << formatWallTime(*c.runningSinceWall)
            << "; that stretch is not in the actual times below)\n";
}

void writeAgenda(const Outline &o, std::ostream &out)
{
    out << "\nAgenda: " << plural(o.agenda.size(), "item", "items") << '\n';
    if (o.agenda.empty())
        return;
    out << "       planned    actual  status   title\n";
    Millis planned{0}, allotted{0}, actual{0};
    for (std::size_t i = 0; i < o.agenda.size(); ++i) {
        const AgendaItem &item = o.agenda[i];
        planned += item.planned;
        allotted += item.allotted();
        actual += item.actual;
        out << rightAligned(std::to_string(i + 1), 4) << rightAligned(duration(item.planned), 10)
            << rightAligned(duration(item.actual), 10) << "  "
            << leftAligned(std::string(kItemStatusText.name(item.status)), 7) << "  "
            << terminalSafe(item.title);
        if (item.adjustment != Millis{0})
            out << " (" << (item.adjustment > Millis{0} ? "+" : "") << duration(item.adjustment)
                << " granted)";
        out << '\n';
    }
    out << "    " << rightAligned(duration(planned), 10) << rightAligned(duration(actual), 10)
        << "           total";
    if (allotted != planned)
        out << " (" << duration(allotted) << " with time granted)";
    out << '\n';
}

void writeBoard(const Board &board, std::ostream &out)
{
    out << "\nBoard: " << plural(board.figures.size(), "figure", "figures") << ", "
        << plural(board.zones.size(), "zone", "zones");
    if (!board.zones.empty())
        out << (board.zonesVisible ? " (shown)" : " (hidden)");
    out << '\n';
    for (const Figure &f : board.figures) {
        const std::string facing =
            f.facingDegrees ? "facing " + degrees(*f.facingDegrees) + " deg" : "anchor";
        out << "  " << leftAligned(std::string(kFigureKindText.name(f.kind)), 9) << ' '
            << kFigureSizeText.name(f.size) << "  " << leftAligned(facing, 17) << quoted(f.label)
            << '\n';
    }
}

void writeSnapshots(const Outline &o, std::ostream &out)
{
    out << "\nSnapshots: " << o.snapshots.size() << '\n';
    for (std::size_t i = 0; i < o.snapshots.size(); ++i) {
        const Snapshot &s = o.snapshots[i];
        out << rightAligned(std::to_string(i + 1), 4) << ". "
            << (s.name.empty() ? std::string("(no name)") : quoted(s.name)) << ", "
            << plural(s.board.figures.size(), "figure", "figures") << ", taken "
            << formatWallTime(s.takenAt) << '\n';
    }
}

void writeNotes(const Outline &o, std::ostream &out)
{
    std::size_t privateCount = 0, client = 0, sponsor = 0, validated = 0;
    for (const Note &n : o.notes) {
        switch (n.visibility) {
        case Visibility::CoachPrivate:
            ++privateCount;
            break;
        case Visibility::SharedWithClient:
            ++client;
            break;
        case Visibility::ReportableToSponsor:
            ++sponsor;
            validated += n.validatedOn ? 1 : 0;
            break;
        }
    }
    out << "\nNotes: " << o.notes.size();
    if (!o.notes.empty())
        out << " (" << privateCount << " private, " << client << " shared with client, " << sponsor
            << " reportable to sponsor, " << validated << " of them validated)";
    out << '\n';
}

void writeActions(const Outline &o, std::ostream &out)
{
    out << "\nActions: " << o.actions.size() << '\n';
    for (const ActionItem &a : o.actions) {
        out << "  - [" << kActionStatusText.name(a.status) << "] " << terminalSafe(a.what)
            << " (owner: " << (a.owner.empty() ? "(none)" : terminalSafe(a.owner))
            << ", due: " << (a.due ? formatDate(*a.due) : std::string("(none)")) << ")\n";
    }
}

} // namespace

std::string outlineSummary(const Outline &outline)
{
    std::ostringstream out;
    writeSession(outline, out);
    writeClock(outline, out);
    writeAgenda(outline, out);
    writeBoard(outline.board, out);
    writeSnapshots(outline, out);
    writeNotes(outline, out);
    writeActions(outline, out);
    return out.str();
}

} // namespace coachdeck::cli
