// Starting the next session of an engagement (open actions carried into the review item)
// and deleting a client's data, on real files.
#include "EngagementTestFolder.hpp"

#include "core/EngagementSessions.hpp"

#include <sys/stat.h>

using namespace coachdeck;
using coachdeck::testing::EngagementTestFolder;
namespace fs = std::filesystem;

namespace {

using EngagementNextSessionTest = EngagementTestFolder;
using EngagementDeleteTest = EngagementTestFolder;

Outline previousWithActions()
{
    Outline o = EngagementTestFolder::session(3, Date{2026, 10, 22}, 100);
    o.agenda.insert(
        o.agenda.begin() + 1,
        EngagementTestFolder::item("i7", "Revue des actions", 20, 25, ItemKind::ReviewOfActions));
    o.agenda[1].notes = "- an older list";
    o.agenda[0].adjustment = std::chrono::minutes{5};
    o.actions = {
        EngagementTestFolder::action("a1", "Talk to the CEO", ActionStatus::Open, "coachee",
                                     Date{2026, 11, 1}),
        EngagementTestFolder::action("a2", "Read the book", ActionStatus::Done),
        EngagementTestFolder::action("a3", "Change team", ActionStatus::Dropped),
        EngagementTestFolder::action("a4", "Send the summary", ActionStatus::Open, "coach"),
    };
    o.notes.push_back(Note{});
    o.notes.back().id = "n1";
    o.notes.back().text = "private";
    return o;
}

TEST_F(EngagementNextSessionTest, CarriesExactlyTheOpenActionsIntoTheReviewItem)
{
    const fs::path folder = makeEngagement();
    ASSERT_TRUE(outline_file::save(EngagementStore::sessionFile(folder, 3), previousWithActions()));

    Result<EngagementStore::SessionFile> next =
        EngagementStore::startNextSession(folder, today, "Review of actions");
    ASSERT_TRUE(next.ok()) << next.error().message();
    EXPECT_EQ(next->file, folder / "session-04.json");
    struct stat info {};
    ASSERT_EQ(::stat(next->file.c_str(), &info), 0);
    EXPECT_EQ(info.st_mode & 0777, 0600u);

    Result<Outline> saved = outline_file::load(next->file);
    ASSERT_TRUE(saved.ok()) << saved.error().message();
    const Outline &o = saved.value();
    EXPECT_EQ(o, next->outline);
    EXPECT_EQ(o.session.clientPseudonym, "Camille R.");
    EXPECT_EQ(o.session.engagement, "Camille-R");
    EXPECT_EQ(o.session.sessionNumber, 4);
    EXPECT_EQ(o.session.sessionCount, 10);
    EXPECT_EQ(o.session.date, today);

    ASSERT_EQ(o.actions.size(), 2u);
    EXPECT_EQ(o.actions[0], previousWithActions().actions[0]); // id, owner, due kept
    EXPECT_EQ(o.actions[1].id, "a4");

    // The same agenda, nothing spent; the review item lists the open actions only.
    ASSERT_EQ(o.agenda.size(), 3u);
    EXPECT_EQ(o.agenda[1].kind, ItemKind::ReviewOfActions);
    EXPECT_EQ(o.agenda[1].title, "Revue des actions");
    EXPECT_EQ(o.agenda[1].planned, std::chrono::minutes{20});
    EXPECT_EQ(o.agenda[1].notes,
              "- Talk to the CEO (coachee, 2026-11-01)\n- Send the summary (coach)");
    for (const AgendaItem &i : o.agenda) {
        EXPECT_EQ(i.actual, Millis{0});
        EXPECT_EQ(i.adjustment, Millis{0});
        EXPECT_EQ(i.status, ItemStatus::Pending);
    }
    EXPECT_EQ(o.agenda[0].planned, std::chrono::minutes{15});
    EXPECT_EQ(o.clock.status, ClockStatus::Idle);
    EXPECT_TRUE(o.notes.empty());

    // Not done yet: the progress counts only session 3.
    Result<EngagementProgress> p = EngagementStore::progress(folder);
    ASSERT_TRUE(p.ok());
    EXPECT_EQ(p->sessionsDone, 1);
}

TEST_F(EngagementNextSessionTest, InsertsAReviewItemAfterTheFirstWhenTheAgendaHasNone)
{
    const fs::path folder = makeEngagement();
    Outline previous = previousWithActions();
    previous.agenda.erase(previous.agenda.begin() + 1);
    ASSERT_TRUE(outline_file::save(EngagementStore::sessionFile(folder, 1), previous));
    Result<EngagementStore::SessionFile> next =
        EngagementStore::startNextSession(folder, today, "Revue des actions");
    ASSERT_TRUE(next.ok()) << next.error().message();
    const Outline &o = next->outline;
    ASSERT_EQ(o.agenda.size(), 3u);
    EXPECT_EQ(o.agenda[0].id, "i1");
    EXPECT_EQ(o.agenda[1].kind, ItemKind::ReviewOfActions);
    EXPECT_EQ(o.agenda[1].title, "Revue des actions");
    EXPECT_EQ(o.agenda[1].id, "i3");
    EXPECT_NE(o.agenda[1].notes.find("Talk to the CEO"), std::string::npos);
    EXPECT_EQ(o.agenda[1].notes.find("Read the book"), std::string::npos);
    EXPECT_EQ(o.agenda[2].id, "i2");
    EXPECT_EQ(next->file, folder / "session-02.json");
}

TEST_F(EngagementNextSessionTest, TemplateAgendaAndFirstSession)
{
    const fs::path folder = makeEngagement();
    Outline agendaTemplate;
    agendaTemplate.agenda = {item("t1", "Accueil", 10),
                             item("t2", "Actions", 10, 0, ItemKind::ReviewOfActions),
                             item("t3", "Clôture", 10)};
    agendaTemplate.agenda[1].notes = "Ask what was hard.";
    // The first session: the template's agenda, no review list (nothing before it).
    Result<EngagementStore::SessionFile> first =
        EngagementStore::startNextSession(folder, today, "Review", &agendaTemplate);
    ASSERT_TRUE(first.ok()) << first.error().message();
    EXPECT_EQ(first->file, folder / "session-01.json");
    EXPECT_EQ(first->outline.agenda, agendaTemplate.agenda);
    EXPECT_TRUE(first->outline.actions.empty());

    Outline run = first->outline;
    run.actions = {action("a1", "Call HR", ActionStatus::Open)};
    ASSERT_TRUE(outline_file::save(first->file, run));
    Result<EngagementStore::SessionFile> second =
        EngagementStore::startNextSession(folder, today, "Review", &agendaTemplate);
    ASSERT_TRUE(second.ok());
    EXPECT_EQ(second->outline.agenda[1].notes, "Ask what was hard.\n- Call HR (coachee)");
}

TEST_F(EngagementDeleteTest, RemovesEveryFileOfTheEngagement)
{
    const fs::path folder = makeEngagement();
    const fs::path other = makeEngagement("Alex");
    ASSERT_TRUE(outline_file::save(EngagementStore::sessionFile(folder, 1),
                                   session(1, Date{2026, 9, 10}, 100)));
    // Saved twice: the backup is client data too.
    ASSERT_TRUE(outline_file::save(EngagementStore::sessionFile(folder, 1),
                                   session(1, Date{2026, 9, 10}, 110)));
    fs::create_directory(folder / "images");
    write(folder / "images" / "board.png", "png");
    fs::create_symlink(folder / "session-01.json", folder / "latest.json");

    EngagementStore store(root);
    Result<std::vector<fs::path>> files = store.clientFiles(folder);
    ASSERT_TRUE(files.ok()) << files.error().message();
    EXPECT_EQ(files->size(), 5u); // engagement.json, session-01.json(.bak), board.png, link

    Result<std::vector<fs::path>> removed = store.deleteClientData(folder);
    ASSERT_TRUE(removed.ok()) << removed.error().message();
    EXPECT_EQ(removed->size(), 7u); // the 5 files, images/ and the folder
    EXPECT_EQ(removed->back(), folder);
    EXPECT_FALSE(fs::exists(folder));
    EXPECT_TRUE(fs::exists(other / "engagement.json"));
    EXPECT_TRUE(fs::exists(root));
}

TEST_F(EngagementDeleteTest, RefusesAnythingOutsideTheRoot)
{
    makeEngagement();
    EngagementStore store(root);
    // An engagement-looking folder elsewhere.
    const fs::path elsewhere = top / "elsewhere";
    fs::create_directories(elsewhere);
    write(elsewhere / "engagement.json", "{}");
    EXPECT_FALSE(store.deleteClientData(elsewhere).ok());
    EXPECT_FALSE(store.deleteClientData(root / ".." / "elsewhere").ok());
    EXPECT_TRUE(fs::exists(elsewhere / "engagement.json"));
    // The root itself, its parent, a folder that is no engagement, one that does not exist.
    EXPECT_FALSE(store.deleteClientData(root).ok());
    EXPECT_FALSE(store.deleteClientData(root / "Camille-R" / "..").ok());
    EXPECT_FALSE(store.deleteClientData(top).ok());
    fs::create_directories(root / "plain");
    write(root / "plain" / "keep.txt", "x");
    EXPECT_FALSE(store.deleteClientData(root / "plain").ok());
    EXPECT_TRUE(fs::exists(root / "plain" / "keep.txt"));
    EXPECT_FALSE(store.deleteClientData(root / "nobody").ok());
    EXPECT_TRUE(fs::exists(root / "Camille-R" / "engagement.json"));
}

TEST_F(EngagementDeleteTest, RefusesSymbolicLinksToOutside)
{
    const fs::path folder = makeEngagement();
    const fs::path elsewhere = top / "elsewhere";
    fs::create_directories(elsewhere);
    write(elsewhere / "engagement.json", "{}");
    write(elsewhere / "precious.txt", "keep me");
    EngagementStore store(root);

    // The engagement folder itself a link to a folder outside.
    fs::create_directory_symlink(elsewhere, root / "linked");
    Result<std::vector<fs::path>> refused = store.deleteClientData(root / "linked");
    ASSERT_FALSE(refused.ok());
    EXPECT_NE(refused.error().message().find("symbolic link"), std::string::npos);
    EXPECT_TRUE(fs::exists(elsewhere / "precious.txt"));

    // A link inside the folder that points outside: nothing at all is removed.
    fs::create_symlink(elsewhere / "precious.txt", folder / "escape.txt");
    refused = store.deleteClientData(folder);
    ASSERT_FALSE(refused.ok());
    EXPECT_NE(refused.error().message().find("outside"), std::string::npos);
    EXPECT_TRUE(fs::exists(folder / "engagement.json"));
    EXPECT_TRUE(fs::exists(elsewhere / "precious.txt"));
    EXPECT_FALSE(store.clientFiles(folder).ok());
}

} // namespace
