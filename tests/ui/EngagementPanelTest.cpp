// The engagement panel driven with clicks (offscreen), its dialogs answered through the hooks
// it offers: a new engagement opens its first session in its own folder, the next session
// carries the open actions and the panel says "Session 2 of 10", and deleting the client's
// data asks first and removes nothing when cancelled.

#include "ui/EngagementPanel.hpp"
#include "DockFixture.hpp"
#include "core/EngagementStore.hpp"
#include "ui/CoachDock.hpp"
#include "ui/EngagementDialog.hpp"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>
#include <QToolButton>
#include <QtTest>

#include <fstream>
#include <iterator>
#include <memory>
#include <string>

namespace coachdeck {

using namespace std::chrono_literals;
using testing::child;
using testing::DockFixture;
namespace fs = std::filesystem;

namespace {

std::string bytesOf(const fs::path &file)
{
    std::ifstream in(file, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
}

struct Panel {
    DockFixture f;
    std::unique_ptr<EngagementPanel> panel;
    QStringList questions; ///< what the confirmation asked
    bool confirmAnswer = false;
    QStringList failures;
    QStringList notices;

    explicit Panel(const char *language = "en-US") : f(language)
    {
        panel = std::make_unique<EngagementPanel>(*f.controller, f.library, f.texts.lookup(),
                                                  LocalDates(language));
        panel->setAskEngagement([](const Engagement &initial) {
            Engagement e = initial;
            e.clientPseudonym = "Camille R.";
            e.startDate = Date{2026, 9, 10};
            return std::optional(e);
        });
        panel->setConfirm([this](const QString &, const QString &question) {
            questions << question;
            return confirmAnswer;
        });
        QObject::connect(panel.get(), &EngagementPanel::failed,
                         [this](const QString &message) { failures << message; });
        QObject::connect(panel.get(), &EngagementPanel::notice,
                         [this](const QString &message) { notices << message; });
        panel->show();
    }

    /// Clicks the button, or chooses the menu entry, of that name.
    void click(const char *name) const
    {
        if (auto *action = panel->findChild<QAction *>(QString::fromLatin1(name)))
            action->trigger();
        else
            QTest::mouseClick(child<QToolButton>(panel.get(), name), Qt::LeftButton);
    }
    fs::path folder() const { return f.file("engagements") / "Camille-R"; }

    /// Runs the open session for `minutes` with one open and one done action.
    void runSession(int minutes)
    {
        SessionController &c = *f.controller;
        QVERIFY(c.apply([](Session &s) { return s.addItem("Check-in", 15min); }).ok());
        ActionItem open;
        open.what = "Talk to the CEO";
        open.owner = "Camille";
        ActionItem done = open;
        done.what = "Read the book";
        done.status = ActionStatus::Done;
        QVERIFY(c.apply([&](Session &s) { return s.addAction(open); }).ok());
        QVERIFY(c.apply([&](Session &s) { return s.addAction(done); }).ok());
        QVERIFY(c.apply([](Session &s) { return s.start(); }).ok());
        f.clock.advance(std::chrono::minutes{minutes});
        QVERIFY(c.apply([](Session &s) { return s.finish(); }).ok());
    }
};

} // namespace

class EngagementPanelTest : public QObject {
    Q_OBJECT

private slots:
    void aSessionOutsideAnyEngagementSaysSo()
    {
        Panel p;
        QCOMPARE(p.panel->summary(), QString("No engagement: this session stands alone"));
        QVERIFY(!child<QToolButton>(p.panel.get(), "nextButton")->isEnabled());
        QVERIFY(!p.panel->findChild<QAction *>("deleteAction")->isEnabled());
    }

    void newEngagementOpensItsFirstSessionInItsFolder()
    {
        Panel p;
        p.click("newAction");
        QVERIFY2(p.failures.isEmpty(), qPrintable(p.failures.join('\n')));
        QCOMPARE(p.f.controller->file(), p.folder() / "session-01.json");
        QVERIFY(fs::exists(p.folder() / "engagement.json"));
        QCOMPARE(p.f.controller->outline().session.clientPseudonym, std::string("Camille R."));
        QCOMPARE(p.panel->summary(),
                 QString("Session 1 of 10 \u00b7 0 h of 20 h \u00b7 next session due September "
                         "10, 2026"));
        QCOMPARE(p.f.library.recent().front(), p.folder() / "session-01.json");
    }

