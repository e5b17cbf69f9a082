#pragma once

#include "core/Time.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace coachdeck {

/// A calendar date without time zone (due dates, validation dates, session date).
struct Date {
    int year = 1970;
    int month = 1; ///< 1..12
    int day = 1;   ///< 1..31, valid for the month

    bool operator==(const Date &) const = default;
    auto operator<=>(const Date &) const = default;
};

/// "YYYY-MM-DD"; nullopt when malformed or not a real calendar day.
std::optional<Date> parseDate(std::string_view text);
std::string formatDate(const Date &date);

/// ISO 8601 UTC with milliseconds: "2026-11-22T09:30:00.000Z".
std::string formatWallTime(WallTime time);
/// Accepts "YYYY-MM-DDTHH:MM:SS[.fff]Z" and "+HH:MM"/"-HH:MM" offsets.
std::optional<WallTime> parseWallTime(std::string_view text);

/// The UTC calendar date of an instant.
Date utcDate(WallTime time);

} // namespace coachdeck
