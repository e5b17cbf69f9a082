#pragma once

#include "core/Engagement.hpp"
#include "core/EngagementProgress.hpp"
#include "core/Outline.hpp"

#include <string>
#include <vector>

namespace coachdeck {

/// The sessions of an engagement, as pure functions over outlines (no files; any thread).
/// EngagementStore reads the outlines and calls these.
namespace engagement_sessions {

/// A session counts as done once it has been run: its clock left Idle (running, paused or
/// finished) or it has a start stamp. A session prepared but never started is not done.
bool wasRun(const Outline &outline);

/// Time spent in a session: the time recorded on its agenda items, pauses excluded (a
/// stretch still running counts as far as the outline has recorded it).
Millis timeUsed(const Outline &outline);

/// `date` moved by `days` (negative goes back) on the proleptic Gregorian calendar.
Date addDays(const Date &date, int days);

/// Sessions done of planned, time used (all sessions) of planned, and when the next session
/// is due: the date of a session prepared (not run) for the day of the latest session done or
/// later (the earliest such); else the date of the latest session done plus the cadence; with
/// none done yet, the engagement's start date (if any). `sessions` in any order.
EngagementProgress progress(const Engagement &engagement, const std::vector<Outline> &sessions);

/// What a new session of an engagement starts from.
struct NextSession {
    std::string engagementName; ///< goes into the outline's session.engagement
    int number = 1;             ///< this will be session `number` of the plan
    Date date;
    /// The session before (its agenda, modality and open actions), when there is one.
    const Outline *previous = nullptr;
    /// An agenda to use instead of the previous session's (a template outline).
    const Outline *agendaTemplate = nullptr;
    /// The title of the "review of actions" item when one has to be inserted (localized).
    std::string reviewTitle;
};

/// Planned length of a "review of actions" item inserted when the agenda has none.
inline constexpr Millis kReviewPlanned{15 * 60 * 1000};

/// The outline of the next session: metadata from the engagement (pseudonym, sponsor, session
/// n of N, date), the agenda of the template or else of the previous session with planned
/// times kept and everything spent reset, and every OPEN action of the previous session
/// carried over (same id, owner and due date) and listed in the notes of the agenda item of
/// kind ReviewOfActions. Without such an item (and when there is a previous session), one is
/// inserted after the first item. Board, images and notes start empty.
Outline nextSession(const Engagement &engagement, const NextSession &next);

} // namespace engagement_sessions
} // namespace coachdeck
