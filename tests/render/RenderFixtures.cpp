#include "RenderFixtures.hpp"
#include "QtGuiEnvironment.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdlib>
#include <memory>

namespace coachdeck::render_test {
namespace {

[[maybe_unused]] ::testing::Environment *const kQtGui =
    ::testing::AddGlobalTestEnvironment(new QtGuiEnvironment);

bool close(int a, int b, int tolerance)
{
    return std::abs(a - b) <= tolerance;
}

bool matches(QRgb pixel, const QColor &colour, int tolerance)
{
    return qAlpha(pixel) == 255 && close(qRed(pixel), colour.red(), tolerance) &&
           close(qGreen(pixel), colour.green(), tolerance) &&
           close(qBlue(pixel), colour.blue(), tolerance);
}

} // namespace

Figure figureAt(std::string id, BoardPoint at, Rgb colour, std::optional<double> facing)
{
    Figure f;
    f.id = std::move(id);
    f.label = f.id;
    f.position = at;
    f.colour = colour;
    f.facingDegrees = facing;
    return f;
}

Outline runningOutline(Millis planned, Millis spent, bool timerVisible)
{
    Outline o;
    AgendaItem item;
    item.id = "item";
    item.title = "Exploration";
    item.planned = planned;
    item.status = ItemStatus::Active;
    item.actual = spent;
    o.agenda.push_back(item);
    AgendaItem next;
    next.id = "next";
    next.title = "Action plan";
    next.planned = 15min;
    o.agenda.push_back(next);
    o.clock.status = ClockStatus::Running;
    o.clock.currentItemId = "item";
    o.clock.runningSince = kStart;
    o.display.timerVisible = timerVisible;
    return o;
}

int countNear(const QImage &image, const QRectF &rect, const QColor &colour, int tolerance)
{
    const QImage rgb = image.convertToFormat(QImage::Format_ARGB32);
    const QRect area = rect.toAlignedRect().intersected(rgb.rect());
    int count = 0;
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x)
            count += matches(rgb.pixel(x, y), colour, tolerance) ? 1 : 0;
    }
    return count;
}

bool near(const QImage &image, QPointF at, const QColor &colour, int tolerance)
{
    const QImage rgb = image.convertToFormat(QImage::Format_ARGB32);
    const QPoint p(static_cast<int>(std::floor(at.x())), static_cast<int>(std::floor(at.y())));
    return rgb.rect().contains(p) && matches(rgb.pixel(p), colour, tolerance);
}

} // namespace coachdeck::render_test
