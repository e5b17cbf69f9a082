// Engagement folders on real files: create, load, list, the safe folder name, malformed
// engagement.json, progress over a folder of outlines.
#include "EngagementTestFolder.hpp"

#include "core/EngagementJson.hpp"
#include "core/EngagementSessions.hpp"

#include <sys/stat.h>

using namespace coachdeck;
using coachdeck::testing::EngagementTestFolder;
namespace fs = std::filesystem;

namespace {

unsigned mode(const fs::path &path)
{
    struct stat info {};
    ::lstat(path.c_str(), &info);
    return info.st_mode & 07777;
}

using EngagementStoreTest = EngagementTestFolder;

TEST(EngagementTest, DefaultsAreTenSessionsTwentyHoursEveryThreeWeeks)
{
    const Engagement e;
    EXPECT_EQ(e.sessionsPlanned, 10);
    EXPECT_EQ(e.hoursPlanned, std::chrono::hours{20});
    EXPECT_EQ(e.cadenceDays, 21);
    // A file that does not say keeps the defaults too.
    Result<Engagement> read =
        engagement_json::parse(R"({"format":"coachdeck.engagement","version":1,"client":"Alex"})");
    ASSERT_TRUE(read.ok()) << read.error().message();
    EXPECT_EQ(read->cadenceDays, 21);
    EXPECT_EQ(read->sessionsPlanned, 10);
    EXPECT_EQ(read->hoursPlanned, std::chrono::hours{20});
    EXPECT_FALSE(read->sponsor);
}

TEST(EngagementTest, NextSessionIsDueTheCadenceAfterTheLastOneDone)
{
    Engagement e;
    Outline done;
    done.session.date = Date{2026, 12, 20};
    done.clock.status = ClockStatus::Finished;
    done.clock.startedAt = WallTime{};
    EXPECT_EQ(engagement_sessions::progress(e, {done}).nextDue, (Date{2027, 1, 10}));
    EXPECT_EQ(engagement_sessions::addDays(Date{2028, 2, 20}, 21), (Date{2028, 3, 12}));
    EXPECT_EQ(engagement_sessions::addDays(Date{2026, 3, 1}, -1), (Date{2026, 2, 28}));
}

TEST(EngagementTest, APreparedSessionIsTheNextDueUnlessOlderThanTheLastDone)
{
    Engagement e;
    Outline done;
    done.session.date = Date{2026, 10, 1};
    done.clock.status = ClockStatus::Finished;
    done.clock.startedAt = WallTime{};
    Outline prepared;
    prepared.session.date = Date{2026, 11, 22};
    EXPECT_EQ(engagement_sessions::progress(e, {prepared, done}).nextDue, (Date{2026, 11, 22}));
    // Prepared for a day before the last session done (skipped): the cadence decides.
    prepared.session.date = Date{2026, 9, 1};
    EXPECT_EQ(engagement_sessions::progress(e, {done, prepared}).nextDue, (Date{2026, 10, 22}));
}

TEST(EngagementTest, JsonRoundTripKeepsUnknownKeys)
{
    Result<Engagement> read = engagement_json::parse(
        R"({"format":"coachdeck.engagement","version":1,"futureKey":{"a":1},"client":"Zoé",
            "sponsor":"DRH","sessionsPlanned":12,"hoursPlanned":7.5,"cadenceDays":14,
            "startDate":"2026-09-10"})");
    ASSERT_TRUE(read.ok()) << read.error().message();
    EXPECT_EQ(read->hoursPlanned, std::chrono::minutes{450});
    EXPECT_EQ(read->startDate, (Date{2026, 9, 10}));
    Result<Engagement> again = engagement_json::parse(engagement_json::serialize(read.value()));
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again.value(), read.value());
    EXPECT_EQ(again->unknown["futureKey"]["a"], 1);
}

TEST(EngagementTest, FolderNamesAreSafe)
{
    EXPECT_EQ(EngagementStore::folderNameFor("Camille R."), "Camille-R");
    EXPECT_EQ(EngagementStore::folderNameFor("../../etc/passwd"), "etc-passwd");
    EXPECT_EQ(EngagementStore::folderNameFor(".."), "client");
    EXPECT_EQ(EngagementStore::folderNameFor(""), "client");
    EXPECT_EQ(EngagementStore::folderNameFor("a\\b:c*d"), "a-b-c-d");
    EXPECT_EQ(EngagementStore::folderNameFor("Zoé  Martin"), "Zoé-Martin");
    EXPECT_EQ(EngagementStore::folderNameFor("bad\xff\xfe utf8"), "bad-utf8");
    EXPECT_LE(EngagementStore::folderNameFor(std::string(300, 'x')).size(), 64u);
}

