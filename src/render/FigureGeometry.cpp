#include "render/FigureGeometry.hpp"

#include <cmath>
#include <numbers>

namespace coachdeck::figure_geometry {
namespace {

QPointF polar(double r, double degreesFromUp)
{
    const double a = degreesFromUp * std::numbers::pi / 180.0;
    return {r * std::sin(a), -r * std::cos(a)};
}

QPainterPath regularPolygon(int corners, double r, double firstCornerDegrees)
{
    QPolygonF points;
    for (int i = 0; i < corners; ++i)
        points << polar(r, firstCornerDegrees + 360.0 * i / corners);
    points << points.front();
    QPainterPath path;
    path.addPolygon(points);
    path.closeSubpath();
    return path;
}

} // namespace

double radius(FigureSize size)
{
    switch (size) {
    case FigureSize::Small:
        return 28.0;
    case FigureSize::Large:
        return 54.0;
    case FigureSize::Medium:
        break;
    }
    return 40.0;
}

QPainterPath body(FigureShape shape, double r)
{
    QPainterPath path;
    switch (shape) {
    case FigureShape::Circle:
        path.addEllipse(QPointF(0, 0), r, r);
        break;
    case FigureShape::Square: {
        const double half = r * 0.86; // same visual weight as the circle
        path.addRoundedRect(QRectF(-half, -half, 2 * half, 2 * half), r * 0.14, r * 0.14);
        break;
    }
    case FigureShape::Triangle:
        // Centred on its centroid, a little larger so its area matches the others.
        path = regularPolygon(3, r * 1.18, 0.0).translated(0, r * 0.12);
        break;
    case FigureShape::Diamond:
        path = regularPolygon(4, r * 1.1, 0.0);
        break;
    case FigureShape::Hexagon:
        path = regularPolygon(6, r * 1.02, 30.0);
        break;
    case FigureShape::Star: {
        QPolygonF points;
        for (int i = 0; i < 10; ++i)
            points << polar(i % 2 == 0 ? r * 1.15 : r * 0.52, 36.0 * i);
        points << points.front();
        path.addPolygon(points);
        path.closeSubpath();
        break;
    }
    }
    return path;
}

QPolygonF nose(double r)
{
    // The base sits inside the body so the marker reads as part of the figure.
    return QPolygonF{} << polar(r * 0.78, -46.0) << polar(r * kNoseReach, 0.0)
                       << polar(r * 0.78, 46.0);
}

QPointF facingVector(double degrees)
{
    return polar(1.0, degrees);
}

} // namespace coachdeck::figure_geometry
