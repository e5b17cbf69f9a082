// Reports written to real files and read back as a person would: PDF through poppler's
// pdftotext/pdfinfo, Markdown as text, PNG by its pixels.

#include "PdfText.hpp"
#include "RenderFixtures.hpp"

#include "core/LocaleText.hpp"
#include "core/OutlineFile.hpp"
#include "render/BoardImageRenderer.hpp"
#include "render/ReportExport.hpp"
#include "render/ReportMarkdownWriter.hpp"
#include "support/FileBytes.hpp"

#include <QImage>

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <sys/stat.h>

namespace coachdeck {
namespace {

namespace fs = std::filesystem;
using namespace render_test;

const fs::path kSession = fs::path(COACHDECK_TEST_DATA) / "reports" / "session-4.json";

ReportTexts textsFor(std::string_view tag)
{
    const Result<LocaleText> locale = LocaleText::load(COACHDECK_LOCALE_DIR, tag);
    EXPECT_TRUE(locale.ok());
    return ReportTexts::fromLookup(
        [&](const char *key) { return QString::fromStdString(locale->text(key)); }, tag);
}

using coachdeck::test::fileBytes;

bool has(const std::string &text, const std::string &phrase)
{
    return text.find(phrase) != std::string::npos;
}

class ReportWriter : public ::testing::Test {
protected:
    fs::path scratch;
    Outline outline;

    void SetUp() override
    {
        std::string pattern = (fs::temp_directory_path() / "coachdeck-report-XXXXXX").string();
        ASSERT_NE(::mkdtemp(pattern.data()), nullptr);
        scratch = pattern;
        Result<Outline> loaded = outline_file::load(kSession);
        ASSERT_TRUE(loaded.ok()) << loaded.error().message();
        outline = *loaded;
    }
    void TearDown() override { fs::remove_all(scratch); }

    /// The note shared with the client becomes 150 lines, "Paragraph line 1 of the long note."...
    void lengthenTheSharedNote()
    {
        std::string text;
        for (int i = 1; i <= 150; ++i)
            text += "Paragraph line " + std::to_string(i) + " of the long note.\n";
        outline.notes[1].text = text;
    }

