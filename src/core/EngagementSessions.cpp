#include "core/EngagementSessions.hpp"

#include "core/FreshId.hpp"
#include "core/Limits.hpp"

#include <algorithm>
#include <chrono>

namespace coachdeck::engagement_sessions {
namespace {

/// One line of the review item's notes for a carried action: "- what (owner, due)".
std::string reviewLine(const ActionItem &action)
{
    std::string line = "- " + action.what;
    std::string details = action.owner;
    if (action.due)
        details += (details.empty() ? "" : ", ") + formatDate(*action.due);
    if (!details.empty())
        line += " (" + details + ")";
    return line;
}

/// `notes` (a template's preparation, kept) followed by one line per carried action.
std::string reviewNotes(std::string notes, const std::vector<ActionItem> &actions)
{
    for (const ActionItem &action : actions) {
        const std::string line = reviewLine(action);
        // Item notes are bounded (limits::kTextChars code points; bytes are a safe bound).
        if (notes.size() + line.size() + 1 > limits::kTextChars)
            break;
        notes += (notes.empty() ? "" : "\n") + line;
    }
    return notes;
}

AgendaItem freshItem(const AgendaItem &planned)
{
    AgendaItem item = planned;
    item.adjustment = Millis{0};
    item.actual = Millis{0};
    item.status = ItemStatus::Pending;
    return item;
}

} // namespace

bool wasRun(const Outline &outline)
{
    return outline.clock.status != ClockStatus::Idle || outline.clock.startedAt.has_value();
}

Millis timeUsed(const Outline &outline)
{
    Millis total{0};
    for (const AgendaItem &item : outline.agenda)
        total += item.actual;
    return total;
}

Date addDays(const Date &date, int days)
{
    using namespace std::chrono;
    const year_month_day start{year{date.year}, month{static_cast<unsigned>(date.month)},
                               day{static_cast<unsigned>(date.day)}};
    const year_month_day moved{sys_days{start} + std::chrono::days{days}};
    return Date{static_cast<int>(moved.year()),
                static_cast<int>(static_cast<unsigned>(moved.month())),
                static_cast<int>(static_cast<unsigned>(moved.day()))};
}

EngagementProgress progress(const Engagement &engagement, const std::vector<Outline> &sessions)
{
    EngagementProgress out;
    out.sessionsPlanned = engagement.sessionsPlanned;
    out.planned = engagement.hoursPlanned;
    std::optional<Date> lastDone;
    for (const Outline &session : sessions) {
        out.used += timeUsed(session);
        if (!wasRun(session))
            continue;
        ++out.sessionsDone;
        if (session.session.date && (!lastDone || *session.session.date > *lastDone))
            lastDone = session.session.date;
    }
    // A session prepared for a day after the last one done is the next one.
    std::optional<Date> prepared;
    for (const Outline &session : sessions)
        if (!wasRun(session) && session.session.date &&
            (!lastDone || *session.session.date >= *lastDone) &&
            (!prepared || *session.session.date < *prepared))
            prepared = session.session.date;
    if (prepared)
        out.nextDue = prepared;
    else if (lastDone)
        out.nextDue = addDays(*lastDone, engagement.cadenceDays);
    else
        out.nextDue = engagement.startDate;
    return out;
}

Outline nextSession(const Engagement &engagement, const NextSession &next)
{
    Outline out;
    SessionMetadata &meta = out.session;
    meta.clientPseudonym = engagement.clientPseudonym;
    meta.engagement = next.engagementName;
    meta.sponsor = engagement.sponsor;
    meta.sessionNumber = std::clamp(next.number, 1, limits::kMaxSessions);
    meta.sessionCount = std::max(engagement.sessionsPlanned, meta.sessionNumber);
    meta.date = next.date;
    if (next.previous)
        meta.modality = next.previous->session.modality;

    const Outline *agendaFrom = next.agendaTemplate ? next.agendaTemplate : next.previous;
    if (agendaFrom)
        std::transform(agendaFrom->agenda.begin(), agendaFrom->agenda.end(),
                       std::back_inserter(out.agenda), freshItem);
    if (!next.previous)
        return out;

    std::copy_if(next.previous->actions.begin(), next.previous->actions.end(),
                 std::back_inserter(out.actions),
                 [](const ActionItem &a) { return a.status == ActionStatus::Open; });

    auto review = std::find_if(out.agenda.begin(), out.agenda.end(), [](const AgendaItem &i) {
        return i.kind == ItemKind::ReviewOfActions;
    });
    if (review == out.agenda.end()) {
        FreshId fresh("i");
        for (const AgendaItem &item : out.agenda)
            fresh.see(item.id);
        AgendaItem item;
        item.id = fresh.next();
        item.title = next.reviewTitle;
        item.kind = ItemKind::ReviewOfActions;
        item.planned = kReviewPlanned;
        review = out.agenda.insert(
            out.agenda.begin() + std::min<std::ptrdiff_t>(1, std::ssize(out.agenda)), item);
    }
    // The previous session's list is replaced; a template's own preparation is kept.
    review->notes = reviewNotes(next.agendaTemplate ? review->notes : std::string(), out.actions);
    return out;
}

} // namespace coachdeck::engagement_sessions
