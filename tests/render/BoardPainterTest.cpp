// The board as the client sees it: figures where they stand, looking where they look.

#include "RenderFixtures.hpp"

#include "render/BoardPainter.hpp"
#include "render/FigureGeometry.hpp"
#include "render/OverlayPainter.hpp"

#include <QFontMetricsF>

#include <gtest/gtest.h>

namespace coachdeck {
namespace {

using namespace render_test;

constexpr Rgb kMagenta{0xd0, 0x30, 0x90};

QColor qColour(Rgb c)
{
    return QColor(c.r, c.g, c.b);
}

RenderOptions boardOptions(int width = 1280, int height = 720)
{
    RenderOptions options;
    options.view = OverlayView::Board;
    options.width = width;
    options.height = height;
    return options;
}

struct Painted {
    QImage image;
    QPointF centre;
    double radius = 0;
};

/// Paints `outline` in the board view and finds where figure `id` landed.
Painted paintBoard(const Outline &outline, const std::string &id,
                   const RenderOptions &options = boardOptions())
{
    const ClientView view = makeClientView(outline, 1);
    const OverlayPainter painter(options);
    Painted out;
    out.image = painter.render({view, nullptr, kStart, kWallNow});
    const auto projection = painter.boardProjection(view, view.shownBoard());
    const Figure *figure = view.shownBoard().figure(id);
    if (projection && figure) {
        out.centre = projection->map(figure->position);
        out.radius = figure_geometry::radius(figure->size) * projection->scale();
    }
    return out;
}

/// A small square probe `distance` radii from the centre in a screen direction.
QRectF probe(const Painted &p, double dx, double dy, double distance = 1.3)
{
    const double side = p.radius * 0.3;
    const QPointF at = p.centre + QPointF(dx, dy) * (p.radius * distance);
    return QRectF(at.x() - side / 2, at.y() - side / 2, side, side);
}

Outline oneFigure(std::optional<double> facing, BoardPoint at = {800, 450})
{
    Outline o;
    o.board.figures.push_back(figureAt("f", at, kMagenta, facing));
    return o;
}

TEST(BoardPainterTest, AFigureIsDrawnInItsColourWhereItStands)
{
    const Outline o = oneFigure(0.0, {400, 300});
    const Painted p = paintBoard(o, "f");
    ASSERT_GT(p.radius, 10.0);
    EXPECT_TRUE(near(p.image, p.centre, qColour(kMagenta), 2));
    // And nowhere near the other side of the board.
    EXPECT_EQ(countNear(p.image, QRectF(900, 400, 300, 250), qColour(kMagenta)), 0);
}

TEST(BoardPainterTest, TheFacingMarkerPointsWhereTheFigureLooks)
{
    const Painted right = paintBoard(oneFigure(90.0), "f");
    const int area = static_cast<int>(right.radius * 0.3 * right.radius * 0.3);
    EXPECT_GT(countNear(right.image, probe(right, 1, 0), qColour(kMagenta)), area / 4);
    EXPECT_EQ(countNear(right.image, probe(right, -1, 0), qColour(kMagenta)), 0);
    EXPECT_EQ(countNear(right.image, probe(right, 0, -1), qColour(kMagenta)), 0);

    const Painted up = paintBoard(oneFigure(0.0), "f");
    EXPECT_GT(countNear(up.image, probe(up, 0, -1), qColour(kMagenta)), area / 4);
    EXPECT_EQ(countNear(up.image, probe(up, 1, 0), qColour(kMagenta)), 0);
}

TEST(BoardPainterTest, AnAnchorHasARingAndNoMarker)
{
    const Painted anchor = paintBoard(oneFigure(std::nullopt), "f");
    const QColor colour = qColour(kMagenta);
    // The dashed ring shows on every side; nothing reaches out as far as a nose would.
    int ring = 0;
    for (const auto &[dx, dy] : {std::pair{1, 0}, {-1, 0}, {0, 1}, {0, -1}})
        ring +=
            countNear(anchor.image, probe(anchor, dx, dy, figure_geometry::kAnchorRing), colour);
    EXPECT_GT(ring, 0);
    for (const auto &[dx, dy] : {std::pair{1, 0}, {-1, 0}, {0, -1}})
        EXPECT_EQ(countNear(anchor.image, probe(anchor, dx, dy, 1.6), colour), 0);
}

TEST(BoardPainterTest, PerspectiveTurnsTheBoardSoTheChosenFigureLooksUp)
{
    Outline o = oneFigure(90.0, {600, 450});
    o.board.figures.push_back(figureAt("other", {1000, 450}, {0x20, 0xa0, 0x40}, 0.0));
    o.display.perspectiveFigureId = "f";
    const Painted p = paintBoard(o, "f");
    const int area = static_cast<int>(p.radius * 0.3 * p.radius * 0.3);
    EXPECT_GT(countNear(p.image, probe(p, 0, -1), qColour(kMagenta)), area / 4);
    EXPECT_EQ(countNear(p.image, probe(p, 1, 0), qColour(kMagenta)), 0);

    // The board turned a quarter counter-clockwise: "other", to f's right, is now above it.
    const Painted other = paintBoard(o, "other");
    EXPECT_LT(other.centre.y(), p.centre.y() - 50);
    EXPECT_NEAR(other.centre.x(), p.centre.x(), 1.0);
    EXPECT_TRUE(near(other.image, other.centre, QColor(0x20, 0xa0, 0x40), 2));
}

TEST(BoardPainterTest, AFigureOnTheEdgeOfTheBoardIsDrawnWhole)
{
    // A large figure on the left edge, looking out of the board, in a narrow overlay.
    Outline o = oneFigure(270.0, {0, 450});
    o.board.figures[0].size = FigureSize::Large;
    const RenderOptions options = boardOptions(480, 720);
    const Painted p = paintBoard(o, "f", options);
    ASSERT_GT(p.radius, 5.0);

    const ClientView view = makeClientView(o, 1);
    const OverlayPainter overlay(options);
    const QRectF surface =
        BoardPainter(options, overlay.palette()).surface(*overlay.layout(view).board, false);
    // Body and nose inside the surface: the whole figure shows.
    EXPECT_GE(p.centre.x() - p.radius * figure_geometry::kNoseReach, surface.left() - 0.5);
    // Its colour on the outer side of the body, not only at its centre.
    EXPECT_TRUE(near(p.image, p.centre + QPointF(-0.75 * p.radius, 0), qColour(kMagenta), 1));
}

TEST(BoardPainterTest, LongLabelsAreElidedNotClipped)
{
    const std::string longLabel =
        "Responsable des ressources humaines et de la transformation culturelle";
    Outline o = oneFigure(0.0, {1560, 450}); // at the right edge: the label must move in
    o.board.figures[0].label = longLabel;
    const RenderOptions options = boardOptions();
    const ClientView view = makeClientView(o, 1);
    const OverlayPainter overlay(options);
    const BoardPainter board(options, overlay.palette());

    const QString shown = board.labelText(view.board.figures[0]);
    EXPECT_TRUE(shown.endsWith(QChar(0x2026))) << shown.toStdString();
    EXPECT_TRUE(QString::fromStdString(longLabel).startsWith(shown.chopped(1)));
    EXPECT_LE(QFontMetricsF(board.labelFont()).horizontalAdvance(shown), board.maxLabelWidth());

    const QImage image = overlay.render({view, nullptr, kStart, kWallNow});
    const auto projection = overlay.boardProjection(view, view.board);
    ASSERT_TRUE(projection);
    const QRectF surface = board.surface(*overlay.layout(view).board, false);
    const double r = figure_geometry::radius(FigureSize::Medium) * projection->scale();
    const QRectF pill = board.labelRect(shown, projection->map(BoardPoint{1560, 450}), r, surface);
    EXPECT_TRUE(surface.contains(pill)) << "the label stays whole on the board";

    // Text inside the pill, and its right end is padding: the text was shortened, not cut.
    const QColor text = overlay.palette().labelText;
    EXPECT_GT(countNear(image, pill.adjusted(0, 2, 0, -2), text, 60), 20);
    const double padding = board.labelFont().pixelSize() * 0.35;
    EXPECT_EQ(countNear(image, QRectF(pill.right() - padding, pill.top(), padding, pill.height()),
                        text, 60),
              0);
}

TEST(BoardPainterTest, ZonesShowOnlyWhenBothSwitchesAreOn)
{
    Outline o = oneFigure(0.0);
    Zone zone;
    zone.id = "z";
    zone.topLeft = {200, 150};
    zone.width = 600;
    zone.height = 400;
    zone.colour = {0x10, 0xe0, 0x10};
    o.board.zones.push_back(zone);
    const QColor green(0x10, 0xe0, 0x10);
    const QRectF everywhere(0, 0, 1280, 720);

    EXPECT_GT(countNear(paintBoard(o, "f").image, everywhere, green, 10), 100);

    RenderOptions noZones = boardOptions();
    noZones.showZones = false;
    EXPECT_EQ(countNear(paintBoard(o, "f", noZones).image, everywhere, green, 10), 0);

    o.board.zonesVisible = false;
    EXPECT_EQ(countNear(paintBoard(o, "f").image, everywhere, green, 10), 0);
}

TEST(BoardPainterTest, AReplayFrameDrawsFiguresInBetween)
{
    Outline o = oneFigure(0.0, {400, 450});
    const ClientView view = makeClientView(o, 1);
    Board to = view.board;
    to.figures[0].position = {1200, 450};
    const ReplayFrame half = interpolateBoards(view.board, to, 0.5);
    const OverlayPainter painter(boardOptions());
    const QImage image = painter.render({view, &half, kStart, kWallNow});
    const auto projection = painter.boardProjection(view, half.board);
    ASSERT_TRUE(projection);
    EXPECT_TRUE(near(image, projection->map(BoardPoint{800, 450}), qColour(kMagenta), 2));
    EXPECT_FALSE(near(image, projection->map(BoardPoint{400, 450}), qColour(kMagenta), 30));
}

} // namespace
} // namespace coachdeck
