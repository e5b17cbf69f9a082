// Files on Windows, as a coach there meets them: a profile folder whose name has accents, a
// session file another program holds open while CoachDeck saves, and folders nobody else may
// read. Built for Windows only (tests/core/CMakeLists.txt); scripts/windows-core runs it under
// Wine.
#include "SampleOutline.hpp"
#include "core/EngagementStore.hpp"
#include "core/OutlineFile.hpp"
#include "core/OutlineJson.hpp"
#include "core/PathText.hpp"
#include "support/FileBytes.hpp"
#include "support/ScratchFolder.hpp"

#include <gtest/gtest.h>

#include <windows.h>

#include <aclapi.h>
#include <sddl.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

using namespace coachdeck;
namespace fs = std::filesystem;

namespace {

/// The names in `folder`, as UTF-8.
std::vector<std::string> namesIn(const fs::path &folder)
{
    std::vector<std::string> names;
    for (const auto &entry : fs::directory_iterator(folder))
        names.push_back(path_text::utf8(entry.path().filename()));
    std::sort(names.begin(), names.end());
    return names;
}

Outline renamed(std::string title)
{
    Outline outline = samples::sampleOutline();
    outline.agenda[0].title = std::move(title);
    return outline;
}

// --- a profile folder with accents ---------------------------------------------------------------

class AccentedProfile : public ::testing::Test {
protected:
    // C:\Users\Hélène\Documents\CoachDeck, written in UTF-8 as CoachDeck's settings hold it.
    const fs::path user = path_text::fromUtf8("C:\\Users\\H\xc3\xa9l\xc3\xa8ne");
    const fs::path root = user / "Documents" / "CoachDeck";

