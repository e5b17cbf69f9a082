// The outline corpus in tests/data: every malformed file is refused with the
// pointer and reason listed in malformed/EXPECTED.tsv; every valid file loads,
// saves and loads back equal. All through real files, as the plugin reads them.
#include "core/Limits.hpp"
#include "core/OutlineFile.hpp"
#include "core/OutlineJson.hpp"
#include "core/WallTimeText.hpp"
#include "support/FileBytes.hpp"
#include "support/ScratchFolder.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

using namespace coachdeck;
namespace fs = std::filesystem;

namespace {

/// tests/data: from COACHDECK_TEST_DATA when set, else beside this source file.
fs::path dataDir()
{
    if (const char *dir = std::getenv("COACHDECK_TEST_DATA"))
        return dir;
    return fs::path(__FILE__).parent_path().parent_path() / "data";
}

using coachdeck::test::fileBytes;

/// One line of malformed/EXPECTED.tsv.
struct Expected {
    std::string file;
    std::string pointer; ///< "" for the document as a whole ("-" in the manifest)
    std::string reason;  ///< exact, or a beginning when `prefixOnly`
    bool prefixOnly = false;
};

void PrintTo(const Expected &row, std::ostream *out)
{
    *out << row.file;
}

std::vector<Expected> readManifest()
{
    std::vector<Expected> rows;
    std::istringstream lines(fileBytes(dataDir() / "malformed" / "EXPECTED.tsv"));
    std::string line;
    while (std::getline(lines, line)) {
        if (line.empty() || line.front() == '#')
            continue;
        const size_t tab1 = line.find('\t');
        const size_t tab2 = line.find('\t', tab1 + 1);
        if (tab1 == std::string::npos || tab2 == std::string::npos) {
            ADD_FAILURE() << "EXPECTED.tsv: malformed line: " << line;
            continue;
        }
        Expected row{line.substr(0, tab1), line.substr(tab1 + 1, tab2 - tab1 - 1),
                     line.substr(tab2 + 1)};
        if (row.pointer == "-")
            row.pointer.clear();
        const std::string ellipsis = "...";
        if (row.reason.size() > ellipsis.size() &&
            row.reason.compare(row.reason.size() - ellipsis.size(), ellipsis.size(), ellipsis) ==
                0) {
            row.reason.resize(row.reason.size() - ellipsis.size());
            row.prefixOnly = true;
        }
        rows.push_back(std::move(row));
    }
    return rows;
}

std::vector<std::string> jsonFilesIn(const fs::path &folder)
{
    std::vector<std::string> names;
    for (const auto &entry : fs::directory_iterator(folder))
        if (entry.path().extension() == ".json")
            names.push_back(entry.path().filename().string());
    std::sort(names.begin(), names.end());
    return names;
}

/// "not-json.json" -> "not_json": a name gtest accepts.
std::string testName(std::string file)
{
    file = fs::path(file).stem().string();
    std::replace_if(
        file.begin(), file.end(),
        [](char c) { return !std::isalnum(static_cast<unsigned char>(c)); }, '_');
    return file;
}

std::string lowercase(std::string text)
{
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text;
}

// --- malformed --------------------------------------------------------------------------------

class MalformedOutline : public ::testing::TestWithParam<Expected> {};

TEST_P(MalformedOutline, IsRefusedWithItsPointerAndReason)
{
    const Expected &expected = GetParam();
    const Result<Outline> loaded = outline_file::load(dataDir() / "malformed" / expected.file);

    ASSERT_FALSE(loaded.ok()) << expected.file << " loaded";
    ASSERT_FALSE(loaded.error().problems.empty());
    const Problem &first = loaded.error().problems.front();
    EXPECT_EQ(first.pointer, expected.pointer) << first.describe();
    if (expected.prefixOnly)
        EXPECT_EQ(first.reason.substr(0, expected.reason.size()), expected.reason)
            << first.describe();
    else
        EXPECT_EQ(first.reason, expected.reason) << first.describe();
}

TEST_P(MalformedOutline, ProblemsAreValidUtf8AndFitOnOneLine)
{
    // Problems go to logs, the dock and websocket replies: JSON serialization must not throw.
    const Result<Outline> loaded = outline_file::load(dataDir() / "malformed" / GetParam().file);
    ASSERT_FALSE(loaded.ok());
    EXPECT_LE(loaded.error().problems.size(), 50u);
    for (const Problem &problem : loaded.error().problems) {
        Json serialized;
        serialized["pointer"] = problem.pointer;
        serialized["reason"] = problem.reason;
        EXPECT_NO_THROW((void)serialized.dump()) << problem.describe();
        EXPECT_EQ(problem.describe().find('\n'), std::string::npos) << problem.describe();
    }
}

INSTANTIATE_TEST_SUITE_P(Corpus, MalformedOutline, ::testing::ValuesIn(readManifest()),
                         [](const ::testing::TestParamInfo<Expected> &info) {
                             return testName(info.param.file);
                         });

TEST(OutlineCorpus, ManifestListsEveryMalformedFileOnce)
{
    std::multiset<std::string> listed;
    for (const Expected &row : readManifest())
        listed.insert(row.file);
    const std::vector<std::string> present = jsonFilesIn(dataDir() / "malformed");
    EXPECT_EQ(std::vector<std::string>(listed.begin(), listed.end()), present);
    EXPECT_GE(present.size(), 100u);
}

TEST(OutlineCorpus, AFileOverTheSizeLimitIsRefusedWhole)
{
    const test::ScratchFolder folder("coachdeck-corpus");
    const fs::path file = folder.path() / "huge.json";
    {
        // A well-formed outline, 33 MB of it a string in an unknown key.
        std::ofstream out(file, std::ios::binary);
        out << R"({"format": "coachdeck.outline", "version": 1, "x-padding": ")";
        const std::string chunk(1024 * 1024, 'a');
        for (int i = 0; i < 33; ++i)
            out << chunk;
        out << "\"}\n";
    }
    ASSERT_GT(fs::file_size(file), limits::kFileBytes);