    std::vector<fs::path> exported(ReportAudience audience, ReportFormat format,
                                   std::string_view language = "en-US")
    {
        ReportRequest request;
        request.audience = audience;
        request.format = format;
        request.folder = scratch / "out";
        request.baseName = reportBaseName(kSession, audience);
        auto files = exportReport(outline, request, textsFor(language), std::nullopt);
        EXPECT_TRUE(files.ok()) << files.error().message();
        return files.ok() ? *files : std::vector<fs::path>{};
    }
};

// --- PDF --------------------------------------------------------------------------------------

TEST_F(ReportWriter, TheCoachPdfHasEveryPartOnTheExpectedPages)
{
    if (!pdf_text::available())
        GTEST_SKIP() << "poppler-utils (pdftotext, pdfinfo) not installed";
    const auto files = exported(ReportAudience::Coach, ReportFormat::Pdf);
    ASSERT_EQ(files.size(), 1u);
    const fs::path pdf = files.front();
    EXPECT_EQ(pdf.filename(), "session-4-coach.pdf");
    EXPECT_EQ(fileBytes(pdf).rfind("%PDF-", 0), 0u);
    EXPECT_TRUE(has(pdf_text::pageSize(pdf), "(A4)")) << pdf_text::pageSize(pdf);
    // Page 1: the text; pages 2 and 3: the three board images, two to a page.
    EXPECT_EQ(pdf_text::pages(pdf), 3);
    const std::string first = pdf_text::text(pdf, 1, 1);
    for (const char *phrase :
         {"Session report (coach)", "Session 4 of 10", "November 22, 2026", "Agenda", "Planned",
          "Actual", "Exploration avec le CEO", "30 min (35 min)", "Kestrel", "Notes", "Marmalade",
          "Lighthouse", "Sycamore", "Quokka", "Action items", "Demander un point mensuel au CEO",
          "Page 1"})
        EXPECT_TRUE(has(first, phrase)) << phrase << "\n" << first;
    EXPECT_FALSE(has(first, "Board images"));
    const std::string second = pdf_text::text(pdf, 2, 2);
    EXPECT_TRUE(has(second, "Board images")) << second;
    EXPECT_TRUE(has(second, "Step 1 of 3")) << second;
    EXPECT_TRUE(has(second, "Step 2 of 3")) << second;
    EXPECT_TRUE(has(pdf_text::text(pdf, 3, 3), "Step 3 of 3"));
}

TEST_F(ReportWriter, TheClientPdfHasNoPrivateNoteNorPreparation)
{
    if (!pdf_text::available())
        GTEST_SKIP() << "poppler-utils (pdftotext, pdfinfo) not installed";
    const fs::path pdf = exported(ReportAudience::Client, ReportFormat::Pdf).front();
    const std::string text = pdf_text::text(pdf);
    EXPECT_FALSE(has(text, "Marmalade")) << text;
    EXPECT_FALSE(has(text, "Kestrel"));
    EXPECT_TRUE(has(text, "Lighthouse"));
    EXPECT_TRUE(has(text, "Sycamore"));
    EXPECT_TRUE(has(text, "Action items"));
    EXPECT_EQ(pdf_text::pages(pdf), 3);
}

TEST_F(ReportWriter, TheSponsorPdfHasOnlyTheValidatedNoteOnOnePage)
{
    if (!pdf_text::available())
        GTEST_SKIP() << "poppler-utils (pdftotext, pdfinfo) not installed";
    const fs::path pdf = exported(ReportAudience::Sponsor, ReportFormat::Pdf).front();
    const std::string text = pdf_text::text(pdf);
    EXPECT_EQ(pdf_text::pages(pdf), 1);
    EXPECT_TRUE(has(text, "Progress report for the sponsor")) << text;
    EXPECT_TRUE(has(text, "Sycamore"));
    EXPECT_TRUE(has(text, "validated by the coachee on November 23, 2026")) << text;
    for (const char *absent : {"Marmalade", "Lighthouse", "Quokka", "Kestrel", "Wolverhampton",
                               "Board images", "Agenda", "Action items"})
        EXPECT_FALSE(has(text, absent)) << absent;
}

TEST_F(ReportWriter, TheSponsorPdfShowsProgressAndValidatedImagesWithoutLabels)
{
    if (!pdf_text::available())
        GTEST_SKIP() << "poppler-utils (pdftotext, pdfinfo) not installed";
    outline.session.boardImagesValidatedOn = Date{2026, 11, 23};
    ReportRequest request{ReportAudience::Sponsor, ReportFormat::Pdf, scratch, "sponsor", {}};
    const EngagementProgress progress{4, 10, Millis{8 * 3'600'000}, Millis{20 * 3'600'000},
                                      Date{2026, 12, 13}};
    const auto files = exportReport(outline, request, textsFor("en-US"), progress);
    ASSERT_TRUE(files.ok()) << files.error().message();
    const std::string text = pdf_text::text(files->front());
    EXPECT_TRUE(has(text, "Engagement progress")) << text;
    EXPECT_TRUE(has(text, "Sessions: 4 of 10 done"));
    EXPECT_TRUE(has(text, "Time: 8 h of 20 h used")) << text;
    EXPECT_TRUE(has(text, "Next session due: December 13, 2026"));
    EXPECT_TRUE(has(text, "Board images"));
    EXPECT_TRUE(has(text, "Labels are not shown"));
    EXPECT_FALSE(has(text, "Image initiale"));
    EXPECT_FALSE(has(text, "Wolverhampton"));
    EXPECT_EQ(pdf_text::pages(files->front()), 3);
}

TEST_F(ReportWriter, AFrenchReportIsInFrenchWithFrenchDates)
{
    if (!pdf_text::available())
        GTEST_SKIP() << "poppler-utils (pdftotext, pdfinfo) not installed";
    const fs::path pdf = exported(ReportAudience::Client, ReportFormat::Pdf, "fr-FR").front();
    const std::string text = pdf_text::text(pdf);
    for (const char *phrase :
         {"Compte rendu de séance", "Séance 4 sur 10", "22 novembre 2026", "Ordre du jour", "Prévu",
          "Réel", "Plan d'action", "Images de la constellation", "Étape 1 sur 3"})
        EXPECT_TRUE(has(text, phrase)) << phrase << "\n" << text;
}

TEST_F(ReportWriter, ALongNoteFlowsOverPagesWithoutLosingALine)
{
    if (!pdf_text::available())
        GTEST_SKIP() << "poppler-utils (pdftotext, pdfinfo) not installed";
    lengthenTheSharedNote();
    outline.snapshots.clear();
    const fs::path pdf = exported(ReportAudience::Client, ReportFormat::Pdf).front();
    EXPECT_GE(pdf_text::pages(pdf), 3);
    const std::string read = pdf_text::text(pdf);
    for (int i = 1; i <= 150; ++i)
        EXPECT_TRUE(has(read, "Paragraph line " + std::to_string(i) + " of the long note.")) << i;
    EXPECT_TRUE(has(read, "Action items")); // what follows the note is there too
}

TEST_F(ReportWriter, EveryPageFooterNamesThePageTotal)
{
    if (!pdf_text::available())
        GTEST_SKIP() << "poppler-utils (pdftotext, pdfinfo) not installed";
    // The built-in English texts: "Page %1 of %2".
    ReportRequest request{ReportAudience::Coach, ReportFormat::Pdf, scratch, "total", {}};
    const auto files = exportReport(outline, request, ReportTexts{}, std::nullopt);
    ASSERT_TRUE(files.ok()) << files.error().message();
    const fs::path pdf = files->front();
    ASSERT_EQ(pdf_text::pages(pdf), 3);
    EXPECT_TRUE(has(pdf_text::text(pdf, 1, 1), "Page 1 of 3")) << pdf_text::text(pdf, 1, 1);
    EXPECT_TRUE(has(pdf_text::text(pdf, 2, 2), "Page 2 of 3"));
    EXPECT_TRUE(has(pdf_text::text(pdf, 3, 3), "Page 3 of 3")) << pdf_text::text(pdf, 3, 3);
}

TEST_F(ReportWriter, TheLastPageOfALongFrenchReportNamesTheTotalInFrench)
{
    if (!pdf_text::available())
        GTEST_SKIP() << "poppler-utils (pdftotext, pdfinfo) not installed";
    lengthenTheSharedNote();
    // The French texts as fr-FR.ini words them.
    const Result<LocaleText> french = LocaleText::load(COACHDECK_LOCALE_DIR, "fr-FR");
    ASSERT_TRUE(french.ok());
    const ReportTexts texts = ReportTexts::fromLookup(
        [&](const char *key) { return QString::fromStdString(french->text(key)); }, "fr-FR");
    ReportRequest request{ReportAudience::Client, ReportFormat::Pdf, scratch, "longue", {}};
    const auto files = exportReport(outline, request, texts, std::nullopt);
    ASSERT_TRUE(files.ok()) << files.error().message();
    const fs::path pdf = files->front();
    const int pages = pdf_text::pages(pdf);
    ASSERT_GE(pages, 4); // three pages of text at least, then the images
    const std::string total = " sur " + std::to_string(pages);
    const std::string last = pdf_text::text(pdf, pages, pages);
    EXPECT_TRUE(has(last, "Page " + std::to_string(pages) + total)) << last;
    EXPECT_TRUE(has(pdf_text::text(pdf, 1, 1), "Page 1" + total));
}

TEST(ReportTextsTest, APageTextWithoutATotalStillNamesThePage)
{
    ReportTexts texts;
    EXPECT_EQ(texts.pageOf(2, 5), "Page 2 of 5");
    texts.page = QStringLiteral("Page %1"); // a locale file of before the total
    EXPECT_EQ(texts.pageOf(2, 5), "Page 2");
}

// --- Markdown ---------------------------------------------------------------------------------

TEST_F(ReportWriter, MarkdownLinksItsImagesBesideIt)
{
    const auto files = exported(ReportAudience::Coach, ReportFormat::Markdown);
    ASSERT_EQ(files.size(), 4u);
    EXPECT_EQ(files[0].filename(), "session-4-coach.md");
    const std::string md = fileBytes(files[0]);
    EXPECT_EQ(md.rfind("# Session report (coach)\n", 0), 0u) << md;
    for (int i = 1; i <= 3; ++i) {
        const std::string name = "session-4-coach-" + std::to_string(i) + ".png";
        EXPECT_EQ(files[static_cast<size_t>(i)], scratch / "out" / name);
        EXPECT_TRUE(has(md, "](" + name + ")")) << name;
        const QImage png(QString::fromStdString(files[static_cast<size_t>(i)].string()));
        EXPECT_EQ(png.size(), QSize(1600, 900));
    }
    for (const char *phrase : {"## Agenda", "| Item | Planned | Actual | Status |", "Marmalade",
                               "Kestrel", "## Action items", "## Board images"})
        EXPECT_TRUE(has(md, phrase)) << phrase;
}

TEST_F(ReportWriter, ClientAndSponsorMarkdownKeepWhatIsNotTheirs)
{
    const std::string client =
        fileBytes(exported(ReportAudience::Client, ReportFormat::Markdown).front());
    EXPECT_FALSE(has(client, "Marmalade"));
    EXPECT_FALSE(has(client, "Kestrel"));
    EXPECT_TRUE(has(client, "Lighthouse"));

    const auto sponsorFiles = exported(ReportAudience::Sponsor, ReportFormat::Markdown);
    ASSERT_EQ(sponsorFiles.size(), 1u); // no image
    const std::string sponsor = fileBytes(sponsorFiles.front());
    for (const char *absent :
         {"Marmalade", "Lighthouse", "Quokka", "Kestrel", "Wolverhampton", ".png", "## Agenda"})
        EXPECT_FALSE(has(sponsor, absent)) << absent;
    EXPECT_TRUE(has(sponsor, "Sycamore"));
}

TEST_F(ReportWriter, SessionTextCannotBecomeMarkup)
{
    outline.notes[1].text = "<script>alert(1)</script> [click](http://example.org) | cell\n- item";
    const std::string md =
        fileBytes(exported(ReportAudience::Client, ReportFormat::Markdown).front());
    EXPECT_FALSE(has(md, "<script>"));
    EXPECT_TRUE(has(md, "&lt;script&gt;"));
    EXPECT_FALSE(has(md, "[click]("));
    EXPECT_TRUE(has(md, "\\| cell"));
    EXPECT_TRUE(has(md, "> \\- item"));
    EXPECT_EQ(ReportMarkdownWriter::escaped(QStringLiteral("1. first")),
              QStringLiteral("1\\. first"));
}

// --- PNG and files ----------------------------------------------------------------------------

TEST_F(ReportWriter, EachPngHasTheFigureColourWhereTheFigureStands)
{
    const auto files = exported(ReportAudience::Client, ReportFormat::Png);
    ASSERT_EQ(files.size(), 3u);
    const Result<Report> report = buildReport(outline, ReportAudience::Client, std::nullopt);
    ASSERT_TRUE(report.ok());
    const BoardImageRenderer renderer(QSize(1600, 900), Theme::Light,
                                      textsFor("en-US").overlayTexts());
    const QColor red(0xd0, 0x30, 0x2a);
    for (std::size_t i = 0; i < files.size(); ++i) {
        const QImage png = QImage(QString::fromStdString(files[i].string()))
                               .convertToFormat(QImage::Format_ARGB32);
        const BoardProjection projection = renderer.projection(report->images, i);
        const Figure &self = report->images[i].board.figures.front();
        EXPECT_TRUE(near(png, projection.map(self.position), red, 12)) << i;
        // And not where it does not stand: the board's left edge at mid-height, away from it.
        EXPECT_FALSE(near(png, projection.map(BoardPoint{60, 850}), red, 12)) << i;
    }
}

TEST_F(ReportWriter, FilesAreOwnerOnlyInAnOwnerOnlyFolder)
{
    const auto files = exported(ReportAudience::Coach, ReportFormat::Markdown);
    struct stat info {};
    for (const fs::path &file : files) {
        ASSERT_EQ(::stat(file.c_str(), &info), 0);
        EXPECT_EQ(info.st_mode & 07777, 0600u) << file;
    }
    ASSERT_EQ(::stat((scratch / "out").c_str(), &info), 0);
    EXPECT_EQ(info.st_mode & 07777, 0700u);
}

TEST_F(ReportWriter, ARefusedSponsorReportWritesNothingAndKeepsTheEarlierOne)
{
    fs::create_directories(scratch / "out");
    std::ofstream(scratch / "out" / "session-4-sponsor.pdf") << "earlier report";
    outline.notes[2].validatedOn.reset();
    ReportRequest request{
        ReportAudience::Sponsor, ReportFormat::Pdf, scratch / "out", "session-4-sponsor", {}};
    const auto files = exportReport(outline, request, textsFor("en-US"), std::nullopt);
    ASSERT_FALSE(files.ok());
    EXPECT_TRUE(has(files.error().message(), "nothing is validated for the sponsor"));
    EXPECT_EQ(fileBytes(scratch / "out" / "session-4-sponsor.pdf"), "earlier report");
    int entries = 0;
    for ([[maybe_unused]] const auto &entry : fs::directory_iterator(scratch / "out"))
        ++entries;
    EXPECT_EQ(entries, 1);
}

} // namespace
} // namespace coachdeck
