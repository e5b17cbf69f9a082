#pragma once

#include "core/Time.hpp"

#include <QString>

namespace coachdeck::time_text {

// How times read on the overlay. Pure; locale-independent digits.

/// "mm:ss", or "h:mm:ss" from one hour; whole seconds rounded down. Negative reads as 0.
QString clock(Millis duration);

/// A countdown: "mm:ss" rounded up while time is left (00:00 only at zero), and
/// "+mm:ss" once over, the overtime rounded down.
QString remaining(Millis remaining);

/// Whole minutes, rounded to the nearest (a 29 s item reads 0).
long long wholeMinutes(Millis duration);

/// A wall-clock instant in local time, in a QTime format ("HH:mm", "h:mm AP").
QString wallClock(WallTime instant, const QString &format);

} // namespace coachdeck::time_text
