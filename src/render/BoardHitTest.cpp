#include "render/BoardHitTest.hpp"

#include "render/FigureGeometry.hpp"

#include <QLineF>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace coachdeck::board_hit_test {

BoardPoint toBoard(const BoardProjection &projection, QPointF pixel)
{
    const QPointF p = projection.transform().inverted().map(pixel);
    return {std::clamp(p.x(), 0.0, kBoardWidth), std::clamp(p.y(), 0.0, kBoardHeight)};
}

double radiusPixels(const BoardProjection &projection, const Figure &figure)
{
    return figure_geometry::radius(figure.size) * projection.scale();
}

int figureAt(const BoardProjection &projection, const Board &board, QPointF pixel,
             double slackPixels)
{
    // Later figures are drawn on top, so they are found first.
    for (int i = static_cast<int>(board.figures.size()) - 1; i >= 0; --i) {
        const Figure &figure = board.figures[static_cast<std::size_t>(i)];
        const QPointF centre = projection.map(figure.position);
        const double reach = radiusPixels(projection, figure) * 1.1 + slackPixels;
        if (QLineF(centre, pixel).length() <= reach)
            return i;
    }
    return -1;
}

QPointF rotationHandle(const BoardProjection &projection, const Figure &figure)
{
    const double facing = figure.facingDegrees.value_or(0.0) + projection.rotationDegrees();
    const double reach = radiusPixels(projection, figure) * kHandleReach + kHandleRadius;
    return projection.map(figure.position) + figure_geometry::facingVector(facing) * reach;
}

double facingToward(const BoardProjection &projection, const Figure &figure, QPointF pixel)
{
    const QPointF d = pixel - projection.map(figure.position);
    // Screen angle clockwise from up (y down), then undo the board's turn.
    const double screen = std::atan2(d.x(), -d.y()) * 180.0 / std::numbers::pi;
    return normalizedDegrees(screen - projection.rotationDegrees());
}

} // namespace coachdeck::board_hit_test
