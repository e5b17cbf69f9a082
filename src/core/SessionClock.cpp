#include "core/SessionClock.hpp"

#include "core/Limits.hpp"

#include <algorithm>

namespace coachdeck::session_clock {
namespace {

AgendaItem *currentItem(Outline &outline)
{
    return outline.clock.currentItemId ? outline.item(*outline.clock.currentItemId) : nullptr;
}

/// Books the running stretch into the current item and restarts the stretch at now.
void settle(Outline &outline, const Clock &clock)
{
    ClockState &state = outline.clock;
    if (state.status != ClockStatus::Running || !state.runningSince)
        return;
    const MonoTime now = clock.monoNow();
    if (AgendaItem *item = currentItem(outline))
        item->actual +=
            std::max(Millis{0}, std::chrono::duration_cast<Millis>(now - *state.runningSince));
    state.runningSince = now;
    state.runningSinceWall = clock.wallNow();
}

void runFrom(ClockState &state, const Clock &clock)
{
    state.status = ClockStatus::Running;
    state.runningSince = clock.monoNow();
    state.runningSinceWall = clock.wallNow();
}

void stopRunning(ClockState &state)
{
    state.runningSince.reset();
    state.runningSinceWall.reset();
}

Status needsStarted(const Outline &outline)
{
    switch (outline.clock.status) {
    case ClockStatus::Idle:
        return Error("the session has not started");
    case ClockStatus::Finished:
        return Error("the session has ended");
    default:
        return ok();
    }
}

/// Moves the current item to `target`, marking the one left as `leftAs`.
void moveTo(Outline &outline, size_t target, ItemStatus leftAs)
{
    if (AgendaItem *left = currentItem(outline))
        left->status = leftAs;
    outline.agenda[target].status = ItemStatus::Active;
    outline.clock.currentItemId = outline.agenda[target].id;
}

} // namespace

Status start(Outline &outline, const Clock &clock)
{
    if (outline.clock.status != ClockStatus::Idle)
        return Error("the session has already started");
    if (outline.agenda.empty())
        return Error("the agenda is empty: add an item before starting");
    size_t first = 0;
    if (outline.clock.currentItemId) {
        const int index = outline.itemIndex(*outline.clock.currentItemId);
        first = index < 0 ? 0 : static_cast<size_t>(index);
    }
    moveTo(outline, first, ItemStatus::Pending);
    outline.clock.startedAt = clock.wallNow();
    runFrom(outline.clock, clock);
    return ok();
}

Status pause(Outline &outline, const Clock &clock)
{
    if (outline.clock.status != ClockStatus::Running)
        return Error("the clock is not running");
    settle(outline, clock);
    outline.clock.status = ClockStatus::Paused;
    stopRunning(outline.clock);
    return ok();
}

Status pauseAt(Outline &outline, const Clock &clock, MonoTime at)
{
    if (outline.clock.status != ClockStatus::Running)
        return Error("the clock is not running");
    const MonoTime now = clock.monoNow();
    if (at > now)
        return Error("cannot pause at an instant still to come");
    const MonoTime since = outline.clock.runningSince.value_or(at);
    /// `clock` as it read at `at` (or when the stretch began, if later).
    class Then final : public Clock {
    public:
        Then(const Clock &clock, Millis back) : clock_(clock), back_(back) {}
        MonoTime monoNow() const override { return clock_.monoNow() - back_; }
        WallTime wallNow() const override { return clock_.wallNow() - back_; }
        std::chrono::nanoseconds awakeNow() const override { return clock_.awakeNow(); }

    private:
        const Clock &clock_;
        Millis back_;
    };
    const MonoTime until = std::max(at, since);
    return pause(outline, Then(clock, std::chrono::duration_cast<Millis>(now - until)));
}

Status resume(Outline &outline, const Clock &clock)
{
    if (outline.clock.status != ClockStatus::Paused)
        return Error("the clock is not paused");
    runFrom(outline.clock, clock);
    return ok();
}

Status next(Outline &outline, const Clock &clock)
{
    if (Status started = needsStarted(outline); !started)
        return started;
    settle(outline, clock);
    const int index =
        outline.clock.currentItemId ? outline.itemIndex(*outline.clock.currentItemId) : -1;
    if (index + 1 >= static_cast<int>(outline.agenda.size()))
        return finish(outline, clock);
    moveTo(outline, static_cast<size_t>(index + 1), ItemStatus::Done);
    return ok();
}

Status previous(Outline &outline, const Clock &clock)
{
    if (Status started = needsStarted(outline); !started)
        return started;
    const int index =
        outline.clock.currentItemId ? outline.itemIndex(*outline.clock.currentItemId) : -1;
    if (index <= 0)
        return Error("already on the first item");
    settle(outline, clock);
    moveTo(outline, static_cast<size_t>(index - 1), ItemStatus::Pending);
    return ok();
}

Status goTo(Outline &outline, std::string_view itemId, const Clock &clock)
{
    const int target = outline.itemIndex(itemId);
    if (target < 0)
        return Error("no agenda item with id \"" + std::string(itemId) + "\"");
    if (outline.clock.status == ClockStatus::Finished)
        return Error("the session has ended");
    if (outline.clock.status == ClockStatus::Idle) {
        // Before the start, choosing an item only says where to begin.
        outline.clock.currentItemId = std::string(itemId);
        return ok();
    }
    settle(outline, clock);
    const int from =
        outline.clock.currentItemId ? outline.itemIndex(*outline.clock.currentItemId) : -1;
    if (target == from)
        return ok();
    const bool forward = target > from;
    for (int i = std::min(from, target) + 1; i < std::max(from, target); ++i)
        if (forward || outline.agenda[static_cast<size_t>(i)].status == ItemStatus::Done)
            outline.agenda[static_cast<size_t>(i)].status =
                forward ? ItemStatus::Done : ItemStatus::Pending;
    moveTo(outline, static_cast<size_t>(target), forward ? ItemStatus::Done : ItemStatus::Pending);
    return ok();
}

Status adjust(Outline &outline, Millis delta)
{
    AgendaItem *item = currentItem(outline);
    if (!item)
        return Error("no current agenda item to give time to");
    const Millis allotted = item->allotted() + delta;
    if (allotted < Millis{0})
        return Error("an item cannot be given less than no time");
    if (allotted > std::chrono::minutes{static_cast<int>(limits::kMaxItemMinutes)})
        return Error("an item cannot last more than 24 hours");
    item->adjustment += delta;
    return ok();
}

Status finish(Outline &outline, const Clock &clock)
{
    if (Status started = needsStarted(outline); !started)
        return started;
    settle(outline, clock);
    if (AgendaItem *item = currentItem(outline))
        item->status = ItemStatus::Done;
    outline.clock.status = ClockStatus::Finished;
    stopRunning(outline.clock);
    return ok();
}

Millis elapsed(const Outline &outline, const AgendaItem &item, MonoTime now)
{
    Millis spent = item.actual;
    const ClockState &state = outline.clock;
    if (state.status == ClockStatus::Running && state.runningSince &&
        state.currentItemId == item.id)
        spent += std::max(Millis{0}, std::chrono::duration_cast<Millis>(now - *state.runningSince));
    return spent;
}

Phase phaseFor(Millis remaining, Millis warnAt, Millis dangerAt)
{
    if (remaining < Millis{0})
        return Phase::Overtime;
    if (remaining <= dangerAt)
        return Phase::Danger;
    if (remaining <= warnAt)
        return Phase::Warning;
    return Phase::Normal;
}

Phase phaseFor(const AgendaItem &item, Millis remaining)
{
    return phaseFor(remaining, item.warnAt, item.dangerAt);
}

ItemTiming itemTiming(const Outline &outline, const AgendaItem &item, MonoTime now)
{
    ItemTiming timing;
    timing.elapsed = elapsed(outline, item, now);
    timing.remaining = item.allotted() - timing.elapsed;
    timing.phase = phaseFor(item, timing.remaining);
    if (item.allotted() > Millis{0})
        timing.progress = std::clamp(static_cast<double>(timing.elapsed.count()) /
                                         static_cast<double>(item.allotted().count()),
                                     0.0, 1.0);
    else
        timing.progress = timing.elapsed > Millis{0} ? 1.0 : 0.0;
    return timing;
}

SessionTiming sessionTiming(const Outline &outline, MonoTime now, WallTime wallNow)
{
    SessionTiming timing;
    Millis left{0};
    for (const AgendaItem &item : outline.agenda) {
        const ItemTiming t = itemTiming(outline, item, now);
        timing.planned += item.allotted();
        timing.elapsed += t.elapsed;
        if (outline.clock.currentItemId == item.id && outline.clock.status != ClockStatus::Idle)
            timing.current = t;
        if (item.status != ItemStatus::Done)
            left += std::max(Millis{0}, t.remaining);
    }
    timing.remaining = timing.planned - timing.elapsed;
    if (outline.clock.status != ClockStatus::Finished)
        timing.endForecast = wallNow + left;
    return timing;
}

void reanchor(Outline &outline, const Clock &clock)
{
    ClockState &state = outline.clock;
    if (state.status != ClockStatus::Running)
        return;
    const WallTime since = state.runningSinceWall.value_or(clock.wallNow());
    const Millis gap = std::max(Millis{0}, clock.wallNow() - since);
    state.runningSince = clock.monoNow() - gap;
    state.runningSinceWall = since;
}

void repair(Outline &outline, const Clock &clock)
{
    ClockState &state = outline.clock;
    const bool live = state.status == ClockStatus::Running || state.status == ClockStatus::Paused;
    if (live && !currentItem(outline)) {
        // The current item was removed: carry on with the first item not yet done.
        auto pending =
            std::find_if(outline.agenda.begin(), outline.agenda.end(),
                         [](const AgendaItem &i) { return i.status != ItemStatus::Done; });
        if (pending == outline.agenda.end()) {
            state.status = ClockStatus::Finished;
            state.currentItemId.reset();
            stopRunning(state);
        } else {
            state.currentItemId = pending->id;
            if (state.status == ClockStatus::Running)
                runFrom(state, clock);
        }
    }
    if (state.status == ClockStatus::Idle && state.currentItemId && !currentItem(outline))
        state.currentItemId.reset();
    for (AgendaItem &item : outline.agenda) {
        const bool isCurrent = live && state.currentItemId == item.id;
        if (isCurrent)
            item.status = ItemStatus::Active;
        else if (item.status == ItemStatus::Active)
            item.status = ItemStatus::Pending;
    }
}

} // namespace coachdeck::session_clock
