// The constellation board: every operation, each undone and redone.
#include "UndoCheck.hpp"
#include "core/Session.hpp"

#include <gtest/gtest.h>

using namespace coachdeck;
using namespace std::chrono_literals;

namespace {

class SessionBoardTest : public ::testing::Test {
protected:
    ManualClock clock;
    Session session{clock};

    void expectUndoRedo(const Outline &before) { samples::expectUndoRedo(session, before); }

    std::string add(FigureKind kind, double x, double y, std::string label)
    {
        Figure figure = defaultFigure(kind);
        figure.position = {x, y};
        figure.label = std::move(label);
        return session.addFigure(figure).value();
    }
    const Figure &figure(const std::string &id) { return *session.outline().board.figure(id); }
    const Board &board() { return session.outline().board; }
};

} // namespace

TEST_F(SessionBoardTest, AddGivesAStableFreshIdAndKindDefaults)
{
    const std::string self = add(FigureKind::Self, 800, 450, "Moi");
    const std::string ceo = add(FigureKind::Person, 300, 200, "Le PDG");
    EXPECT_NE(self, ceo);
    EXPECT_EQ(figure(self).shape, FigureShape::Circle);
    EXPECT_EQ(figure(self).size, FigureSize::Large);
    EXPECT_TRUE(figure(self).facingDegrees.has_value());
    const std::string goal = add(FigureKind::Goal, 1200, 100, "Poste de responsable");
    EXPECT_FALSE(figure(goal).facingDegrees.has_value()); // abstract elements are anchors
    EXPECT_EQ(board().figures.size(), 3u);
}

TEST_F(SessionBoardTest, AddIsUndoable)
{
    const Outline before = session.outline();
    add(FigureKind::Person, 100, 100, "Collègue");
    expectUndoRedo(before);
}

TEST_F(SessionBoardTest, IdsAreNeverReusedAfterRemoval)
{
    const std::string first = add(FigureKind::Person, 100, 100, "A");
    ASSERT_TRUE(session.takeSnapshot("Image initiale"));
    ASSERT_TRUE(session.removeFigure(first));
    const std::string second = add(FigureKind::Person, 100, 100, "B");
    EXPECT_NE(first, second); // the snapshot still holds `first`: a replay must not confuse them
}

TEST_F(SessionBoardTest, MoveIsUndoableAndStaysOnTheBoard)
{
    const std::string id = add(FigureKind::Person, 100, 100, "Équipe");
    const Outline before = session.outline();
    ASSERT_TRUE(session.moveFigure(id, {900, 600}));
    EXPECT_EQ(figure(id).position, (BoardPoint{900, 600}));
    expectUndoRedo(before);
    Status outside = session.moveFigure(id, {1700, 100});
    ASSERT_FALSE(outside);
    EXPECT_EQ(outside.error().problems.front().pointer, "/x");
    EXPECT_EQ(figure(id).position, (BoardPoint{900, 600}));
}

TEST_F(SessionBoardTest, RotateNormalizesAndCanMakeAnAnchor)
{
    const std::string id = add(FigureKind::Person, 100, 100, "Manager");
    const Outline before = session.outline();
    ASSERT_TRUE(session.rotateFigure(id, -90));
    EXPECT_DOUBLE_EQ(*figure(id).facingDegrees, 270);
    ASSERT_TRUE(session.rotateFigure(id, 450));
    EXPECT_DOUBLE_EQ(*figure(id).facingDegrees, 90);
    ASSERT_TRUE(session.rotateFigure(id, std::nullopt));
    EXPECT_FALSE(figure(id).facingDegrees.has_value());
    ASSERT_TRUE(session.undo());
    EXPECT_DOUBLE_EQ(*figure(id).facingDegrees, 90);
    ASSERT_TRUE(session.undo());
    ASSERT_TRUE(session.undo());
    EXPECT_EQ(session.outline(), before);
    EXPECT_FALSE(session.rotateFigure(id, std::numeric_limits<double>::infinity()));
}

