// What a crash or a killed save leaves beside a session file, found at start: the newest whole
// version offered, leftovers removed, nothing newer dropped, the unreadable file kept aside.
#include "core/SessionRecovery.hpp"

#include "core/OutlineFile.hpp"
#include "core/OutlineJson.hpp"
#include "support/FileBytes.hpp"
#include "support/ScratchFolder.hpp"

#include "SampleOutline.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <set>
#include <sys/stat.h>

using namespace coachdeck;
using namespace std::chrono_literals;
namespace fs = std::filesystem;

namespace {

class SessionRecoveryTest : public ::testing::Test {
protected:
    test::ScratchFolder scratch{"coachdeck-recovery"};
    fs::path file = scratch.path() / "claire-2.json";
    fs::file_time_type now = fs::file_time_type::clock::now();

    /// A whole outline whose client is `client`, written `minutesAgo`.
    void whole(const fs::path &where, const std::string &client, int minutesAgo)
    {
        Outline outline = samples::sampleOutline();
        outline.session.clientPseudonym = client;
        ASSERT_TRUE(outline_file::writeAtomically(where, outline_json::serialize(outline),
                                                  outline_file::Backup::None));
        fs::last_write_time(where, now - std::chrono::minutes(minutesAgo));
    }
    /// Bytes that do not read (a disk that broke, a save cut short), written `minutesAgo`.
    void broken(const fs::path &where, int minutesAgo)
    {
        std::ofstream(where, std::ios::binary) << "{\"format\": \"coachdeck.outline\", \"ag";
        fs::last_write_time(where, now - std::chrono::minutes(minutesAgo));
    }
    fs::path temporary(const std::string &suffix) const
    {
        return scratch.path() / (".claire-2.json.tmp-" + suffix);
    }
};

TEST_F(SessionRecoveryTest, AGoodFileAloneNeedsNothing)
{
    whole(file, "Claire", 1);
    const auto found = session_recovery::look(file);
    EXPECT_FALSE(found.unreadable);
    EXPECT_FALSE(found.offer);
    EXPECT_TRUE(found.stale.empty());
}

TEST_F(SessionRecoveryTest, AnUnreadableFileIsExplainedAndItsBackupOffered)
{
    broken(file, 1);
    whole(outline_file::backupPath(file), "Claire (backup)", 5);
    const auto found = session_recovery::look(file);
    ASSERT_TRUE(found.unreadable);
    EXPECT_FALSE(found.unreadable->message().empty());
    ASSERT_TRUE(found.offer);
    EXPECT_EQ(found.offer->file, outline_file::backupPath(file));
    EXPECT_EQ(found.offer->outline.session.clientPseudonym, "Claire (backup)");
}

TEST_F(SessionRecoveryTest, AWholeTemporaryFileNewerThanTheBackupIsOfferedInstead)
{
    broken(file, 1);
    whole(outline_file::backupPath(file), "backup", 10);
    whole(temporary("newer1"), "killed before the rename", 2);
    whole(temporary("older1"), "an old leftover", 20);
    broken(temporary("cut0001"), 30);
    const auto found = session_recovery::look(file);
    ASSERT_TRUE(found.offer);
    EXPECT_EQ(found.offer->file, temporary("newer1"));
    EXPECT_EQ(found.offer->outline.session.clientPseudonym, "killed before the rename");
    EXPECT_EQ(std::set<fs::path>(found.stale.begin(), found.stale.end()),
              (std::set<fs::path>{temporary("older1"), temporary("cut0001")}));
}

TEST_F(SessionRecoveryTest, AGoodFileStillGetsANewerWholeVersionOfferedAndNothingNewerDropped)
{
    whole(file, "on disk", 10);
    whole(temporary("newer1"), "newer edits", 2);
    broken(temporary("cut0002"), 1); // cut short, but newer than the file: kept, not offered
    whole(temporary("older1"), "leftover", 30);
    const auto found = session_recovery::look(file);
    EXPECT_FALSE(found.unreadable);
    ASSERT_TRUE(found.offer);
    EXPECT_EQ(found.offer->outline.session.clientPseudonym, "newer edits");
    EXPECT_EQ(found.stale, std::vector<fs::path>{temporary("older1")});

    ASSERT_TRUE(session_recovery::removeStale(found));
    EXPECT_FALSE(fs::exists(temporary("older1")));
    EXPECT_TRUE(fs::exists(temporary("newer1")));
    EXPECT_TRUE(fs::exists(temporary("cut0002")));
    EXPECT_TRUE(fs::exists(file));
}

TEST_F(SessionRecoveryTest, WithNothingWholeNothingIsOfferedOrRemoved)
{
    broken(file, 1);
    broken(outline_file::backupPath(file), 5);
    broken(temporary("cut0003"), 9);
    const auto found = session_recovery::look(file);
    EXPECT_TRUE(found.unreadable);
    EXPECT_FALSE(found.offer);
    EXPECT_TRUE(found.stale.empty());
}

TEST_F(SessionRecoveryTest, TheUnreadableFileIsKeptAsideOwnerOnly)
{
    broken(file, 1);
    const std::string bytes = test::fileBytes(file);
    const auto kept = session_recovery::keepUnreadable(file);
    ASSERT_TRUE(kept.ok()) << kept.error().message();
    EXPECT_EQ(kept->filename(), "claire-2.json.unreadable");
    EXPECT_EQ(test::fileBytes(*kept), bytes);
    EXPECT_EQ(test::fileBytes(file), bytes); // untouched
    struct stat info {};
    ASSERT_EQ(::stat(kept->c_str(), &info), 0);
    EXPECT_EQ(info.st_mode & 0777, 0600u);
}

} // namespace
