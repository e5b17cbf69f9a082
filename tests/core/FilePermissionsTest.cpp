// Outlines hold confidential notes: files are owner-only (0600) and the folders CoachDeck makes
// are owner-only (0700), whatever the umask, and a save never widens what was there.
// (OutlineFileTest checks the plain case; this one the umasks and files from elsewhere.)
#include "SampleOutline.hpp"
#include "core/OutlineFile.hpp"
#include "core/OutlineJson.hpp"

#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sys/stat.h>
#include <unistd.h>

using namespace coachdeck;
namespace fs = std::filesystem;

namespace {

class FilePermissionsTest : public ::testing::TestWithParam<mode_t> {
protected:
    fs::path root;
    mode_t savedUmask = 0;

    void SetUp() override
    {
        root = fs::temp_directory_path() /
               ("coachdeck-permissions-test-" + std::to_string(::getpid()));
        fs::remove_all(root);
        fs::create_directories(root);
        savedUmask = ::umask(GetParam());
    }
    void TearDown() override
    {
        ::umask(savedUmask);
        fs::remove_all(root);
    }

    static unsigned mode(const fs::path &path)
    {
        struct stat info {};
        EXPECT_EQ(::stat(path.c_str(), &info), 0) << path;
        return info.st_mode & 07777;
    }
};

} // namespace

TEST_P(FilePermissionsTest, NewFilesAndFoldersAreOwnerOnly)
{
    const fs::path file = root / "coach" / "clients" / "eric" / "session-3.json";
    ASSERT_TRUE(outline_file::save(file, samples::sampleOutline()).ok());
    EXPECT_EQ(mode(file), 0600u);
    EXPECT_EQ(mode(root / "coach"), 0700u);
    EXPECT_EQ(mode(root / "coach" / "clients"), 0700u);
    EXPECT_EQ(mode(root / "coach" / "clients" / "eric"), 0700u);

    ASSERT_TRUE(outline_file::save(file, samples::sampleOutline()).ok());
    EXPECT_EQ(mode(file), 0600u);
    EXPECT_EQ(mode(outline_file::backupPath(file)), 0600u);
}

TEST_P(FilePermissionsTest, SavingOverAWorldReadableFileMakesItOwnerOnly)
{
    // A file copied in from elsewhere (a USB stick, a mail attachment) is often 0644.
    const fs::path file = root / "copied.json";
    std::ofstream(file) << outline_json::serialize(samples::sampleOutline());
    ::chmod(file.c_str(), 0644);
    ASSERT_TRUE(outline_file::save(file, samples::sampleOutline()).ok());
    EXPECT_EQ(mode(file), 0600u);
    EXPECT_EQ(mode(outline_file::backupPath(file)), 0600u); // the copy it replaced, kept as backup
}

TEST_P(FilePermissionsTest, AFolderThatExistsKeepsItsMode)
{
    // The coach's own folder: CoachDeck does not change what it did not make.
    ::chmod(root.c_str(), 0750);
    ASSERT_TRUE(outline_file::save(root / "session.json", samples::sampleOutline()).ok());
    EXPECT_EQ(mode(root), 0750u);
    EXPECT_EQ(mode(root / "session.json"), 0600u);
}

TEST_P(FilePermissionsTest, NoTemporaryFileIsLeftReadableByOthers)
{
    const fs::path file = root / "session.json";
    for (int i = 0; i < 3; ++i)
        ASSERT_TRUE(outline_file::save(file, samples::sampleOutline()).ok());
    for (const auto &entry : fs::directory_iterator(root)) {
        EXPECT_EQ(mode(entry.path()) & 0077, 0u) << entry.path();
        EXPECT_EQ(entry.path().filename().string().find(".tmp-"), std::string::npos)
            << "left behind: " << entry.path();
    }
}

// The umask a user may have: none at all, the usual one, a strict one.
INSTANTIATE_TEST_SUITE_P(Umasks, FilePermissionsTest, ::testing::Values(0000, 0022, 0077),
                         [](const auto &info) {
                             char name[16];
                             std::snprintf(name, sizeof name, "umask%03o",
                                           static_cast<unsigned>(info.param));
                             return std::string(name);
                         });
