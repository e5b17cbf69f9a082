// Agenda templates in the dock, driven as a coach would (offscreen Qt platform, the real
// locale files): Session → New session offers the built-in agendas in the OBS language and the
// coach's own; "Save agenda as template…" asks for a name and offers it next time; a template
// file that cannot be read is said and left where it is.

#include "ui/TemplateMenu.hpp"
#include "DockFixture.hpp"
#include "ui/AgendaList.hpp"
#include "ui/CoachDock.hpp"
#include "ui/SessionBar.hpp"
#include "ui/StatusBanner.hpp"

#include <QApplication>
#include <QInputDialog>
#include <QMenu>
#include <QTimer>
#include <QToolButton>
#include <QtTest>

#include <fstream>
#include <sys/stat.h>

namespace coachdeck {

using namespace std::chrono_literals;
using testing::answerNextQuestion;
using testing::DockFixture;

namespace {

/// The session menu, opened as a click on its button would (which rebuilds it).
QMenu *openSessionMenu(CoachDock &dock)
{
    auto *button = dock.sessionBar()->findChild<QToolButton *>(QStringLiteral("sessionButton"));
    if (!button || !button->menu())
        return nullptr;
    QMenu *menu = button->menu();
    menu->popup(button->mapToGlobal(QPoint(0, button->height())));
    return menu;
}

QAction *entry(const QMenu *menu, const QString &text)
{
    for (QAction *action : menu->actions())
        if (action->text() == text)
            return action;
    return nullptr;
}

QStringList entries(const QMenu *menu)
{
    QStringList out;
    for (const QAction *action : menu->actions())
        if (!action->text().isEmpty()) // sections too: separators with a text
            out << action->text();
    return out;
}

/// Chooses Session → New session → `title`.
bool chooseNew(CoachDock &dock, const QString &newText, const QString &title)
{
    QMenu *menu = openSessionMenu(dock);
    QAction *create = menu ? entry(menu, newText) : nullptr;
    QAction *chosen = create && create->menu() ? entry(create->menu(), title) : nullptr;
    if (menu)
        menu->hide();
    if (!chosen)
        return false;
    chosen->trigger();
    return true;
}

/// Chooses Session → `saveText` and answers the name dialog with `name`.
bool saveAsTemplate(CoachDock &dock, const QString &saveText, const QString &name)
{
    QMenu *menu = openSessionMenu(dock);
    QAction *save = menu ? entry(menu, saveText) : nullptr;
    if (menu)
        menu->hide();
    if (!save)
        return false;
    bool answered = false;
    QTimer answer;
    answer.setInterval(10);
    QObject::connect(&answer, &QTimer::timeout, [&] {
        if (auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget())) {
            dialog->setTextValue(name);
            dialog->accept();
            answered = true;
            answer.stop();
        }
    });
    answer.start();
    save->trigger();
    return answered;
}

QStringList agendaTitles(const CoachDock &dock)
{
    QStringList titles;
    auto *list = dock.findChild<AgendaList *>();
    for (int i = 0; list && i < list->topLevelItemCount(); ++i) {
        QStringList row;
        for (int c = 0; c < list->columnCount(); ++c)
            row << list->topLevelItem(i)->text(c);
        titles << row.join(QLatin1Char('|'));
    }
    return titles;
}

bool shows(const QStringList &rows, const QString &title)
{
    for (const QString &row : rows)
        if (row.split(QLatin1Char('|')).contains(title))
            return true;
    return false;
}

/// The entries of Session → `submenuText`.
QStringList submenuEntries(CoachDock &dock, const QString &submenuText, bool *enabled = nullptr)
{
    QMenu *menu = openSessionMenu(dock);
    QAction *sub = menu ? entry(menu, submenuText) : nullptr;
    QStringList out = sub && sub->menu() ? entries(sub->menu()) : QStringList{};
    if (enabled)
        *enabled = sub && sub->isEnabled();
    if (menu)
        menu->hide();
    return out;
}

unsigned mode(const std::filesystem::path &path)
{
    struct stat info {};
    return ::stat(path.c_str(), &info) == 0 ? info.st_mode & 07777 : 0;
}

} // namespace

