// The overlay's threading as it runs in OBS, sped up: one thread edits the session through the
// Session API as fast as it can (moves, rotations, agenda changes, clock moves, snapshot steps,
// undo and redo) and publishes a ClientView after each change, as the controller does, while
// render threads paint the latest view on QImages, as overlay sources do on the graphics thread,
// for thousands of frames. Built with ThreadSanitizer by the `tsan` preset (docs/hardening.md):
// a data race anywhere on the way is a report, and the report a failure. Every build runs it too.

#include "../render/QtGuiEnvironment.hpp"

#include "core/ClientView.hpp"
#include "core/Limits.hpp"
#include "core/Session.hpp"
#include "core/ViewPublisher.hpp"
#include "render/OverlayPainter.hpp"
#include "render/StepReplay.hpp"

#include <QImage>

#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <optional>
#include <random>
#include <string>
#include <thread>
#include <vector>

namespace coachdeck {
namespace {

using namespace std::chrono_literals;

using render_test::QtGuiEnvironment;

[[maybe_unused]] ::testing::Environment *const kQtGui =
    ::testing::AddGlobalTestEnvironment(new QtGuiEnvironment);

/// Frames each render thread paints: COACHDECK_STRESS_FRAMES, else 2000.
int framesPerRenderer()
{
    if (const char *frames = std::getenv("COACHDECK_STRESS_FRAMES"))
        return std::max(1, std::atoi(frames));
    return 2000;
}

/// Random edits through the public Session API, each checked or refused like a dock click.
class Editor {
public:
    Editor(Session &session, std::uint32_t seed) : session_(session), rng_(seed) {}

