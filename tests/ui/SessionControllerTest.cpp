// The controller every input goes through: one change signal, one client view,
// one autosave that survives a failing disk.
#include "ui/SessionController.hpp"
#include "../core/SampleOutline.hpp"
#include "core/OutlineFile.hpp"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <atomic>

namespace coachdeck {

using namespace std::chrono_literals;

class SessionControllerTest : public QObject {
    Q_OBJECT

    ManualClock clock;
    ViewPublisher publisher;

    SessionController::Options options(const QTemporaryDir &dir)
    {
        SessionController::Options o;
        o.autosaveFile =
            std::filesystem::path(dir.path().toStdString()) / "autosave" / "session.json";
        o.autosaveDelay = 10ms;
        o.retryDelay = 20ms;
        return o;
    }

private slots:
    void editsAreSignalledPublishedAndFailuresAreSilent()
    {
        QTemporaryDir dir;
        SessionController controller(clock, publisher, outline_file::save, options(dir));
        QSignalSpy changed(&controller, &SessionController::changed);
        auto id = controller.apply([](Session &s) { return s.addItem("Accueil", 10min); });
        QVERIFY(id.ok());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(publisher.current()->revision, controller.session().revision());
        QCOMPARE(publisher.current()->agenda.size(), size_t(1));

        Status refused = controller.apply([](Session &s) { return s.removeItem("i404"); });
        QVERIFY(!refused.ok());
        QCOMPARE(changed.count(), 1);
        QVERIFY(controller.undo());
        QCOMPARE(changed.count(), 2);
        QVERIFY(publisher.current()->agenda.empty());
    }

    void privateNotesNeverReachTheClientView()
    {
        QTemporaryDir dir;
        SessionController controller(clock, publisher, outline_file::save, options(dir));
        QVERIFY(controller.replace(samples::sampleOutline()).ok());
        bool leaked = false;
        publisher.current()->visitTexts([&](std::string_view text) {
            leaked = leaked || text.find("conflit") != std::string_view::npos;
        });
        QVERIFY(!leaked);
        QCOMPARE(publisher.current()->board.figures.size(), size_t(3));
    }

    void autosaveWritesAFileThatLoadsBackEqual()
    {
        QTemporaryDir dir;
        SessionController controller(clock, publisher, outline_file::save, options(dir));
        QVERIFY(controller.replace(samples::sampleOutline()).ok());
        QVERIFY(controller.apply([](Session &s) { return s.addNote("Note après coup"); }).ok());
        QTRY_VERIFY(controller.saveReport().savedRevision == controller.session().revision());
        Result<Outline> onDisk = outline_file::load(controller.file());
        QVERIFY(onDisk.ok());
        QVERIFY(*onDisk == controller.outline());
    }

    void aFailedSaveIsReportedRetriedAndRecovered()
    {
        QTemporaryDir dir;
        std::atomic<bool> diskFull{true};
        SessionController controller(
            clock, publisher,
            [&](const std::filesystem::path &file, const Outline &outline) -> Status {
                if (diskFull)
                    return Error("cannot write: No space left on device");
                return outline_file::save(file, outline);
            },
            options(dir));
        QSignalSpy status(&controller, &SessionController::saveStatusChanged);
        QVERIFY(controller.apply([](Session &s) { return s.addItem("Accueil", 10min); }).ok());
        QTRY_VERIFY(!controller.saveError().isEmpty());
        QVERIFY(controller.saveError().contains("No space"));
        // The session stays in memory, and keeps changing.
        QVERIFY(controller.apply([](Session &s) { return s.addItem("Exploration", 40min); }).ok());
        QCOMPARE(controller.outline().agenda.size(), size_t(2));
        diskFull = false;
        QTRY_VERIFY(controller.saveError().isEmpty());
        QTRY_VERIFY(controller.saveReport().savedRevision == controller.session().revision());
        QCOMPARE(outline_file::load(controller.file())->agenda.size(), size_t(2));
        QVERIFY(status.count() >= 2);
    }

    void openingABadFileChangesNothing()
    {
        QTemporaryDir dir;
        SessionController controller(clock, publisher, outline_file::save, options(dir));
        QVERIFY(controller.replace(samples::sampleOutline()).ok());
        const Outline before = controller.outline();
        const auto bad = std::filesystem::path(dir.path().toStdString()) / "bad.json";
        QFile file(QString::fromStdString(bad.string()));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"format\": \"coachdeck.outline\", \"version\": 1, \"agenda\": [{]");
        file.close();
        Status opened = controller.open(bad);
        QVERIFY(!opened.ok());
        QVERIFY(opened.error().message().find("not valid JSON") != std::string::npos);
        QVERIFY(controller.outline() == before);
    }

