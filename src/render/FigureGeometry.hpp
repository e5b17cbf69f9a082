#pragma once

#include "core/Figure.hpp"

#include <QPainterPath>
#include <QPointF>
#include <QPolygonF>

namespace coachdeck::figure_geometry {

// Shapes of a figure in board units, centred on the origin. Pure functions.

/// Body radius of a figure size, board units (the board is 1600 x 900).
double radius(FigureSize size);

/// The body outline of a shape of radius `r`, drawn upright.
QPainterPath body(FigureShape shape, double r);

/// The facing marker ("nose") of a body of radius `r` looking up (-y): a point
/// that reaches out to kNoseReach * r. Rotate it by the facing angle.
QPolygonF nose(double r);
inline constexpr double kNoseReach = 1.7;

/// The "eye" on the body's facing side: a dot at kEyeDistance * r of radius kEyeRadius * r.
inline constexpr double kEyeDistance = 0.5;
inline constexpr double kEyeRadius = 0.17;

/// Radius of the dashed ring that marks an anchor (a figure without direction).
inline constexpr double kAnchorRing = 1.32;

/// The unit vector of a facing angle in screen axes (degrees clockwise from up, y down).
QPointF facingVector(double degrees);

} // namespace coachdeck::figure_geometry