TEST_F(SessionBoardTest, ResizeRelabelRecolourReshapeAreEachOneUndoStep)
{
    const std::string id = add(FigureKind::Person, 100, 100, "Collègue");
    Figure edited = figure(id);
    const Outline before = session.outline();
    edited.size = FigureSize::Small;
    ASSERT_TRUE(session.editFigure(edited));
    edited.label = "Collègue de projet";
    ASSERT_TRUE(session.editFigure(edited));
    edited.colour = {10, 20, 30};
    ASSERT_TRUE(session.editFigure(edited));
    edited.shape = FigureShape::Diamond;
    ASSERT_TRUE(session.editFigure(edited));
    EXPECT_EQ(figure(id), edited);
    EXPECT_EQ(session.history().size(), 5u);
    for (int i = 0; i < 4; ++i)
        ASSERT_TRUE(session.undo());
    EXPECT_EQ(session.outline(), before);
    for (int i = 0; i < 4; ++i)
        ASSERT_TRUE(session.redo());
    EXPECT_EQ(figure(id), edited);
}

TEST_F(SessionBoardTest, LabelsAreLimitedInCharactersNotBytes)
{
    const std::string id = add(FigureKind::Person, 100, 100, "x");
    Figure edited = figure(id);
    edited.label.clear();
    for (int i = 0; i < 80; ++i)
        edited.label += "é"; // 80 characters, 160 bytes
    EXPECT_TRUE(session.editFigure(edited));
    edited.label += "é";
    Status tooLong = session.editFigure(edited);
    ASSERT_FALSE(tooLong);
    EXPECT_EQ(tooLong.error().problems.front().pointer, "/label");
    edited.label = std::string("\xff\xfe", 2);
    EXPECT_FALSE(session.editFigure(edited));
}

TEST_F(SessionBoardTest, ADragIsOneUndoStep)
{
    const std::string id = add(FigureKind::Person, 100, 100, "Moi");
    const Outline before = session.outline();
    for (int step = 1; step <= 30; ++step)
        ASSERT_TRUE(session.moveFigure(id, {100.0 + step * 10, 100.0 + step * 5}, true));
    session.closeMerge();
    ASSERT_TRUE(session.moveFigure(id, {50, 50}, true)); // a second drag
    session.closeMerge();
    ASSERT_TRUE(session.undo());
    EXPECT_EQ(figure(id).position, (BoardPoint{400, 250}));
    ASSERT_TRUE(session.undo());
    EXPECT_EQ(session.outline(), before);
}

TEST_F(SessionBoardTest, RemoveIsUndoableInPlaceAndClearsPerspective)
{
    const std::string a = add(FigureKind::Person, 100, 100, "A");
    const std::string b = add(FigureKind::Person, 200, 100, "B");
    add(FigureKind::Person, 300, 100, "C");
    ASSERT_TRUE(session.setPerspective(b));
    const Outline before = session.outline();
    ASSERT_TRUE(session.removeFigure(b));
    EXPECT_EQ(board().figure(b), nullptr);
    EXPECT_FALSE(session.outline().display.perspectiveFigureId.has_value());
    expectUndoRedo(before);
    ASSERT_TRUE(session.undo());
    EXPECT_EQ(board().figures[1].id, b); // back in its place in the drawing order
    EXPECT_EQ(session.outline().display.perspectiveFigureId, b);
    EXPECT_FALSE(session.removeFigure("f999"));
    (void)a;
}

TEST_F(SessionBoardTest, TheBoardHoldsAtMostItsLimit)
{
    for (int i = 0; i < 100; ++i)
        add(FigureKind::Element, 10.0 * (i % 100), 10, "e");
    Figure one = defaultFigure(FigureKind::Person);
    Result<std::string> full = session.addFigure(one);
    ASSERT_FALSE(full);
    EXPECT_NE(full.error().message().find("full"), std::string::npos);
}

