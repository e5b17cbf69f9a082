// Step replay: figures glide from one snapshot to the next.

#include "RenderFixtures.hpp"

#include "render/StepReplay.hpp"

#include <gtest/gtest.h>

namespace coachdeck {
namespace {

using namespace render_test;

Board boardWith(std::vector<Figure> figures)
{
    Board b;
    b.figures = std::move(figures);
    return b;
}

TEST(StepReplayTest, HalfwayIsHalfwayInPlaceAndAngle)
{
    const Board from = boardWith({figureAt("a", {100, 200}, {0, 0, 0}, 90.0)});
    const Board to = boardWith({figureAt("a", {300, 600}, {200, 100, 50}, 180.0)});
    const ReplayFrame half = interpolateBoards(from, to, 0.5);
    ASSERT_EQ(half.board.figures.size(), 1u);
    const Figure &a = half.board.figures.front();
    EXPECT_DOUBLE_EQ(a.position.x, 200.0);
    EXPECT_DOUBLE_EQ(a.position.y, 400.0);
    ASSERT_TRUE(a.facingDegrees.has_value());
    EXPECT_DOUBLE_EQ(*a.facingDegrees, 135.0);
    EXPECT_EQ(a.colour, (Rgb{100, 50, 25}));
    EXPECT_EQ(half.opacity, std::vector<double>{1.0});
}

TEST(StepReplayTest, FacingTurnsTheShortWayRound)
{
    const Board from = boardWith({figureAt("a", {0, 0}, {}, 350.0)});
    const Board to = boardWith({figureAt("a", {0, 0}, {}, 30.0)});
    EXPECT_DOUBLE_EQ(*interpolateBoards(from, to, 0.25).board.figures[0].facingDegrees, 0.0);
    EXPECT_DOUBLE_EQ(*interpolateBoards(to, from, 0.25).board.figures[0].facingDegrees, 20.0);
}

TEST(StepReplayTest, EndsAreTheBoardsThemselves)
{
    const Board from = boardWith({figureAt("a", {100, 200}, {1, 2, 3}, 10.0)});
    const Board to = boardWith({figureAt("a", {500, 600}, {4, 5, 6}, std::nullopt)});
    EXPECT_EQ(interpolateBoards(from, to, 0.0).board.figures, from.figures);
    EXPECT_EQ(interpolateBoards(from, to, 1.0).board.figures, to.figures);
    // Becoming an anchor happens halfway, not by a turn.
    EXPECT_TRUE(interpolateBoards(from, to, 0.49).board.figures[0].facingDegrees.has_value());
    EXPECT_FALSE(interpolateBoards(from, to, 0.51).board.figures[0].facingDegrees.has_value());
}

TEST(StepReplayTest, FiguresComingAndGoingFade)
{
    const Board from = boardWith({figureAt("old", {100, 100}, {}, 0.0)});
    const Board to = boardWith({figureAt("new", {900, 500}, {}, 0.0)});
    const ReplayFrame frame = interpolateBoards(from, to, 0.25);
    ASSERT_EQ(frame.board.figures.size(), 2u);
    EXPECT_EQ(frame.board.figures[0].id, "old");
    EXPECT_DOUBLE_EQ(frame.opacity[0], 0.75);
    EXPECT_EQ(frame.board.figures[1].id, "new");
    EXPECT_DOUBLE_EQ(frame.opacity[1], 0.25);
    EXPECT_EQ(frame.board.figures[1].position, (BoardPoint{900, 500}));
}

TEST(StepReplayTest, EasingStartsAndStopsGently)
{
    EXPECT_DOUBLE_EQ(easeInOut(0.0), 0.0);
    EXPECT_DOUBLE_EQ(easeInOut(0.5), 0.5);
    EXPECT_DOUBLE_EQ(easeInOut(1.0), 1.0);
    EXPECT_LT(easeInOut(0.1), 0.1);
    EXPECT_GT(easeInOut(0.9), 0.9);
}

TEST(StepReplayTest, ChangingTheShownStepGlidesForHalfASecond)
{
    const Board first = boardWith({figureAt("a", {100, 100}, {}, 0.0)});
    const Board second = boardWith({figureAt("a", {500, 300}, {}, 90.0)});
    StepReplay replay;
    const MonoTime t0 = kStart;
    replay.show(first, std::string("snap-1"), t0);
    EXPECT_FALSE(replay.animating(t0));
    EXPECT_EQ(replay.frame(t0).board.figures, first.figures);

    replay.show(second, std::string("snap-2"), t0);
    EXPECT_TRUE(replay.animating(t0 + 100ms));
    const Figure mid = replay.frame(t0 + StepReplay::kDuration / 2).board.figures.front();
    EXPECT_DOUBLE_EQ(mid.position.x, 300.0);
    EXPECT_DOUBLE_EQ(mid.position.y, 200.0);
    EXPECT_DOUBLE_EQ(*mid.facingDegrees, 45.0);

    EXPECT_FALSE(replay.animating(t0 + StepReplay::kDuration));
    EXPECT_EQ(replay.frame(t0 + StepReplay::kDuration).board.figures, second.figures);
}

TEST(StepReplayTest, EditsOnTheSameStepFollowWithoutGliding)
{
    const Board before = boardWith({figureAt("a", {100, 100}, {}, 0.0)});
    const Board dragged = boardWith({figureAt("a", {120, 100}, {}, 0.0)});
    StepReplay replay;
    replay.show(before, std::nullopt, kStart);
    replay.show(dragged, std::nullopt, kStart + 16ms);
    EXPECT_FALSE(replay.animating(kStart + 20ms));
    EXPECT_EQ(replay.frame(kStart + 20ms).board.figures, dragged.figures);
}

TEST(StepReplayTest, AnInterruptedGlideStartsFromWhereTheFiguresAre)
{
    const Board a = boardWith({figureAt("f", {0, 0}, {}, 0.0)});
    const Board b = boardWith({figureAt("f", {1000, 0}, {}, 0.0)});
    StepReplay replay;
    replay.show(a, std::string("1"), kStart);
    replay.show(b, std::string("2"), kStart);
    const MonoTime half = kStart + StepReplay::kDuration / 2; // at x = 500
    replay.show(a, std::string("1"), half);
    const double x = replay.frame(half + 1ms).board.figures.front().position.x;
    EXPECT_NEAR(x, 500.0, 1.0);
}

} // namespace
} // namespace coachdeck