class TemplateMenuTest : public QObject {
    Q_OBJECT

private slots:
    void newOffersTheBuiltInAgendasInFrenchAndMakesOne()
    {
        DockFixture f("fr-FR");
        CoachDock dock(*f.controller, *f.commands, f.library, f.texts.lookup());
        dock.show();
        QMenu *menu = openSessionMenu(dock);
        QVERIFY(menu);
        QAction *create = entry(menu, QStringLiteral("Nouvelle séance"));
        QVERIFY(create && create->menu());
        const QStringList offered = entries(create->menu());
        menu->hide();
        QCOMPARE(offered.size(), 8);
        QCOMPARE(offered.front(), QStringLiteral("Séance vide"));
        QVERIFY(offered.contains(QStringLiteral("Séance de constellation systémique (1 h)")));
        QVERIFY(offered.contains(QStringLiteral("Mentorat : débriefing (30 min)")));
        QVERIFY(!offered.contains(QStringLiteral("Individual coaching session (2 h)")));

        QVERIFY(chooseNew(dock, QStringLiteral("Nouvelle séance"),
                          QStringLiteral("Séance de coaching individuel (2 h)")));
        const QStringList rows = agendaTitles(dock);
        QCOMPARE(rows.size(), 7);
        QVERIFY2(shows(rows, QStringLiteral("Accueil et météo du jour")),
                 qPrintable(rows.join('\n')));
        QVERIFY(shows(rows, QStringLiteral("Retour sur les actions depuis la dernière séance")));
        QVERIFY(shows(rows, QStringLiteral("Plan d'action")));
        QVERIFY(!shows(rows, QStringLiteral("Check-in")));
        const Outline &made = f.controller->outline();
        QCOMPARE(made.agenda[1].kind, ItemKind::ReviewOfActions);
        QCOMPARE(made.agenda[0].notes, std::string("Comment arrivez-vous aujourd'hui ?"));
        QVERIFY(made.session.date.has_value());
        QVERIFY(f.controller->file().parent_path() == f.library.sessionsFolder());
        QVERIFY2(f.texts.missing.isEmpty(), qPrintable(f.texts.missing.join(", ")));
    }

    void englishObsOffersThemInEnglish()
    {
        DockFixture f("en-US");
        CoachDock dock(*f.controller, *f.commands, f.library, f.texts.lookup());
        QVERIFY(chooseNew(dock, QStringLiteral("New session"),
                          QStringLiteral("Tripartite kick-off meeting (1 h)")));
        QVERIFY(shows(agendaTitles(dock), QStringLiteral("Welcome and introductions")));
        QVERIFY(f.texts.missing.isEmpty());
    }