    const Result<Outline> loaded = outline_file::load(file);

    ASSERT_FALSE(loaded.ok());
    EXPECT_EQ(loaded.error().problems.size(), 1u);
    EXPECT_EQ(loaded.error().message(),
              "the file is 33 MB, more than the 32 MB an outline may hold");
}

TEST(OutlineCorpus, AFileOfExactlyTheSizeLimitLoads)
{
    const test::ScratchFolder folder("coachdeck-corpus");
    const fs::path file = folder.path() / "largest.json";
    const std::string head = R"({"format": "coachdeck.outline", "version": 1, "x-padding": ")";
    const std::string tail = "\"}\n";
    {
        std::ofstream out(file, std::ios::binary);
        out << head << std::string(limits::kFileBytes - head.size() - tail.size(), 'a') << tail;
    }
    ASSERT_EQ(fs::file_size(file), limits::kFileBytes);

    const Result<Outline> loaded = outline_file::load(file);

    ASSERT_TRUE(loaded.ok()) << loaded.error().message();
    EXPECT_EQ(loaded->unknown.at("x-padding").get_ref<const std::string &>().size(),
              limits::kFileBytes - head.size() - tail.size());
}

// --- valid ------------------------------------------------------------------------------------

class ValidOutline : public ::testing::TestWithParam<std::string> {};

TEST_P(ValidOutline, LoadsSavesAndLoadsBackEqual)
{
    const Result<Outline> loaded = outline_file::load(dataDir() / "valid" / GetParam());
    ASSERT_TRUE(loaded.ok()) << GetParam() << ": " << loaded.error().message();

    const test::ScratchFolder folder("coachdeck-corpus");
    const fs::path copy = folder.path() / GetParam();
    const Status saved = outline_file::save(copy, *loaded);
    ASSERT_TRUE(saved.ok()) << saved.error().message();
    const Result<Outline> reloaded = outline_file::load(copy);
    ASSERT_TRUE(reloaded.ok()) << reloaded.error().message();
    EXPECT_EQ(*reloaded, *loaded);

    // Saving what was loaded back gives the same bytes: the format has one spelling.
    const std::string first = fileBytes(copy);
    ASSERT_TRUE(outline_file::save(copy, *reloaded).ok());
    EXPECT_EQ(fileBytes(copy), first);
}

TEST_P(ValidOutline, KeepsEveryKeyItWasGiven)
{
    // Every key of the file, known or not, is in the re-saved document with the same
    // value, except where the writer normalizes (null for absent, angles in [0, 360)).
    const fs::path file = dataDir() / "valid" / GetParam();
    const Result<Outline> loaded = outline_file::load(file);
    ASSERT_TRUE(loaded.ok()) << loaded.error().message();
    std::string text = fileBytes(file);
    if (text.rfind("\xEF\xBB\xBF", 0) == 0)
        text.erase(0, 3);
    const Json original = Json::parse(text);
    const Json saved = outline_json::toJson(*loaded);

    const Json flatOriginal = original.flatten();
    const Json flatSaved = saved.flatten();
    for (auto it = flatOriginal.begin(); it != flatOriginal.end(); ++it) {
        if (it.value().is_null())
            continue;
        ASSERT_TRUE(flatSaved.contains(it.key())) << it.key() << " was dropped";
        const Json &kept = flatSaved.at(it.key());
        if (it.value().is_number())
            EXPECT_DOUBLE_EQ(kept.get<double>(), it.value().get<double>()) << it.key();
        else if (it.key().size() > 7 && it.key().substr(it.key().size() - 7) == "/colour")
            EXPECT_EQ(lowercase(kept.get<std::string>()), lowercase(it.value().get<std::string>()))
                << it.key();
        else if (it.key().find("At") != std::string::npos ||
                 it.key().find("runningSince") != std::string::npos)
            EXPECT_EQ(parseWallTime(kept.get<std::string>()),
                      parseWallTime(it.value().get<std::string>()))
                << it.key();
        else
            EXPECT_EQ(kept, it.value()) << it.key();
    }
}

INSTANTIATE_TEST_SUITE_P(Corpus, ValidOutline,
                         ::testing::ValuesIn(jsonFilesIn(dataDir() / "valid")),
                         [](const ::testing::TestParamInfo<std::string> &info) {
                             return testName(info.param);
                         });

TEST(OutlineCorpus, ThereAreValidFilesOfEachKind)
{
    const std::vector<std::string> files = jsonFilesIn(dataDir() / "valid");
    for (const char *name : {"minimal.json", "coaching-session.json", "unknown-keys.json",
                             "at-the-limits.json", "byte-order-mark.json"})
        EXPECT_NE(std::find(files.begin(), files.end(), name), files.end()) << name;
}

} // namespace
