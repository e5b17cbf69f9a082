#include "core/platform/BootClock.hpp"

namespace coachdeck {

// QueryPerformanceCounter through steady_clock for both: whether it counts a sleeping machine's
// time is still to be checked on one (BootClock.hpp).
BootClock::time_point BootClock::now() noexcept
{
    return time_point(
        std::chrono::duration_cast<duration>(std::chrono::steady_clock::now().time_since_epoch()));
}

BootClock::duration BootClock::awakeNow() noexcept
{
    return std::chrono::duration_cast<duration>(
        std::chrono::steady_clock::now().time_since_epoch());
}

} // namespace coachdeck
