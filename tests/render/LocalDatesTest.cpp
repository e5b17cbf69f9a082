// Dates, clock times and hours in the OBS interface language.

#include "render/LocalDates.hpp"
#include "ScopedTimeZone.hpp"

#include <gtest/gtest.h>

namespace coachdeck {
namespace {

using namespace std::chrono_literals;

// 2026-11-22T13:05:00Z: 14:05 in Paris (winter time, UTC+1).
constexpr WallTime kAfternoon{Millis{1'795'352'700'000}};
constexpr Date kDate{2026, 11, 22};

class LocalDatesTest : public ::testing::Test {
protected:
    testing::ScopedTimeZone paris_{"Europe/Paris"};
};

TEST_F(LocalDatesTest, FrenchWritesDatesTimesAndHoursTheFrenchWay)
{
    const LocalDates french("fr-FR");
    EXPECT_EQ(french.longDate(kDate), QStringLiteral("22 novembre 2026"));
    EXPECT_EQ(french.shortDate(kDate), QStringLiteral("22/11/2026"));
    EXPECT_EQ(french.shortDate(Date{2027, 1, 5}), QStringLiteral("05/01/2027"));
    EXPECT_EQ(french.clockTime(kAfternoon), QStringLiteral("14:05"));
    EXPECT_EQ(french.clockTimeWithSeconds(kAfternoon + 33s), QStringLiteral("14:05:33"));
    EXPECT_EQ(french.shortDateTime(kAfternoon), QStringLiteral("22/11/2026 14:05"));
    EXPECT_EQ(french.hours(7.5), QStringLiteral("7,5 h"));
    EXPECT_EQ(french.hours(Millis{8h}), QStringLiteral("8 h"));
    EXPECT_EQ(french.hours(Millis{1h + 20min}), QStringLiteral("1,3 h"));
}

TEST_F(LocalDatesTest, EnglishWritesDatesTimesAndHoursTheAmericanWay)
{
    const LocalDates english("en-US");
    EXPECT_EQ(english.longDate(kDate), QStringLiteral("November 22, 2026"));
    EXPECT_EQ(english.shortDate(kDate), QStringLiteral("11/22/2026"));
    EXPECT_EQ(english.clockTime(kAfternoon), QStringLiteral("2:05 PM"));
    EXPECT_EQ(english.clockTime(kAfternoon - 13h), QStringLiteral("1:05 AM"));
    EXPECT_EQ(english.clockTimeWithSeconds(kAfternoon + 33s), QStringLiteral("2:05:33 PM"));
    EXPECT_EQ(english.hours(7.5), QStringLiteral("7.5 h"));
    EXPECT_EQ(english.hours(Millis{45min}), QStringLiteral("0.8 h"));
}

TEST_F(LocalDatesTest, OtherLanguagesFollowTheirOwnLocale)
{
    const LocalDates german("de-DE");
    EXPECT_EQ(german.longDate(kDate), QStringLiteral("22. November 2026"));
    EXPECT_EQ(german.clockTime(kAfternoon), QStringLiteral("14:05"));
    EXPECT_EQ(german.hours(7.5), QStringLiteral("7,5 h"));
}

TEST_F(LocalDatesTest, UnknownOrEmptyTagsFallBackToEnglish)
{
    EXPECT_EQ(LocalDates("xx-YY"), LocalDates());
    EXPECT_EQ(LocalDates(""), LocalDates());
    EXPECT_EQ(LocalDates().locale().language(), QLocale::English);
    EXPECT_EQ(LocalDates("xx-YY").longDate(kDate), QStringLiteral("November 22, 2026"));
}

TEST_F(LocalDatesTest, ClockTimesAreInTheLocalTimeZone)
{
    const LocalDates french("fr-FR");
    // 2026-07-01T12:00:00Z: summer time in Paris (UTC+2).
    EXPECT_EQ(french.clockTime(WallTime{Millis{1'782'907'200'000}}), QStringLiteral("14:00"));
}

} // namespace
} // namespace coachdeck
