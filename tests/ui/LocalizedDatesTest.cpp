// Dates and times in the dock follow the OBS language (offscreen): note stamps, validation and due
// dates, the session date, the end-time forecast and the date editors read "22/11/2026" and
// "16:23" in French, "11/22/2026" and "4:23 PM" in English.

#include "DockFixture.hpp"
#include "ui/ActionsPanel.hpp"
#include "ui/CoachDock.hpp"
#include "ui/MetadataDialog.hpp"
#include "ui/NotesPanel.hpp"
#include "ui/SessionBar.hpp"
#include "ui/TimerPanel.hpp"

#include "../render/ScopedTimeZone.hpp"

#include <QDateEdit>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTreeWidget>
#include <QtTest>

#include <memory>

namespace coachdeck {

using namespace std::chrono_literals;
using testing::child;
using testing::DockFixture;

namespace {

/// What the dock shows of a session started at the fixture's wall time (2026-09-21 14:13:20 UTC,
/// 16:13 in Paris) with a 10-minute item, a validated sponsor note and an action due 2026-12-03.
struct Shown {
    QString noteHead;
    QString dueDate;
    QString timerFacts;
    QString sessionTitle;
    QString editorFormat;
};

Shown showSession(const char *language)
{
    DockFixture f(language);
    const bool ready = f.controller
                           ->apply([](Session &s) -> Status {
                               SessionMetadata meta = s.outline().session;
                               meta.clientPseudonym = "Camille";
                               meta.date = Date{2026, 11, 22};
                               if (Status set = s.setMetadata(meta); !set)
                                   return set;
                               if (Result<std::string> item = s.addItem("Accueil", 10min); !item)
                                   return item.error();
                               ActionItem action;
                               action.what = "Relire le plan";
                               action.due = Date{2026, 12, 3};
                               if (Result<std::string> added = s.addAction(action); !added)
                                   return added.error();
                               return ok();
                           })
                           .ok();
    if (!ready)
        qFatal("session not set up");
    CoachDock dock(*f.controller, *f.commands, f.library, f.texts.lookup(), LocalDates(language));
    QTest::mouseClick(child<QPushButton>(dock.timerPanel(), "startPauseButton"), Qt::LeftButton);
    if (!f.controller
             ->apply([](Session &s) -> Status {
                 Result<std::string> id = s.addNote("Prête", Visibility::ReportableToSponsor);
                 if (!id)
                     return id.error();
                 Note note = s.outline().notes.back();
                 note.validatedOn = Date{2026, 11, 22};
                 return s.editNote(note);
             })
             .ok())
        qFatal("note not added");
    dock.timerPanel()->refresh();

    Shown shown;
    const QString note = child<QListWidget>(dock.notesPanel(), "notesList")->item(0)->text();
    shown.noteHead = note.section(QLatin1Char('\n'), 0, 0);
    shown.dueDate =
        child<QTreeWidget>(dock.actionsPanel(), "actionsList")->topLevelItem(0)->text(2);
    shown.timerFacts = child<QLabel>(dock.timerPanel(), "sessionLabel")->text();
    shown.sessionTitle = child<QLabel>(dock.sessionBar(), "titleLabel")->text();
    shown.editorFormat = child<QDateEdit>(dock.actionsPanel(), "dueDate")->displayFormat();
    return shown;
}

} // namespace

class LocalizedDatesTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { paris_ = std::make_unique<testing::ScopedTimeZone>("Europe/Paris"); }
    void cleanupTestCase() { paris_.reset(); }

    void theDockWritesDatesAndTimesInFrench()
    {
        const Shown shown = showSession("fr-FR");
        QVERIFY2(shown.noteHead.startsWith(QStringLiteral("16:13 ")), qPrintable(shown.noteHead));
        QVERIFY2(shown.noteHead.contains(QStringLiteral("22/11/2026")), qPrintable(shown.noteHead));
        QCOMPARE(shown.dueDate, QStringLiteral("03/12/2026"));
        QVERIFY2(shown.timerFacts.contains(QStringLiteral("fin vers 16:23")),
                 qPrintable(shown.timerFacts));
        QVERIFY2(shown.sessionTitle.endsWith(QStringLiteral("22/11/2026")),
                 qPrintable(shown.sessionTitle));
        QCOMPARE(shown.editorFormat, QStringLiteral("dd/MM/yyyy"));
    }

    void theDockWritesDatesAndTimesInEnglish()
    {
        const Shown shown = showSession("en-US");
        QVERIFY2(shown.noteHead.startsWith(QStringLiteral("4:13 PM ")), qPrintable(shown.noteHead));
        QVERIFY2(shown.noteHead.contains(QStringLiteral("11/22/2026")), qPrintable(shown.noteHead));
        QCOMPARE(shown.dueDate, QStringLiteral("12/3/2026"));
        QVERIFY2(shown.timerFacts.contains(QStringLiteral("ends about 4:23 PM")),
                 qPrintable(shown.timerFacts));
        QVERIFY2(shown.sessionTitle.endsWith(QStringLiteral("11/22/2026")),
                 qPrintable(shown.sessionTitle));
    }

    void theDetailsDialogEditsTheDateInTheObsLanguage()
    {
        DockFixture f("fr-FR");
        SessionMetadata meta;
        meta.date = Date{2026, 11, 22};
        MetadataDialog dialog(meta, f.texts.lookup(), LocalDates("fr-FR"));
        auto *edit = child<QDateEdit>(&dialog, "dateEdit");
        QCOMPARE(edit->text(), QStringLiteral("22/11/2026"));
        QCOMPARE(edit->locale().language(), QLocale::French);
    }

private:
    std::unique_ptr<testing::ScopedTimeZone> paris_;
};

} // namespace coachdeck

QTEST_MAIN(coachdeck::LocalizedDatesTest)
#include "LocalizedDatesTest.moc"
