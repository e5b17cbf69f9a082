// Report files: owner-only, whole or not at all.
#include "core/ReportFiles.hpp"
#include "support/FileBytes.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <sys/stat.h>
#include <unistd.h>

using namespace coachdeck;
namespace fs = std::filesystem;

namespace {

class ReportFiles : public ::testing::Test {
protected:
    fs::path scratch;

    void SetUp() override
    {
        std::string pattern = (fs::temp_directory_path() / "coachdeck-report-XXXXXX").string();
        ASSERT_NE(::mkdtemp(pattern.data()), nullptr);
        scratch = pattern;
    }
    void TearDown() override
    {
        fs::permissions(scratch, fs::perms::owner_all, fs::perm_options::add);
        fs::remove_all(scratch);
    }
};

unsigned mode(const fs::path &path)
{
    struct stat info {};
    EXPECT_EQ(::stat(path.c_str(), &info), 0) << path;
    return info.st_mode & 07777;
}

using coachdeck::test::fileBytes;

} // namespace

TEST_F(ReportFiles, NewFoldersAreOwnerOnlyAndFilesToo)
{
    const fs::path file = scratch / "reports" / "claire" / "session-4-coach.md";
    ASSERT_TRUE(report_files::write(file, "# Report\n").ok());
    EXPECT_EQ(fileBytes(file), "# Report\n");
    EXPECT_EQ(mode(file), 0600u);
    EXPECT_EQ(mode(scratch / "reports"), 0700u);
    EXPECT_EQ(mode(scratch / "reports" / "claire"), 0700u);
}

TEST_F(ReportFiles, AnExistingReportIsReplacedWholeWithNoBackupNorTemporary)
{
    const fs::path file = scratch / "r.pdf";
    ASSERT_TRUE(report_files::write(file, "old").ok());
    ASSERT_TRUE(report_files::write(file, "new").ok());
    EXPECT_EQ(fileBytes(file), "new");
    std::vector<std::string> names;
    for (const auto &entry : fs::directory_iterator(scratch))
        names.push_back(entry.path().filename().string());
    EXPECT_EQ(names, std::vector<std::string>{"r.pdf"});
}

TEST_F(ReportFiles, AFailedWriteLeavesTheEarlierReportAsItWas)
{
    if (::geteuid() == 0)
        GTEST_SKIP() << "root writes into read-only folders";
    const fs::path file = scratch / "r.md";
    ASSERT_TRUE(report_files::write(file, "earlier").ok());
    fs::permissions(scratch, fs::perms::owner_read | fs::perms::owner_exec);
    const Status status = report_files::write(file, "later");
    fs::permissions(scratch, fs::perms::owner_all);
    ASSERT_FALSE(status.ok());
    EXPECT_NE(status.error().message().find("cannot create a file in"), std::string::npos);
    EXPECT_EQ(fileBytes(file), "earlier");
}

TEST_F(ReportFiles, AFileWhereTheFolderShouldBeIsAnError)
{
    ASSERT_TRUE(report_files::write(scratch / "taken", "x").ok());
    const Status status = report_files::write(scratch / "taken" / "r.md", "y");
    ASSERT_FALSE(status.ok());
    EXPECT_NE(status.error().message().find("is not a folder"), std::string::npos);
}

TEST_F(ReportFiles, AWriteThatCannotBeRenamedLeavesNoTemporaryBehind)
{
    // A folder stands where the report should go: the rename fails (also as root).
    fs::create_directories(scratch / "r.pdf" / "inside");
    const Status status = report_files::write(scratch / "r.pdf", "bytes");
    ASSERT_FALSE(status.ok());
    EXPECT_NE(status.error().message().find("cannot replace r.pdf"), std::string::npos)
        << status.error().message();
    std::vector<std::string> names;
    for (const auto &entry : fs::directory_iterator(scratch))
        names.push_back(entry.path().filename().string());
    EXPECT_EQ(names, std::vector<std::string>{"r.pdf"});
}
