// The coach's own agenda templates on real files: saved owner-only and atomically, read back
// equal, and a file that cannot be read reported, skipped and left where it is.
#include "core/TemplateStore.hpp"
#include "core/BuiltInTemplates.hpp"
#include "core/TemplateJson.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sys/stat.h>
#include <unistd.h>

using namespace coachdeck;
using namespace std::chrono_literals;
namespace fs = std::filesystem;

namespace {

class TemplateStoreTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        std::string pattern = (fs::temp_directory_path() / "coachdeck-templates-XXXXXX").string();
        ASSERT_NE(::mkdtemp(pattern.data()), nullptr);
        root = pattern;
    }
    void TearDown() override
    {
        std::error_code ignored;
        fs::remove_all(root, ignored);
    }

    static unsigned mode(const fs::path &path)
    {
        struct stat info {};
        return ::stat(path.c_str(), &info) == 0 ? info.st_mode & 07777 : 0;
    }
    void write(const std::string &name, const std::string &text)
    {
        fs::create_directories(folder());
        std::ofstream(folder() / name, std::ios::binary) << text;
    }
    fs::path folder() const { return root / "templates"; }

    fs::path root;
};

AgendaTemplate mine()
{
    AgendaTemplate t = *built_in_templates::find("individual-session", ContentLanguage::French);
    t.id.clear();
    t.title = "Séance « prise de poste »";
    t.items[2].notes = "Préparer l'échelle de 1 à 10.\nRevenir sur \"ne pas déranger\".";
    t.items[4].kind = ItemKind::Exploration;
    t.items[4].warnAt = 90s;
    t.items[4].dangerAt = 30s;
    return t;
}

} // namespace

TEST_F(TemplateStoreTest, NoFolderMeansNoTemplateAndNoProblem)
{
    const TemplateStore::Listing listing = TemplateStore(folder()).load();
    EXPECT_TRUE(listing.templates.empty());
    EXPECT_TRUE(listing.problems.empty());
}

TEST_F(TemplateStoreTest, SaveThenLoadGivesItBackOwnerOnly)
{
    const TemplateStore store(folder());
    const Result<fs::path> file = store.save(mine());
    ASSERT_TRUE(file) << file.error().message();
    EXPECT_EQ(file->parent_path(), folder());
    EXPECT_EQ(file->filename(), "s-ance-prise-de-poste.json");
    EXPECT_EQ(mode(folder()), 0700u);
    EXPECT_EQ(mode(*file), 0600u);

    const TemplateStore::Listing listing = store.load();
    ASSERT_TRUE(listing.problems.empty()) << listing.problems.front();
    ASSERT_EQ(listing.templates.size(), 1u);
    AgendaTemplate expected = mine();
    expected.id = "user:s-ance-prise-de-poste";
    EXPECT_EQ(listing.templates[0], expected);
    EXPECT_EQ(listing.templates[0].id, TemplateStore::idFor(*file));
}

TEST_F(TemplateStoreTest, TheFileIsTheDocumentedFormat)
{
    const Result<fs::path> file = TemplateStore(folder()).save(mine());
    ASSERT_TRUE(file);
    std::ifstream in(*file);
    const Json j = Json::parse(in);
    EXPECT_EQ(j.begin().key(), "format");
    EXPECT_EQ(j["format"], "coachdeck.template");
    EXPECT_EQ(j["version"], 1);
    EXPECT_EQ(j["title"], "Séance « prise de poste »");
    EXPECT_EQ(j["items"][0]["kind"], "check-in");
    EXPECT_EQ(j["items"][0]["plannedMinutes"], 10.0);
    EXPECT_FALSE(j["items"][2].contains("kind")); // general
    EXPECT_EQ(j["items"][4]["warnMinutes"], 1.5);
    EXPECT_FALSE(j.contains("id"));
}

TEST_F(TemplateStoreTest, ANameAlreadyUsedIsRefusedAndNothingIsReplaced)
{
    const TemplateStore store(folder());
    ASSERT_TRUE(store.save(mine()));
    const Result<fs::path> again = store.save(mine());
    ASSERT_FALSE(again);
    EXPECT_NE(again.error().message().find("already exists"), std::string::npos);
    // Another title that makes the same file name gets a file of its own.
    AgendaTemplate other = mine();
    other.title = "Séance : prise de poste";
    const Result<fs::path> second = store.save(other);
    ASSERT_TRUE(second) << second.error().message();
    EXPECT_EQ(second->filename(), "s-ance-prise-de-poste-2.json");
    EXPECT_EQ(store.load().templates.size(), 2u);
}

TEST_F(TemplateStoreTest, ABadTemplateIsRefusedBeforeAnythingIsWritten)
{
    AgendaTemplate bad = mine();
    bad.title.clear();
    const Result<fs::path> saved = TemplateStore(folder()).save(bad);
    ASSERT_FALSE(saved);
    EXPECT_EQ(saved.error().problems.front().pointer, "/title");
    EXPECT_FALSE(fs::exists(folder()));
}

