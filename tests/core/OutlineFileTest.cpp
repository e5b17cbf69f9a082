// Saving and loading real files: atomic replace, owner-only permissions, the
// backup, and a write that fails half-way leaving the good file untouched.
#include "core/OutlineFile.hpp"
#include "SampleOutline.hpp"
#include "core/OutlineJson.hpp"
#include "support/FileBytes.hpp"

#include <gtest/gtest.h>

#include <csignal>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <sys/resource.h>
#include <sys/stat.h>

using namespace coachdeck;
namespace fs = std::filesystem;

namespace {

class OutlineFileTest : public ::testing::Test {
protected:
    fs::path root;

    void SetUp() override
    {
        root = fs::temp_directory_path() /
               ("coachdeck-file-test-" + std::to_string(::getpid()) + "-" +
                ::testing::UnitTest::GetInstance()->current_test_info()->name());
        fs::remove_all(root);
        fs::create_directories(root);
    }
    void TearDown() override { fs::remove_all(root); }

    static std::string read(const fs::path &file) { return test::fileBytes(file); }
    static unsigned mode(const fs::path &path)
    {
        struct stat info {};
        ::stat(path.c_str(), &info);
        return info.st_mode & 07777;
    }
    std::vector<std::string> leftovers() const
    {
        std::vector<std::string> names;
        for (const auto &entry : fs::recursive_directory_iterator(root))
            if (entry.path().filename().string().find(".tmp-") != std::string::npos)
                names.push_back(entry.path().filename());
        return names;
    }
};

/// Makes writes past `bytes` fail with EFBIG, the way a full disk fails them,
/// for the lifetime of the object.
class FileSizeLimit {
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        ::getrlimit(RLIMIT_FSIZE, &saved_);
        previous_ = std::signal(SIGXFSZ, SIG_IGN);
        rlimit limit = saved_;
        limit.rlim_cur = bytes;
        ::setrlimit(RLIMIT_FSIZE, &limit);
    }
    ~FileSizeLimit()
    {
        ::setrlimit(RLIMIT_FSIZE, &saved_);
        std::signal(SIGXFSZ, previous_);
    }

private:
    rlimit saved_{};
    void (*previous_)(int) = nullptr;
};

} // namespace

TEST_F(OutlineFileTest, SaveThenLoadGivesTheSameOutline)
{
    const Outline original = samples::sampleOutline();
    const fs::path file = root / "eric" / "session-03.json";
    ASSERT_TRUE(outline_file::save(file, original));
    Result<Outline> back = outline_file::load(file);
    ASSERT_TRUE(back) << back.error().message();
    EXPECT_EQ(*back, original);
    EXPECT_TRUE(leftovers().empty());
}

TEST_F(OutlineFileTest, FilesAreOwnerOnlyAndNewFoldersToo)
{
    const fs::path file = root / "clients" / "eric" / "session.json";
    ASSERT_TRUE(outline_file::save(file, samples::sampleOutline()));
    EXPECT_EQ(mode(file), 0600u);
    EXPECT_EQ(mode(root / "clients"), 0700u);
    EXPECT_EQ(mode(root / "clients" / "eric"), 0700u);
}

TEST_F(OutlineFileTest, ThePreviousVersionIsKeptAsBackup)
{
    const fs::path file = root / "session.json";
    Outline first = samples::sampleOutline();
    ASSERT_TRUE(outline_file::save(file, first));
    const std::string firstBytes = read(file);
    Outline second = first;
    second.agenda[0].title = "Accueil et météo";
    ASSERT_TRUE(outline_file::save(file, second));
    EXPECT_EQ(read(outline_file::backupPath(file)), firstBytes);
    EXPECT_EQ(outline_file::load(file)->agenda[0].title, "Accueil et météo");
    EXPECT_EQ(mode(outline_file::backupPath(file)), 0600u);
}

TEST_F(OutlineFileTest, AFailedWriteLeavesTheGoodFileByteForByte)
{
    const fs::path file = root / "session.json";
    ASSERT_TRUE(outline_file::save(file, samples::sampleOutline()));
    const std::string good = read(file);

    Outline bigger = samples::sampleOutline();
    bigger.notes[0].text = std::string(15000, 'x');
    Status failed = [&] {
        FileSizeLimit limit(4096); // the disk "fills up" after 4 KiB
        return outline_file::save(file, bigger);
    }();
    ASSERT_FALSE(failed);
    EXPECT_NE(failed.error().message().find("cannot write"), std::string::npos);
    EXPECT_EQ(read(file), good);
    EXPECT_TRUE(leftovers().empty());
    // Once there is room again, the next save holds everything.
    ASSERT_TRUE(outline_file::save(file, bigger));
    EXPECT_EQ(outline_file::load(file)->notes[0].text.size(), 15000u);
}

TEST_F(OutlineFileTest, SavingWhereNoFileCanBeMadeSaysWhy)
{
    const fs::path blocker = root / "not-a-folder";
    std::ofstream(blocker) << "x";
    Status failed = outline_file::save(blocker / "session.json", samples::sampleOutline());
    ASSERT_FALSE(failed);
    EXPECT_NE(failed.error().message().find(blocker.string() + " is not a folder"),
              std::string::npos)
        << failed.error().message();
    EXPECT_EQ(read(blocker), "x");
}

TEST_F(OutlineFileTest, LoadNamesTheFileInEachLine)
{
    const fs::path file = root / "session.json";
    Json j = outline_json::toJson(samples::sampleOutline());
    j["agenda"][3]["plannedMinutes"] = "soon";
    std::ofstream(file) << j.dump(2);
    Result<Outline> loaded = outline_file::load(file);
    ASSERT_FALSE(loaded);
    const auto lines = outline_file::describe("session.json", loaded.error());
    ASSERT_EQ(lines.size(), 1u);
    EXPECT_EQ(lines[0], "session.json: /agenda/3/plannedMinutes: expected a non-negative number");
}

TEST_F(OutlineFileTest, MissingFilesAndFoldersAreClearErrors)
{
    Result<Outline> missing = outline_file::load(root / "nope.json");
    ASSERT_FALSE(missing);
    EXPECT_NE(missing.error().message().find("No such file"), std::string::npos);
    Result<Outline> folder = outline_file::load(root);
    ASSERT_FALSE(folder);
    EXPECT_EQ(folder.error().message(), "not a regular file");
}

TEST_F(OutlineFileTest, AnOversizedFileIsRefusedWithoutReadingIt)
{
    const fs::path file = root / "huge.json";
    {
        std::ofstream out(file, std::ios::binary);
        out.seekp(50 * 1024 * 1024);
        out.put('}'); // a sparse 50 MB file
    }
    Result<Outline> loaded = outline_file::load(file);
    ASSERT_FALSE(loaded);
    EXPECT_NE(loaded.error().message().find("50 MB"), std::string::npos);
}