    void SetUp() override
    {
        std::error_code ignored;
        fs::remove_all(user, ignored);
    }
    void TearDown() override
    {
        std::error_code ignored;
        fs::remove_all(user, ignored);
    }
};

TEST_F(AccentedProfile, SessionSavedThereLoadsBackAndIsListedUnderItsOwnName)
{
    const fs::path file = root / path_text::fromUtf8("s\xc3\xa9"
                                                     "ance-m\xc3\xa9t\xc3\xa9o.json");
    ASSERT_TRUE(outline_file::save(file, renamed("Accueil et m\xc3\xa9t\xc3\xa9o")));
    ASSERT_TRUE(outline_file::save(file, renamed("Seconde version")));

    // The folders and the file exist under their real names, spelled in UTF-16 by hand here.
    EXPECT_TRUE(fs::is_directory(fs::path(L"C:\\Users\\H\u00e9l\u00e8ne\\Documents\\CoachDeck")));
    EXPECT_TRUE(fs::is_regular_file(fs::path(
        L"C:\\Users\\H\u00e9l\u00e8ne\\Documents\\CoachDeck\\s\u00e9ance-m\u00e9t\u00e9o.json")));

    Result<Outline> back = outline_file::load(file);
    ASSERT_TRUE(back) << back.error().message();
    EXPECT_EQ(back->agenda[0].title, "Seconde version");
    Result<Outline> backup = outline_file::load(outline_file::backupPath(file));
    ASSERT_TRUE(backup) << backup.error().message();
    EXPECT_EQ(backup->agenda[0].title, "Accueil et m\xc3\xa9t\xc3\xa9o");

    // The listing shows the file and its backup, and nothing left over from the saves.
    EXPECT_EQ(namesIn(root), (std::vector<std::string>{"s\xc3\xa9"
                                                       "ance-m\xc3\xa9t\xc3\xa9o.json",
                                                       "s\xc3\xa9"
                                                       "ance-m\xc3\xa9t\xc3\xa9o.json.bak"}));
}

TEST_F(AccentedProfile, EngagementNamedWithAccentsKeepsItsNameFromFolderToSessions)
{
    const EngagementStore store(root / "engagements");
    Engagement engagement;
    engagement.clientPseudonym = "H\xc3\xa9l\xc3\xa8ne";
    Result<fs::path> folder = store.create(engagement);
    ASSERT_TRUE(folder) << folder.error().message();
    EXPECT_EQ(path_text::utf8(folder->filename()), "H\xc3\xa9l\xc3\xa8ne");
    EXPECT_TRUE(fs::is_directory(fs::path(
        L"C:\\Users\\H\u00e9l\u00e8ne\\Documents\\CoachDeck\\engagements\\H\u00e9l\u00e8ne")));

    const std::vector<EngagementStore::Entry> listed = store.list();
    ASSERT_EQ(listed.size(), 1u);
    EXPECT_EQ(listed[0].engagement.clientPseudonym, "H\xc3\xa9l\xc3\xa8ne");

    Result<EngagementStore::SessionFile> first =
        EngagementStore::startNextSession(*folder, Date{2026, 12, 7}, "Revue des actions");
    ASSERT_TRUE(first) << first.error().message();
    Result<std::vector<EngagementStore::SessionFile>> sessions = EngagementStore::sessions(*folder);
    ASSERT_TRUE(sessions) << sessions.error().message();
    ASSERT_EQ(sessions->size(), 1u);
    EXPECT_EQ(path_text::utf8(sessions->front().file.filename()), "session-01.json");
    EXPECT_EQ(sessions->front().outline.session.engagement, "H\xc3\xa9l\xc3\xa8ne");
}

// --- a file another program holds open
// ------------------------------------------------------------

class HeldFile : public ::testing::Test {
protected:
    test::ScratchFolder scratch{"coachdeck-held"};
    fs::path file = scratch.path() / "session.json";
};

// An editor or an antivirus has session.json open, letting others read it but not replace it.
// The save either goes through or says so plainly; the file on disk is then the old one, whole.
// Once the other program lets go, saving works.
TEST_F(HeldFile, SaveWhileAnotherProgramHoldsItFailsCleanlyOrSucceedsAndWorksOnceReleased)
{
    ASSERT_TRUE(outline_file::save(file, renamed("Premi\xc3\xa8re")));
    const std::string before = test::fileBytes(file);

    HANDLE held = ::CreateFileW(file.c_str(), GENERIC_READ, FILE_SHARE_READ, nullptr, OPEN_EXISTING,
                                FILE_ATTRIBUTE_NORMAL, nullptr);
    ASSERT_NE(held, INVALID_HANDLE_VALUE);
    const Status whileHeld = outline_file::save(file, renamed("Pendant"));
    if (whileHeld) {
        EXPECT_EQ(outline_file::load(file)->agenda[0].title, "Pendant");
    } else {
        EXPECT_NE(whileHeld.error().message().find("cannot replace session.json"),
                  std::string::npos)
            << whileHeld.error().message();
        EXPECT_NE(whileHeld.error().message().find("another program"), std::string::npos)
            << whileHeld.error().message();
        EXPECT_EQ(test::fileBytes(file), before);
    }
    ::CloseHandle(held);

    ASSERT_TRUE(outline_file::save(file, renamed("Apr\xc3\xa8s")));
    EXPECT_EQ(outline_file::load(file)->agenda[0].title, "Apr\xc3\xa8s");
    for (const std::string &name : namesIn(scratch.path()))
        EXPECT_TRUE(name == "session.json" || name == "session.json.bak") << name;
}

// A program that shares nothing at all (some backup tools): the same promise.
TEST_F(HeldFile, SaveWhileHeldExclusivelyNeverDamagesThePreviousFile)
{
    ASSERT_TRUE(outline_file::save(file, renamed("Premi\xc3\xa8re")));
    const std::string before = test::fileBytes(file);

    HANDLE held = ::CreateFileW(file.c_str(), GENERIC_READ | GENERIC_WRITE, 0, nullptr,
                                OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, nullptr);
    ASSERT_NE(held, INVALID_HANDLE_VALUE);
    const Status whileHeld = outline_file::save(file, renamed("Pendant"));
    ::CloseHandle(held);
    if (!whileHeld) {
        EXPECT_NE(whileHeld.error().message().find("another program"), std::string::npos)
            << whileHeld.error().message();
        EXPECT_EQ(test::fileBytes(file), before);
    }
    ASSERT_TRUE(outline_file::save(file, renamed("Apr\xc3\xa8s")));
    EXPECT_EQ(outline_file::load(file)->agenda[0].title, "Apr\xc3\xa8s");
}

// A folder where the file should be is no other program's doing: refused at once, as such.
TEST_F(HeldFile, AFolderInTheWayIsRefusedWithoutBlamingAnotherProgram)
{
    fs::create_directories(file / "inside");
    const Status saved = outline_file::save(file, samples::sampleOutline());
    ASSERT_FALSE(saved);
    EXPECT_EQ(saved.error().message().rfind("cannot replace session.json: ", 0), 0u)
        << saved.error().message();
    EXPECT_EQ(saved.error().message().find("another program"), std::string::npos)
        << saved.error().message();
    EXPECT_TRUE(fs::is_directory(file / "inside"));
    EXPECT_EQ(namesIn(scratch.path()), std::vector<std::string>{"session.json"});
}

// --- reading
// ----------------------------------------------------------------------------------------

TEST(WindowsReading, FoldersDevicesAndMissingFilesAreRefusedWithTheirReason)
{
    const test::ScratchFolder scratch("coachdeck-reading");
    Result<Outline> folder = outline_file::load(scratch.path());
    ASSERT_FALSE(folder);
    EXPECT_EQ(folder.error().message(), "not a regular file");

    Result<Outline> device = outline_file::load("NUL");
    ASSERT_FALSE(device);
    EXPECT_EQ(device.error().message(), "not a regular file");

    Result<Outline> missing = outline_file::load(scratch.path() / "nope.json");
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.error().message().rfind("cannot open: ", 0), 0u) << missing.error().message();
}

