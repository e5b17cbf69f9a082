// The session clock over hours of simulated time: pauses, edits, adjustments.
// Nothing sleeps: a ManualClock moves only when the test says so.
#include "core/SessionClock.hpp"
#include "core/Session.hpp"
#include "core/SuspendWatch.hpp"

#include <gtest/gtest.h>

using namespace coachdeck;
using namespace std::chrono_literals;

namespace {

class SessionClockTest : public ::testing::Test {
protected:
    ManualClock clock;
    Session session{clock};
    std::string checkIn, exploration, constellation, closing;

    void SetUp() override
    {
        checkIn = session.addItem("Check-in", 10min).value();
        exploration = session.addItem("Exploration", 40min).value();
        constellation = session.addItem("Constellation", 50min).value();
        closing = session.addItem("Closing", 20min).value();
    }

    const AgendaItem &item(const std::string &id) { return *session.outline().item(id); }
    ItemTiming timing(const std::string &id)
    {
        return session_clock::itemTiming(session.outline(), item(id), clock.monoNow());
    }
    SessionTiming whole()
    {
        return session_clock::sessionTiming(session.outline(), clock.monoNow(), clock.wallNow());
    }
};

} // namespace

TEST_F(SessionClockTest, StartRunsTheFirstItemAndTimeComesFromTheClock)
{
    ASSERT_TRUE(session.start());
    EXPECT_EQ(session.outline().clock.status, ClockStatus::Running);
    EXPECT_EQ(session.outline().clock.currentItemId, checkIn);
    EXPECT_EQ(item(checkIn).status, ItemStatus::Active);
    clock.advance(3min + 15s);
    EXPECT_EQ(timing(checkIn).elapsed, 3min + 15s);
    EXPECT_EQ(timing(checkIn).remaining, 6min + 45s);
    EXPECT_EQ(timing(checkIn).phase, Phase::Normal);
}

TEST_F(SessionClockTest, CannotStartTwiceOrWithAnEmptyAgenda)
{
    ASSERT_TRUE(session.start());
    EXPECT_FALSE(session.start());
    ManualClock other;
    Session empty(other);
    Status result = empty.start();
    ASSERT_FALSE(result);
    EXPECT_NE(result.error().message().find("agenda is empty"), std::string::npos);
}

TEST_F(SessionClockTest, PausesAreExcludedFromTimeSpent)
{
    ASSERT_TRUE(session.start());
    clock.advance(4min);
    ASSERT_TRUE(session.pause());
    clock.advance(25min); // a long interruption: the client's phone rang
    EXPECT_EQ(timing(checkIn).elapsed, 4min);
    ASSERT_TRUE(session.resume());
    clock.advance(1min);
    EXPECT_EQ(timing(checkIn).elapsed, 5min);
    EXPECT_EQ(whole().elapsed, 5min);
}

TEST_F(SessionClockTest, PhasesFollowTheThresholds)
{
    ASSERT_TRUE(session.start()); // check-in: 10 min, warn at 5, danger at 1
    clock.advance(4min);
    EXPECT_EQ(timing(checkIn).phase, Phase::Normal);
    clock.advance(1min); // 5:00 left
    EXPECT_EQ(timing(checkIn).phase, Phase::Warning);
    clock.advance(4min); // 1:00 left
    EXPECT_EQ(timing(checkIn).phase, Phase::Danger);
    clock.advance(1min); // 0:00 left: still danger, not yet over
    EXPECT_EQ(timing(checkIn).phase, Phase::Danger);
    clock.advance(1ms);
    EXPECT_EQ(timing(checkIn).phase, Phase::Overtime);
}

TEST_F(SessionClockTest, OvertimeIsNegativeRemaining)
{
    ASSERT_TRUE(session.start());
    clock.advance(12min + 30s);
    EXPECT_EQ(timing(checkIn).remaining, -(2min + 30s));
    EXPECT_EQ(timing(checkIn).phase, Phase::Overtime);
    EXPECT_DOUBLE_EQ(timing(checkIn).progress, 1.0);
}

TEST_F(SessionClockTest, NextAndPreviousKeepTimePerItem)
{
    ASSERT_TRUE(session.start());
    clock.advance(8min);
    ASSERT_TRUE(session.next());
    EXPECT_EQ(item(checkIn).status, ItemStatus::Done);
    EXPECT_EQ(item(checkIn).actual, 8min);
    EXPECT_EQ(item(exploration).status, ItemStatus::Active);
    clock.advance(2min);
    ASSERT_TRUE(session.previous()); // back to the check-in: its time goes on from 8 min
    EXPECT_EQ(item(exploration).status, ItemStatus::Pending);
    EXPECT_EQ(item(exploration).actual, 2min);
    clock.advance(1min);
    EXPECT_EQ(timing(checkIn).elapsed, 9min);
    EXPECT_FALSE(session.previous()); // already first
    EXPECT_EQ(timing(checkIn).elapsed, 9min);
}

