// The client's projection of a session: what it keeps, what it can never carry, and the
// publisher that hands it to the graphics thread.

#include "RenderFixtures.hpp"

#include "core/ClientView.hpp"
#include "core/SessionClock.hpp"
#include "core/ViewPublisher.hpp"

#include <gtest/gtest.h>

#include <atomic>
#include <string>
#include <thread>
#include <vector>

namespace coachdeck {
namespace {

using namespace render_test;

constexpr std::string_view kSecret = "SECRET-NOTE-7f3a";

Outline outlineWithSecrets()
{
    Outline o = runningOutline(30min, 5min, true);
    o.session.clientPseudonym = std::string("Pseudo ") + std::string(kSecret);
    o.session.sponsor = std::string("Sponsor ") + std::string(kSecret);
    o.agenda[0].notes = std::string("Preparation ") + std::string(kSecret);
    for (Visibility visibility : {Visibility::CoachPrivate, Visibility::SharedWithClient,
                                  Visibility::ReportableToSponsor}) {
        Note note;
        note.id = "note-" + std::to_string(static_cast<int>(visibility));
        note.text = std::string("Note ") + std::string(kSecret);
        note.visibility = visibility;
        o.notes.push_back(note);
    }
    ActionItem action;
    action.id = "action";
    action.what = std::string("Action ") + std::string(kSecret);
    o.actions.push_back(action);
    Figure f = figureAt("self", {800, 450}, {200, 80, 40}, 0.0);
    f.unknown["future"] = std::string(kSecret);
    o.board.figures.push_back(f);
    o.board.unknown["future"] = std::string(kSecret);
    Snapshot snap;
    snap.id = "snap";
    snap.name = "First";
    snap.board = o.board;
    snap.unknown["future"] = std::string(kSecret);
    o.snapshots.push_back(snap);
    o.display.unknown["future"] = std::string(kSecret);
    o.unknown["future"] = std::string(kSecret);
    return o;
}

TEST(ClientViewTest, NothingPrivateReachesTheView)
{
    const ClientView view = makeClientView(outlineWithSecrets(), 7);
    std::vector<std::string> texts;
    view.visitTexts([&](std::string_view text) { texts.emplace_back(text); });
    ASSERT_FALSE(texts.empty());
    for (const std::string &text : texts)
        EXPECT_EQ(text.find(kSecret), std::string::npos) << text;
    // Unknown keys are dropped too: a newer file's extra fields never reach the client.
    EXPECT_TRUE(view.board.unknown.empty());
    EXPECT_TRUE(view.board.figures.front().unknown.empty());
    EXPECT_TRUE(view.snapshots.front().board.unknown.empty());
}

TEST(ClientViewTest, KeepsWhatTheOverlayShows)
{
    Outline o = outlineWithSecrets();
    o.session.sessionNumber = 3;
    o.session.sessionCount = 10;
    o.agenda[0].adjustment = 2min;
    o.display.perspectiveFigureId = "self";
    o.display.shownSnapshotId = "snap";
    o.board.zonesVisible = false;
    const ClientView view = makeClientView(o, 42);

    EXPECT_EQ(view.revision, 42u);
    EXPECT_EQ(view.sessionNumber, 3);
    EXPECT_EQ(view.sessionCount, 10);
    ASSERT_EQ(view.agenda.size(), 2u);
    EXPECT_EQ(view.agenda[0].title, "Exploration");
    EXPECT_EQ(view.agenda[0].planned, 30min);
    EXPECT_EQ(view.agenda[0].allotted, 32min);
    EXPECT_EQ(view.agenda[0].status, ItemStatus::Active);
    EXPECT_EQ(view.agenda[0].actual, 5min);
    EXPECT_EQ(view.currentItem(), &view.agenda[0]);
    EXPECT_EQ(view.clock.runningSince, kStart);
    EXPECT_TRUE(view.timerVisible);
    EXPECT_EQ(view.perspectiveFigureId, "self");
    EXPECT_FALSE(view.zonesVisible);
    ASSERT_NE(view.shownSnapshot(), nullptr);
    EXPECT_EQ(&view.shownBoard(), &view.snapshots.front().board);
}

TEST(ClientViewTest, ShownBoardIsTheLiveBoardWithoutASnapshot)
{
    Outline o = outlineWithSecrets();
    o.display.shownSnapshotId = "gone";
    const ClientView view = makeClientView(o, 1);
    EXPECT_EQ(view.shownSnapshot(), nullptr);
    EXPECT_EQ(&view.shownBoard(), &view.board);
}

TEST(ClientViewTest, TimingAgreesWithTheSessionClock)
{
    for (const ClockStatus status : {ClockStatus::Running, ClockStatus::Paused}) {
        Outline o = runningOutline(10min, 4min, true);
        o.clock.status = status;
        if (status == ClockStatus::Paused)
            o.clock.runningSince.reset();
        const ClientView view = makeClientView(o, 1);
        for (const MonoTime now : {kStart, kStart + 90s, kStart + 7min, kStart + 20min}) {
            const SessionTiming expected = session_clock::sessionTiming(o, now, kWallNow);
            EXPECT_EQ(view.timing(now, kWallNow), expected);
            EXPECT_EQ(view.elapsed(view.agenda[0], now),
                      session_clock::elapsed(o, o.agenda[0], now));
        }
    }
}

TEST(ViewPublisherTest, StartsWithAnEmptyViewAndHandsOutTheLatest)
{
    ViewPublisher publisher;
    ASSERT_NE(publisher.current(), nullptr);
    EXPECT_EQ(publisher.current()->revision, 0u);

    publisher.publish(makeClientView(runningOutline(10min, 0min, false), 5));
    const auto held = publisher.current();
    publisher.publish(makeClientView(runningOutline(10min, 0min, true), 6));
    // A reader keeps the view it took, whole, while newer ones are published.
    EXPECT_EQ(held->revision, 5u);
    EXPECT_FALSE(held->timerVisible);
    EXPECT_EQ(publisher.current()->revision, 6u);
    EXPECT_TRUE(publisher.current()->timerVisible);
}

TEST(ViewPublisherTest, ReadersOnAnotherThreadSeeWholeViewsInOrder)
{
    ViewPublisher publisher;
    std::atomic<bool> done{false};
    std::atomic<bool> ordered{true};
    std::thread reader([&] {
        std::uint64_t last = 0;
        while (!done.load()) {
            const auto view = publisher.current();
            // A whole view: its agenda matches its revision's parity as it was built.
            if (view->revision < last || (view->revision > 0 && view->agenda.size() != 2))
                ordered = false;
            last = view->revision;
        }
    });
    for (std::uint64_t revision = 1; revision <= 2000; ++revision)
        publisher.publish(makeClientView(runningOutline(10min, 0min, revision % 2 == 0), revision));
    done = true;
    reader.join();
    EXPECT_TRUE(ordered.load());
    EXPECT_EQ(publisher.current()->revision, 2000u);
}

} // namespace
} // namespace coachdeck
