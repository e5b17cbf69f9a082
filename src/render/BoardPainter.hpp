#pragma once

#include "core/Board.hpp"
#include "render/BoardProjection.hpp"
#include "render/Palette.hpp"
#include "render/RenderOptions.hpp"

#include <QFont>
#include <QRectF>
#include <QString>

#include <string>
#include <vector>

class QPainter;

namespace coachdeck {

/// One board to draw: its figures (with an opacity each while a step replays),
/// whether zones show, whose place it is seen from, and a caption.
struct BoardScene {
    const Board &board;
    const std::vector<double> *opacity = nullptr; ///< per figure; null: all opaque
    bool zonesVisible = true;
    const std::string *perspectiveFigureId = nullptr;
    QString caption; ///< top-left of the board; empty: none
};

/// Draws the constellation board: surface, zones, figures with their shape,
/// colour, size, facing marker and label. Stateless; any thread.
class BoardPainter {
public:
    BoardPainter(const RenderOptions &options, const Palette &palette);

    void paint(QPainter &painter, const QRectF &area, const BoardScene &scene) const;

    /// Where board units land in pixels when `scene` is painted in `area`.
    BoardProjection projection(const QRectF &area, const BoardScene &scene) const;
    /// The turn that makes the perspective figure look up (0 for an anchor or none).
    static double perspectiveRotation(const Board &board, const std::string *figureId);
    /// The part of `area` the board surface uses: inside the card's padding, under
    /// the caption strip when there is a caption.
    QRectF surface(const QRectF &area, bool captioned) const;
    /// The card's padding around the surface, pixels.
    static double padding(const QRectF &area);
    /// Height of the caption strip over the surface, pixels.
    static double captionHeight(const RenderOptions &options);

    QFont labelFont() const { return labelFont_; }
    double maxLabelWidth() const;
    /// A figure's label as drawn: elided with "…" to maxLabelWidth().
    QString labelText(const Figure &figure) const;
    /// The label's pill around a figure at `centre` of radius `radius` (pixels), kept in `bounds`.
    QRectF labelRect(const QString &text, QPointF centre, double radius,
                     const QRectF &bounds) const;

private:
    void paintSurface(QPainter &painter, const QRectF &bounds, const BoardProjection &projection,
                      double corner) const;
    void paintZones(QPainter &painter, const BoardProjection &projection, const Board &board) const;
    void paintFigure(QPainter &painter, const BoardProjection &projection, const Figure &figure,
                     bool perspective) const;
    void paintLabel(QPainter &painter, const BoardProjection &projection, const Figure &figure,
                    const QRectF &bounds) const;
    void paintCaption(QPainter &painter, const QRectF &area, const QRectF &bounds,
                      const QString &caption) const;

    RenderOptions options_;
    Palette palette_;
    double unit_;
    QFont labelFont_;
    QFont zoneFont_;
};

} // namespace coachdeck
