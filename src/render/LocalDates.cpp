#include "render/LocalDates.hpp"

#include <QDate>
#include <QDateTime>
#include <QRegularExpression>
#include <QTime>

#include <cmath>

namespace coachdeck {
namespace {

QLocale localeOf(std::string_view obsLocale)
{
    const QString tag = QString::fromUtf8(obsLocale.data(), static_cast<int>(obsLocale.size()));
    const QLocale locale(QString(tag).replace(u'-', u'_'));
    if (tag.isEmpty() || locale.language() == QLocale::C)
        return QLocale(QLocale::English, QLocale::UnitedStates);
    return locale;
}

// The long format names the weekday ("dddd d MMMM yyyy"); a date alone reads better without it.
QString withoutWeekday(QString format)
{
    static const QRegularExpression leading(QStringLiteral("^dddd[,\\s]*"));
    static const QRegularExpression trailing(QStringLiteral("[,\\s]*dddd$"));
    static const QRegularExpression inner(QStringLiteral("dddd[,\\s]*"));
    format.remove(leading).remove(trailing).remove(inner);
    return format.trimmed();
}

// "M/d/yy" reads 11/22/26; a coach's records want the year whole.
QString withFullYear(QString format)
{
    if (!format.contains(QStringLiteral("yyyy")))
        format.replace(QStringLiteral("yy"), QStringLiteral("yyyy"));
    return format;
}

// Recent locale data (CLDR 42, Qt 6.5+) puts a narrow no-break space before AM/PM, which many
// fonts lack; every Qt then writes "2:05 PM" alike.
QString withPlainSpaces(QString text)
{
    return text.replace(QChar(0x202F), QLatin1Char(' '));
}

// "HH:mm" -> "HH:mm:ss", "h:mm AP" -> "h:mm:ss AP", with the locale's own separator.
QString withSeconds(QString format)
{
    const auto minutes = format.indexOf(QStringLiteral("mm"));
    if (minutes < 0 || format.contains(QLatin1Char('s')))
        return format;
    const QChar separator = minutes > 0 ? format.at(minutes - 1) : QLatin1Char(':');
    return format.insert(minutes + 2, separator + QStringLiteral("ss"));
}

QDate qDate(const Date &date)
{
    return QDate(date.year, date.month, date.day);
}

QDateTime localDateTime(WallTime instant)
{
    const auto ms = static_cast<qint64>(instant.time_since_epoch().count());
    // Local time is the default: Qt 6.5 deprecated naming it with a Qt::TimeSpec.
    return QDateTime::fromMSecsSinceEpoch(ms);
}

} // namespace

LocalDates::LocalDates() : LocalDates(std::string_view{}) {}

LocalDates::LocalDates(std::string_view obsLocale)
    : locale_(localeOf(obsLocale)),
      longDateFormat_(withoutWeekday(locale_.dateFormat(QLocale::LongFormat))),
      shortDateFormat_(withFullYear(locale_.dateFormat(QLocale::ShortFormat))),
      timeFormat_(locale_.timeFormat(QLocale::ShortFormat)),
      secondsTimeFormat_(withSeconds(timeFormat_))
{
}

QString LocalDates::longDate(const Date &date) const
{
    return locale_.toString(qDate(date), longDateFormat_);
}

QString LocalDates::shortDate(const Date &date) const
{
    return locale_.toString(qDate(date), shortDateFormat_);
}

QString LocalDates::clockTime(WallTime instant) const
{
    return withPlainSpaces(locale_.toString(localDateTime(instant).time(), timeFormat_));
}

QString LocalDates::clockTimeWithSeconds(WallTime instant) const
{
    return withPlainSpaces(locale_.toString(localDateTime(instant).time(), secondsTimeFormat_));
}

QString LocalDates::shortDateTime(WallTime instant) const
{
    const QDateTime local = localDateTime(instant);
    return locale_.toString(local.date(), shortDateFormat_) + QLatin1Char(' ') +
           withPlainSpaces(locale_.toString(local.time(), timeFormat_));
}

QString LocalDates::hours(double hours) const
{
    const double tenths = std::round(hours * 10.0);
    const bool whole = std::fmod(tenths, 10.0) == 0.0;
    return locale_.toString(tenths / 10.0, 'f', whole ? 0 : 1) + QStringLiteral(" h");
}

QString LocalDates::hours(Millis duration) const
{
    return hours(static_cast<double>(duration.count()) / 3'600'000.0);
}

} // namespace coachdeck
