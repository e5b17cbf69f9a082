#include "core/platform/BootClock.hpp"

#include <time.h>

// The two clocks, set by src/core/CMakeLists.txt: on Linux CLOCK_BOOTTIME and CLOCK_MONOTONIC, on
// macOS CLOCK_MONOTONIC (which counts the time asleep there) and CLOCK_UPTIME_RAW.
#if !defined(COACHDECK_BOOT_CLOCK) || !defined(COACHDECK_AWAKE_CLOCK)
#error "COACHDECK_BOOT_CLOCK and COACHDECK_AWAKE_CLOCK name this system's clock ids"
#endif

namespace coachdeck {
namespace {

std::chrono::nanoseconds read(clockid_t id) noexcept
{
    timespec now{};
    ::clock_gettime(id, &now);
    return std::chrono::seconds(now.tv_sec) + std::chrono::nanoseconds(now.tv_nsec);
}

} // namespace

BootClock::time_point BootClock::now() noexcept
{
    return time_point(read(COACHDECK_BOOT_CLOCK));
}

BootClock::duration BootClock::awakeNow() noexcept
{
    return read(COACHDECK_AWAKE_CLOCK);
}

} // namespace coachdeck