TEST_F(SessionClockTest, NextOnTheLastItemFinishesTheSession)
{
    ASSERT_TRUE(session.start());
    ASSERT_TRUE(session.goTo(closing));
    clock.advance(20min);
    ASSERT_TRUE(session.next());
    EXPECT_EQ(session.outline().clock.status, ClockStatus::Finished);
    EXPECT_EQ(item(closing).status, ItemStatus::Done);
    EXPECT_EQ(item(closing).actual, 20min);
    EXPECT_FALSE(whole().endForecast.has_value());
    clock.advance(1h);
    EXPECT_EQ(whole().elapsed, 20min); // nothing runs after the end
    EXPECT_FALSE(session.next());
}

TEST_F(SessionClockTest, GoToMarksSkippedItemsDoneForwardAndPendingBackward)
{
    ASSERT_TRUE(session.start());
    clock.advance(1min);
    ASSERT_TRUE(session.goTo(constellation));
    EXPECT_EQ(item(checkIn).status, ItemStatus::Done);
    EXPECT_EQ(item(exploration).status, ItemStatus::Done);
    EXPECT_EQ(item(constellation).status, ItemStatus::Active);
    ASSERT_TRUE(session.goTo(checkIn));
    EXPECT_EQ(item(exploration).status, ItemStatus::Pending);
    EXPECT_EQ(item(constellation).status, ItemStatus::Pending);
    EXPECT_EQ(item(checkIn).status, ItemStatus::Active);
    EXPECT_FALSE(session.goTo("nope"));
}

TEST_F(SessionClockTest, GoToBeforeTheStartChoosesWhereToBegin)
{
    ASSERT_TRUE(session.goTo(exploration));
    EXPECT_EQ(session.outline().clock.status, ClockStatus::Idle);
    ASSERT_TRUE(session.start());
    EXPECT_EQ(session.outline().clock.currentItemId, exploration);
}

TEST_F(SessionClockTest, AdjustGivesTheCurrentItemMoreOrLessTime)
{
    ASSERT_TRUE(session.start());
    clock.advance(9min);
    ASSERT_TRUE(session.adjust(+1min));
    EXPECT_EQ(timing(checkIn).remaining, 2min);
    EXPECT_EQ(item(checkIn).planned, 10min); // planned stays as planned
    EXPECT_EQ(item(checkIn).adjustment, 1min);
    ASSERT_TRUE(session.adjust(-3min));
    EXPECT_EQ(timing(checkIn).remaining, -1min);
    EXPECT_FALSE(session.adjust(-10min)); // less than no time
    EXPECT_EQ(item(checkIn).adjustment, -2min);
}

TEST_F(SessionClockTest, AdjustNeedsACurrentItem)
{
    EXPECT_FALSE(session.adjust(1min));
}

TEST_F(SessionClockTest, EndForecastAddsWhatIsLeftToNow)
{
    const WallTime begin = clock.wallNow();
    EXPECT_EQ(whole().endForecast, begin + 120min); // not started: all of it
    ASSERT_TRUE(session.start());
    clock.advance(15min); // check-in runs 5 min over
    // Over-running items add nothing more; the rest is still 110 minutes away.
    EXPECT_EQ(whole().endForecast, begin + 15min + 110min);
    ASSERT_TRUE(session.next());
    clock.advance(10min);
    EXPECT_EQ(whole().endForecast, begin + 25min + 30min + 70min);
    EXPECT_EQ(whole().remaining, 120min - 25min);
    ASSERT_TRUE(session.pause());
    clock.advance(10min); // paused: the forecast moves out with the wall clock
    EXPECT_EQ(whole().endForecast, begin + 35min + 30min + 70min);
}

TEST_F(SessionClockTest, TwoHoursWithPausesAndEditsAddUp)
{
    // A whole session minute by minute with interruptions and agenda edits on the way.
    ASSERT_TRUE(session.start());
    Millis paused{0};
    for (int minute = 0; minute < 150; ++minute) {
        if (minute == 12) {
            ASSERT_TRUE(session.next()); // exploration
        }
        if (minute == 20) {
            ASSERT_TRUE(session.addItem("Break", 5min, 2)); // inserted while running
        }
        if (minute == 30) {
            ASSERT_TRUE(session.pause());
            clock.advance(7min);
            paused += 7min;
            ASSERT_TRUE(session.resume());
        }
        if (minute == 55) {
            ASSERT_TRUE(session.next()); // break
        }
        if (minute == 60) {
            ASSERT_TRUE(session.next()); // constellation
        }
        if (minute == 80) {
            ASSERT_TRUE(session.moveItem(closing, 0)); // reorder: running item unaffected
        }
        if (minute == 115) {
            ASSERT_TRUE(session.goTo(closing));
        }
        clock.advance(1min);
    }
    EXPECT_EQ(item(checkIn).actual, 12min);
    EXPECT_EQ(item(exploration).actual, 43min);
    EXPECT_EQ(item(constellation).actual, 55min);
    EXPECT_EQ(timing(closing).elapsed, 35min);
    EXPECT_EQ(timing(closing).phase, Phase::Overtime);
    EXPECT_EQ(whole().elapsed, 150min);
    EXPECT_EQ(paused, 7min);
    EXPECT_EQ(whole().planned, 125min);
}

