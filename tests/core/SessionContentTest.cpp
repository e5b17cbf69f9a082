// Agenda edits, notes, actions, session details and display switches: each
// operation, its validation, and its undo.
#include "UndoCheck.hpp"
#include "core/Session.hpp"

#include <gtest/gtest.h>

using namespace coachdeck;
using namespace std::chrono_literals;

namespace {

class SessionContentTest : public ::testing::Test {
protected:
    ManualClock clock;
    Session session{clock};

    void expectUndoRedo(const Outline &before) { samples::expectUndoRedo(session, before); }
};

} // namespace

TEST_F(SessionContentTest, AgendaAddInsertMoveEditRemove)
{
    const std::string a = session.addItem("Accueil", 10min).value();
    const std::string c = session.addItem("Clôture", 15min).value();
    Outline before = session.outline();
    const std::string b = session.addItem("Exploration", 45min, 1).value();
    EXPECT_EQ(session.outline().agenda[1].id, b);
    expectUndoRedo(before);

    before = session.outline();
    ASSERT_TRUE(session.moveItem(c, 0));
    EXPECT_EQ(session.outline().agenda[0].id, c);
    EXPECT_EQ(session.outline().agenda[1].id, a);
    expectUndoRedo(before);

    before = session.outline();
    AgendaItem edited = *session.outline().item(b);
    edited.title = "Exploration (questionnement)";
    edited.planned = 50min;
    edited.warnAt = 10min;
    edited.dangerAt = 2min;
    edited.notes = "Partir de la demande d'évolution";
    edited.actual = 99min; // not the editor's to change
    ASSERT_TRUE(session.editItem(edited));
    EXPECT_EQ(session.outline().item(b)->planned, 50min);
    EXPECT_EQ(session.outline().item(b)->actual, 0min);
    expectUndoRedo(before);

    before = session.outline();
    ASSERT_TRUE(session.removeItem(a));
    EXPECT_EQ(session.outline().item(a), nullptr);
    expectUndoRedo(before);
}

TEST_F(SessionContentTest, AnItemsKindIsSetByHandAsOneUndoStep)
{
    const std::string a = session.addItem("Accueil", 10min).value();
    const Outline before = session.outline();
    const std::size_t steps = session.history().size();
    ASSERT_TRUE(session.setItemKind(a, ItemKind::CheckIn));
    EXPECT_EQ(session.outline().item(a)->kind, ItemKind::CheckIn);
    EXPECT_EQ(session.outline().item(a)->title, "Accueil");
    EXPECT_EQ(session.history().undoLabel(), "CoachDeck.Undo.SetItemKind");
    EXPECT_EQ(session.history().size(), steps + 1);
    expectUndoRedo(before);

    // The same kind again is no step; an unknown item is refused.
    const std::size_t after = session.history().size();
    ASSERT_TRUE(session.setItemKind(a, ItemKind::CheckIn));
    EXPECT_EQ(session.history().size(), after);
    const Outline kept = session.outline();
    EXPECT_FALSE(session.setItemKind("i99", ItemKind::Closing));
    EXPECT_EQ(session.outline(), kept);
}

TEST_F(SessionContentTest, AgendaRejectsBadValuesAndChangesNothing)
{
    const std::string a = session.addItem("Accueil", 10min).value();
    const Outline before = session.outline();
    EXPECT_FALSE(session.addItem("Négatif", -1min));
    EXPECT_FALSE(session.addItem("Trop long", 25h));
    AgendaItem edited = *session.outline().item(a);
    edited.dangerAt = 6min; // danger before warning
    Status inverted = session.editItem(edited);
    ASSERT_FALSE(inverted);
    EXPECT_EQ(inverted.error().problems.front().pointer, "/dangerMinutes");
    EXPECT_FALSE(session.moveItem(a, 5));
    EXPECT_FALSE(session.removeItem("i99"));
    EXPECT_EQ(session.outline(), before);
    EXPECT_EQ(session.history().size(), 1u);
}

TEST_F(SessionContentTest, NotesAreStampedWithTimeAndCurrentItem)
{
    const std::string first = session.addItem("Accueil", 10min).value();
    const std::string second = session.addItem("Exploration", 40min).value();
    const std::string before = session.addNote("Préparation").value();
    EXPECT_FALSE(session.outline().notes[0].agendaItemId.has_value()); // not started yet
    ASSERT_TRUE(session.start());
    clock.advance(12min);
    ASSERT_TRUE(session.next());
    const std::string during =
        session.addNote("Il parle de son manager", Visibility::SharedWithClient).value();
    const Note &note = session.outline().notes[1];
    EXPECT_EQ(note.id, during);
    EXPECT_EQ(note.agendaItemId, second);
    EXPECT_EQ(note.createdAt, clock.wallNow());
    EXPECT_EQ(note.visibility, Visibility::SharedWithClient);
    EXPECT_NE(before, during);
    (void)first;
}