    void savedAgendaIsOfferedAsATemplateOfYourOwn()
    {
        DockFixture f("fr-FR");
        CoachDock dock(*f.controller, *f.commands, f.library, f.texts.lookup());
        dock.show();
        QVERIFY(chooseNew(dock, QStringLiteral("Nouvelle séance"),
                          QStringLiteral("Mentorat : répétition (1 h)")));
        QVERIFY(f.controller->apply([](Session &s) { return s.addItem("Pause café", 5min); }).ok());
        QVERIFY(f.controller->apply([](Session &s) { return s.addNote("Confidentiel"); }).ok());
        const QString saveText = QStringLiteral("Enregistrer l'ordre du jour comme modèle…");
        QVERIFY(saveAsTemplate(dock, saveText, QStringLiteral("  Répétition avec pause ")));
        QCOMPARE(dock.noticeBanner()->kind(), StatusBanner::Kind::Info);
        QVERIFY2(dock.noticeBanner()->text().contains(QStringLiteral("« Répétition avec pause »")),
                 qPrintable(dock.noticeBanner()->text()));

        // On disk, owner-only, agenda only.
        const auto folder = f.library.templatesFolder();
        QCOMPARE(mode(folder), 0700u);
        const auto file = folder / "r-p-tition-avec-pause.json";
        QCOMPARE(mode(file), 0600u);
        std::ifstream in(file);
        const std::string text((std::istreambuf_iterator<char>(in)), {});
        QVERIFY(text.find("Pause café") != std::string::npos);
        QVERIFY(text.find("Confidentiel") == std::string::npos);

        // Offered under "Vos modèles", and a new session from it has that agenda.
        QMenu *menu = openSessionMenu(dock);
        const QStringList offered = entries(entry(menu, QStringLiteral("Nouvelle séance"))->menu());
        menu->hide();
        QVERIFY(offered.contains(QStringLiteral("Vos modèles")));
        QCOMPARE(offered.back(), QStringLiteral("Répétition avec pause"));
        const auto before = f.controller->file();
        QVERIFY(chooseNew(dock, QStringLiteral("Nouvelle séance"),
                          QStringLiteral("Répétition avec pause")));
        QVERIFY(f.controller->file() != before);
        QCOMPARE(f.controller->outline().agenda.size(), std::size_t(8));
        QCOMPARE(f.controller->outline().agenda.back().title, std::string("Pause café"));
        QVERIFY(f.controller->outline().notes.empty());

        // The same name again is refused, in French, and nothing is replaced.
        QVERIFY(saveAsTemplate(dock, saveText, QStringLiteral("Répétition avec pause")));
        QCOMPARE(dock.noticeBanner()->kind(), StatusBanner::Kind::Warning);
        QVERIFY(dock.noticeBanner()->text().contains(QStringLiteral("existe déjà")));
        QVERIFY(f.texts.missing.isEmpty());
    }

    void anUnreadableTemplateIsSaidAndKept()
    {
        DockFixture f("en-US");
        CoachDock dock(*f.controller, *f.commands, f.library, f.texts.lookup());
        dock.show();
        std::filesystem::create_directories(f.library.templatesFolder());
        const auto broken = f.library.templatesFolder() / "broken.json";
        std::ofstream(broken)
            << "{\"format\": \"coachdeck.template\", \"version\": 1, \"items\": [";
        QMenu *menu = openSessionMenu(dock);
        const QStringList offered = entries(entry(menu, QStringLiteral("New session"))->menu());
        menu->hide();
        QCOMPARE(offered.size(), 8); // empty and the built-ins, nothing of the broken file
        QCOMPARE(dock.noticeBanner()->kind(), StatusBanner::Kind::Warning);
        QVERIFY2(dock.noticeBanner()->text().contains(QStringLiteral("broken.json")),
                 qPrintable(dock.noticeBanner()->text()));
        QVERIFY(std::filesystem::exists(broken));
    }

