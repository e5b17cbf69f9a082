#include "core/Report.hpp"

#include <utility>

namespace coachdeck {
namespace {

std::string itemTitle(const Outline &outline, const std::optional<std::string> &itemId)
{
    if (!itemId)
        return {};
    const AgendaItem *item = outline.item(*itemId);
    return item ? item->title : std::string{};
}

bool audienceMayRead(const Note &note, ReportAudience audience)
{
    switch (audience) {
    case ReportAudience::Coach:
        return true;
    case ReportAudience::Client:
        return note.visibility != Visibility::CoachPrivate;
    case ReportAudience::Sponsor:
        return note.reportableToSponsor();
    }
    return false;
}

/// A board with nothing the file format carries beyond what is drawn; without labels when
/// `labels` is false (figure ids renumbered too: they may spell a name).
Board reportBoard(const Board &board, bool labels)
{
    Board out = board;
    out.unknown = UnknownKeys::object();
    int index = 0;
    for (Figure &f : out.figures) {
        f.unknown = UnknownKeys::object();
        if (!labels) {
            f.label.clear();
            f.id = "figure-" + std::to_string(++index);
        }
    }
    index = 0;
    for (Zone &z : out.zones) {
        z.unknown = UnknownKeys::object();
        if (!labels) {
            z.label.clear();
            z.id = "zone-" + std::to_string(++index);
        }
    }
    return out;
}

void addAgenda(const Outline &outline, Report &report)
{
    for (const AgendaItem &item : outline.agenda) {
        ReportAgendaRow row;
        row.title = item.title;
        row.planned = item.planned;
        row.allotted = item.allotted();
        row.actual = item.actual;
        row.status = item.status;
        if (report.audience == ReportAudience::Coach)
            row.preparation = item.notes;
        report.plannedTotal += row.planned;
        report.actualTotal += row.actual;
        report.agenda.push_back(std::move(row));
    }
}

void addImages(const Outline &outline, bool labels, Report &report)
{
    for (const Snapshot &snapshot : outline.snapshots) {
        ReportImage image;
        image.name = labels ? snapshot.name : std::string{};
        image.takenAt = snapshot.takenAt;
        image.board = reportBoard(snapshot.board, labels);
        report.images.push_back(std::move(image));
    }
}

} // namespace

bool isSponsorRefusal(const Error &error)
{
    return error.problems.size() == 1 && error.problems.front().pointer.empty() &&
           (error.problems.front().reason == kSponsorNothingValidated ||
            error.problems.front().reason == kSponsorNoImage);
}

bool sponsorSeesBoardImages(const SessionMetadata &session)
{
    return session.boardImagesValidatedOn.has_value();
}

bool sponsorSeesFigureLabels(const SessionMetadata &session)
{
    return sponsorSeesBoardImages(session) && session.figureLabelsValidatedOn.has_value();
}

Result<Report> buildReport(const Outline &outline, ReportAudience audience,
                           const std::optional<EngagementProgress> &progress)
{
    Report report;
    report.audience = audience;
    report.session = outline.session;
    report.session.unknown = UnknownKeys::object();
    report.progress = progress;

    for (const Note &note : outline.notes) {
        if (!audienceMayRead(note, audience))
            continue;
        // The coachee validated a sponsor note's text, not the agenda it was taken under.
        const bool withItem = audience != ReportAudience::Sponsor;
        report.notes.push_back({note.text, note.createdAt,
                                withItem ? itemTitle(outline, note.agendaItemId) : std::string{},
                                note.visibility, note.validatedOn});
    }

    if (audience != ReportAudience::Sponsor) {
        addAgenda(outline, report);
        for (ActionItem action : outline.actions) {
            action.unknown = UnknownKeys::object();
            report.actions.push_back(std::move(action));
        }
        addImages(outline, true, report);
        return report;
    }

    report.figureLabelsShown = sponsorSeesFigureLabels(outline.session);
    if (sponsorSeesBoardImages(outline.session))
        addImages(outline, report.figureLabelsShown, report);
    if (report.notes.empty() && report.images.empty())
        return Error(std::string(kSponsorNothingValidated));
    return report;
}

} // namespace coachdeck