    void nextSessionCarriesOpenActionsAndCountsTwoOfTen()
    {
        Panel p;
        p.click("newAction");
        p.runSession(90);
        QVERIFY(p.panel->summary().startsWith("Session 1 of 10 \u00b7 1.5 h of 20 h"));

        p.click("nextButton");
        QVERIFY2(p.failures.isEmpty(), qPrintable(p.failures.join('\n')));
        // The session's file stays inside the engagement folder.
        QCOMPARE(p.f.controller->file(), p.folder() / "session-02.json");
        QCOMPARE(EngagementStore::folderOf(p.f.controller->file()), std::optional(p.folder()));
        const Outline &o = p.f.controller->outline();
        QCOMPARE(o.session.sessionNumber, 2);
        QCOMPARE(o.actions.size(), std::size_t(1));
        QCOMPARE(o.actions.front().what, std::string("Talk to the CEO"));
        QCOMPARE(o.agenda.size(), std::size_t(2));
        QCOMPARE(o.agenda[1].kind, ItemKind::ReviewOfActions);
        QCOMPARE(o.agenda[1].title, std::string("Review of actions"));
        QVERIFY(o.agenda[1].notes.find("Talk to the CEO") != std::string::npos);
        QVERIFY(o.agenda[1].notes.find("Read the book") == std::string::npos);
        QVERIFY2(p.panel->summary().contains("2 of 10"), qPrintable(p.panel->summary()));
        QVERIFY(p.panel->summary().contains("1.5 h of 20 h"));
        // Session 2, prepared, is the next one due: on its day (today, later than October 1).
        const QString due = LocalDates("en-US").longDate(*o.session.date);
        QVERIFY2(p.panel->summary().endsWith("next session due " + due),
                 qPrintable(p.panel->summary()));
        QVERIFY(p.f.texts.missing.isEmpty());
    }

    void frenchDatesAndHours()
    {
        Panel p("fr-FR");
        p.click("newAction");
        QCOMPARE(p.panel->summary(), QString("Séance 1 sur 10 \u00b7 0 h sur 20 h \u00b7 "
                                             "prochaine séance prévue le 10 septembre 2026"));
        p.runSession(90);
        p.click("nextButton");
        QVERIFY2(p.failures.isEmpty(), qPrintable(p.failures.join('\n')));
        const QString due = LocalDates("fr-FR").longDate(*p.f.controller->outline().session.date);
        QCOMPARE(p.panel->summary(), QString("Séance 2 sur 10 \u00b7 1,5 h sur 20 h \u00b7 "
                                             "prochaine séance prévue le ") +
                                         due);
        QCOMPARE(p.f.controller->outline().agenda[1].title, std::string("Revue des actions"));
    }

    void deletingAsksFirstAndRemovesEveryFileWhenConfirmed()
    {
        Panel p;
        p.click("newAction");
        p.runSession(30);
        p.click("nextButton");
        p.f.controller->flush();
        QVERIFY(fs::exists(p.folder() / "session-02.json"));

        // Cancelled: nothing removed, the session still open.
        p.confirmAnswer = false;
        p.click("deleteAction");
        QCOMPARE(p.questions.size(), 1);
        QVERIFY2(p.questions.front().contains("Camille R."), qPrintable(p.questions.front()));
        const std::size_t files =
            EngagementStore(p.folder().parent_path()).clientFiles(p.folder()).value().size();
        QVERIFY(p.questions.front().contains(QString::number(files) + " files"));
        QVERIFY(fs::exists(p.folder() / "session-01.json"));
        QCOMPARE(p.f.controller->file(), p.folder() / "session-02.json");

        // Confirmed: the open session is closed first, then the folder goes, recent list too.
        p.confirmAnswer = true;
        QSignalSpy notice(p.panel.get(), &EngagementPanel::notice);
        p.click("deleteAction");
        QVERIFY2(p.failures.isEmpty(), qPrintable(p.failures.join('\n')));
        QCOMPARE(p.questions.size(), 2);
        QVERIFY(!fs::exists(p.folder()));
        QCOMPARE(p.f.controller->file(), p.f.library.autosaveFile());
        QCOMPARE(notice.count(), 1);
        for (const fs::path &file : p.f.library.recent())
            QVERIFY(file.parent_path() != p.folder());
        p.f.controller->flush();
        QVERIFY(!fs::exists(p.folder())); // nothing written back afterwards
        QCOMPARE(p.panel->summary(), QString("No engagement: this session stands alone"));
    }