TEST_F(SessionContentTest, NotesArePrivateByDefault)
{
    session.addNote("Intuition du coach").value();
    EXPECT_EQ(session.outline().notes[0].visibility, Visibility::CoachPrivate);
    EXPECT_FALSE(session.outline().notes[0].reportableToSponsor());
}

TEST_F(SessionContentTest, OnlyValidatedSponsorNotesAreReportable)
{
    const std::string id =
        session.addNote("Progrès sur la délégation", Visibility::ReportableToSponsor).value();
    EXPECT_FALSE(session.outline().notes[0].reportableToSponsor());
    Note validated = session.outline().notes[0];
    validated.validatedOn = Date{2026, 11, 24};
    const Outline before = session.outline();
    ASSERT_TRUE(session.editNote(validated));
    EXPECT_TRUE(session.outline().notes[0].reportableToSponsor());
    expectUndoRedo(before);

    Note privateButValidated = session.outline().notes[0];
    privateButValidated.visibility = Visibility::CoachPrivate;
    Status refused = session.editNote(privateButValidated);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().problems.front().pointer, "/validatedOn");
    (void)id;
}

TEST_F(SessionContentTest, NoteEditsKeepTheCreationTimeAndCheckTheItem)
{
    const std::string id = session.addNote("Texte").value();
    const WallTime created = session.outline().notes[0].createdAt;
    clock.advance(3min);
    Note edited = session.outline().notes[0];
    edited.text = "Texte corrigé";
    edited.createdAt = clock.wallNow();
    ASSERT_TRUE(session.editNote(edited));
    EXPECT_EQ(session.outline().notes[0].createdAt, created);
    edited.agendaItemId = "i404";
    EXPECT_FALSE(session.editNote(edited));
    const Outline before = session.outline();
    ASSERT_TRUE(session.removeNote(id));
    expectUndoRedo(before);
}

TEST_F(SessionContentTest, ActionsAddEditRemove)
{
    ActionItem action;
    action.what = "Présenter le projet d'évolution à la DRH";
    action.owner = "Eric";
    action.due = Date{2026, 12, 15};
    Outline before = session.outline();
    const std::string id = session.addAction(action).value();
    expectUndoRedo(before);
    ActionItem done = session.outline().actions[0];
    done.status = ActionStatus::Done;
    before = session.outline();
    ASSERT_TRUE(session.editAction(done));
    expectUndoRedo(before);
    before = session.outline();
    ASSERT_TRUE(session.removeAction(id));
    expectUndoRedo(before);
    ActionItem empty;
    Result<std::string> refused = session.addAction(empty);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().problems.front().pointer, "/what");
}

TEST_F(SessionContentTest, MetadataIsValidatedAndUndoable)
{
    SessionMetadata meta;
    meta.clientPseudonym = "Eric";
    meta.engagement = "Évolution professionnelle";
    meta.sessionNumber = 4;
    meta.sessionCount = 10;
    meta.date = Date{2026, 11, 22};
    meta.sponsor = "OMEGA";
    const Outline before = session.outline();
    ASSERT_TRUE(session.setMetadata(meta));
    EXPECT_EQ(session.outline().session.sessionNumber, 4);
    expectUndoRedo(before);
    meta.sessionNumber = 11; // session 11 of 10
    Status refused = session.setMetadata(meta);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().problems.front().pointer, "/sessionNumber");
}

TEST_F(SessionContentTest, TimerIsHiddenFromTheClientUntilTheCoachShowsIt)
{
    EXPECT_FALSE(session.outline().display.timerVisible);
    const Outline before = session.outline();
    ASSERT_TRUE(session.setTimerVisible(true));
    EXPECT_TRUE(session.outline().display.timerVisible);
    expectUndoRedo(before);
}

TEST_F(SessionContentTest, PerspectiveNeedsAnExistingFigure)
{
    EXPECT_FALSE(session.setPerspective("f1"));
    const std::string id = session.addFigure(defaultFigure(FigureKind::Self)).value();
    ASSERT_TRUE(session.setPerspective(id));
    EXPECT_EQ(session.outline().display.perspectiveFigureId, id);
    ASSERT_TRUE(session.setPerspective(std::nullopt));
}

TEST_F(SessionContentTest, ResetRefusesAnInvalidOutlineAndKeepsTheCurrentOne)
{
    session.addItem("Accueil", 10min).value();
    Outline broken = session.outline();
    broken.agenda.push_back(broken.agenda[0]); // duplicate id
    const Outline before = session.outline();
    Status refused = session.reset(broken);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().problems.front().pointer, "/agenda/1/id");
    EXPECT_EQ(session.outline(), before);
}
