// One writer per session file: the first opener holds it, a second one is told who does, a lock
// whose holder ended without letting go is taken over and its holder named. Every platform (the
// Windows build runs it under Wine); a holder in another process: SessionLockProcessTest.cpp.
#include "core/SessionLock.hpp"

#include "support/ScratchFolder.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <set>

using namespace coachdeck;
namespace fs = std::filesystem;

namespace {

class SessionLockTest : public ::testing::Test {
protected:
    test::ScratchFolder scratch{"coachdeck-lock"};
    fs::path session = scratch.path() / "claire-2.json";
    WallTime at{Millis{1'790'000'000'000}};
    session_lock::Holder me = session_lock::thisProcess("OBS 32.2.2", at);
};

TEST_F(SessionLockTest, TheFirstOpenerHoldsTheSessionAndSaysWhoItIsBesideIt)
{
    auto first = session_lock::take(session, me);
    ASSERT_TRUE(first) << first.error().message();
    ASSERT_TRUE(first->lock);
    EXPECT_FALSE(first->heldBy);
    EXPECT_FALSE(first->tookOverFrom);
    EXPECT_EQ(first->lock->file(), scratch.path() / "claire-2.json.lock");
    EXPECT_TRUE(fs::exists(first->lock->file()));
    EXPECT_EQ(me.pid, platform_lock::processId());
    EXPECT_FALSE(me.host.empty());
}

TEST_F(SessionLockTest, ASecondOpenerGetsTheHolderNotTheLock)
{
    auto first = session_lock::take(session, me);
    ASSERT_TRUE(first && first->lock);
    auto second = session_lock::take(session, session_lock::thisProcess("OBS 30.2.3", at));
    ASSERT_TRUE(second) << second.error().message();
    EXPECT_FALSE(second->lock);
    ASSERT_TRUE(second->heldBy);
    EXPECT_EQ(*second->heldBy, me);
    auto third = session_lock::take(session, session_lock::thisProcess("OBS 31.1.0", at));
    ASSERT_TRUE(third && third->heldBy);
    EXPECT_EQ(*third->heldBy, me) << "a refused opener leaves the holder's note as it was";
}

TEST_F(SessionLockTest, LettingGoRemovesTheLockFileAndFreesTheSession)
{
    {
        auto first = session_lock::take(session, me);
        ASSERT_TRUE(first && first->lock);
    }
    EXPECT_FALSE(fs::exists(session_lock::lockFileOf(session)));
    auto again = session_lock::take(session, me);
    ASSERT_TRUE(again && again->lock);
    EXPECT_FALSE(again->tookOverFrom) << "a lock let go of properly is nobody's leftover";
}

TEST_F(SessionLockTest, ALockFileLeftByAnEndedHolderIsTakenOverAndItsHolderNamed)
{
    const session_lock::Holder crashed{4242, "salle-3", "OBS 30.2.3", at};
    std::ofstream(session_lock::lockFileOf(session), std::ios::binary)
        << session_lock::toText(crashed);
    auto taken = session_lock::take(session, me);
    ASSERT_TRUE(taken) << taken.error().message();
    ASSERT_TRUE(taken->lock);
    ASSERT_TRUE(taken->tookOverFrom);
    EXPECT_EQ(*taken->tookOverFrom, crashed);
    auto next = session_lock::take(session, me);
    ASSERT_TRUE(next && next->heldBy);
    EXPECT_EQ(*next->heldBy, me) << "the new holder's note replaced the ended one's";
}

TEST_F(SessionLockTest, NamesWithAccentsAndSpacesLockLikeAnyOther)
{
    const fs::path accented = scratch.path() / fs::path(u8"Séance d'Hélène 3.json");
    auto first = session_lock::take(accented, me);
    ASSERT_TRUE(first && first->lock);
    EXPECT_TRUE(fs::exists(scratch.path() / fs::path(u8"Séance d'Hélène 3.json.lock")));
    auto second = session_lock::take(accented, me);
    ASSERT_TRUE(second && second->heldBy);
    auto other = session_lock::take(session, me);
    EXPECT_TRUE(other && other->lock) << "another session is not held by that lock";
}

TEST_F(SessionLockTest, AFolderThatDoesNotExistIsAnErrorNotALock)
{
    auto taken = session_lock::take(scratch.path() / "missing" / "s.json", me);
    ASSERT_FALSE(taken);
    EXPECT_NE(taken.error().message().find("cannot open the lock file"), std::string::npos)
        << taken.error().message();
}

TEST(SessionLockText, OnlyAHolderReadsAsOne)
{
    const session_lock::Holder holder{17, "bureau", "OBS 31.1.0", std::nullopt};
    EXPECT_EQ(session_lock::fromText(session_lock::toText(holder)), holder);
    EXPECT_FALSE(session_lock::fromText(""));
    EXPECT_FALSE(session_lock::fromText("{\"pid\": 12"));
    EXPECT_FALSE(session_lock::fromText("{\"host\": \"bureau\"}"));
    EXPECT_FALSE(session_lock::fromText("[1, 2]"));
}

TEST(SessionLockCopy, ACopyTakesTheFirstFreeNameBesideTheSession)
{
    std::set<fs::path> taken;
    const auto exists = [&](const fs::path &p) { return taken.count(p) > 0; };
    const fs::path session = fs::path("sessions") / "claire-2.json";
    EXPECT_EQ(session_lock::copyPathFor(session, exists),
              fs::path("sessions") / "claire-2 (copy).json");
    taken.insert(fs::path("sessions") / "claire-2 (copy).json");
    EXPECT_EQ(session_lock::copyPathFor(session, exists),
              fs::path("sessions") / "claire-2 (copy 2).json");
}

} // namespace