TEST_F(TemplateStoreTest, RemoveTakesAwayThatFileOnly)
{
    const TemplateStore store(folder());
    const Result<fs::path> kept = store.save(mine());
    AgendaTemplate other = mine();
    other.title = "Bilan à mi-parcours";
    const Result<fs::path> gone = store.save(other);
    ASSERT_TRUE(kept && gone);
    write("bilan-mi-parcours.json.bak", "an earlier copy");
    write("notes.txt", "not a template");

    ASSERT_TRUE(store.remove(TemplateStore::idFor(*gone)));

    EXPECT_FALSE(fs::exists(*gone));
    EXPECT_TRUE(fs::exists(*kept));
    EXPECT_TRUE(fs::exists(folder() / "bilan-mi-parcours.json.bak"));
    EXPECT_TRUE(fs::exists(folder() / "notes.txt"));
    const TemplateStore::Listing left = store.load();
    ASSERT_EQ(left.templates.size(), 1u);
    EXPECT_EQ(left.templates[0].title, mine().title);
}

TEST_F(TemplateStoreTest, RemoveRefusesWhatIsNotATemplateOfTheFolder)
{
    const TemplateStore store(folder());
    const Result<fs::path> saved = store.save(mine());
    ASSERT_TRUE(saved);
    fs::create_directories(root / "elsewhere");
    std::ofstream(root / "elsewhere" / "outside.json") << "{}";
    fs::create_directories(folder() / "folder.json");
    fs::create_symlink(root / "elsewhere" / "outside.json", folder() / "link.json");

    for (const std::string id : {"individual-session", "empty", "user:", "user:..",
                                 "user:../elsewhere/outside", "user:folder", "user:missing"}) {
        const Status removed = store.remove(id);
        ASSERT_FALSE(removed) << id;
        EXPECT_FALSE(removed.error().message().empty()) << id;
    }
    const Status link = store.remove("user:link");
    ASSERT_FALSE(link);
    EXPECT_NE(link.error().message().find("link.json"), std::string::npos);

    EXPECT_TRUE(fs::exists(*saved));
    EXPECT_TRUE(fs::exists(root / "elsewhere" / "outside.json"));
    EXPECT_TRUE(fs::is_directory(folder() / "folder.json"));
    EXPECT_TRUE(fs::is_symlink(folder() / "link.json"));
    // Gone already (removed twice): said, not a crash.
    ASSERT_TRUE(store.remove(TemplateStore::idFor(*saved)));
    const Status twice = store.remove(TemplateStore::idFor(*saved));
    ASSERT_FALSE(twice);
    EXPECT_NE(twice.error().message().find("any more"), std::string::npos);
}

TEST_F(TemplateStoreTest, MalformedFilesAreReportedSkippedAndKept)
{
    ASSERT_TRUE(TemplateStore(folder()).save(mine()));
    write("broken.json", "{\"format\": \"coachdeck.template\", \"version\": 1, \"title\": ");
    write("bad-kind.json", R"({"format": "coachdeck.template", "version": 1, "title": "X",
        "items": [{"title": "A", "plannedMinutes": 5}, {"title": "B", "kind": "nap",
        "plannedMinutes": 5}]})");
    write("outline.json", R"({"format": "coachdeck.outline", "version": 1})");
    write("newer.json", R"({"format": "coachdeck.template", "version": 7, "title": "X",
        "items": []})");
    write("empty.json", "");
    write("notes.txt", "not a template, not read");

    const TemplateStore::Listing listing = TemplateStore(folder()).load();
    ASSERT_EQ(listing.templates.size(), 1u);
    EXPECT_EQ(listing.templates[0].title, mine().title);
    ASSERT_EQ(listing.problems.size(), 5u);
    const auto reported = [&](const std::string &start) {
        for (const std::string &line : listing.problems)
            if (line.rfind(start, 0) == 0)
                return true;
        return false;
    };
    EXPECT_TRUE(reported("bad-kind.json: /items/1/kind: expected one of"));
    EXPECT_TRUE(reported("broken.json: not valid JSON"));
    EXPECT_TRUE(reported("empty.json: the file is empty"));
    EXPECT_TRUE(reported("newer.json: /version: made by a newer CoachDeck"));
    EXPECT_TRUE(reported("outline.json: /format: not a CoachDeck agenda template"));
    for (const char *name :
         {"broken.json", "bad-kind.json", "outline.json", "newer.json", "empty.json", "notes.txt"})
        EXPECT_TRUE(fs::exists(folder() / name)) << name;
}

TEST(TemplateJson, RoundTripAndPointers)
{
    const AgendaTemplate t = mine();
    Result<AgendaTemplate> back = template_json::parse(template_json::serialize(t));
    ASSERT_TRUE(back) << back.error().message();
    EXPECT_EQ(*back, t);

    Json j = template_json::toJson(t);
    j["items"][3]["plannedMinutes"] = -4;
    j["items"][5].erase("title");
    Result<AgendaTemplate> refused = template_json::fromJson(j);
    ASSERT_FALSE(refused);
    ASSERT_EQ(refused.error().problems.size(), 2u);
    EXPECT_EQ(refused.error().problems[0].pointer, "/items/3/plannedMinutes");
    EXPECT_EQ(refused.error().problems[1].pointer, "/items/5/title");

    j = template_json::toJson(t);
    j.erase("items");
    ASSERT_FALSE(template_json::fromJson(j));
    EXPECT_EQ(template_json::fromJson(j).error().problems[0].pointer, "/items");
}
