// The session lock between two processes (POSIX: fork): held while the other process lives,
// free the moment it is killed, its holder then named by whoever takes the session over.
#include "core/SessionLock.hpp"

#include "support/ScratchFolder.hpp"

#include <gtest/gtest.h>

#include <csignal>
#include <sys/wait.h>
#include <unistd.h>

using namespace coachdeck;
namespace fs = std::filesystem;

namespace {

TEST(SessionLockProcessTest, AnotherProcessHoldsTheSessionUntilItIsKilledThenItIsTakenOver)
{
    test::ScratchFolder scratch{"coachdeck-lock-process"};
    const fs::path session = scratch.path() / "claire-2.json";
    const WallTime at{Millis{1'790'000'000'000}};
    int ready[2];
    int die[2];
    ASSERT_EQ(::pipe(ready), 0);
    ASSERT_EQ(::pipe(die), 0);
    const pid_t child = ::fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
        auto taken = session_lock::take(session, session_lock::thisProcess("OBS child", at));
        const char status = taken && taken->lock ? 'y' : 'n';
        (void)!::write(ready[1], &status, 1);
        char go = 0;
        (void)!::read(die[0], &go, 1);
        ::raise(SIGKILL); // a crash: nothing of ours runs on the way out
        ::_exit(1);
    }
    char status = 0;
    ASSERT_EQ(::read(ready[0], &status, 1), 1);
    ASSERT_EQ(status, 'y') << "the child could not take the lock";

    auto whileAlive = session_lock::take(session, session_lock::thisProcess("OBS parent", at));
    ASSERT_TRUE(whileAlive) << whileAlive.error().message();
    EXPECT_FALSE(whileAlive->lock);
    ASSERT_TRUE(whileAlive->heldBy);
    EXPECT_EQ(whileAlive->heldBy->pid, child);
    EXPECT_EQ(whileAlive->heldBy->program, "OBS child");

    (void)!::write(die[1], "x", 1);
    int waited = 0;
    ASSERT_EQ(::waitpid(child, &waited, 0), child);
    ASSERT_TRUE(WIFSIGNALED(waited));
    EXPECT_TRUE(fs::exists(session_lock::lockFileOf(session))) << "a killed holder leaves its file";

    auto afterCrash = session_lock::take(session, session_lock::thisProcess("OBS parent", at));
    ASSERT_TRUE(afterCrash) << afterCrash.error().message();
    ASSERT_TRUE(afterCrash->lock) << "the killed holder's lock is free";
    ASSERT_TRUE(afterCrash->tookOverFrom);
    EXPECT_EQ(afterCrash->tookOverFrom->pid, child);
    for (int fd : {ready[0], ready[1], die[0], die[1]})
        ::close(fd);
}

} // namespace
