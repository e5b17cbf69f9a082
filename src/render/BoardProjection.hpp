#pragma once

#include "core/Board.hpp"

#include <QPointF>
#include <QPolygonF>
#include <QRectF>
#include <QTransform>

namespace coachdeck {

/// Maps board units (kBoardWidth x kBoardHeight, y down) onto pixels: the board
/// turned by `rotationDegrees` (clockwise) about its centre, centred in `area`.
///
/// Unturned, the whole board fits the area, inset by the body and nose of the largest figure
/// of `content` so that no figure is cut at the edge. Turned (the perspective view), the
/// board keeps that scale as long as every figure of `content` stays in the area,
/// and shrinks just enough otherwise; the surface beyond the area is clipped.
/// A value; cheap to copy.
class BoardProjection {
public:
    explicit BoardProjection(const QRectF &area, double rotationDegrees = 0.0,
                             const Board *content = nullptr);

    const QTransform &transform() const { return transform_; }
    /// Pixels per board unit.
    double scale() const { return scale_; }
    double rotationDegrees() const { return rotation_; }

    QPointF map(const BoardPoint &point) const;
    QPointF map(const QPointF &boardPoint) const { return transform_.map(boardPoint); }
    /// The board's four corners on screen.
    QPolygonF outline() const;

    /// Room kept around a figure's centre, in multiples of its radius (nose and label).
    static constexpr double kFigureMargin = 2.4;

private:
    QTransform transform_;
    double scale_ = 1.0;
    double rotation_ = 0.0;
};

} // namespace coachdeck