TEST_F(SessionBoardTest, SnapshotsCopyTheBoardWithTimeAndItem)
{
    const std::string item = session.addItem("Constellation", 50min).value();
    ASSERT_TRUE(session.start());
    const std::string self = add(FigureKind::Self, 800, 450, "Moi");
    clock.advance(5min);
    const std::string first = session.takeSnapshot("Image initiale").value();
    ASSERT_TRUE(session.moveFigure(self, {1000, 450}));
    ASSERT_TRUE(session.rotateFigure(self, 180));
    const std::string second = session.takeSnapshot("Étape 1").value();

    const Snapshot &s1 = *session.outline().snapshot(first);
    EXPECT_EQ(s1.name, "Image initiale");
    EXPECT_EQ(s1.agendaItemId, item);
    EXPECT_EQ(s1.takenAt, clock.wallNow());
    EXPECT_EQ(s1.board.figure(self)->position, (BoardPoint{800, 450}));
    EXPECT_EQ(session.outline().snapshot(second)->board, board());

    const Outline beforeRestore = session.outline();
    ASSERT_TRUE(session.restoreSnapshot(first));
    EXPECT_EQ(board(), s1.board);
    expectUndoRedo(beforeRestore);
    EXPECT_FALSE(session.restoreSnapshot("s404"));
}

TEST_F(SessionBoardTest, SnapshotsRenameRemoveAndShowAreUndoable)
{
    add(FigureKind::Self, 800, 450, "Moi");
    const std::string id = session.takeSnapshot("Avant").value();
    ASSERT_TRUE(session.showSnapshot(id));
    Outline before = session.outline();
    ASSERT_TRUE(session.renameSnapshot(id, "Image initiale"));
    expectUndoRedo(before);
    before = session.outline();
    ASSERT_TRUE(session.removeSnapshot(id));
    EXPECT_FALSE(session.outline().display.shownSnapshotId.has_value());
    expectUndoRedo(before);
    EXPECT_FALSE(session.showSnapshot("s77"));
}

TEST_F(SessionBoardTest, ZonesAddRemoveAndVisibility)
{
    Zone outer;
    outer.label = "Entreprise";
    Zone inner;
    inner.label = "Équipe";
    inner.topLeft = {400, 200};
    inner.width = 800;
    inner.height = 500;
    const Outline before = session.outline();
    const std::string o = session.addZone(outer).value();
    const std::string i = session.addZone(inner).value();
    ASSERT_TRUE(session.setZonesVisible(false));
    EXPECT_FALSE(board().zonesVisible);
    ASSERT_TRUE(session.removeZone(o));
    EXPECT_EQ(board().zones.size(), 1u);
    EXPECT_EQ(board().zones[0].id, i);
    for (int n = 0; n < 4; ++n)
        ASSERT_TRUE(session.undo());
    EXPECT_EQ(session.outline(), before);
    Zone offBoard = inner;
    offBoard.width = 5000;
    EXPECT_FALSE(session.addZone(offBoard));
}

TEST_F(SessionBoardTest, RedoIsDroppedByANewEdit)
{
    const std::string id = add(FigureKind::Person, 100, 100, "A");
    ASSERT_TRUE(session.moveFigure(id, {200, 200}));
    ASSERT_TRUE(session.undo());
    EXPECT_TRUE(session.history().canRedo());
    ASSERT_TRUE(session.rotateFigure(id, 45));
    EXPECT_FALSE(session.history().canRedo());
    EXPECT_FALSE(session.redo());
    EXPECT_EQ(session.history().undoLabel(), "CoachDeck.Undo.RotateFigure");
}

TEST_F(SessionBoardTest, EveryChangeBumpsTheRevisionAndFailuresDoNot)
{
    const auto start = session.revision();
    const std::string id = add(FigureKind::Person, 100, 100, "A");
    EXPECT_GT(session.revision(), start);
    const auto afterAdd = session.revision();
    EXPECT_FALSE(session.moveFigure(id, {-5, 0}));
    EXPECT_EQ(session.revision(), afterAdd);
    ASSERT_TRUE(session.undo());
    EXPECT_GT(session.revision(), afterAdd);
}
