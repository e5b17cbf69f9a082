#pragma once

#include "core/ActionItem.hpp"
#include "core/AgendaItem.hpp"
#include "core/Board.hpp"
#include "core/EngagementProgress.hpp"
#include "core/Note.hpp"
#include "core/Outline.hpp"
#include "core/ReportAudience.hpp"
#include "core/Result.hpp"
#include "core/SessionMetadata.hpp"
#include "core/Time.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace coachdeck {

/// One agenda item as a report shows it: planned vs actual.
struct ReportAgendaRow {
    std::string title;
    Millis planned{0};  ///< as planned, adjustments excluded
    Millis allotted{0}; ///< planned + adjustments granted while running
    Millis actual{0};
    ItemStatus status = ItemStatus::Pending;
    std::string preparation; ///< the coach's preparation notes; empty unless the coach's report

    bool operator==(const ReportAgendaRow &) const = default;
};

/// A note the audience may read.
struct ReportNote {
    std::string text;
    WallTime createdAt{};
    std::string agendaItemTitle; ///< empty: a note on the session as a whole
    Visibility visibility = Visibility::CoachPrivate;
    std::optional<Date> validatedOn; ///< the coachee's validation for the sponsor

    bool operator==(const ReportNote &) const = default;
};

/// One board image, in the order it was taken. The board is already what the audience may
/// see: labels blanked where they may not, unknown keys stripped.
struct ReportImage {
    std::string name; ///< the snapshot's name; empty for a sponsor without validated labels
    WallTime takenAt{};
    Board board;

    bool operator==(const ReportImage &) const = default;
};

/// What one audience's report of a session holds, and nothing more: every writer (PDF,
/// Markdown, PNG) draws from this alone, so a writer cannot leak what is filtered out here.
struct Report {
    ReportAudience audience = ReportAudience::Coach;
    SessionMetadata session; ///< unknown keys stripped
    std::vector<ReportAgendaRow> agenda;
    Millis plannedTotal{0};
    Millis actualTotal{0};
    std::vector<ReportNote> notes;
    std::vector<ActionItem> actions; ///< unknown keys stripped
    std::vector<ReportImage> images;
    bool figureLabelsShown = true; ///< false: the images carry no figure or zone label
    std::optional<EngagementProgress> progress;

    bool operator==(const Report &) const = default;

    /// Calls `visit(std::string_view)` for every text the report holds, so tests can prove
    /// that nothing outside the audience's reach made it in.
    template <typename Visit>
    void visitTexts(Visit &&visit) const;
};

/// The report of `outline` for `audience`. Pure; any thread.
///
/// - Coach: everything: every note with its visibility, agenda planned vs actual with the
///   preparation notes, every board image in order, actions.
/// - Client: no coach-private note, no preparation note; agenda, shared and sponsor notes,
///   board images, actions.
/// - Sponsor: only notes that are reportable to the sponsor and carry the coachee's validation
///   date; the engagement progress when given; board images only when the coachee validated
///   them (session.boardImagesValidatedOn), their labels and names only when the labels are
///   validated too (session.figureLabelsValidatedOn). No agenda, no actions.
///   With nothing validated: an Error saying so, never an empty report.
///
/// `progress` is shown to every audience when given.
Result<Report> buildReport(const Outline &outline, ReportAudience audience,
                           const std::optional<EngagementProgress> &progress);

/// Why buildReport refuses a sponsor report with nothing validated.
inline constexpr std::string_view kSponsorNothingValidated =
    "nothing is validated for the sponsor: no note is reportable to the sponsor with the "
    "coachee's validation date, and no board image is validated. The sponsor receives only what "
    "the coachee validated in writing, so no report was made.";
/// Why a sponsor's board image export is refused when the images are not validated.
inline constexpr std::string_view kSponsorNoImage =
    "no board image is validated for the sponsor (session.boardImagesValidatedOn): no image was "
    "made.";

/// Whether `error` is one of the two refusals above (a rule, not a failure).
bool isSponsorRefusal(const Error &error);

/// Whether the sponsor may see the board images and their labels (the coachee's validation).
bool sponsorSeesBoardImages(const SessionMetadata &session);
bool sponsorSeesFigureLabels(const SessionMetadata &session);

template <typename Visit>
void Report::visitTexts(Visit &&visit) const
{
    visit(std::string_view{session.clientPseudonym});
    visit(std::string_view{session.engagement});
    if (session.sponsor)
        visit(std::string_view{*session.sponsor});
    for (const ReportAgendaRow &row : agenda) {
        visit(std::string_view{row.title});
        visit(std::string_view{row.preparation});
    }
    for (const ReportNote &note : notes) {
        visit(std::string_view{note.text});
        visit(std::string_view{note.agendaItemTitle});
    }
    for (const ActionItem &action : actions) {
        visit(std::string_view{action.what});
        visit(std::string_view{action.owner});
    }
    for (const ReportImage &image : images) {
        visit(std::string_view{image.name});
        for (const Figure &f : image.board.figures)
            visit(std::string_view{f.label});
        for (const Zone &z : image.board.zones)
            visit(std::string_view{z.label});
    }
}

} // namespace coachdeck
