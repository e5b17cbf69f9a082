// "Export report…" in the dock's session menu, as a coach uses it (offscreen Qt platform, the
// real locale files): the dialog in the OBS language, the report written by the same writer as
// `coachdeck export`, what was written said in the banner, and the sponsor rule said plainly.

#include "DockFixture.hpp"
#include "PdfText.hpp"
#include "support/FileBytes.hpp"
#include "ui/MetadataDialog.hpp"
#include "ui/ReportDialog.hpp"
#include "ui/ReportExporter.hpp"
#include "ui/SessionBar.hpp"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QTimer>
#include <QToolButton>
#include <QtTest>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace coachdeck {

using testing::DockFixture;
namespace fs = std::filesystem;

namespace {

const fs::path kSession = fs::path(COACHDECK_TEST_DATA) / "reports" / "session-4.json";

/// The fixture session saved as `name` in the fixture's folder (edited first) and opened.
bool openSession(DockFixture &f, SessionBar &bar, const std::string &name,
                 void (*edit)(Outline &) = nullptr)
{
    Result<Outline> outline = outline_file::load(kSession);
    if (!outline)
        return false;
    if (edit)
        edit(outline.value());
    if (!outline_file::save(f.file(name), *outline))
        return false;
    return bar.openFile(f.file(name)).ok();
}

QStringList menuEntries(SessionBar &bar)
{
    auto *button = bar.findChild<QToolButton *>(QStringLiteral("sessionButton"));
    QStringList out;
    if (!button || !button->menu())
        return out;
    emit button->menu()->aboutToShow();
    for (const QAction *action : button->menu()->actions())
        out << action->text();
    return out;
}

using coachdeck::test::fileBytes;

} // namespace

class ReportExportTest : public QObject {
    Q_OBJECT

private slots:
    void theSessionMenuOffersTheExportInFrench()
    {
        DockFixture f("fr-FR");
        SessionBar bar(*f.controller, f.library, f.texts.lookup(), LocalDates("fr-FR"));
        QVERIFY(menuEntries(bar).contains(QStringLiteral("Exporter un compte rendu…")));

        ReportDialog dialog(f.texts.lookup(), f.file("reports"));
        QCOMPARE(dialog.windowTitle(), QStringLiteral("Exporter un compte rendu de séance"));
        auto *audience = dialog.findChild<QComboBox *>(QStringLiteral("audienceCombo"));
        QVERIFY(audience);
        QCOMPARE(audience->count(), 3);
        QCOMPARE(audience->itemText(2),
                 QStringLiteral("Le commanditaire : éléments validés seulement"));
        auto *folder = dialog.findChild<QLineEdit *>(QStringLiteral("folderEdit"));
        auto *buttons = dialog.findChild<QDialogButtonBox *>(QStringLiteral("buttons"));
        QVERIFY(folder && buttons);
        QCOMPARE(folder->text(), QString::fromStdString(f.file("reports").string()));
        folder->clear();
        QVERIFY(!buttons->button(QDialogButtonBox::Ok)->isEnabled());
        QVERIFY2(f.texts.missing.isEmpty(), qPrintable(f.texts.missing.join(QLatin1Char(' '))));
    }

    void theDialogExportsTheClientReportBesideTheSession()
    {
        DockFixture f("fr-FR");
        SessionBar bar(*f.controller, f.library, f.texts.lookup(), LocalDates("fr-FR"));
        QVERIFY(openSession(f, bar, "claire-4.json"));
        QSignalSpy notices(&bar, &SessionBar::notice);
        QSignalSpy failures(&bar, &SessionBar::failed);
        QTimer::singleShot(0, [] {
            auto *dialog = qobject_cast<ReportDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialog->setAudience(ReportAudience::Client);
            dialog->setFormat(ReportFormat::Markdown);
            dialog->accept();
        });
        bar.reportExporter()->askAndExport();
        QCOMPARE(failures.count(), 0);
        QCOMPARE(notices.count(), 1);
        const fs::path md = f.file("reports") / "claire-4-client.md";
        QCOMPARE(notices.front().front().toString(),
                 QStringLiteral("Compte rendu écrit : ") + QString::fromStdString(md.string()));
        const std::string text = fileBytes(md);
        QVERIFY(text.rfind("# Compte rendu de séance\n", 0) == 0);
        QVERIFY(text.find("Lighthouse") != std::string::npos);
        QVERIFY(text.find("Marmalade") == std::string::npos); // the private note
        QVERIFY(text.find("Kestrel") == std::string::npos);   // preparation
        QVERIFY(fs::exists(f.file("reports") / "claire-4-client-3.png"));
    }

