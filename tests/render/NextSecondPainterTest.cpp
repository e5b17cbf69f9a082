// The next second painted ahead on the overlay's own thread, and the rectangles it changed.

#include "RenderFixtures.hpp"

#include "render/NextSecondPainter.hpp"
#include "render/OverlayPainter.hpp"
#include "render/PictureDiff.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <thread>

namespace coachdeck {
namespace {

using namespace std::chrono_literals;
using namespace render_test;

RenderOptions options(OverlayView view)
{
    RenderOptions o;
    o.view = view;
    o.width = 960;
    o.height = 540;
    return o;
}

/// Whether every pixel where `a` and `b` differ lies in one of `regions`.
bool covered(const QImage &a, const QImage &b, const std::vector<QRect> &regions)
{
    for (int y = 0; y < a.height(); ++y) {
        for (int x = 0; x < a.width(); ++x) {
            if (a.pixel(x, y) == b.pixel(x, y))
                continue;
            bool in = false;
            for (const QRect &r : regions)
                in = in || r.contains(x, y);
            if (!in)
                return false;
        }
    }
    return true;
}

/// The largest difference of one colour channel between two pictures of the same size (256 when
/// the sizes differ).
int largestDifference(const QImage &a, const QImage &b)
{
    if (a.size() != b.size())
        return 256;
    int largest = 0;
    for (int y = 0; y < a.height(); ++y) {
        for (int x = 0; x < a.width(); ++x) {
            const QRgb p = a.pixel(x, y);
            const QRgb q = b.pixel(x, y);
            largest =
                std::max({largest, std::abs(qRed(p) - qRed(q)), std::abs(qGreen(p) - qGreen(q)),
                          std::abs(qBlue(p) - qBlue(q)), std::abs(qAlpha(p) - qAlpha(q))});
        }
    }
    return largest;
}

/// Qt antialiases a large glyph a level or two differently depending on what its thread drew
/// before (its glyph cache): the worker, which painted other seconds first, and a fresh repaint
/// may differ that much at the edges of the timer's digits, never more. Another second differs
/// by the whole contrast of a digit.
constexpr int kGlyphEdgeTolerance = 6;

/// Waits (up to 10 s of a busy machine) for the worker to finish `count` pictures.
bool waitPainted(const NextSecondPainter &ahead, std::uint64_t count)
{
    const auto deadline = std::chrono::steady_clock::now() + 10s;
    while (ahead.painted() < count) {
        if (std::chrono::steady_clock::now() > deadline)
            return false;
        std::this_thread::sleep_for(1ms);
    }
    return true;
}

TEST(PictureDiffTest, TheRegionsCoverEveryChangedPixelAndNothingElse)
{
    QImage before(300, 200, QImage::Format_ARGB32_Premultiplied);
    before.fill(Qt::black);
    QImage after = before;
    std::vector<QRect> regions;
    picture_diff::changedRegions(before, after, regions);
    EXPECT_TRUE(regions.empty()) << "no change, nothing to upload";

    after.setPixel(10, 5, qRgb(255, 0, 0));
    after.setPixel(250, 150, qRgb(0, 255, 0));
    after.setPixel(299, 199, qRgb(0, 0, 255));
    picture_diff::changedRegions(before, after, regions);
    EXPECT_TRUE(covered(before, after, regions));
    int area = 0;
    for (const QRect &r : regions)
        area += r.width() * r.height();
    EXPECT_LT(area, 300 * 200 / 4) << "a few pixels, not the picture";

    picture_diff::changedRegions(before, after.scaled(100, 100), regions);
    ASSERT_EQ(regions.size(), 1u);
    EXPECT_EQ(regions.front(), QRect(0, 0, 100, 100)) << "another size: all of it";
}

TEST(NextSecondPainterTest, ThePictureOfTheNextSecondEqualsAWholeRepaintAtThatInstant)
{
    const Outline outline = runningOutline(10min, 2min, true);
    const auto view = std::make_shared<const ClientView>(makeClientView(outline, 1));
    const auto painter = std::make_shared<const OverlayPainter>(options(OverlayView::Everything));
    QImage picture = painter->render({*view, nullptr, kStart, kWallNow});
    const QImage before = picture;
    const MonoTime next = kStart + 1s;
    const DisplayedTime shows =
        DisplayedTimeBasis::of(*view, painter->options()).at(next, kWallNow + 1s);

    NextSecondPainter ahead;
    ahead.request({painter, view, picture, next, kWallNow + 1s, shows, 7});
    ASSERT_TRUE(waitPainted(ahead, 1));

    std::vector<QRect> changed;
    EXPECT_FALSE(ahead.take(6, shows, picture, changed)) << "painted on another picture";
    EXPECT_FALSE(ahead.take(7, DisplayedTime{}, picture, changed)) << "another second";
    EXPECT_TRUE(picture == before) << "a refused picture leaves the caller's alone";

    ASSERT_TRUE(ahead.take(7, shows, picture, changed));
    EXPECT_LE(largestDifference(picture, painter->render({*view, nullptr, next, kWallNow + 1s})),
              kGlyphEdgeTolerance);
    EXPECT_GT(largestDifference(picture, before), 100) << "the second before looks different";
    EXPECT_FALSE(changed.empty());
    EXPECT_TRUE(covered(before, picture, changed));
    EXPECT_FALSE(ahead.take(7, shows, picture, changed)) << "handed over once";
}

TEST(NextSecondPainterTest, ALaterRequestReplacesOneNotStartedAndStopsCleanly)
{
    const Outline outline = runningOutline(10min, 2min, true);
    const auto view = std::make_shared<const ClientView>(makeClientView(outline, 1));
    const auto painter = std::make_shared<const OverlayPainter>(options(OverlayView::Timer));
    QImage picture = painter->render({*view, nullptr, kStart, kWallNow});
    const auto basis = DisplayedTimeBasis::of(*view, painter->options());

    auto ahead = std::make_unique<NextSecondPainter>();
    for (int second = 1; second <= 5; ++second) {
        const MonoTime at = kStart + std::chrono::seconds(second);
        const WallTime wallAt = kWallNow + std::chrono::seconds(second);
        ahead->request({painter, view, picture, at, wallAt, basis.at(at, wallAt), 1});
    }
    // Whatever the worker started, the last request is painted last.
    const MonoTime last = kStart + 5s;
    const DisplayedTime shows = basis.at(last, kWallNow + 5s);
    const auto deadline = std::chrono::steady_clock::now() + 10s;
    std::vector<QRect> changed;
    bool taken = false;
    while (!taken && std::chrono::steady_clock::now() < deadline) {
        taken = ahead->take(1, shows, picture, changed);
        std::this_thread::sleep_for(1ms);
    }
    ASSERT_TRUE(taken);
    EXPECT_LE(largestDifference(picture, painter->render({*view, nullptr, last, kWallNow + 5s})),
              kGlyphEdgeTolerance);
    EXPECT_GT(
        largestDifference(picture, painter->render({*view, nullptr, kStart + 4s, kWallNow + 4s})),
        100)
        << "the second before looks different";
    EXPECT_LE(ahead->painted(), 5u);

    // Destroyed with a job pending: joins, no crash, no leak (ASan and TSan runs check).
    ahead->request({painter, view, picture, last, kWallNow + 5s, shows, 2});
    ahead.reset();
}

} // namespace
} // namespace coachdeck