    void fileChangesAreSignalledAndARetryCanBeForced()
    {
        QTemporaryDir dir;
        std::atomic<bool> diskFull{true};
        SessionController::Options slow = options(dir);
        slow.retryDelay = 1h; // only retryNow() can try again
        SessionController controller(
            clock, publisher,
            [&](const std::filesystem::path &file, const Outline &outline) -> Status {
                if (diskFull)
                    return Error("cannot write: No space left on device");
                return outline_file::save(file, outline);
            },
            slow);
        QSignalSpy files(&controller, &SessionController::fileChanged);
        const auto own = std::filesystem::path(dir.path().toStdString()) / "own.json";
        QVERIFY(controller.replace(samples::sampleOutline(), own).ok());
        QCOMPARE(files.count(), 1);
        QCOMPARE(files.at(0).at(0).toString(), QString::fromStdString(own.string()));
        QTRY_VERIFY(!controller.saveError().isEmpty());
        QTRY_VERIFY(controller.retryPending());
        diskFull = false;
        controller.retryNow();
        QTRY_VERIFY(controller.saveError().isEmpty());
        QVERIFY(outline_file::load(own).ok());
        QVERIFY(controller.replace(samples::sampleOutline(), own).ok()); // same file: no signal
        QCOMPARE(files.count(), 1);
    }

    void switchingSessionsWritesThePendingEditFirst()
    {
        QTemporaryDir dir;
        SessionController::Options slow = options(dir);
        slow.autosaveDelay = 1h; // only the switch itself can save the edit
        SessionController controller(clock, publisher, outline_file::save, slow);
        const auto first = std::filesystem::path(dir.path().toStdString()) / "first.json";
        const auto second = std::filesystem::path(dir.path().toStdString()) / "second.json";
        QVERIFY(outline_file::save(second, samples::sampleOutline()).ok());
        QVERIFY(controller.replace(Outline{}, first).ok());
        QVERIFY(
            controller.apply([](Session &s) { return s.addItem("Point du matin", 5min); }).ok());
        QVERIFY(controller.open(second).ok()); // the coach opens another session at once
        QCOMPARE(outline_file::load(first)->agenda.at(0).title, std::string("Point du matin"));

        QVERIFY(controller.apply([](Session &s) { return s.addNote("Avant de changer"); }).ok());
        QVERIFY(controller.replace(Outline{}, first).ok()); // and starts a new one
        const Result<Outline> kept = outline_file::load(second);
        QVERIFY(kept.ok());
        QCOMPARE(kept->notes.back().text, std::string("Avant de changer"));
    }

    void closingWritesThePendingEdit()
    {
        QTemporaryDir dir;
        std::filesystem::path file;
        {
            SessionController::Options slow = options(dir);
            slow.autosaveDelay = 1h; // the timer never fires: only the destructor can save
            SessionController controller(clock, publisher, outline_file::save, slow);
            QVERIFY(
                controller.apply([](Session &s) { return s.addItem("Dernier point", 5min); }).ok());
            file = controller.file();
        }
        QCOMPARE(outline_file::load(file)->agenda.at(0).title, std::string("Dernier point"));
    }

    void aSessionHeldByAnotherOpenerIsReadOnlyUntilACopyIsOpened()
    {
        QTemporaryDir dir;
        const auto shared = std::filesystem::path(dir.path().toStdString()) / "claire-2.json";
        QVERIFY(outline_file::save(shared, samples::sampleOutline()).ok());
        SessionController::Options first = options(dir);
        first.program = "OBS 32.2.2";
        SessionController holder(clock, publisher, outline_file::save, first);
        QVERIFY(holder.open(shared).ok());
        QVERIFY(!holder.readOnly());

        SessionController second(clock, publisher, outline_file::save, options(dir));
        QSignalSpy lockChanged(&second, &SessionController::lockChanged);
        QVERIFY(second.open(shared).ok()); // shown, but another OBS writes it
        QVERIFY(second.readOnly());
        QCOMPARE(second.heldBy()->program, std::string("OBS 32.2.2"));
        QCOMPARE(lockChanged.count(), 1);
        QVERIFY(second.apply([](Session &s) { return s.addNote("Vu d'ailleurs"); }).ok());
        second.flush();
        QVERIFY(outline_file::load(shared)->notes.size() ==
                samples::sampleOutline().notes.size()); // nothing written over the holder's file
        QVERIFY(!second.saveAs(shared).ok());

        QVERIFY(second.openCopy().ok()); // the coach keeps what they did, in a file of their own
        QVERIFY(!second.readOnly());
        QCOMPARE(second.file().filename().string(), std::string("claire-2 (copy).json"));
        QCOMPARE(outline_file::load(second.file())->notes.back().text,
                 std::string("Vu d'ailleurs"));
        QVERIFY(holder.apply([](Session &s) { return s.addNote("Chez moi"); }).ok());
        holder.flush();
        QCOMPARE(outline_file::load(shared)->notes.back().text, std::string("Chez moi"));
    }

    void aSessionLetGoOfOpensWritableAgain()
    {
        QTemporaryDir dir;
        const auto shared = std::filesystem::path(dir.path().toStdString()) / "claire-2.json";
        QVERIFY(outline_file::save(shared, samples::sampleOutline()).ok());
        SessionController second(clock, publisher, outline_file::save, options(dir));
        {
            SessionController holder(clock, publisher, outline_file::save, options(dir));
            QVERIFY(holder.open(shared).ok());
            QVERIFY(second.open(shared).ok());
            QVERIFY(second.readOnly());
        }
        QVERIFY(!std::filesystem::exists(session_lock::lockFileOf(shared)));
        QVERIFY(second.open(shared).ok()); // opened again once the other has closed
        QVERIFY(!second.readOnly());
        QVERIFY(!second.tookOverFrom()); // closed properly: nobody's leftover
    }
};

} // namespace coachdeck

QTEST_GUILESS_MAIN(coachdeck::SessionControllerTest)
#include "SessionControllerTest.moc"
