#pragma once

#include "core/Time.hpp"
#include "core/WallTimeText.hpp"

#include <QLocale>
#include <QString>

#include <string_view>

namespace coachdeck {

/// Dates, clock times and hours written the way the OBS interface language writes them
/// ("22 novembre 2026", "14:05", "7,5 h" in French; "November 22, 2026", "2:05 PM", "7.5 h"
/// in English). A value: cheap to copy, safe to use from any thread once built.
class LocalDates {
public:
    /// English (United States).
    LocalDates();
    /// From an OBS locale tag such as "fr-FR", "en-US", "de-DE" (what obs_get_locale() returns);
    /// an empty or unknown tag gives English.
    explicit LocalDates(std::string_view obsLocale);

    const QLocale &locale() const { return locale_; }

    /// "22 novembre 2026" / "November 22, 2026": the locale's long date without the weekday.
    QString longDate(const Date &date) const;
    /// "22/11/2026" / "11/22/2026": the locale's short date, always with a four-digit year.
    QString shortDate(const Date &date) const;
    /// The instant's clock time in the local time zone, hours and minutes: "14:05" / "2:05 PM".
    QString clockTime(WallTime instant) const;
    /// The same with seconds, for stamps a coach compares ("14:05:33" / "2:05:33 PM").
    QString clockTimeWithSeconds(WallTime instant) const;
    /// The instant's local date (short) and clock time: "22/11/2026 14:05".
    QString shortDateTime(WallTime instant) const;
    /// Hours with at most one decimal, a whole number without one: "7,5 h", "8 h" / "7.5 h".
    QString hours(double hours) const;
    QString hours(Millis duration) const;

    /// The QDate display format of date editors ("dd/MM/yyyy" / "M/d/yyyy").
    QString shortDateFormat() const { return shortDateFormat_; }

    bool operator==(const LocalDates &other) const { return locale_ == other.locale_; }

private:
    QLocale locale_;
    QString longDateFormat_;
    QString shortDateFormat_;
    QString timeFormat_;
    QString secondsTimeFormat_;
};

} // namespace coachdeck
