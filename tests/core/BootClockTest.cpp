// Linux: the session clock really is the boot-time clock, which counts the time suspended, and
// the awake clock the monotonic one, which does not.
#include "core/Time.hpp"

#include <gtest/gtest.h>

#include <cstdio>
#include <time.h>

using namespace coachdeck;

namespace {

std::chrono::nanoseconds read(clockid_t id)
{
    timespec now{};
    EXPECT_EQ(::clock_gettime(id, &now), 0);
    return std::chrono::seconds(now.tv_sec) + std::chrono::nanoseconds(now.tv_nsec);
}

} // namespace

TEST(BootClockTest, TheSessionClockIsTheBootTimeClock)
{
    const auto before = read(CLOCK_BOOTTIME);
    const auto reading = MonoClock::now().time_since_epoch();
    const auto after = read(CLOCK_BOOTTIME);
    EXPECT_LE(before, reading);
    EXPECT_LE(reading, after);
    EXPECT_GE(SystemClock().monoNow().time_since_epoch(), after);
}

TEST(BootClockTest, TheAwakeClockIsTheMonotonicOne)
{
    const auto before = read(CLOCK_MONOTONIC);
    const auto reading = SystemClock().awakeNow();
    const auto after = read(CLOCK_MONOTONIC);
    EXPECT_LE(before, reading);
    EXPECT_LE(reading, after);
}

TEST(BootClockTest, TheTwoDifferByTheTimeThisMachineHasSpentSuspended)
{
    // Equal on a machine (or a virtual one) that never slept; the difference is printed.
    const auto asleep = MonoClock::now().time_since_epoch() - MonoClock::awakeNow();
    std::printf("this machine has spent %.3f s suspended since it booted\n",
                std::chrono::duration<double>(asleep).count());
    EXPECT_GE(asleep, -std::chrono::milliseconds(1));
    const auto steadyGap =
        MonoClock::now().time_since_epoch() - std::chrono::steady_clock::now().time_since_epoch();
    EXPECT_LE(std::chrono::abs(steadyGap - asleep), std::chrono::milliseconds(5))
        << "steady_clock should read CLOCK_MONOTONIC here";
}
