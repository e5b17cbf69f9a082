#pragma once

#include "render/Palette.hpp"
#include "render/RenderOptions.hpp"

#include <QFont>
#include <QRectF>
#include <QString>

class QPainter;

namespace coachdeck::paint_kit {

// Small drawing helpers shared by the painters. All sizes in pixels.

/// Pixels per "design pixel": the overlay is designed at 1920 x 1080 and scales
/// with the smaller of the two ratios.
double unit(const RenderOptions &options);

/// The overlay font at a pixel size (never below kMinTextPixels).
QFont font(const RenderOptions &options, double pixels, QFont::Weight weight = QFont::Normal);
inline constexpr double kMinTextPixels = 10.0;

/// A rounded panel in the theme's card colour.
void card(QPainter &painter, const QRectF &rect, const Palette &palette, double radius);

/// Text elided on the right to `maxWidth` with "…", never cut mid-glyph.
QString elided(const QFont &font, const QString &text, double maxWidth);

/// Width of a text in a font, pixels.
double textWidth(const QFont &font, const QString &text);

} // namespace coachdeck::paint_kit
