// The agenda, the timer, notes and actions, driven with clicks and keys on a manual clock
// (offscreen): what the coach reads at a glance follows the clock, and what is typed lands in
// the model with the right item and visibility.

#include "DockFixture.hpp"
#include "ui/ActionsPanel.hpp"
#include "ui/AgendaList.hpp"
#include "ui/AgendaPanel.hpp"
#include "ui/CoachDock.hpp"
#include "ui/NotesPanel.hpp"
#include "ui/TimerPanel.hpp"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QtTest>

#include <memory>

namespace coachdeck {

using namespace std::chrono_literals;
using testing::child;
using testing::DockFixture;

namespace {

struct Dock {
    DockFixture f;
    std::unique_ptr<CoachDock> dock;

    Dock()
    {
        dock = std::make_unique<CoachDock>(*f.controller, *f.commands, f.library, f.texts.lookup());
        dock->resize(350, 700);
        dock->show();
    }
    const Outline &outline() const { return f.controller->outline(); }
    void clickTimer(const char *button) const
    {
        QTest::mouseClick(child<QPushButton>(dock->timerPanel(), button), Qt::LeftButton);
    }
    QString remaining() const
    {
        dock->timerPanel()->refresh();
        return child<QLabel>(dock->timerPanel(), "remainingLabel")->text();
    }
    QString phase() const
    {
        return child<QLabel>(dock->timerPanel(), "remainingLabel")->property("phase").toString();
    }
};

void addItem(const Dock &d, const QString &title, int minutes)
{
    QWidget *agenda = d.dock->agendaPanel();
    QTest::mouseClick(child<QPushButton>(agenda, "addButton"), Qt::LeftButton);
    auto *edit = child<QLineEdit>(agenda, "titleEdit");
    edit->selectAll();
    QTest::keyClicks(edit, title);
    QTest::keyClick(edit, Qt::Key_Return);
    auto *planned = child<QSpinBox>(agenda, "plannedSpin");
    planned->setValue(minutes);
}

} // namespace

class SessionPanelsTest : public QObject {
    Q_OBJECT

private slots:
    void anItemsKindIsChosenSavedAndUndone()
    {
        Dock d;
        addItem(d, "Bilan", 10);
        QWidget *agenda = d.dock->agendaPanel();
        auto *kind = child<QComboBox>(agenda, "kindCombo");
        QVERIFY(kind->isVisible());
        QCOMPARE(kind->count(), 7);
        QCOMPARE(kind->currentText(), QString("General"));
        // The editor, kind row included, still fits a 350×700 dock.
        QVERIFY2(d.dock->minimumSizeHint().height() <= 700,
                 qPrintable(QString::number(d.dock->minimumSizeHint().height())));
        QVERIFY(d.dock->minimumSizeHint().width() <= 350);
        const std::size_t steps = d.f.controller->session().history().size();

        kind->setFocus();
        QTest::keyClick(kind, Qt::Key_Down); // each choice is one undoable step
        QCOMPARE(kind->currentText(), QString("Check-in"));
        QCOMPARE(d.outline().agenda[0].kind, ItemKind::CheckIn);
        QTest::keyClick(kind, Qt::Key_Down);
        QCOMPARE(kind->currentText(), QString("Review of actions"));
        QCOMPARE(d.outline().agenda[0].kind, ItemKind::ReviewOfActions);
        QCOMPARE(d.outline().agenda[0].title, std::string("Bilan"));
        QCOMPARE(d.f.controller->session().history().size(), steps + 2);
        QCOMPARE(d.f.controller->session().history().undoLabel(),
                 std::string("CoachDeck.Undo.SetItemKind"));

        // In the outline on disk, as "review-actions".
        QTRY_VERIFY(d.f.controller->saveReport().savedRevision ==
                    d.f.controller->session().revision());
        Result<Outline> saved = outline_file::load(d.f.controller->file());
        QVERIFY(saved.ok());
        QCOMPARE(saved->agenda[0].kind, ItemKind::ReviewOfActions);

        QVERIFY(d.f.controller->undo());
        QCOMPARE(d.outline().agenda[0].kind, ItemKind::CheckIn);
        QCOMPARE(kind->currentText(), QString("Check-in"));
        QVERIFY(d.f.controller->undo());
        QCOMPARE(d.outline().agenda[0].kind, ItemKind::General);
        QCOMPARE(kind->currentText(), QString("General"));
        QVERIFY(d.f.controller->redo());
        QCOMPARE(kind->currentText(), QString("Check-in"));
        QVERIFY2(d.f.texts.missing.isEmpty(), qPrintable(d.f.texts.missing.join(", ")));
    }