    void theRealConfirmationDialogCancelsAndConfirms()
    {
        DockFixture f;
        EngagementPanel panel(*f.controller, f.library, f.texts.lookup(), LocalDates("en-US"));
        Engagement e;
        e.clientPseudonym = "Camille R.";
        QVERIFY(panel.createEngagement(e).ok());
        f.controller->flush(); // the autosave of the opened session leaves session-01.json.bak
        const fs::path folder = f.file("engagements") / "Camille-R";
        QString asked;
        testing::answerNextQuestion(asked, "Cancel");
        panel.findChild<QAction *>("deleteAction")->trigger();
        QVERIFY2(asked.startsWith("Delete all data of Camille R.: 3 files"), qPrintable(asked));
        QVERIFY(fs::exists(folder / "session-01.json"));

        testing::answerNextQuestion(asked, "Delete");
        panel.findChild<QAction *>("deleteAction")->trigger();
        QVERIFY(!fs::exists(folder));
    }

    void editingThePlanKeepsTheClientAndRefreshesTheSummary()
    {
        Panel p;
        p.click("newAction");
        QCOMPARE(p.panel->summary(),
                 QString("Session 1 of 10 \u00b7 0 h of 20 h \u00b7 next session due September "
                         "10, 2026"));
        QVERIFY(p.panel->findChild<QAction *>("editAction")->isEnabled());
        Engagement asked;
        p.panel->setAskPlan([&asked](const Engagement &initial) {
            asked = initial;
            Engagement e = initial;
            e.clientPseudonym = "Someone else"; // not the dialog's to change
            e.sessionsPlanned = 6;
            e.hoursPlanned = std::chrono::hours{12};
            e.cadenceDays = 14;
            return std::optional(e);
        });
        p.click("editAction");
        QVERIFY2(p.failures.isEmpty(), qPrintable(p.failures.join('\n')));
        QCOMPARE(asked.clientPseudonym, std::string("Camille R."));
        QCOMPARE(asked.sessionsPlanned, 10);
        QCOMPARE(p.panel->summary(),
                 QString("Session 1 of 6 \u00b7 0 h of 12 h \u00b7 next session due September "
                         "10, 2026"));
        QCOMPARE(p.notices, QStringList{"The plan of Camille R. was saved."});

        const Result<Engagement> onDisk = EngagementStore::load(p.folder());
        QVERIFY(onDisk.ok());
        QCOMPARE(onDisk->clientPseudonym, std::string("Camille R."));
        QCOMPARE(onDisk->sessionsPlanned, 6);
        QCOMPARE(onDisk->hoursPlanned, Millis{std::chrono::hours{12}});
        QCOMPARE(onDisk->cadenceDays, 14);
        QVERIFY(onDisk->startDate == (Date{2026, 9, 10}));
        QVERIFY(fs::exists(p.folder() / "engagement.json.bak"));          // the previous plan, kept
        QCOMPARE(p.f.controller->file(), p.folder() / "session-01.json"); // still open
        QVERIFY(p.f.texts.missing.isEmpty());
    }

    void aMalformedEngagementFileIsSaidAndKept()
    {
        Panel p;
        p.click("newAction");
        const fs::path file = p.folder() / "engagement.json";
        std::ofstream(file, std::ios::binary | std::ios::trunc)
            << "{\"format\": \"coachdeck.engagement\", \"version\": 1, \"sessionsPlanned\": ";
        const std::string broken = bytesOf(file);
        bool asked = false;
        p.panel->setAskPlan([&asked](const Engagement &initial) {
            asked = true;
            return std::optional(initial);
        });
        p.click("editAction");
        QVERIFY(!asked); // nothing to edit: the dialog is not shown
        QCOMPARE(p.failures.size(), 1);
        QVERIFY2(p.failures.front().startsWith("This engagement cannot be edited: its "
                                               "engagement.json cannot be read"),
                 qPrintable(p.failures.front()));
        QVERIFY2(p.failures.front().contains("engagement.json)"), qPrintable(p.failures.front()));
        // Even asked directly, nothing is written over it.
        Engagement plan;
        plan.clientPseudonym = "Camille R.";
        QVERIFY(!p.panel->editPlan(plan).ok());
        QCOMPARE(bytesOf(file), broken);
    }

