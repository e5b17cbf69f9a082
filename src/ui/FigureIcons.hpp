#pragma once

#include "core/Figure.hpp"

#include <QColor>
#include <QIcon>

namespace coachdeck::figure_icons {

// Small icons drawn with the board's own figure shapes (no image files to ship).

/// A figure kind as it first appears on the board: its shape and colour.
QIcon kind(FigureKind kind, int pixels = 22);
/// A shape in a colour.
QIcon shape(FigureShape shape, const QColor &colour, int pixels = 18);
/// A colour swatch.
QIcon swatch(const QColor &colour, int pixels = 14);

} // namespace coachdeck::figure_icons
