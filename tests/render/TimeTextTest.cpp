// How times read on the overlay.

#include "render/TimeText.hpp"

#include <gtest/gtest.h>

namespace coachdeck {
namespace {

using namespace std::chrono_literals;

TEST(TimeTextTest, CountdownRoundsUpUntilZero)
{
    EXPECT_EQ(time_text::remaining(5min), "05:00");
    EXPECT_EQ(time_text::remaining(4min + 59s + 1ms), "05:00");
    EXPECT_EQ(time_text::remaining(4min + 59s), "04:59");
    EXPECT_EQ(time_text::remaining(1ms), "00:01");
    EXPECT_EQ(time_text::remaining(0ms), "00:00");
}

TEST(TimeTextTest, OvertimeReadsPlusAndRoundsDown)
{
    EXPECT_EQ(time_text::remaining(-1ms), "+00:00");
    EXPECT_EQ(time_text::remaining(-(1min + 1s + 999ms)), "+01:01");
    EXPECT_EQ(time_text::remaining(-(1h + 2min + 3s)), "+1:02:03");
}

TEST(TimeTextTest, ClockAndMinutes)
{
    EXPECT_EQ(time_text::clock(31min + 20s + 999ms), "31:20");
    EXPECT_EQ(time_text::clock(2h + 5s), "2:00:05");
    EXPECT_EQ(time_text::clock(-5s), "00:00");
    EXPECT_EQ(time_text::wholeMinutes(9min + 29s), 9);
    EXPECT_EQ(time_text::wholeMinutes(9min + 30s), 10);
}

} // namespace
} // namespace coachdeck
