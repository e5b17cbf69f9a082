#pragma once

#include <chrono>
#include <cstdint>

namespace coachdeck {

/// The clock a session's time runs on: monotonic, and counting the time the machine spends
/// suspended, so a coach who closes the laptop for ten minutes during an item comes back to an
/// item ten minutes further on, as the wall clock says. One implementation per platform, picked
/// by src/core/CMakeLists.txt (docs/platforms.md):
/// - Linux: CLOCK_BOOTTIME (CLOCK_MONOTONIC, what std::chrono::steady_clock reads, stops while
///   the machine is suspended);
/// - macOS: CLOCK_MONOTONIC, which Apple documents as counting the time asleep (libc++'s
///   steady_clock reads CLOCK_UPTIME_RAW, which does not);
/// - Windows: std::chrono::steady_clock (QueryPerformanceCounter); not yet checked on a sleeping
///   machine, and awakeNow() reads the same clock, so no suspend is noticed there.
struct BootClock {
    using rep = std::int64_t;
    using period = std::nano;
    using duration = std::chrono::nanoseconds;
    using time_point = std::chrono::time_point<BootClock>;
    static constexpr bool is_steady = true;

    static time_point now() noexcept;

    /// Time on a clock that stops while the machine is suspended (Linux CLOCK_MONOTONIC, macOS
    /// CLOCK_UPTIME_RAW), from an arbitrary origin: the gap between two readings of both
    /// clocks, minus the gap on this one, is the time the machine spent suspended in between.
    static duration awakeNow() noexcept;
};

} // namespace coachdeck