    void deletingATemplateAsksByNameAndRemovesItsFileOnly()
    {
        DockFixture f("fr-FR");
        CoachDock dock(*f.controller, *f.commands, f.library, f.texts.lookup());
        dock.show();
        const QString deleteText = QStringLiteral("Supprimer un modèle");
        bool enabled = true;
        QVERIFY(submenuEntries(dock, deleteText, &enabled).isEmpty()); // no own template yet
        QVERIFY(!enabled);

        QVERIFY(f.controller->apply([](Session &s) { return s.addItem("Accueil", 10min); }).ok());
        const auto bilan = f.library.saveTemplate(f.controller->outline(), "Bilan trimestriel");
        const auto poste = f.library.saveTemplate(f.controller->outline(), "Prise de poste");
        QVERIFY(bilan.ok() && poste.ok());
        const QStringList own = submenuEntries(dock, deleteText, &enabled);
        QVERIFY(enabled);
        // The coach's own only: a built-in agenda is never offered for removal.
        QCOMPARE(own, (QStringList{QStringLiteral("Bilan trimestriel"),
                                   QStringLiteral("Prise de poste")}));

        QMenu *menu = openSessionMenu(dock);
        QAction *bilanEntry = entry(entry(menu, deleteText)->menu(), "Bilan trimestriel");
        menu->hide();
        QVERIFY(bilanEntry);
        QString asked;
        answerNextQuestion(asked, QStringLiteral("Annuler"));
        bilanEntry->trigger();
        QVERIFY2(asked.contains(QStringLiteral("« Bilan trimestriel »")), qPrintable(asked));
        QVERIFY(std::filesystem::exists(*bilan)); // cancelled: nothing removed

        menu = openSessionMenu(dock);
        bilanEntry = entry(entry(menu, deleteText)->menu(), "Bilan trimestriel");
        menu->hide();
        answerNextQuestion(asked, QStringLiteral("Supprimer"));
        bilanEntry->trigger();
        QVERIFY(!std::filesystem::exists(*bilan));
        QVERIFY(std::filesystem::exists(*poste));
        QCOMPARE(dock.noticeBanner()->kind(), StatusBanner::Kind::Info);
        QVERIFY2(dock.noticeBanner()->text().contains(QStringLiteral("« Bilan trimestriel »")),
                 qPrintable(dock.noticeBanner()->text()));

        // Gone from New session; the built-in agendas and the other template stay.
        const QStringList offered = submenuEntries(dock, QStringLiteral("Nouvelle séance"));
        QVERIFY(!offered.contains(QStringLiteral("Bilan trimestriel")));
        QVERIFY(offered.contains(QStringLiteral("Prise de poste")));
        QVERIFY(offered.contains(QStringLiteral("Séance de coaching individuel (2 h)")));
        QCOMPARE(offered.size(), 10); // empty, 7 built-ins, "Vos modèles", Prise de poste
        QCOMPARE(submenuEntries(dock, deleteText), QStringList{QStringLiteral("Prise de poste")});
        QVERIFY2(f.texts.missing.isEmpty(), qPrintable(f.texts.missing.join(", ")));
    }

    void aTemplateThatCannotBeRemovedIsSaidAndNothingElseIsTouched()
    {
        DockFixture f("en-US");
        CoachDock dock(*f.controller, *f.commands, f.library, f.texts.lookup());
        QVERIFY(f.controller->apply([](Session &s) { return s.addItem("Check-in", 10min); }).ok());
        const auto kept = f.library.saveTemplate(f.controller->outline(), "Quarterly review");
        QVERIFY(kept.ok());
        TemplateMenu *templates = dock.sessionBar()->templateMenu();

        // Gone since the menu was shown (removed by hand): said, the other file stays.
        Result<QString> gone = templates->remove("user:mid-term-review");
        QVERIFY(!gone.ok());
        QVERIFY2(QString::fromStdString(gone.error().message())
                     .startsWith(QStringLiteral("The template “user:mid-term-review” was not "
                                                "deleted: ")),
                 gone.error().message().c_str());
        // A built-in agenda is refused.
        QVERIFY(!templates->remove("individual-session").ok());
        QVERIFY(std::filesystem::exists(*kept));
        QCOMPARE(f.library.templates().size(), std::size_t(9)); // empty, 7 built-ins, one own
        QVERIFY(f.texts.missing.isEmpty());
    }

    void anEmptyAgendaIsNotSavedAsATemplate()
    {
        DockFixture f("en-US");
        CoachDock dock(*f.controller, *f.commands, f.library, f.texts.lookup());
        Result<QString> saved =
            dock.sessionBar()->templateMenu()->save(f.controller->outline(), QStringLiteral("X"));
        QVERIFY(!saved.ok());
        QVERIFY(!std::filesystem::exists(f.library.templatesFolder()));
    }
};

} // namespace coachdeck

QTEST_MAIN(coachdeck::TemplateMenuTest)
#include "TemplateMenuTest.moc"
