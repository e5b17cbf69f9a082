// What a remote control may name: sessions in the coach's sessions folder, and nothing else,
// whatever the request holds (links, "..", absolute paths, devices, pipes, accents).
#include "core/RemoteSessionFiles.hpp"

#include "support/ScratchFolder.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <sys/stat.h>

using namespace coachdeck;
namespace fs = std::filesystem;

namespace {

class RemoteSessionFilesTest : public ::testing::Test {
protected:
    test::ScratchFolder scratch{"coachdeck-remote-files"};
    fs::path sessions = scratch.path() / "sessions";
    fs::path outside = scratch.path() / "elsewhere";

    void SetUp() override
    {
        fs::create_directories(sessions);
        fs::create_directories(outside);
        write(outside / "secret.json", "{}");
    }

    static void write(const fs::path &file, const std::string &text)
    {
        std::ofstream(file, std::ios::binary) << text;
    }

    fs::path accepted(const std::string &request)
    {
        const auto file = remote_session_files::resolve(sessions, request, "name");
        EXPECT_TRUE(file.ok()) << request << ": " << (file ? "" : file.error().message());
        return file ? *file : fs::path();
    }

    /// Refused, with `why` in a message that names the field.
    void expectRefused(const std::string &request, const std::string &why)
    {
        const auto file = remote_session_files::resolve(sessions, request, "name");
        ASSERT_FALSE(file.ok()) << request << " resolved to " << file->string();
        EXPECT_EQ(file.error().message().rfind("name: ", 0), 0u) << file.error().message();
        EXPECT_NE(file.error().message().find(why), std::string::npos)
            << request << ": " << file.error().message();
    }
};

TEST_F(RemoteSessionFilesTest, ASessionNameIsAJsonFileInTheSessionsFolder)
{
    const fs::path folder = fs::canonical(sessions);
    EXPECT_EQ(accepted("Alice 2026-12-07"), folder / "Alice 2026-12-07.json");
    EXPECT_EQ(accepted("Alice.json"), folder / "Alice.json");
    EXPECT_EQ(accepted("Séance Élodie — étape 2"), folder / "Séance Élodie — étape 2.json");
    EXPECT_EQ(accepted(".bashrc"), folder / ".bashrc.json"); // a name, kept inside
}

TEST_F(RemoteSessionFilesTest, APathIsAcceptedOnlyIfItEndsInsideTheFolder)
{
    const fs::path folder = fs::canonical(sessions);
    fs::create_directory(sessions / "2026");
    EXPECT_EQ(accepted((sessions / "Bob.json").string()), folder / "Bob.json");
    EXPECT_EQ(accepted("2026/Bob.json"), folder / "2026" / "Bob.json");
    EXPECT_EQ(accepted("2026/../Bob.json"), folder / "Bob.json");

    expectRefused("../elsewhere/secret.json", "outside the sessions folder");
    expectRefused("2026/../../elsewhere/x.json", "outside the sessions folder");
    expectRefused((outside / "secret.json").string(), "outside the sessions folder");
    expectRefused("/any/folder/.bashrc", "expected a session name, or the path of a .json file");
    expectRefused("/etc/passwd", "expected a session name");
    expectRefused("2026/", "expected a session name");
}

TEST_F(RemoteSessionFilesTest, LinksAreFollowedBeforeJudging)
{
    fs::create_symlink(outside / "secret.json", sessions / "secret.json");
    fs::create_directory_symlink(outside, sessions / "out");
    fs::create_symlink(sessions / "nowhere-target.json", sessions / "dangling.json");
    fs::create_symlink("/dev/null", sessions / "null.json");
    write(sessions / "real.json", "{}");
    fs::create_symlink(sessions / "real.json", sessions / "alias.json");

    expectRefused("secret", "outside the sessions folder");
    expectRefused("out/secret.json", "outside the sessions folder");
    expectRefused("out/new.json", "outside the sessions folder");
    expectRefused("null", "outside the sessions folder");
    expectRefused("dangling", "a link that leads nowhere");
    EXPECT_EQ(accepted("alias"), fs::canonical(sessions / "real.json"));

    const auto sessionsLink = scratch.path() / "sessions-link";
    fs::create_directory_symlink(sessions, sessionsLink);
    const auto viaLink = remote_session_files::resolve(sessionsLink, "Carol", "name");
    ASSERT_TRUE(viaLink.ok()) << viaLink.error().message();
    EXPECT_EQ(*viaLink, fs::canonical(sessions) / "Carol.json");
}

TEST_F(RemoteSessionFilesTest, OnlyRegularFilesAndExistingFoldersAreReached)
{
    fs::create_directory(sessions / "folder.json");
    ASSERT_EQ(::mkfifo((sessions / "pipe.json").c_str(), 0600), 0);
    expectRefused("folder", "not a regular file");
    expectRefused("pipe", "not a regular file");
    expectRefused("new/Dave.json", "no folder new in the sessions folder");
    EXPECT_FALSE(fs::exists(sessions / "new")); // nothing is created
}

TEST_F(RemoteSessionFilesTest, EmptyDotsAndControlCharactersAreNotNames)
{
    expectRefused("", "expected the name of a session");
    expectRefused(".", "is not a session name");
    expectRefused("..", "is not a session name");
    expectRefused("a\nb", "control characters");
    expectRefused(std::string("a\0b", 3), "control characters");
}

TEST_F(RemoteSessionFilesTest, AFolderNotMadeYetStillTakesNames)
{
    const fs::path later = scratch.path() / "not-yet";
    const auto file = remote_session_files::resolve(later, "First", "name");
    ASSERT_TRUE(file.ok()) << file.error().message();
    EXPECT_EQ(file->filename(), "First.json");
    EXPECT_FALSE(fs::exists(later));
    const auto listed = remote_session_files::list(later);
    ASSERT_TRUE(listed.ok());
    EXPECT_TRUE(listed->empty());
}

TEST_F(RemoteSessionFilesTest, TheListHoldsSessionsOnlyNewestFirst)
{
    write(sessions / "older.json", "{}");
    write(sessions / "Séance.json", "{\"a\":1}");
    fs::last_write_time(sessions / "older.json",
                        fs::last_write_time(sessions / "Séance.json") - std::chrono::hours(2));
    write(sessions / "older.json.bak", "{}");
    write(sessions / "older.json.tmp-k3x9qa", "{}");
    write(sessions / "notes.txt", "x");
    fs::create_directory(sessions / "folder.json");
    fs::create_symlink(outside / "secret.json", sessions / "secret.json");

    const auto listed = remote_session_files::list(sessions);
    ASSERT_TRUE(listed.ok()) << listed.error().message();
    ASSERT_EQ(listed->size(), 2u);
    EXPECT_EQ((*listed)[0].name, "Séance");
    EXPECT_EQ((*listed)[0].file, "Séance.json");
    EXPECT_EQ((*listed)[0].bytes, 7u);
    EXPECT_EQ((*listed)[1].name, "older");
    EXPECT_LT((*listed)[1].modified, (*listed)[0].modified);
    const auto age = WallClock::now() - (*listed)[0].modified;
    EXPECT_LT(std::chrono::abs(age), std::chrono::minutes(1)); // real wall time, not file_clock's
}

} // namespace
