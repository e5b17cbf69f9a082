// The constellation board in the dock, driven with the mouse, the wheel and the keyboard
// (offscreen): add a figure from the palette by drag or click, move it, turn it, undo and redo
// each gesture as one step, edit it in place, and step through snapshots.

#include "ui/BoardEditor.hpp"
#include "DockFixture.hpp"
#include "ui/BoardPanel.hpp"
#include "ui/CoachDock.hpp"
#include "ui/FigurePalette.hpp"

#include <QCheckBox>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QToolButton>
#include <QtTest>

#include <cmath>
#include <memory>

namespace coachdeck {

using namespace std::chrono_literals;
using testing::DockFixture;

namespace {

void sendMouse(QWidget *widget, QEvent::Type type, QPointF at, Qt::MouseButtons buttons,
               Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    const Qt::MouseButton button = type == QEvent::MouseMove ? Qt::NoButton : Qt::LeftButton;
    QMouseEvent event(type, at, QPointF(widget->mapToGlobal(at.toPoint())), button, buttons,
                      modifiers);
    QCoreApplication::sendEvent(widget, &event);
}

/// A left-button drag from `from` to `to` in a few steps, as a hand would.
void drag(QWidget *widget, QPointF from, QPointF to, Qt::KeyboardModifiers modifiers = {})
{
    sendMouse(widget, QEvent::MouseButtonPress, from, Qt::LeftButton, modifiers);
    for (int i = 1; i <= 4; ++i)
        sendMouse(widget, QEvent::MouseMove, from + (to - from) * (i / 4.0), Qt::LeftButton,
                  modifiers);
    sendMouse(widget, QEvent::MouseButtonRelease, to, Qt::NoButton, modifiers);
}

/// What the board receives when a palette button is dropped on it at `at`.
void dropOn(QWidget *board, FigureKind kind, QPoint at)
{
    std::unique_ptr<QMimeData> data(BoardEditor::mimeFor(kind));
    QDragEnterEvent enter(at, Qt::CopyAction, data.get(), Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(board, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(at), Qt::CopyAction, data.get(), Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(board, &drop);
}

bool near(double a, double b, double tolerance = 1.0)
{
    return std::abs(a - b) <= tolerance;
}

struct BoardDock {
    DockFixture f;
    std::unique_ptr<CoachDock> dock;
    BoardEditor *board = nullptr;

    BoardDock()
    {
        dock = std::make_unique<CoachDock>(*f.controller, *f.commands, f.library, f.texts.lookup());
        dock->resize(350, 700);
        dock->findChild<QTabWidget *>("tabs")->setCurrentIndex(1); // the board
        dock->show();
        board = dock->boardPanel()->editor();
    }
    const Board &model() const { return f.controller->outline().board; }
};

} // namespace

class BoardEditorTest : public QObject {
    Q_OBJECT

private slots:
    void aFigureDraggedFromThePaletteLandsWhereItIsDropped()
    {
        BoardDock d;
        QVERIFY(QTest::qWaitForWindowExposed(d.dock.get()));
        // Pressing and moving on a palette button starts a drag, not a click.
        QToolButton *button = d.dock->boardPanel()->palette()->button(FigureKind::Person);
        QVERIFY(button);
        sendMouse(button, QEvent::MouseButtonPress, QPointF(5, 5), Qt::LeftButton);
        sendMouse(button, QEvent::MouseMove, QPointF(40, 40), Qt::LeftButton);
        sendMouse(button, QEvent::MouseButtonRelease, QPointF(40, 40), Qt::NoButton);
        QVERIFY(d.model().figures.empty());

        const QPoint at = d.board->projection().map(QPointF(400, 300)).toPoint();
        dropOn(d.board, FigureKind::Person, at);
        QCOMPARE(d.model().figures.size(), std::size_t(1));
        const Figure &added = d.model().figures.front();
        QCOMPARE(added.kind, FigureKind::Person);
        QVERIFY(near(added.position.x, 400, 8) && near(added.position.y, 300, 8));
        QCOMPARE(d.board->selectedId(), QString::fromStdString(added.id));
        QCOMPARE(QString::fromStdString(added.label), QString("Person"));
    }

    void aPaletteClickAddsInAFreePlace()
    {
        BoardDock d;
        QTest::mouseClick(d.dock->boardPanel()->palette()->button(FigureKind::Self),
                          Qt::LeftButton);
        QTest::mouseClick(d.dock->boardPanel()->palette()->button(FigureKind::Goal),
                          Qt::LeftButton);
        QCOMPARE(d.model().figures.size(), std::size_t(2));
        const auto &a = d.model().figures[0].position;
        const auto &b = d.model().figures[1].position;
        QVERIFY(std::hypot(a.x - b.x, a.y - b.y) > 100); // not on top of each other
        QVERIFY(!d.model().figures[1].facingDegrees);    // a goal is an anchor
    }

    void aDragMovesTheFigureAsOneUndoStep()
    {
        BoardDock d;
        QVERIFY(d.board->addFigure(FigureKind::Person, BoardPoint{800, 450}).ok());
        const QString id = d.board->selectedId();
        const QPointF from = d.board->figurePixel(id);
        const QPointF to = d.board->projection().map(QPointF(1200, 300));
        drag(d.board, from, to);
        const Figure &moved = d.model().figures.front();
        QVERIFY(near(moved.position.x, 1200, 8) && near(moved.position.y, 300, 8));
        QCOMPARE(d.f.controller->session().history().size(), std::size_t(2)); // add + one move

        QTest::keyClick(d.board, Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(d.model().figures.front().position == (BoardPoint{800, 450}));
        QTest::keyClick(d.board, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(near(d.model().figures.front().position.x, 1200, 8));
    }

    void theHandleTheWheelAndTheKeysTurnAFigure()
    {
        BoardDock d;
        QVERIFY(d.board->addFigure(FigureKind::Person, BoardPoint{800, 450}).ok());
        const QString id = d.board->selectedId();
        // Drag the handle to the right of the figure: it now looks right (90 degrees).
        const QPointF centre = d.board->figurePixel(id);
        drag(d.board, d.board->handlePixel(id), centre + QPointF(80, 0));
        QVERIFY2(near(*d.model().figures.front().facingDegrees, 90, 2),
                 qPrintable(QString::number(*d.model().figures.front().facingDegrees)));
        QCOMPARE(d.f.controller->session().history().undoLabel(),
                 std::string("CoachDeck.Undo.RotateFigure"));

        // Two wheel notches over the figure: +30 degrees, one undo step.
        for (int i = 0; i < 2; ++i) {
            QWheelEvent wheel(centre, QPointF(d.board->mapToGlobal(centre.toPoint())), QPoint(),
                              QPoint(0, 120), Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase,
                              false);
            QCoreApplication::sendEvent(d.board, &wheel);
        }
        QVERIFY(near(*d.model().figures.front().facingDegrees, 120, 2));
        QTest::keyClick(d.board, Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(near(*d.model().figures.front().facingDegrees, 90, 2));

        d.board->setFocus();
        QTest::keyClick(d.board, Qt::Key_BracketRight);
        QVERIFY(near(*d.model().figures.front().facingDegrees, 105, 2));
        QTest::keyClick(d.board, Qt::Key_R, Qt::ShiftModifier);
        QVERIFY(near(*d.model().figures.front().facingDegrees, 90, 2));

        // Undo all the way, then redo all the way: every edit is in the history.
        while (d.f.controller->undo()) {
        }
        QVERIFY(d.model().figures.empty());
        while (d.f.controller->redo()) {
        }
        QVERIFY(near(*d.model().figures.front().facingDegrees, 90, 2));
    }

    void keysMoveResizeAndDelete()
    {
        BoardDock d;
        QVERIFY(d.board->addFigure(FigureKind::Person, BoardPoint{800, 450}).ok());
        d.board->setFocus();
        QTest::keyClick(d.board, Qt::Key_Right);
        QTest::keyClick(d.board, Qt::Key_Down, Qt::ShiftModifier);
        QVERIFY(d.model().figures.front().position == (BoardPoint{810, 500}));
        QTest::keyClick(d.board, Qt::Key_3);
        QCOMPARE(d.model().figures.front().size, FigureSize::Large);
        QTest::keyClick(d.board, Qt::Key_Delete);
        QVERIFY(d.model().figures.empty());
        QTest::keyClick(d.board, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(d.model().figures.size(), std::size_t(1));
    }

    void theLabelIsEditedInPlace()
    {
        BoardDock d;
        QVERIFY(d.board->addFigure(FigureKind::Person, BoardPoint{800, 450}).ok());
        const QPointF at = d.board->figurePixel(d.board->selectedId());
        QTest::mouseDClick(d.board, Qt::LeftButton, Qt::NoModifier, at.toPoint());
        auto *editor = d.board->findChild<QLineEdit *>("boardLabelEditor");
        QVERIFY(editor && editor->isVisible());
        editor->selectAll();
        QTest::keyClicks(editor, QString::fromUtf8("La direction"));
        QTest::keyClick(editor, Qt::Key_Return);
        QCOMPARE(d.model().figures.front().label, std::string("La direction"));
        QVERIFY(!editor->isVisible());
    }

    void perspectiveAndZones()
    {
        BoardDock d;
        QVERIFY(d.board->addFigure(FigureKind::Self, BoardPoint{800, 450}).ok());
        const std::string id = d.model().figures.front().id;
        auto *see = d.dock->boardPanel()->findChild<QToolButton *>("perspectiveButton");
        QVERIFY(see && see->isEnabled());
        QTest::mouseClick(see, Qt::LeftButton);
        QCOMPARE(d.f.controller->outline().display.perspectiveFigureId, std::optional(id));
        QCOMPARE(d.f.publisher.current()->perspectiveFigureId, std::optional(id));

        QVERIFY(d.f.controller->apply([](Session &s) { return s.addZone(Zone{}); }).ok());
        auto *zones = d.dock->boardPanel()->findChild<QCheckBox *>("zonesCheck");
        QVERIFY(zones->isEnabled() && zones->isChecked());
        QTest::mouseClick(zones, Qt::LeftButton);
        QVERIFY(!d.model().zonesVisible);
        QVERIFY(!d.f.publisher.current()->zonesVisible);
    }

    void snapshotsAreTakenSteppedRestoredAndCompared()
    {
        BoardDock d;
        QVERIFY(d.board->addFigure(FigureKind::Self, BoardPoint{800, 450}).ok());
        auto *name = d.dock->boardPanel()->findChild<QLineEdit *>("nameEdit");
        auto *take = d.dock->boardPanel()->findChild<QPushButton *>("takeButton");
        QTest::keyClicks(name, QString::fromUtf8("Image initiale"));
        QTest::mouseClick(take, Qt::LeftButton);
        drag(d.board, d.board->figurePixel(d.board->selectedId()),
             d.board->projection().map(QPointF(300, 200)));
        QTest::mouseClick(take, Qt::LeftButton); // no name: "Step 2"
        const auto &snapshots = d.f.controller->outline().snapshots;
        QCOMPARE(snapshots.size(), std::size_t(2));
        QCOMPARE(snapshots[0].name, std::string("Image initiale"));
        QCOMPARE(snapshots[1].name, std::string("Step 2"));

        auto *next = d.dock->boardPanel()->findChild<QToolButton *>("nextButton");
        auto *previous = d.dock->boardPanel()->findChild<QToolButton *>("previousButton");
        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(d.f.controller->outline().display.shownSnapshotId, std::optional(snapshots[0].id));
        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(d.f.publisher.current()->shownSnapshotId, std::optional(snapshots[1].id));
        QTest::mouseClick(next, Qt::LeftButton); // past the last: the live board
        QVERIFY(!d.f.controller->outline().display.shownSnapshotId);
        QTest::mouseClick(previous, Qt::LeftButton);
        QCOMPARE(d.f.controller->outline().display.shownSnapshotId, std::optional(snapshots[1].id));

        // Restore the first image onto the board (undoable).
        auto *list = d.dock->boardPanel()->findChild<QListWidget *>("snapshotList");
        list->item(0)->setSelected(true);
        QTest::mouseClick(d.dock->boardPanel()->findChild<QToolButton *>("restoreButton"),
                          Qt::LeftButton);
        QVERIFY(d.model() == snapshots[0].board);

        auto *compare = d.dock->boardPanel()->findChild<QCheckBox *>("compareCheck");
        QTest::mouseClick(compare, Qt::LeftButton);
        auto *stack = d.dock->boardPanel()->findChild<QStackedWidget *>("boardStack");
        QCOMPARE(stack->currentIndex(), 1);
    }

    void eachThumbnailShowsItsSnapshotsBoardAndIsPaintedOnce()
    {
        BoardDock d;
        QVERIFY(d.board->addFigure(FigureKind::Self, BoardPoint{200, 200}).ok());
        QTest::mouseClick(d.dock->boardPanel()->findChild<QPushButton *>("takeButton"),
                          Qt::LeftButton);
        auto *list = d.dock->boardPanel()->findChild<QListWidget *>("snapshotList");
        const auto icon = [&] { return list->item(0)->icon(); };
        const auto picture = [&] { return icon().pixmap(QSize(64, 36)).toImage(); };
        const QImage before = picture();
        const qint64 painted = icon().cacheKey();

        // The time adjusted, another snapshot shown: the strip is rebuilt, this board is not
        // painted again (300 of them took a second).
        QVERIFY(d.f.controller->apply([](Session &s) { return s.addItem("Accueil", 10min); }).ok());
        QTest::mouseClick(d.dock->boardPanel()->findChild<QToolButton *>("nextButton"),
                          Qt::LeftButton);
        QCOMPARE(icon().cacheKey(), painted);

        // A session whose snapshot of the same id shows another board: painted anew.
        Outline other = d.f.controller->outline();
        other.snapshots.at(0).board.figures.at(0).position = BoardPoint{1400, 700};
        QVERIFY(d.f.controller->replace(std::move(other)).ok());
        QVERIFY(picture() != before);
    }
};

} // namespace coachdeck

QTEST_MAIN(coachdeck::BoardEditorTest)
#include "BoardEditorTest.moc"