    void aPdfForTheCoachIsWrittenWithThePrivateNotes()
    {
        if (!pdf_text::available())
            QSKIP("poppler-utils (pdftotext, pdfinfo) not installed");
        DockFixture f("en-US");
        SessionBar bar(*f.controller, f.library, f.texts.lookup(), LocalDates("en-US"));
        QVERIFY(openSession(f, bar, "claire-4.json"));
        const auto written =
            bar.reportExporter()->exportTo(ReportAudience::Coach, ReportFormat::Pdf, f.file("out"));
        QVERIFY(written.ok());
        QCOMPARE(written->size(), std::size_t{1});
        QCOMPARE(pdf_text::pages(written->front()), 3);
        const std::string text = pdf_text::text(written->front());
        QVERIFY(text.find("Marmalade") != std::string::npos);
        QVERIFY(text.find("November 22, 2026") != std::string::npos);
    }

    void theDetailsDialogRecordsTheCoacheesValidationOfTheImages()
    {
        DockFixture f("fr-FR");
        SessionMetadata metadata;
        metadata.boardImagesValidatedOn = Date{2026, 11, 23};
        MetadataDialog dialog(metadata, f.texts.lookup(), LocalDates("fr-FR"));
        auto *images = dialog.findChild<QCheckBox *>(QStringLiteral("imagesValidatedCheck"));
        auto *labels = dialog.findChild<QCheckBox *>(QStringLiteral("labelsValidatedCheck"));
        auto *labelsDate = dialog.findChild<QDateEdit *>(QStringLiteral("labelsValidatedEdit"));
        QVERIFY(images && labels && labelsDate);
        QCOMPARE(images->text(), QStringLiteral("Images validées pour le commanditaire le"));
        QVERIFY(images->isChecked());
        QVERIFY(!labels->isChecked());
        QVERIFY(!labelsDate->isEnabled());
        QCOMPARE(dialog.metadata().boardImagesValidatedOn, (std::optional<Date>{{2026, 11, 23}}));
        QCOMPARE(dialog.metadata().figureLabelsValidatedOn, std::optional<Date>{});

        labels->setChecked(true);
        QVERIFY(labelsDate->isEnabled());
        labelsDate->setDate(QDate(2026, 11, 24));
        images->setChecked(false);
        QCOMPARE(dialog.metadata().figureLabelsValidatedOn, (std::optional<Date>{{2026, 11, 24}}));
        QCOMPARE(dialog.metadata().boardImagesValidatedOn, std::optional<Date>{});
        QVERIFY2(f.texts.missing.isEmpty(), qPrintable(f.texts.missing.join(QLatin1Char(' '))));
    }

    void theSponsorRuleIsSaidInTheCoachsLanguageAndNothingIsWritten()
    {
        DockFixture f("fr-FR");
        SessionBar bar(*f.controller, f.library, f.texts.lookup(), LocalDates("fr-FR"));
        QVERIFY(openSession(f, bar, "claire-4.json", [](Outline &o) {
            for (Note &note : o.notes)
                note.validatedOn.reset();
        }));
        QSignalSpy failures(&bar, &SessionBar::failed);
        const auto written = bar.reportExporter()->exportTo(ReportAudience::Sponsor,
                                                            ReportFormat::Pdf, f.file("out"));
        QVERIFY(!written.ok());
        QCOMPARE(failures.count(), 1);
        const QString message = failures.front().front().toString();
        QVERIFY2(message.startsWith(QStringLiteral("Le compte rendu n'a pas pu être écrit : Rien "
                                                   "n'est encore validé pour le commanditaire")),
                 qPrintable(message));
        QVERIFY(!fs::exists(f.file("out")));
        QVERIFY2(f.texts.missing.isEmpty(), qPrintable(f.texts.missing.join(QLatin1Char(' '))));
    }
};

} // namespace coachdeck

QTEST_MAIN(coachdeck::ReportExportTest)
#include "ReportExportTest.moc"