    void theKindsAreNamedInFrench()
    {
        DockFixture f("fr-FR");
        CoachDock dock(*f.controller, *f.commands, f.library, f.texts.lookup());
        QStringList names;
        auto *kind = child<QComboBox>(dock.agendaPanel(), "kindCombo");
        for (int i = 0; i < kind->count(); ++i)
            names << kind->itemText(i);
        QCOMPARE(names, (QStringList{"Général", "Accueil", "Revue des actions", "Exploration",
                                     "Constellation", "Plan d'action", "Clôture"}));
        QVERIFY2(f.texts.missing.isEmpty(), qPrintable(f.texts.missing.join(", ")));
    }

    void theAgendaIsBuiltAndRunOnTheClock()
    {
        Dock d;
        addItem(d, "Accueil", 10);
        addItem(d, "Exploration", 40);
        QCOMPARE(d.outline().agenda.size(), std::size_t(2));
        QCOMPARE(d.outline().agenda[0].title, std::string("Accueil"));
        QVERIFY(d.outline().agenda[1].planned == 40min);
        QCOMPARE(d.remaining(), QString("10:00"));

        d.clickTimer("startPauseButton");
        QCOMPARE(d.outline().clock.status, ClockStatus::Running);
        d.f.clock.advance(4min);
        QCOMPARE(d.remaining(), QString("06:00"));
        QCOMPARE(d.phase(), QString("normal"));
        d.f.clock.advance(90s);
        QCOMPARE(d.remaining(), QString("04:30"));
        QCOMPARE(d.phase(), QString("warning"));
        d.f.clock.advance(5min);
        QCOMPARE(d.remaining(), QString("+00:30"));
        QCOMPARE(d.phase(), QString("overtime"));

        d.clickTimer("plusMinuteButton");
        QCOMPARE(d.remaining(), QString("00:30"));
        d.clickTimer("startPauseButton"); // pause
        QCOMPARE(d.outline().clock.status, ClockStatus::Paused);
        d.f.clock.advance(10min); // a pause does not count
        QCOMPARE(d.remaining(), QString("00:30"));
        d.clickTimer("startPauseButton"); // resume
        d.clickTimer("nextButton");
        QCOMPARE(d.outline().clock.currentItemId, std::optional(d.outline().agenda[1].id));
        QCOMPARE(d.remaining(), QString("40:00"));
        // Planned vs actual on the agenda's row.
        auto *list = child<AgendaList>(d.dock->agendaPanel(), "agendaList");
        QCOMPARE(list->topLevelItem(0)->text(3), QString("10:30"));
        QVERIFY(list->topLevelItem(0)->text(2).startsWith("10 min"));
        d.clickTimer("previousButton");
        QCOMPARE(d.outline().clock.currentItemId, std::optional(d.outline().agenda[0].id));
    }

    void theClientSeesTheTimerOnlyWhenTheCoachSaysSo()
    {
        Dock d;
        addItem(d, "Accueil", 10);
        QVERIFY(!d.f.publisher.current()->timerVisible);
        auto *show = child<QCheckBox>(d.dock->timerPanel(), "showTimerCheck");
        QTest::mouseClick(show, Qt::LeftButton, {}, QPoint(8, show->height() / 2));
        QVERIFY(d.outline().display.timerVisible);
        QVERIFY(d.f.publisher.current()->timerVisible);
        QVERIFY(d.f.commands->toggleTimerVisible().ok()); // the hotkey's way
        QVERIFY(!show->isChecked());
    }

