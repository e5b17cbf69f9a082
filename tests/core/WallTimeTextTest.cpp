#include "core/WallTimeText.hpp"

#include <gtest/gtest.h>

using namespace coachdeck;

TEST(WallTimeText, FormatsAndParsesUtcWithMilliseconds)
{
    const auto parsed = parseWallTime("2026-11-22T09:30:05.250Z");
    ASSERT_TRUE(parsed);
    EXPECT_EQ(formatWallTime(*parsed), "2026-11-22T09:30:05.250Z");
    EXPECT_EQ(parsed->time_since_epoch().count(), 1795339805250LL);
}

TEST(WallTimeText, OffsetsAreConvertedToUtc)
{
    EXPECT_EQ(parseWallTime("2026-11-22T10:30:05+01:00"), parseWallTime("2026-11-22T09:30:05Z"));
    EXPECT_EQ(parseWallTime("2026-11-22T09:30:05.5Z")->time_since_epoch().count() % 1000, 500);
}

TEST(WallTimeText, RejectsMalformedTimes)
{
    for (const char *bad : {"", "2026-11-22", "2026-11-22T09:30:05", "2026-13-01T00:00:00Z",
                            "2026-02-29T00:00:00Z", "2026-11-22T25:00:00Z", "2026-11-22T09:30:05.Z",
                            "2026-11-22T09:30:05Zjunk", "2026-11-22 09:30:05Z"})
        EXPECT_FALSE(parseWallTime(bad)) << bad;
}

TEST(WallTimeText, DatesAreRealCalendarDays)
{
    EXPECT_EQ(parseDate("2028-02-29"), (Date{2028, 2, 29}));
    EXPECT_FALSE(parseDate("2026-02-29"));
    EXPECT_FALSE(parseDate("2026-04-31"));
    EXPECT_FALSE(parseDate("26-04-01"));
    EXPECT_EQ(formatDate(Date{2026, 1, 5}), "2026-01-05");
    EXPECT_EQ(utcDate(*parseWallTime("2026-12-31T23:59:59.999Z")), (Date{2026, 12, 31}));
}
