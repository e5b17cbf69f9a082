// The whole dock, driven as a coach would (offscreen Qt platform): texts from the real locale
// files, undo and redo from the keyboard, autosave to a file that loads back equal, a failing
// disk shown with its retry, a recovered session announced, files opened and remembered.

#include "ui/CoachDock.hpp"
#include "DockFixture.hpp"
#include "core/OutlineFile.hpp"
#include "core/SessionClock.hpp"
#include "ui/MetadataDialog.hpp"
#include "ui/SessionBar.hpp"
#include "ui/StatusBanner.hpp"

#include "../core/SampleOutline.hpp"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QtTest>

#include <atomic>
#include <fstream>
#include <iterator>

namespace coachdeck {

using namespace std::chrono_literals;
using testing::DockFixture;

namespace {

std::string readBytes(const std::filesystem::path &file)
{
    std::ifstream in(file, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

QStringList shownTexts(const QWidget &root)
{
    QStringList shown;
    for (const QLabel *label : root.findChildren<QLabel *>())
        shown << label->text();
    for (const QAbstractButton *button : root.findChildren<QAbstractButton *>())
        shown << button->text();
    for (const QTabWidget *tabs : root.findChildren<QTabWidget *>())
        for (int i = 0; i < tabs->count(); ++i)
            shown << tabs->tabText(i);
    return shown;
}

} // namespace

class CoachDockTest : public QObject {
    Q_OBJECT

private slots:
    void everyTextTheDockAsksForExistsInBothLocales()
    {
        for (const char *language : {"en-US", "fr-FR"}) {
            DockFixture f(language);
            QVERIFY(f.controller->replace(samples::sampleOutline()).ok());
            CoachDock dock(*f.controller, *f.commands, f.library, f.texts.lookup());
            dock.resize(350, 700);
            dock.show();
            dock.showRecovered(true);
            QVERIFY2(f.texts.missing.isEmpty(), qPrintable(f.texts.missing.join(", ")));
            for (const QString &text : shownTexts(dock))
                QVERIFY2(!text.startsWith("CoachDeck."), qPrintable(text));
        }
    }

    void speaksFrenchWhenObsDoes()
    {
        DockFixture f("fr-FR");
        CoachDock dock(*f.controller, *f.commands, f.library, f.texts.lookup());
        const QStringList shown = shownTexts(dock);
        QVERIFY2(shown.contains(QString::fromUtf8("Ordre du jour")), qPrintable(shown.join("|")));
        QVERIFY(shown.contains(QString::fromUtf8("Démarrer")));
    }

    void fitsA350By700Dock()
    {
        for (const char *language : {"en-US", "fr-FR"}) {
            DockFixture f(language);
            QVERIFY(f.controller->replace(samples::sampleOutline()).ok());
            CoachDock dock(*f.controller, *f.commands, f.library, f.texts.lookup());
            QVERIFY2(dock.minimumSizeHint().width() <= 350,
                     qPrintable(QString::number(dock.minimumSizeHint().width())));
            QVERIFY(dock.minimumSizeHint().height() <= 700);
        }
    }

    void undoAndRedoFromTheKeyboardAnywhereInTheDock()
    {
        DockFixture f;
        CoachDock dock(*f.controller, *f.commands, f.library, f.texts.lookup());
        dock.show();
        QVERIFY(f.controller->apply([](Session &s) { return s.addItem("Accueil", 10min); }).ok());
        QWidget *focus = dock.findChild<QTabWidget *>();
        QVERIFY(focus);
        focus->setFocus();
        QTest::keyClick(focus, Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(f.controller->outline().agenda.empty());
        QTest::keyClick(focus, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(f.controller->outline().agenda.size(), std::size_t(1));
    }

    void autosaveWritesAFileThatLoadsBackEqual()
    {
        DockFixture f;
        CoachDock dock(*f.controller, *f.commands, f.library, f.texts.lookup());
        QVERIFY(dock.sessionBar()->newSession("empty").ok());
        QVERIFY(f.controller->file().parent_path() == f.library.sessionsFolder());
        QVERIFY(f.controller->apply([](Session &s) { return s.addItem("Accueil", 10min); }).ok());
        QVERIFY(f.commands->startOrPause().ok());
        QTRY_VERIFY(f.controller->saveReport().savedRevision == f.controller->session().revision());
        Result<Outline> onDisk = outline_file::load(f.controller->file());
        QVERIFY(onDisk.ok());
        // A running stretch is kept on the wall clock; the monotonic instant is per process.
        Outline live = f.controller->outline();
        live.clock.runningSince.reset();
        onDisk.value().clock.runningSince.reset();
        QVERIFY(*onDisk == live);
        // The new session is remembered as the one to reopen.
        QVERIFY(f.library.lastSession() == f.controller->file());
    }

    void aSuspendWhileTheClockRanIsShownAndPausingBackTakesItsTimeAway()
    {
        DockFixture f("fr-FR");
        CoachDock dock(*f.controller, *f.commands, f.library, f.texts.lookup());
        dock.show();
        QVERIFY(f.controller->apply([](Session &s) { return s.addItem("Accueil", 30min); }).ok());
        QVERIFY(f.commands->startOrPause().ok());
        const auto elapsed = [&] {
            const Outline &o = f.controller->outline();
            return session_clock::itemTiming(o, o.agenda.front(), f.clock.monoNow()).elapsed;
        };
        f.clock.advance(5min);
        f.controller->checkSuspend();
        QVERIFY(!dock.suspendBanner()->isVisible()); // awake all along
        f.clock.suspend(12min);                      // the laptop's lid closed
        f.controller->checkSuspend();
        QVERIFY(dock.suspendBanner()->isVisible());
        QCOMPARE(dock.suspendBanner()->kind(), StatusBanner::Kind::Warning);
        QVERIFY2(dock.suspendBanner()->text().contains(QStringLiteral("en veille pendant 12 min")),
                 qPrintable(dock.suspendBanner()->text()));
        QCOMPARE(elapsed(), Millis(17min)); // counted, as the wall clock counts it

        dock.suspendBanner()->actionButton()->click();
        QCOMPARE(f.controller->outline().clock.status, ClockStatus::Paused);
        QCOMPARE(elapsed(), Millis(5min));
        QCOMPARE(dock.suspendBanner()->kind(), StatusBanner::Kind::Info);
        QVERIFY2(dock.suspendBanner()->text().startsWith(QStringLiteral("En pause depuis")),
                 qPrintable(dock.suspendBanner()->text()));

        // Asleep again while paused: nothing was counted, nothing to say.
        dock.suspendBanner()->clear();
        f.clock.suspend(30min);
        f.controller->checkSuspend();
        QVERIFY(!dock.suspendBanner()->isVisible());
    }

    void anUnreadableLastSessionIsExplainedKeptAndItsBackupRestoredOnOneClick()
    {
        DockFixture f;
        const std::filesystem::path file = f.file("claire-2.json");
        Outline good = samples::sampleOutline();
        good.session.clientPseudonym = "Claire";
        QVERIFY(outline_file::save(file, good).ok());
        QVERIFY(outline_file::save(file, good).ok()); // the first write is now the backup
        std::ofstream(file, std::ios::binary | std::ios::trunc) << "{\"format\": \"coachdeck.out";
        const std::string broken = readBytes(file);

        const session_recovery::Findings found = f.controller->reopen(file);
        CoachDock dock(*f.controller, *f.commands, f.library, f.texts.lookup());
        dock.show();
        dock.showReopenFindings(found, file);
        QVERIFY(dock.recoveryBanner()->isVisible());
        QCOMPARE(dock.recoveryBanner()->kind(), StatusBanner::Kind::Error);
        const QString said = dock.recoveryBanner()->text();
        QVERIFY2(said.contains(QStringLiteral("claire-2.json cannot be read")) &&
                     said.contains(QStringLiteral("(claire-2.json.bak)")),
                 qPrintable(said));
        QVERIFY(readBytes(file) == broken); // nothing written over it until the coach chooses

        dock.recoveryBanner()->actionButton()->click();
        QCOMPARE(f.controller->outline().session.clientPseudonym, std::string("Claire"));
        QVERIFY(f.controller->file() == file);
        QVERIFY(outline_file::load(file).ok());
        QVERIFY(readBytes(std::filesystem::path(file.string() + ".unreadable")) == broken);
        QCOMPARE(dock.recoveryBanner()->kind(), StatusBanner::Kind::Info);
        QVERIFY2(dock.recoveryBanner()->text().contains(QStringLiteral("claire-2.json.unreadable")),
                 qPrintable(dock.recoveryBanner()->text()));
    }

    void aSaveErrorIsShownWithItsRetryAndClearsWhenTheDiskComesBack()
    {
        std::atomic<bool> diskFull{true};
        DockFixture f("en-US", [&](const std::filesystem::path &file, const Outline &outline) {
            if (diskFull)
                return Status(Error("cannot write session.json: No space left on device"));
            return outline_file::save(file, outline);
        });
        CoachDock dock(*f.controller, *f.commands, f.library, f.texts.lookup());
        dock.show();
        QVERIFY(f.controller->apply([](Session &s) { return s.addItem("Accueil", 10min); }).ok());
        QTRY_VERIFY(dock.saveBanner()->isVisible());
        QCOMPARE(dock.saveBanner()->kind(), StatusBanner::Kind::Error);
        QVERIFY(dock.saveBanner()->text().contains("No space left on device"));
        QVERIFY(dock.saveBanner()->text().contains("again")); // says it retries
        QVERIFY(dock.saveBanner()->actionButton()->isVisible());
        diskFull = false;
        QTest::mouseClick(dock.saveBanner()->actionButton(), Qt::LeftButton);
        QTRY_VERIFY(f.controller->saveError().isEmpty());
        QTRY_COMPARE(dock.saveBanner()->kind(), StatusBanner::Kind::Info);
        QCOMPARE(outline_file::load(f.controller->file())->agenda.size(), std::size_t(1));
    }

    void aRecoveredSessionIsAnnounced()
    {
        DockFixture f;
        // The previous run left its marker: OBS did not close normally.
        QVERIFY(!f.library.beginRun());
        SessionLibrary again(f.library.folder());
        QVERIFY(again.beginRun());
        CoachDock dock(*f.controller, *f.commands, again, f.texts.lookup());
        dock.show();
        dock.showRecovered(again.recoveredFromCrash());
        QVERIFY(dock.noticeBanner()->isVisible());
        QVERIFY(dock.noticeBanner()->text().contains("recovered"));
        again.endRun();
        QVERIFY(!SessionLibrary(f.library.folder()).beginRun());
    }

    void openSaveAsAndRecentSessions()
    {
        DockFixture f;
        CoachDock dock(*f.controller, *f.commands, f.library, f.texts.lookup());
        const auto file = f.file("eric-3.json");
        QVERIFY(outline_file::save(file, samples::sampleOutline()).ok());
        QVERIFY(dock.sessionBar()->openFile(file).ok());
        QCOMPARE(f.controller->outline().session.clientPseudonym, std::string("Eric"));
        const QStringList shown = shownTexts(dock);
        QVERIFY(std::any_of(shown.begin(), shown.end(),
                            [](const QString &t) { return t.contains("Session 3 of 10"); }));
        const auto copy = f.file("eric-3-copy");
        QVERIFY(dock.sessionBar()->saveAsFile(copy).ok());
        QVERIFY(f.controller->file() == f.file("eric-3-copy.json"));
        QVERIFY(outline_file::load(f.file("eric-3-copy.json"))->session ==
                f.controller->outline().session);
        const auto recent = f.library.recent();
        QCOMPARE(recent.size(), std::size_t(2));
        QVERIFY(recent.front() == f.file("eric-3-copy.json"));
        // Remembered across runs.
        QVERIFY(SessionLibrary(f.library.folder()).lastSession() == f.file("eric-3-copy.json"));
        // A bad file changes nothing and says why.
        QVERIFY(!dock.sessionBar()->openFile(f.file("missing.json")).ok());
        QVERIFY(f.controller->file() == f.file("eric-3-copy.json"));
    }

    void sessionDetailsAreEditedInTheDialog()
    {
        DockFixture f;
        SessionMetadata meta = samples::sampleOutline().session;
        MetadataDialog dialog(meta, f.texts.lookup());
        dialog.findChild<QLineEdit *>("clientEdit")->setText("Eric D.");
        dialog.findChild<QSpinBox *>("numberSpin")->setValue(4);
        dialog.findChild<QCheckBox *>("dateCheck")->setChecked(false);
        auto *modality = dialog.findChild<QComboBox *>("modalityCombo");
        modality->setCurrentIndex(modality->findData(int(Modality::InPerson)));
        dialog.findChild<QLineEdit *>("sponsorEdit")->clear();
        const SessionMetadata edited = dialog.metadata();
        QCOMPARE(edited.clientPseudonym, std::string("Eric D."));
        QCOMPARE(edited.sessionNumber, 4);
        QCOMPARE(edited.sessionCount, 10);
        QVERIFY(!edited.date);
        QCOMPARE(edited.modality, Modality::InPerson);
        QVERIFY(!edited.sponsor);
        QCOMPARE(edited.engagement, meta.engagement);
        QVERIFY(f.controller->apply([&](Session &s) { return s.setMetadata(edited); }).ok());
        QCOMPARE(f.controller->session().history().undoLabel(),
                 std::string("CoachDeck.Undo.EditSession"));
    }

    void theLibraryKeepsEightRecentFilesAndSurvivesAGarbledList()
    {
        DockFixture f;
        for (int i = 0; i < 10; ++i) {
            const auto file = f.file("s" + std::to_string(i) + ".json");
            QVERIFY(outline_file::save(file, Outline{}).ok());
            f.library.remember(file);
        }
        SessionLibrary again(f.library.folder());
        QCOMPARE(again.recent().size(), SessionLibrary::kMaxRecent);
        QVERIFY(again.recent().front() == f.file("s9.json"));
        QVERIFY(again.lastSession() == f.file("s9.json"));
        QFile list(QString::fromStdString((f.library.folder() / "sessions.json").string()));
        QVERIFY(list.open(QIODevice::WriteOnly | QIODevice::Truncate));
        list.write("{ not json");
        list.close();
        SessionLibrary garbled(f.library.folder());
        QVERIFY(garbled.recent().empty());
        QVERIFY(!garbled.lastSession());
        // New sessions never overwrite one another.
        const WallTime now = f.clock.wallNow();
        const auto first = f.library.newSessionFile(now);
        QVERIFY(outline_file::save(first, Outline{}).ok());
        QVERIFY(f.library.newSessionFile(now) != first);
    }
};

} // namespace coachdeck

QTEST_MAIN(coachdeck::CoachDockTest)
#include "CoachDockTest.moc"
