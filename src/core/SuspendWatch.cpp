#include "core/SuspendWatch.hpp"

#include <utility>

namespace coachdeck {

std::optional<SuspendWatch::Suspend> SuspendWatch::observe(const Clock &clock)
{
    const Reading now{clock.monoNow(), clock.awakeNow()};
    const std::optional<Reading> last = std::exchange(last_, now);
    if (!last)
        return std::nullopt;
    const auto asleep = (now.session - last->session) - (now.awake - last->awake);
    const Millis lasted = std::chrono::duration_cast<Millis>(asleep);
    if (lasted < shortest_)
        return std::nullopt;
    // The machine was awake for part of the interval; the suspend is put at its end, which is
    // off by at most the interval between readings.
    return Suspend{now.session - lasted, lasted};
}

} // namespace coachdeck
