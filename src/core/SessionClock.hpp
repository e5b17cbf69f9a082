#pragma once

#include "core/Outline.hpp"
#include "core/Result.hpp"
#include "core/Time.hpp"

#include <optional>
#include <string_view>

namespace coachdeck {

/// Timing of one agenda item at an instant. Remaining is negative in overtime.
struct ItemTiming {
    Millis elapsed{0};
    Millis remaining{0};
    Phase phase = Phase::Normal;
    /// elapsed / allotted in [0, 1], 1 once overtime (0 when nothing is allotted and nothing
    /// spent).
    double progress = 0.0;

    bool operator==(const ItemTiming &) const = default;
};

/// Timing of the whole session at an instant, pauses excluded.
struct SessionTiming {
    Millis planned{0};   ///< sum of allotted times (planned + adjustments)
    Millis elapsed{0};   ///< sum of time spent on items
    Millis remaining{0}; ///< planned - elapsed; negative when the session runs over
    /// When the session should end if what is left goes as planned; empty once finished.
    std::optional<WallTime> endForecast;
    std::optional<ItemTiming> current; ///< the current item, when there is one

    bool operator==(const SessionTiming &) const = default;
};

/// The session clock: pure functions over an outline's agenda and clock state.
/// Nothing here counts ticks: every figure is derived from `now` (monotonic).
/// All functions run on the caller's thread and touch only the outline passed in.
namespace session_clock {

/// Idle -> Running on the first item (or on the current one if one was chosen).
Status start(Outline &outline, const Clock &clock);
Status pause(Outline &outline, const Clock &clock);
/// Pauses as if at the earlier instant `at` (on `clock`'s monotonic time): the running item keeps
/// only the time it ran until then, never less than nothing. For a suspend noticed late, so the
/// time asleep is not counted. Refused when the clock is not running or `at` is still to come.
Status pauseAt(Outline &outline, const Clock &clock, MonoTime at);
Status resume(Outline &outline, const Clock &clock);
/// Marks the current item done and moves on; after the last item the session is Finished.
Status next(Outline &outline, const Clock &clock);
/// Goes back one item; the item left becomes pending again, time spent is kept.
Status previous(Outline &outline, const Clock &clock);
/// Makes `itemId` current; items passed over forward are done, backward pending.
Status goTo(Outline &outline, std::string_view itemId, const Clock &clock);
/// Gives the current item more (or less) time: +/- N minutes on its remaining time.
Status adjust(Outline &outline, Millis delta);
/// Ends the session now (the current item is done).
Status finish(Outline &outline, const Clock &clock);

/// Time spent on an item at `now`, including a running stretch.
Millis elapsed(const Outline &outline, const AgendaItem &item, MonoTime now);
/// The phase for a remaining time under an item's thresholds.
Phase phaseFor(const AgendaItem &item, Millis remaining);
/// The phase for a remaining time under explicit thresholds (warning at or below
/// `warnAt`, danger at or below `dangerAt`, overtime below zero).
Phase phaseFor(Millis remaining, Millis warnAt, Millis dangerAt);
ItemTiming itemTiming(const Outline &outline, const AgendaItem &item, MonoTime now);
SessionTiming sessionTiming(const Outline &outline, MonoTime now, WallTime wallNow);

/// After a load: maps the saved wall-clock start of a running stretch onto this
/// process's monotonic clock, so a session that ran while OBS was down keeps its time.
void reanchor(Outline &outline, const Clock &clock);

/// Restores the clock's invariants after an agenda edit (the current item
/// removed, statuses out of step): exactly the current item is active.
void repair(Outline &outline, const Clock &clock);

} // namespace session_clock
} // namespace coachdeck