// --- who may read -------------------------------------------------------------------------------

/// The string SIDs the access list of `path` lets in ("S-1-1-0" is everyone).
std::vector<std::wstring> allowedOn(const fs::path &path)
{
    std::vector<std::wstring> allowed;
    PACL dacl = nullptr;
    PSECURITY_DESCRIPTOR descriptor = nullptr;
    if (::GetNamedSecurityInfoW(path.c_str(), SE_FILE_OBJECT, DACL_SECURITY_INFORMATION, nullptr,
                                nullptr, &dacl, nullptr, &descriptor) != ERROR_SUCCESS)
        return allowed;
    for (DWORD i = 0; dacl && i < dacl->AceCount; ++i) {
        void *ace = nullptr;
        if (!::GetAce(dacl, i, &ace) ||
            static_cast<ACE_HEADER *>(ace)->AceType != ACCESS_ALLOWED_ACE_TYPE)
            continue;
        wchar_t *sid = nullptr;
        if (::ConvertSidToStringSidW(&static_cast<ACCESS_ALLOWED_ACE *>(ace)->SidStart, &sid)) {
            allowed.emplace_back(sid);
            ::LocalFree(sid);
        }
    }
    ::LocalFree(descriptor);
    return allowed;
}

std::wstring currentUser()
{
    HANDLE token = nullptr;
    ::OpenProcessToken(::GetCurrentProcess(), TOKEN_QUERY, &token);
    DWORD size = 0;
    ::GetTokenInformation(token, TokenUser, nullptr, 0, &size);
    std::vector<BYTE> user(size);
    ::GetTokenInformation(token, TokenUser, user.data(), size, &size);
    ::CloseHandle(token);
    wchar_t *sid = nullptr;
    ::ConvertSidToStringSidW(reinterpret_cast<TOKEN_USER *>(user.data())->User.Sid, &sid);
    std::wstring text = sid ? sid : L"";
    ::LocalFree(sid);
    return text;
}

TEST(WindowsAccess, FoldersAndFilesCoachDeckCreatesLetInOnlyTheUserAndSystem)
{
    const test::ScratchFolder scratch("coachdeck-access");
    const fs::path folder = scratch.path() / "sessions" / "2026";
    const fs::path file = folder / "session.json";
    ASSERT_TRUE(outline_file::save(file, samples::sampleOutline()));

    const std::wstring user = currentUser();
    ASSERT_FALSE(user.empty());
    for (const fs::path &made : {scratch.path() / "sessions", folder, file}) {
        const std::vector<std::wstring> allowed = allowedOn(made);
        ASSERT_FALSE(allowed.empty()) << made;
        for (const std::wstring &sid : allowed)
            EXPECT_TRUE(sid == user || sid == L"S-1-5-18") << made << ": " << path_text::utf8(sid);
    }
}

} // namespace
