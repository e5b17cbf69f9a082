#include "render/DisplayedTime.hpp"

#include <algorithm>

namespace coachdeck {

DisplayedTimeBasis DisplayedTimeBasis::of(const ClientView &view, const RenderOptions &options)
{
    DisplayedTimeBasis basis;
    // Without the coach's consent no time is on screen at all, so no second repaints.
    if (!view.timerVisible || !(options.hasTimer() || options.hasAgenda()))
        return basis;
    if (const ClientAgendaItem *item = view.currentItem()) {
        basis.itemShown = true;
        basis.spent = item->actual;
        basis.running = view.clock.status == ClockStatus::Running && view.clock.runningSince;
        if (basis.running)
            basis.runningSince = *view.clock.runningSince;
    }
    basis.minuteShown = options.hasTimer() && options.showEndForecast;
    return basis;
}

Millis DisplayedTimeBasis::elapsed(MonoTime now) const
{
    // The same sum as ClientView::elapsed (a test holds them equal).
    if (!running)
        return spent;
    return spent + std::max(Millis{0}, std::chrono::duration_cast<Millis>(now - runningSince));
}

DisplayedTime DisplayedTimeBasis::at(MonoTime now, WallTime wallNow) const
{
    DisplayedTime shown;
    if (itemShown)
        shown.itemSecond = elapsed(now).count() / 1000;
    if (minuteShown)
        shown.wallMinute = wallNow.time_since_epoch().count() / 60'000;
    return shown;
}

std::optional<Millis> DisplayedTimeBasis::untilNextSecond(MonoTime now) const
{
    if (!itemShown || !running)
        return std::nullopt;
    return Millis{1000 - elapsed(now).count() % 1000};
}

} // namespace coachdeck