    void step()
    {
        const Outline &o = session_.outline();
        switch (pick(16)) {
        case 0:
        case 1:
        case 2: // a drag: several merged moves, one undo step
            if (const Figure *f = anyFigure()) {
                const std::string id = f->id;
                for (int i = 0; i < 4; ++i)
                    (void)session_.moveFigure(id, anyPoint(), true);
                session_.closeMerge();
            }
            break;
        case 3:
            if (const Figure *f = anyFigure())
                (void)session_.rotateFigure(f->id,
                                            pick(6) == 0 ? std::nullopt : std::optional(degrees()));
            break;
        case 4:
            if (o.board.figures.size() < 24) {
                Figure figure = defaultFigure(static_cast<FigureKind>(1 + pick(7)));
                figure.label = "Figure " + std::to_string(pick(1000));
                figure.position = anyPoint();
                (void)session_.addFigure(figure);
            } else if (const Figure *f = anyFigure()) {
                (void)session_.removeFigure(f->id);
            }
            break;
        case 5:
            if (o.agenda.size() < 12)
                (void)session_.addItem("Item " + std::to_string(pick(100)),
                                       std::chrono::minutes(1 + pick(30)),
                                       pick(o.agenda.size() + 1));
            else
                (void)session_.removeItem(o.agenda[pick(o.agenda.size())].id);
            break;
        case 6:
            if (!o.agenda.empty()) {
                AgendaItem item = o.agenda[pick(o.agenda.size())];
                item.title = "Edited " + std::to_string(pick(100));
                item.planned = std::chrono::minutes(1 + pick(60));
                (void)session_.editItem(item);
                (void)session_.moveItem(item.id, pick(o.agenda.size()));
            }
            break;
        case 7:
            clockMove();
            break;
        case 8:
            if (o.snapshots.size() < 30)
                (void)session_.takeSnapshot("Step " + std::to_string(o.snapshots.size() + 1));
            else
                (void)session_.removeSnapshot(o.snapshots.front().id);
            break;
        case 9: // step through the snapshots, back to the live board now and then
            if (!o.snapshots.empty() && pick(4) != 0)
                (void)session_.showSnapshot(o.snapshots[pick(o.snapshots.size())].id);
            else
                (void)session_.showSnapshot(std::nullopt);
            break;
        case 10:
            if (!o.snapshots.empty())
                (void)session_.restoreSnapshot(o.snapshots[pick(o.snapshots.size())].id);
            break;
        case 11:
            (void)session_.setTimerVisible(pick(2) == 0);
            (void)session_.setZonesVisible(pick(3) != 0);
            break;
        case 12:
            if (const Figure *f = anyFigure(); f && pick(2) == 0)
                (void)session_.setPerspective(f->id);
            else
                (void)session_.setPerspective(std::nullopt);
            break;
        case 13:
            if (o.board.zones.size() < 4) {
                Zone zone;
                zone.label = "Zone";
                (void)session_.addZone(zone);
            } else {
                (void)session_.removeZone(o.board.zones[pick(o.board.zones.size())].id);
            }
            break;
        case 14:
            (void)session_.undo();
            break;
        default:
            (void)session_.redo();
            break;
        }
    }

private:
    std::size_t pick(std::size_t count)
    {
        return std::uniform_int_distribution<std::size_t>(0, count - 1)(rng_);
    }
    BoardPoint anyPoint()
    {
        return {std::uniform_real_distribution<double>(0, kBoardWidth)(rng_),
                std::uniform_real_distribution<double>(0, kBoardHeight)(rng_)};
    }
    double degrees() { return std::uniform_real_distribution<double>(-720, 720)(rng_); }
    const Figure *anyFigure()
    {
        const auto &figures = session_.outline().board.figures;
        return figures.empty() ? nullptr : &figures[pick(figures.size())];
    }
    void clockMove()
    {
        const Outline &o = session_.outline();
        switch (pick(8)) {
        case 0:
            if (o.clock.status == ClockStatus::Finished) // start over, as a new session would
                (void)session_.reset(startingOutline());
            else
                (void)session_.start();
            break;
        case 1:
            (void)session_.pause();
            break;
        case 2:
            (void)session_.resume();
            break;
        case 3:
            (void)session_.next();
            break;
        case 4:
            (void)session_.previous();
            break;
        case 5:
            if (!o.agenda.empty())
                (void)session_.goTo(o.agenda[pick(o.agenda.size())].id);
            break;
        case 6:
            (void)session_.adjust(pick(2) == 0 ? 1min : -1min);
            break;
        default:
            if (pick(8) == 0)
                (void)session_.finish();
            break;
        }
    }

public:
    static Outline startingOutline()
    {
        Outline outline;
        for (int i = 1; i <= 4; ++i) {
            AgendaItem item;
            item.id = "i" + std::to_string(i);
            item.title = "Item " + std::to_string(i);
            item.planned = std::chrono::minutes(10 * i);
            outline.agenda.push_back(item);
        }
        for (int i = 1; i <= 6; ++i) {
            Figure figure = defaultFigure(static_cast<FigureKind>(1 + i % 7));
            figure.id = "f" + std::to_string(i);
            figure.label = "Figure " + std::to_string(i);
            figure.position = {200.0 * i, 100.0 * i};
            outline.board.figures.push_back(figure);
        }
        return outline;
    }

private:
    Session &session_;
    std::mt19937 rng_;
};

struct RendererResult {
    int frames = 0;
    int stale = 0; ///< views older than one already painted (must stay 0)
    int revisions = 0;
    bool painted = false;
};

/// Paints like an overlay source on the graphics thread: the latest view each frame, gliding
/// between steps, cycling through every view and theme.
RendererResult render(const ViewPublisher &publisher, int frames, int first)
{
    RendererResult result;
    const SystemClock clock;
    constexpr std::array kViews{
        OverlayView::Everything, OverlayView::Board,       OverlayView::Agenda, OverlayView::Timer,
        OverlayView::BoardTimer, OverlayView::AgendaTimer, OverlayView::Compare};
    constexpr std::array kThemes{Theme::Dark, Theme::Light, Theme::Transparent};
    std::uint64_t lastRevision = 0;
    StepReplay replay;
    QImage image;
    std::optional<OverlayPainter> painter;
    for (int frame = 0; frame < frames; ++frame) {
        if (frame % 100 == 0) { // a property change in OBS: a new painter, a new size
            RenderOptions options;
            const int k = first + frame / 100;
            options.view = kViews[static_cast<std::size_t>(k) % kViews.size()];
            options.theme = kThemes[static_cast<std::size_t>(k) % kThemes.size()];
            options.width = 320 + 32 * (k % 5);
            options.height = 180 + 18 * (k % 5);
            painter.emplace(options);
            image = QImage(options.width, options.height, QImage::Format_ARGB32_Premultiplied);
        }
        const MonoTime now = clock.monoNow();
        const std::shared_ptr<const ClientView> view = publisher.current();
        if (view->revision < lastRevision)
            ++result.stale;
        if (view->revision != lastRevision) {
            replay.show(view->shownBoard(), view->shownSnapshotId, now);
            lastRevision = view->revision;
            ++result.revisions;
        }
        const ReplayFrame board = replay.frame(now);
        painter->paint(image, {*view, &board, now, clock.wallNow()});
        (void)OverlayPainter::displayedTime(*view, painter->options(), now, clock.wallNow());
        (void)painter->boardProjection(*view, view->shownBoard()); // the dock preview's hit test
        result.painted = result.painted || image.pixel(image.width() / 2, 8) != 0;
        ++result.frames;
    }
    return result;
}

TEST(RenderStressTest, EditsPublishedWhileOverlaysPaintRaceNothing)
{
    const int frames = framesPerRenderer();
    const SystemClock clock;
    ViewPublisher publisher;
    Session session(clock, Editor::startingOutline());
    publisher.publish(makeClientView(session.outline(), session.revision()));

    std::atomic<bool> rendering{true};
    std::atomic<long> edits{0};
    std::atomic<long> publishes{0};
    std::thread editor([&] {
        Editor edit(session, 20261122);
        while (rendering.load(std::memory_order_relaxed)) {
            const std::uint64_t before = session.revision();
            edit.step();
            ++edits;
            if (session.revision() != before) {
                publisher.publish(makeClientView(session.outline(), session.revision()));
                ++publishes;
            }
        }
    });
    RendererResult results[2];
    std::thread overlays[2];
    for (int i = 0; i < 2; ++i)
        overlays[i] = std::thread([&, i] { results[i] = render(publisher, frames, i * 3); });
    for (std::thread &overlay : overlays)
        overlay.join();
    rendering = false;
    editor.join();

    for (const RendererResult &result : results) {
        EXPECT_EQ(result.frames, frames);
        EXPECT_EQ(result.stale, 0) << "a render thread saw an older view after a newer one";
        EXPECT_TRUE(result.painted);
        EXPECT_GT(result.revisions, 1) << "the overlays never saw an edit: no concurrency tested";
    }
    EXPECT_GT(publishes.load(), 100);
    EXPECT_EQ(publisher.current()->revision, session.revision());
    std::printf("stress: %d frames x 2 overlays, %ld edits, %ld views published\n", frames,
                edits.load(), publishes.load());
}

} // namespace
} // namespace coachdeck
