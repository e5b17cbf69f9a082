#include "render/BoardPainter.hpp"

#include "render/FigureGeometry.hpp"
#include "render/PaintKit.hpp"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QPen>

#include <algorithm>
#include <cmath>

namespace coachdeck {
namespace {

constexpr double kGridStep = 100.0; // board units between grid dots

QColor qColour(const Rgb &c)
{
    return QColor(c.r, c.g, c.b);
}

/// A figure's name on one line (line breaks and runs of spaces folded).
QString labelOf(const Figure &figure)
{
    return QString::fromUtf8(figure.label.data(), static_cast<int>(figure.label.size()))
        .simplified();
}

} // namespace

BoardPainter::BoardPainter(const RenderOptions &options, const Palette &palette)
    : options_(options), palette_(palette), unit_(paint_kit::unit(options))
{
    // Labels stay readable at 720p whatever the board's size on screen.
    labelFont_ = paint_kit::font(options_, 25.0 * unit_, QFont::DemiBold);
    zoneFont_ = paint_kit::font(options_, 21.0 * unit_, QFont::DemiBold);
}

double BoardPainter::padding(const QRectF &area)
{
    return std::max(4.0, std::min(area.width(), area.height()) * 0.025);
}

double BoardPainter::captionHeight(const RenderOptions &options)
{
    return std::max(paint_kit::kMinTextPixels, 24.0 * paint_kit::unit(options)) * 1.9;
}

QRectF BoardPainter::surface(const QRectF &area, bool captioned) const
{
    const double pad = padding(area);
    QRectF inside = area.adjusted(pad, pad, -pad, -pad);
    if (captioned)
        inside.setTop(std::min(inside.bottom(), inside.top() + captionHeight(options_)));
    return inside;
}

double BoardPainter::perspectiveRotation(const Board &board, const std::string *figureId)
{
    if (!figureId)
        return 0.0;
    const Figure *figure = board.figure(*figureId);
    if (!figure || !figure->facingDegrees)
        return 0.0;
    return -*figure->facingDegrees;
}

BoardProjection BoardPainter::projection(const QRectF &area, const BoardScene &scene) const
{
    return BoardProjection(surface(area, !scene.caption.isEmpty()),
                           perspectiveRotation(scene.board, scene.perspectiveFigureId),
                           &scene.board);
}

double BoardPainter::maxLabelWidth() const
{
    return labelFont_.pixelSize() * 10.0;
}

QString BoardPainter::labelText(const Figure &figure) const
{
    return paint_kit::elided(labelFont_, labelOf(figure), maxLabelWidth());
}

QRectF BoardPainter::labelRect(const QString &text, QPointF centre, double radius,
                               const QRectF &bounds) const
{
    const QFontMetricsF metrics(labelFont_);
    const double padX = labelFont_.pixelSize() * 0.5;
    const double height = metrics.height() + labelFont_.pixelSize() * 0.3;
    const double width = metrics.horizontalAdvance(text) + 2 * padX;
    const double gap = radius * figure_geometry::kNoseReach + 2.0;
    QRectF rect(centre.x() - width / 2, centre.y() + gap, width, height);
    if (rect.bottom() > bounds.bottom()) // no room below: above the figure
        rect.moveBottom(centre.y() - gap);
    // Kept whole inside the board: moved, never cut.
    rect.moveLeft(
        std::clamp(rect.left(), bounds.left(), std::max(bounds.left(), bounds.right() - width)));
    rect.moveTop(
        std::clamp(rect.top(), bounds.top(), std::max(bounds.top(), bounds.bottom() - height)));
    return rect;
}

void BoardPainter::paint(QPainter &painter, const QRectF &area, const BoardScene &scene) const
{
    const double radius = std::min(area.width(), area.height()) * 0.03;
    paint_kit::card(painter, area, palette_, radius);

    const QRectF bounds = surface(area, !scene.caption.isEmpty());
    const BoardProjection proj = projection(area, scene);
    if (!scene.caption.isEmpty())
        paintCaption(painter, area, bounds, scene.caption);

    painter.save();
    // A rectangle clips at no cost; a rounded path would make every pixel below go through a
    // mask. The surface itself is drawn with round corners.
    painter.setClipRect(bounds);
    paintSurface(painter, bounds, proj, radius * 0.6);
    if (scene.zonesVisible && options_.showZones)
        paintZones(painter, proj, scene.board);

    const auto opacityOf = [&](std::size_t i) {
        return scene.opacity && i < scene.opacity->size() ? (*scene.opacity)[i] : 1.0;
    };
    const auto &figures = scene.board.figures;
    for (std::size_t i = 0; i < figures.size(); ++i) {
        painter.setOpacity(opacityOf(i));
        const bool perspective =
            scene.perspectiveFigureId && figures[i].id == *scene.perspectiveFigureId;
        paintFigure(painter, proj, figures[i], perspective);
    }
    // Labels over every figure, so a neighbour never hides a name.
    for (std::size_t i = 0; i < figures.size(); ++i) {
        painter.setOpacity(opacityOf(i));
        paintLabel(painter, proj, figures[i], bounds);
    }
    painter.setOpacity(1.0);
    painter.restore();
}

void BoardPainter::paintSurface(QPainter &painter, const QRectF &bounds,
                                const BoardProjection &projection, double corner) const
{
    // The surface fills the card; the grid, in board units, turns with the board.
    painter.save();
    painter.setPen(Qt::NoPen);
    painter.setBrush(palette_.boardSurface);
    painter.drawRoundedRect(bounds, corner, corner);

    painter.setTransform(projection.transform(), true);
    const QRectF seen = projection.transform().inverted().mapRect(bounds);
    painter.setBrush(palette_.boardGrid);
    const double dot = std::max(1.0 / std::max(projection.scale(), 1e-6), 2.4);
    for (double y = std::floor(seen.top() / kGridStep) * kGridStep; y <= seen.bottom();
         y += kGridStep) {
        for (double x = std::floor(seen.left() / kGridStep) * kGridStep; x <= seen.right();
             x += kGridStep)
            painter.drawEllipse(QPointF(x, y), dot, dot);
    }
    painter.restore();
}

void BoardPainter::paintZones(QPainter &painter, const BoardProjection &projection,
                              const Board &board) const
{
    for (const Zone &zone : board.zones) {
        const QColor colour = qColour(zone.colour);
        QColor fill = colour;
        fill.setAlphaF(0.10);
        QPen pen(colour, std::max(1.5, 2.5 * unit_));
        pen.setCosmetic(true);
        pen.setStyle(Qt::DashLine);

        painter.save();
        painter.setTransform(projection.transform(), true);
        painter.setPen(pen);
        painter.setBrush(fill);
        const QRectF rect(zone.topLeft.x, zone.topLeft.y, zone.width, zone.height);
        if (zone.shape == ZoneShape::Ellipse)
            painter.drawEllipse(rect);
        else
            painter.drawRoundedRect(rect, 16, 16);
        painter.restore();

        if (zone.label.empty())
            continue;
        // The name upright, just inside the zone's top-left corner.
        const QPointF corner = zone.shape == ZoneShape::Ellipse
                                   ? QPointF(rect.center().x(), rect.top() + 24)
                                   : QPointF(rect.left() + 24, rect.top() + 18);
        const QPointF at = projection.map(corner);
        const QString text =
            paint_kit::elided(zoneFont_, QString::fromUtf8(zone.label.c_str()), maxLabelWidth());
        const QFontMetricsF metrics(zoneFont_);
        const double x = zone.shape == ZoneShape::Ellipse
                             ? at.x() - metrics.horizontalAdvance(text) / 2
                             : at.x();
        painter.setFont(zoneFont_);
        painter.setPen(colour.lighter(palette_.text.lightness() > 128 ? 135 : 80));
        painter.drawText(QPointF(x, at.y() + metrics.ascent()), text);
    }
}

void BoardPainter::paintFigure(QPainter &painter, const BoardProjection &projection,
                               const Figure &figure, bool perspective) const
{
    const QPointF centre = projection.map(figure.position);
    const double r = figure_geometry::radius(figure.size) * projection.scale();
    const QColor colour = qColour(figure.colour);
    QPen outline(palette_.figureOutline, std::max(1.2, r * 0.09));
    outline.setJoinStyle(Qt::RoundJoin);

    painter.save();
    painter.translate(centre);
    if (perspective) {
        // "Seen from here": a ring in the accent colour around the figure.
        painter.setPen(QPen(palette_.accent, std::max(2.0, r * 0.14)));
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(QPointF(0, 0), r * 1.85, r * 1.85);
    }
    if (figure.facingDegrees) {
        painter.save();
        painter.rotate(*figure.facingDegrees + projection.rotationDegrees());
        painter.setPen(outline);
        painter.setBrush(colour);
        painter.drawPolygon(figure_geometry::nose(r));
        painter.restore();
    } else {
        // An anchor looks nowhere: a dashed ring instead of a nose.
        QPen ring(colour, std::max(1.5, r * 0.13));
        ring.setStyle(Qt::DashLine);
        ring.setCapStyle(Qt::FlatCap);
        painter.setPen(ring);
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(QPointF(0, 0), r * figure_geometry::kAnchorRing,
                            r * figure_geometry::kAnchorRing);
    }
    painter.setPen(outline);
    painter.setBrush(colour);
    painter.drawPath(figure_geometry::body(figure.shape, r));
    if (figure.facingDegrees) {
        // An eye on the facing side: the direction still reads where the nose is hidden.
        const QPointF eye =
            figure_geometry::facingVector(*figure.facingDegrees + projection.rotationDegrees()) *
            (r * figure_geometry::kEyeDistance);
        painter.setPen(Qt::NoPen);
        painter.setBrush(palette_.figureOutline);
        painter.drawEllipse(eye, r * figure_geometry::kEyeRadius, r * figure_geometry::kEyeRadius);
    }
    painter.restore();
}

void BoardPainter::paintLabel(QPainter &painter, const BoardProjection &projection,
                              const Figure &figure, const QRectF &bounds) const
{
    const QString text = labelText(figure);
    if (text.isEmpty())
        return;
    const QPointF centre = projection.map(figure.position);
    const double r = figure_geometry::radius(figure.size) * projection.scale();
    const QRectF rect = labelRect(text, centre, r, bounds);

    painter.save();
    painter.setPen(Qt::NoPen);
    painter.setBrush(palette_.labelBackground);
    painter.drawRoundedRect(rect, rect.height() / 2, rect.height() / 2);
    painter.setFont(labelFont_);
    painter.setPen(palette_.labelText);
    painter.drawText(rect, Qt::AlignCenter, text);
    painter.restore();
}

void BoardPainter::paintCaption(QPainter &painter, const QRectF &area, const QRectF &bounds,
                                const QString &caption) const
{
    // A title strip over the surface: the step on show, whose place it is seen from.
    const QFont font = paint_kit::font(options_, 24.0 * unit_, QFont::DemiBold);
    const double pad = padding(area);
    const QRectF strip(bounds.left() + pad * 0.5, area.top() + pad, bounds.width() - pad,
                       bounds.top() - area.top() - pad);
    painter.save();
    painter.setFont(font);
    painter.setPen(palette_.text);
    painter.drawText(strip, Qt::AlignLeft | Qt::AlignVCenter,
                     paint_kit::elided(font, caption, strip.width()));
    painter.restore();
}

} // namespace coachdeck