    void aPlanThatCannotBeSavedIsSaidAndTheFileStays()
    {
        Panel p;
        p.click("newAction");
        const fs::path file = p.folder() / "engagement.json";
        const std::string before = bytesOf(file);
        const QString summary = p.panel->summary();
        p.panel->setAskPlan([](const Engagement &initial) {
            Engagement e = initial;
            e.cadenceDays = Engagement::kMaxCadenceDays + 1; // refused by the store
            return std::optional(e);
        });
        p.click("editAction");
        QCOMPARE(p.failures.size(), 1);
        QVERIFY2(p.failures.front().startsWith(
                     "The plan of Camille R. was not saved (engagement.json is as it was): "),
                 qPrintable(p.failures.front()));
        QVERIFY(p.notices.isEmpty());
        QCOMPARE(bytesOf(file), before);
        QCOMPARE(p.panel->summary(), summary);
    }

    void theEditDialogShowsThePlanAndKeepsThePseudonym()
    {
        DockFixture f("fr-FR");
        Engagement initial;
        initial.clientPseudonym = "Camille R.";
        initial.sessionsPlanned = 8;
        initial.cadenceDays = 28;
        EngagementDialog dialog(initial, f.texts.lookup(), LocalDates("fr-FR"), nullptr,
                                EngagementDialog::Purpose::EditPlan);
        QCOMPARE(dialog.windowTitle(), QString("Modifier l'accompagnement"));
        auto *client = child<QLineEdit>(&dialog, "clientEdit");
        QVERIFY(client->isReadOnly());
        QCOMPARE(client->text(), QString("Camille R."));
        QCOMPARE(child<QSpinBox>(&dialog, "sessionsSpin")->value(), 8);
        QCOMPARE(child<QSpinBox>(&dialog, "cadenceSpin")->value(), 28);
        child<QSpinBox>(&dialog, "sessionsSpin")->setValue(12);
        dialog.setClient("Autre");
        const Engagement e = dialog.engagement();
        QCOMPARE(e.clientPseudonym, std::string("Camille R."));
        QCOMPARE(e.sessionsPlanned, 12);
        QVERIFY2(f.texts.missing.isEmpty(), qPrintable(f.texts.missing.join(", ")));
    }

    void switchingEngagementOpensItsLatestSession()
    {
        Panel p;
        p.click("newAction");
        const fs::path first = p.f.controller->file();
        Engagement other;
        other.clientPseudonym = "Alex";
        QVERIFY(p.panel->createEngagement(other).ok());
        QCOMPARE(p.f.controller->file(), p.f.file("engagements") / "Alex" / "session-01.json");
        auto *combo = child<QComboBox>(p.panel.get(), "engagementCombo");
        QCOMPARE(combo->count(), 3); // (no engagement), Alex, Camille R.
        QCOMPARE(combo->currentText(), QString("Alex"));
        QVERIFY(p.panel->showEngagement(p.folder()).ok());
        QCOMPARE(p.f.controller->file(), first);
        QCOMPARE(combo->currentText(), QString("Camille R."));
    }

    void dialogNeedsAPseudonymAndOffersTheDefaults()
    {
        DockFixture f;
        Engagement initial;
        EngagementDialog dialog(initial, f.texts.lookup(), LocalDates("en-US"));
        auto *box = child<QDialogButtonBox>(&dialog, "buttonBox");
        QVERIFY(!box->button(QDialogButtonBox::Ok)->isEnabled());
        QCOMPARE(child<QSpinBox>(&dialog, "sessionsSpin")->value(), 10);
        QCOMPARE(child<QSpinBox>(&dialog, "cadenceSpin")->value(), 21);
        dialog.setClient("  Zoé ");
        QVERIFY(box->button(QDialogButtonBox::Ok)->isEnabled());
        const Engagement e = dialog.engagement();
        QCOMPARE(e.clientPseudonym, std::string("Zoé"));
        QCOMPARE(e.hoursPlanned, Millis{std::chrono::hours{20}});
        QCOMPARE(e.cadenceDays, 21);
        QVERIFY(!e.sponsor);
        QVERIFY(f.texts.missing.isEmpty());
    }

    void theDockShowsThePanel()
    {
        DockFixture f;
        CoachDock dock(*f.controller, *f.commands, f.library, f.texts.lookup());
        QVERIFY(dock.engagementPanel());
        QCOMPARE(dock.engagementPanel()->summary(),
                 QString("No engagement: this session stands alone"));
        QVERIFY(f.texts.missing.isEmpty());
    }
};

} // namespace coachdeck

QTEST_MAIN(coachdeck::EngagementPanelTest)
#include "EngagementPanelTest.moc"
