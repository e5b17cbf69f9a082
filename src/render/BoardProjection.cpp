#include "render/BoardProjection.hpp"

#include "render/FigureGeometry.hpp"

#include <algorithm>
#include <cmath>

namespace coachdeck {
namespace {

bool turned(double degrees)
{
    return std::abs(std::remainder(degrees, 360.0)) > 0.01;
}

} // namespace

BoardProjection::BoardProjection(const QRectF &area, double rotationDegrees, const Board *content)
    : rotation_(rotationDegrees)
{
    // The board keeps a margin as wide as its largest figure's body and nose, so a figure
    // standing on the very edge is drawn whole (its label is moved inside, never cut).
    double margin = 0.0;
    if (content) {
        for (const Figure &f : content->figures)
            margin =
                std::max(margin, figure_geometry::radius(f.size) * figure_geometry::kNoseReach);
    }
    scale_ = std::max(0.0, std::min(area.width() / (kBoardWidth + 2 * margin),
                                    area.height() / (kBoardHeight + 2 * margin)));

    QTransform turn;
    turn.rotate(rotationDegrees); // clockwise on screen, y being down
    if (turned(rotationDegrees) && content) {
        const double halfWidth = area.width() / 2;
        const double halfHeight = area.height() / 2;
        for (const Figure &f : content->figures) {
            const QPointF p =
                turn.map(QPointF(f.position.x - kBoardWidth / 2, f.position.y - kBoardHeight / 2));
            const double room = figure_geometry::radius(f.size) * kFigureMargin;
            scale_ = std::min(scale_, halfWidth / (std::abs(p.x()) + room));
            scale_ = std::min(scale_, halfHeight / (std::abs(p.y()) + room));
        }
    }

    transform_ = QTransform::fromTranslate(-kBoardWidth / 2, -kBoardHeight / 2) * turn *
                 QTransform::fromScale(scale_, scale_) *
                 QTransform::fromTranslate(area.center().x(), area.center().y());
}

QPointF BoardProjection::map(const BoardPoint &point) const
{
    return transform_.map(QPointF(point.x, point.y));
}

QPolygonF BoardProjection::outline() const
{
    return transform_.map(QPolygonF(QRectF(0, 0, kBoardWidth, kBoardHeight)));
}

} // namespace coachdeck
