#include "core/WallTimeText.hpp"

#include <cstdio>

namespace coachdeck {
namespace {

// Howard Hinnant's civil-calendar algorithms (public domain), on days since 1970-01-01.
long long daysFromCivil(long long y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const long long era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<long long>(doe) - 719468;
}

Date civilFromDays(long long z)
{
    z += 719468;
    const long long era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const long long y = static_cast<long long>(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned d = doy - (153 * mp + 2) / 5 + 1;
    const unsigned m = mp < 10 ? mp + 3 : mp - 9;
    return Date{static_cast<int>(y + (m <= 2)), static_cast<int>(m), static_cast<int>(d)};
}

int daysInMonth(int year, int month)
{
    static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : kDays[month - 1];
}

bool digits(std::string_view text, size_t at, size_t count, int &out)
{
    if (at + count > text.size())
        return false;
    int value = 0;
    for (size_t i = at; i < at + count; ++i) {
        if (text[i] < '0' || text[i] > '9')
            return false;
        value = value * 10 + (text[i] - '0');
    }
    out = value;
    return true;
}

bool validDate(int y, int m, int d)
{
    return y >= 1900 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

} // namespace

std::optional<Date> parseDate(std::string_view text)
{
    int y, m, d;
    if (text.size() != 10 || text[4] != '-' || text[7] != '-' || !digits(text, 0, 4, y) ||
        !digits(text, 5, 2, m) || !digits(text, 8, 2, d) || !validDate(y, m, d))
        return std::nullopt;
    return Date{y, m, d};
}

std::string formatDate(const Date &date)
{
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", date.year, date.month, date.day);
    return buffer;
}

std::string formatWallTime(WallTime time)
{
    const long long ms = time.time_since_epoch().count();
    long long days = ms / 86'400'000;
    long long rest = ms % 86'400'000;
    if (rest < 0) {
        rest += 86'400'000;
        --days;
    }
    const Date date = civilFromDays(days);
    char buffer[40];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02dT%02lld:%02lld:%02lld.%03lldZ", date.year,
                  date.month, date.day, rest / 3'600'000, rest / 60'000 % 60, rest / 1000 % 60,
                  rest % 1000);
    return buffer;
}

std::optional<WallTime> parseWallTime(std::string_view text)
{
    int y, mo, d, h, mi, s;
    if (text.size() < 20 || text[4] != '-' || text[7] != '-' || text[10] != 'T' ||
        text[13] != ':' || text[16] != ':' || !digits(text, 0, 4, y) || !digits(text, 5, 2, mo) ||
        !digits(text, 8, 2, d) || !digits(text, 11, 2, h) || !digits(text, 14, 2, mi) ||
        !digits(text, 17, 2, s) || !validDate(y, mo, d) || h > 23 || mi > 59 || s > 60)
        return std::nullopt;
    size_t at = 19;
    long long millis = 0;
    if (text[at] == '.') {
        ++at;
        int places = 0;
        while (at < text.size() && text[at] >= '0' && text[at] <= '9') {
            if (places < 3)
                millis = millis * 10 + (text[at] - '0');
            ++places;
            ++at;
        }
        if (places == 0)
            return std::nullopt;
        for (; places < 3; ++places)
            millis *= 10;
    }
    long long offsetMinutes = 0;
    if (at < text.size() && text[at] == 'Z') {
        ++at;
    } else if (at < text.size() && (text[at] == '+' || text[at] == '-')) {
        int oh, om;
        if (at + 6 != text.size() || text[at + 3] != ':' || !digits(text, at + 1, 2, oh) ||
            !digits(text, at + 4, 2, om) || oh > 23 || om > 59)
            return std::nullopt;
        offsetMinutes = (oh * 60 + om) * (text[at] == '-' ? -1 : 1);
        at += 6;
    } else {
        return std::nullopt;
    }
    if (at != text.size())
        return std::nullopt;
    const long long seconds =
        daysFromCivil(y, static_cast<unsigned>(mo), static_cast<unsigned>(d)) * 86400 + h * 3600 +
        mi * 60 + s - offsetMinutes * 60;
    return WallTime{Millis{seconds * 1000 + millis}};
}

Date utcDate(WallTime time)
{
    long long ms = time.time_since_epoch().count();
    long long days = ms / 86'400'000;
    if (ms % 86'400'000 < 0)
        --days;
    return civilFromDays(days);
}

} // namespace coachdeck