TEST_F(SessionClockTest, RemovingTheRunningItemMovesOnToTheNextOneNotDone)
{
    ASSERT_TRUE(session.start());
    clock.advance(3min);
    ASSERT_TRUE(session.next());
    clock.advance(5min);
    ASSERT_TRUE(session.removeItem(exploration));
    EXPECT_EQ(session.outline().clock.currentItemId, constellation);
    EXPECT_EQ(session.outline().clock.status, ClockStatus::Running);
    clock.advance(2min);
    EXPECT_EQ(timing(constellation).elapsed, 2min);
    ASSERT_TRUE(session.undo()); // the item comes back, the clock stays where it is
    EXPECT_EQ(item(exploration).status, ItemStatus::Pending);
    EXPECT_EQ(session.outline().clock.currentItemId, constellation);
}

TEST_F(SessionClockTest, ReanchorCountsTimePassedWhileClosed)
{
    ASSERT_TRUE(session.start());
    clock.advance(6min);
    Outline saved = session.outline(); // as written to disk: wall anchors only
    saved.clock.runningSince.reset();
    // OBS restarted 90 s later, on a monotonic clock with another origin.
    ManualClock later(clock.wallNow() + 90s - 3h);
    later.advance(3h);
    Session reopened(later);
    ASSERT_TRUE(reopened.reset(saved));
    const AgendaItem &first = *reopened.outline().item(checkIn);
    EXPECT_EQ(session_clock::elapsed(reopened.outline(), first, later.monoNow()), 7min + 30s);
}

TEST_F(SessionClockTest, PausedSessionStaysPausedAcrossAReopen)
{
    ASSERT_TRUE(session.start());
    clock.advance(6min);
    ASSERT_TRUE(session.pause());
    ManualClock later(clock.wallNow() + 1h);
    Session reopened(later);
    ASSERT_TRUE(reopened.reset(session.outline()));
    EXPECT_EQ(session_clock::elapsed(reopened.outline(), *reopened.outline().item(checkIn),
                                     later.monoNow()),
              6min);
}

TEST_F(SessionClockTest, WallClockJumpsDoNotChangeDisplayedTime)
{
    ASSERT_TRUE(session.start());
    clock.advance(2min);
    clock.jumpWall(-1h); // NTP or a time-zone change: the display must not care
    clock.advance(1min);
    EXPECT_EQ(timing(checkIn).elapsed, 3min);
}

TEST_F(SessionClockTest, ASuspendCountsAsTimeAndCanBeTakenBackByPausingWhereItBegan)
{
    SuspendWatch watch;
    ASSERT_TRUE(session.start());
    EXPECT_FALSE(watch.observe(clock)); // the first reading
    clock.advance(5min);
    EXPECT_FALSE(watch.observe(clock));
    clock.suspend(10min); // the laptop's lid closed for ten minutes
    clock.advance(1s);
    // The clock counted the time asleep, as the wall clock does...
    EXPECT_EQ(timing(checkIn).elapsed, 15min + 1s);
    // ...and the watch saw the suspend, put where it began within one reading interval.
    const auto suspend = watch.observe(clock);
    ASSERT_TRUE(suspend);
    EXPECT_EQ(suspend->lasted, 10min);
    EXPECT_EQ(suspend->began, clock.monoNow() - 10min);
    EXPECT_FALSE(watch.observe(clock)); // said once

    ASSERT_TRUE(session.pauseAt(suspend->began));
    EXPECT_EQ(session.outline().clock.status, ClockStatus::Paused);
    EXPECT_EQ(timing(checkIn).elapsed, 5min + 1s);
    clock.advance(1min);
    EXPECT_EQ(timing(checkIn).elapsed, 5min + 1s); // paused: no more time counted
}

TEST_F(SessionClockTest, ShortSuspendsGoUnnoticedAndPausingAtIsRefusedWhenItMakesNoSense)
{
    SuspendWatch watch;
    EXPECT_FALSE(watch.observe(clock));
    clock.suspend(20s);
    EXPECT_FALSE(watch.observe(clock)); // under 30 s: timer jitter, a busy machine

    EXPECT_EQ(session.pauseAt(clock.monoNow()).error().message(), "the clock is not running");
    ASSERT_TRUE(session.start());
    clock.advance(2min);
    const Outline running = session.outline();
    EXPECT_EQ(session.pauseAt(clock.monoNow() + 1s).error().message(),
              "cannot pause at an instant still to come");
    EXPECT_EQ(session.outline(), running);
    // Before the running stretch began: nothing of it is counted, never less than nothing.
    ASSERT_TRUE(session.pauseAt(clock.monoNow() - 1h));
    EXPECT_EQ(timing(checkIn).elapsed, 0min);
}