    void itemsAreReorderedByDragAndEditedWhileRunning()
    {
        Dock d;
        addItem(d, "Accueil", 10);
        addItem(d, "Exploration", 40);
        addItem(d, "Plan d'action", 15);
        d.clickTimer("startPauseButton");
        auto *list = child<AgendaList>(d.dock->agendaPanel(), "agendaList");
        const QString last = AgendaList::idOf(list->topLevelItem(2));
        // Drop the last row on the upper half of the second one.
        const QRect second = list->visualItemRect(list->topLevelItem(1));
        std::unique_ptr<QMimeData> data(AgendaList::mimeFor(last));
        const QPoint at(second.center().x(), second.top() + 2);
        QDragEnterEvent enter(at, Qt::MoveAction, data.get(), Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(list->viewport(), &enter);
        QDragMoveEvent move(at, Qt::MoveAction, data.get(), Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(list->viewport(), &move);
        QDropEvent drop(QPointF(at), Qt::MoveAction, data.get(), Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(list->viewport(), &drop);
        QCOMPARE(d.outline().agenda[1].title, std::string("Plan d'action"));
        QCOMPARE(list->topLevelItem(1)->text(1), QString("Plan d'action"));

        // Thresholds edited on the selected item; removed while running.
        d.dock->agendaPanel()->select(last);
        child<QSpinBox>(d.dock->agendaPanel(), "warnSpin")->setValue(3);
        QVERIFY(d.outline().agenda[1].warnAt == 3min);
        QTest::mouseClick(child<QPushButton>(d.dock->agendaPanel(), "removeButton"),
                          Qt::LeftButton);
        QCOMPARE(d.outline().agenda.size(), std::size_t(2));
        QCOMPARE(d.outline().clock.status, ClockStatus::Running);
    }

    void notesGetTheCurrentItemAndTheChosenVisibility()
    {
        Dock d;
        addItem(d, "Accueil", 10);
        addItem(d, "Exploration", 40);
        d.clickTimer("startPauseButton");
        d.clickTimer("nextButton");
        QWidget *notes = d.dock->notesPanel();
        auto *edit = child<QPlainTextEdit>(notes, "noteEdit");
        auto *visibility = child<QComboBox>(notes, "visibilityCombo");
        QCOMPARE(visibility->currentData().toInt(), int(Visibility::CoachPrivate)); // the default
        QVERIFY(child<QLabel>(notes, "stampLabel")->text().contains("Exploration"));

        edit->insertPlainText(QString::fromUtf8("Hésite à nommer le conflit"));
        QTest::keyClick(edit, Qt::Key_Return, Qt::ControlModifier);
        visibility->setCurrentIndex(visibility->findData(int(Visibility::ReportableToSponsor)));
        child<QCheckBox>(notes, "validatedCheck")->setChecked(true);
        child<QDateEdit>(notes, "validatedDate")->setDate(QDate(2026, 11, 22));
        edit->insertPlainText(QString::fromUtf8("Prêt à présenter son projet"));
        QTest::mouseClick(child<QPushButton>(notes, "addButton"), Qt::LeftButton);

        const auto &all = d.outline().notes;
        QCOMPARE(all.size(), std::size_t(2));
        const std::string exploration = d.outline().agenda[1].id;
        QCOMPARE(all[0].agendaItemId, std::optional(exploration));
        QCOMPARE(all[0].visibility, Visibility::CoachPrivate);
        QCOMPARE(all[1].visibility, Visibility::ReportableToSponsor);
        QVERIFY(all[1].validatedOn == (Date{2026, 11, 22}));
        QVERIFY(all[1].reportableToSponsor());
        // Back to private for the next note, and no note text reaches the client's view.
        QCOMPARE(visibility->currentData().toInt(), int(Visibility::CoachPrivate));
        bool leaked = false;
        d.f.publisher.current()->visitTexts(
            [&](std::string_view t) { leaked = leaked || t.find("conflit") != t.npos; });
        QVERIFY(!leaked);
    }

    void actionsHaveWhatWhoWhenAndStatus()
    {
        Dock d;
        QWidget *actions = d.dock->actionsPanel();
        child<QLineEdit>(actions, "whatEdit")
            ->setText(QString::fromUtf8("Préparer l'entretien avec la direction"));
        auto *owner = child<QLineEdit>(actions, "ownerEdit");
        owner->clear();
        QTest::keyClicks(owner, "Eric");
        child<QCheckBox>(actions, "dueCheck")->setChecked(true);
        child<QDateEdit>(actions, "dueDate")->setDate(QDate(2026, 12, 10));
        QTest::mouseClick(child<QPushButton>(actions, "addButton"), Qt::LeftButton);
        QCOMPARE(d.outline().actions.size(), std::size_t(1));
        const ActionItem &added = d.outline().actions.front();
        QCOMPARE(added.owner, std::string("Eric"));
        QVERIFY(added.due == (Date{2026, 12, 10}));
        QCOMPARE(added.status, ActionStatus::Open);

        auto *list = child<QTreeWidget>(actions, "actionsList");
        list->topLevelItem(0)->setSelected(true);
        auto *status = child<QComboBox>(actions, "statusCombo");
        status->setCurrentIndex(status->findData(int(ActionStatus::Done)));
        QTest::mouseClick(child<QPushButton>(actions, "updateButton"), Qt::LeftButton);
        QCOMPARE(d.outline().actions.front().status, ActionStatus::Done);
        QCOMPARE(list->topLevelItem(0)->text(3), QString("Done"));
    }
};

} // namespace coachdeck

QTEST_MAIN(coachdeck::SessionPanelsTest)
#include "SessionPanelsTest.moc"
