#include "render/TimeText.hpp"

#include <QDateTime>

#include <algorithm>

namespace coachdeck::time_text {
namespace {

QString fromSeconds(long long seconds)
{
    const long long hours = seconds / 3600;
    const long long minutes = (seconds / 60) % 60;
    const long long secs = seconds % 60;
    const QChar zero(u'0');
    if (hours > 0)
        return QStringLiteral("%1:%2:%3")
            .arg(hours)
            .arg(minutes, 2, 10, zero)
            .arg(secs, 2, 10, zero);
    return QStringLiteral("%1:%2").arg(minutes, 2, 10, zero).arg(secs, 2, 10, zero);
}

} // namespace

QString clock(Millis duration)
{
    return fromSeconds(std::max<long long>(0, duration.count() / 1000));
}

QString remaining(Millis left)
{
    if (left >= Millis{0})
        return fromSeconds((left.count() + 999) / 1000);
    return QStringLiteral("+") + fromSeconds(-left.count() / 1000);
}

long long wholeMinutes(Millis duration)
{
    return (std::max<long long>(0, duration.count()) + 30'000) / 60'000;
}

QString wallClock(WallTime instant, const QString &format)
{
    const auto ms = static_cast<qint64>(instant.time_since_epoch().count());
    return QDateTime::fromMSecsSinceEpoch(ms).toLocalTime().time().toString(format);
}

} // namespace coachdeck::time_text
