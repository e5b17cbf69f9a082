#pragma once

// Shared pieces of the painter tests: a Qt GUI application on the offscreen platform, small
// sessions, and pixel probes.

#include "core/ClientView.hpp"
#include "core/Outline.hpp"

#include <QColor>
#include <QImage>
#include <QPointF>
#include <QRectF>

#include <chrono>
#include <string>

namespace coachdeck::render_test {

using namespace std::chrono_literals;

/// The instant tests paint at; a clock started at kStart has run (kNow - kStart).
inline constexpr MonoTime kStart = MonoTime{} + 1h;
inline constexpr WallTime kWallNow{Millis{1'795'084'860'000}};

/// One figure on an otherwise empty board.
Figure figureAt(std::string id, BoardPoint at, Rgb colour, std::optional<double> facing);

/// An outline with one running item of `planned` minutes, `spent` of them gone at kStart,
/// the timer shown or not.
Outline runningOutline(Millis planned, Millis spent, bool timerVisible);

/// How many pixels in `rect` are within `tolerance` (per channel) of `colour`.
int countNear(const QImage &image, const QRectF &rect, const QColor &colour, int tolerance = 6);
/// Whether the pixel at `at` is within `tolerance` of `colour`.
bool near(const QImage &image, QPointF at, const QColor &colour, int tolerance = 6);

} // namespace coachdeck::render_test