TEST_F(EngagementStoreTest, CreateLoadAndList)
{
    Engagement e;
    e.clientPseudonym = "Camille R.";
    e.sponsor = "Acme RH";
    e.startDate = today;
    EngagementStore store(root);
    Result<fs::path> first = store.create(e);
    ASSERT_TRUE(first.ok()) << first.error().message();
    EXPECT_EQ(first.value(), root / "Camille-R");
    EXPECT_EQ(mode(first.value()), 0700u);
    EXPECT_EQ(mode(first.value() / "engagement.json"), 0600u);
    EXPECT_NE(read(first.value() / "engagement.json").find("\"coachdeck.engagement\""),
              std::string::npos);

    // Another client whose pseudonym makes the same folder name gets a folder of its own.
    Engagement other = e;
    other.clientPseudonym = "Camille/R";
    Result<fs::path> second = store.create(other);
    ASSERT_TRUE(second.ok());
    EXPECT_EQ(second.value(), root / "Camille-R-2");

    Result<Engagement> loaded = EngagementStore::load(first.value());
    ASSERT_TRUE(loaded.ok()) << loaded.error().message();
    EXPECT_EQ(loaded.value(), e);

    const auto all = store.list();
    ASSERT_EQ(all.size(), 2u);
    EXPECT_EQ(all[0].engagement.clientPseudonym, "Camille R.");
    EXPECT_EQ(all[1].engagement.clientPseudonym, "Camille/R");

    Engagement nameless = e;
    nameless.clientPseudonym.clear();
    EXPECT_FALSE(store.create(nameless).ok());
}

TEST_F(EngagementStoreTest, MalformedEngagementFileIsAnErrorNamingFileAndPointerAndIsKept)
{
    const fs::path folder = makeEngagement();
    const fs::path file = folder / "engagement.json";
    const std::string broken =
        R"({"format":"coachdeck.engagement","version":1,"client":"C","sessionsPlanned":"ten"})";
    write(file, broken);
    Result<Engagement> loaded = EngagementStore::load(folder);
    ASSERT_FALSE(loaded.ok());
    EXPECT_EQ(loaded.error().problems.front().pointer, "/sessionsPlanned");
    EXPECT_NE(loaded.error().message().find(file.string()), std::string::npos)
        << loaded.error().message();
    EXPECT_EQ(read(file), broken);
    EXPECT_TRUE(EngagementStore(root).list().empty());

    write(file, "{not json");
    loaded = EngagementStore::load(folder);
    ASSERT_FALSE(loaded.ok());
    EXPECT_NE(loaded.error().message().find("not valid JSON"), std::string::npos);
    EXPECT_TRUE(fs::exists(file));
    EXPECT_FALSE(EngagementStore::progress(folder).ok());
}

TEST_F(EngagementStoreTest, ProgressOverAFolderOfThreeOutlines)
{
    const fs::path folder = makeEngagement();
    ASSERT_TRUE(outline_file::save(EngagementStore::sessionFile(folder, 1),
                                   session(1, Date{2026, 9, 10}, 120)));
    ASSERT_TRUE(outline_file::save(EngagementStore::sessionFile(folder, 2),
                                   session(2, Date{2026, 10, 1}, 90)));
    // Prepared, never started: not done, no time used, and the next session due.
    ASSERT_TRUE(outline_file::save(EngagementStore::sessionFile(folder, 3),
                                   session(3, Date{2026, 10, 29}, 0)));
    EXPECT_EQ(EngagementStore::sessionFiles(folder).size(), 3u);

    Result<EngagementProgress> p = EngagementStore::progress(folder);
    ASSERT_TRUE(p.ok()) << p.error().message();
    EXPECT_EQ(p.value(), (EngagementProgress{2, 10, std::chrono::minutes{210},
                                             std::chrono::hours{20}, Date{2026, 10, 29}}));

    // The same numbers through an outline file, as the sponsor report asks.
    Result<EngagementProgress> viaFile =
        EngagementStore::progressOf(EngagementStore::sessionFile(folder, 2));
    ASSERT_TRUE(viaFile.ok());
    EXPECT_EQ(viaFile.value(), p.value());
    EXPECT_FALSE(EngagementStore::progressOf(top / "loose.json").ok());
    EXPECT_EQ(EngagementStore::folderOf(EngagementStore::sessionFile(folder, 3)), folder);
    EXPECT_FALSE(EngagementStore::folderOf(top / "loose.json"));
}

TEST_F(EngagementStoreTest, NoSessionYetIsDueOnTheStartDate)
{
    const fs::path folder = makeEngagement();
    Result<EngagementProgress> p = EngagementStore::progress(folder);
    ASSERT_TRUE(p.ok());
    EXPECT_EQ(p->sessionsDone, 0);
    EXPECT_EQ(p->used, Millis{0});
    EXPECT_EQ(p->nextDue, (Date{2026, 9, 10}));
}

TEST(EngagementTest, SessionFileNames)
{
    EXPECT_EQ(EngagementStore::sessionFile("/x", 1), fs::path("/x/session-01.json"));
    EXPECT_EQ(EngagementStore::sessionFile("/x", 123), fs::path("/x/session-123.json"));
    EXPECT_EQ(EngagementStore::sessionNumberOf("/x/session-07.json"), 7);
    EXPECT_EQ(EngagementStore::sessionNumberOf("/x/session-07.json.bak"), 0);
    EXPECT_EQ(EngagementStore::sessionNumberOf("/x/session-.json"), 0);
    EXPECT_EQ(EngagementStore::sessionNumberOf("/x/engagement.json"), 0);
}

} // namespace
