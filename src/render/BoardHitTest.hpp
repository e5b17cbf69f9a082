#pragma once

#include "core/Board.hpp"
#include "render/BoardProjection.hpp"

#include <QPointF>

namespace coachdeck::board_hit_test {

// Where the pointer is on a painted board: the board editor's hit tests and handles, worked out
// from the same projection the BoardPainter draws with. Pure functions; pixels in and out.

/// The board point (board units) under `pixel`, kept on the board.
BoardPoint toBoard(const BoardProjection &projection, QPointF pixel);

/// A figure's body radius on screen, pixels.
double radiusPixels(const BoardProjection &projection, const Figure &figure);

/// The index of the top-most figure whose body is within `slackPixels` of `pixel`, or -1.
int figureAt(const BoardProjection &projection, const Board &board, QPointF pixel,
             double slackPixels = 4.0);

/// Where the rotation handle of a figure that faces somewhere is drawn: beyond its nose.
QPointF rotationHandle(const BoardProjection &projection, const Figure &figure);
/// The handle's radius, pixels.
inline constexpr double kHandleRadius = 7.0;
/// How far beyond the body the handle sits, in body radii.
inline constexpr double kHandleReach = 2.3;

/// The facing (degrees clockwise from up the board, in [0, 360)) of a figure that looks from
/// its place toward `pixel`, whatever the board's turn on screen.
double facingToward(const BoardProjection &projection, const Figure &figure, QPointF pixel);

} // namespace coachdeck::board_hit_test
