// `coachdeck export` run as a process; the reports it writes are read back as a person would:
// PDF through poppler's pdftotext and pdfinfo, Markdown as text.
#include "ReportCliFixture.hpp"

#include <gtest/gtest.h>

using namespace report_cli;

TEST_F(ReportCli, PdfReportsForEachAudienceHoldOnlyWhatItMaySee)
{
    if (!coachdeck::pdf_text::available())
        GTEST_SKIP() << "poppler-utils (pdftotext, pdfinfo) not installed";
    struct Expected {
        std::string audience;
        int pages;
        std::vector<std::string> present;
        std::vector<std::string> absent;
    };
    const std::vector<Expected> cases{
        {"coach",
         3,
         {"Session report (coach)", "Agenda", "Planned", "Actual", "Marmalade", "Kestrel",
          "Lighthouse", "Sycamore", "Quokka", "Action items", "Board images", "Step 3 of 3"},
         {}},
        {"client",
         3,
         {"Session report", "Agenda", "Lighthouse", "Sycamore", "Action items", "Board images"},
         {"Marmalade", "Kestrel", "private"}},
        {"sponsor",
         1,
         {"Progress report for the sponsor", "Sycamore",
          "validated by the coachee on November 23, 2026"},
         {"Marmalade", "Kestrel", "Lighthouse", "Quokka", "Wolverhampton", "Board images", "Agenda",
          "Action items"}},
    };
    for (const Expected &c : cases) {
        const Outcome run = exportAs(c.audience, "pdf");
        ASSERT_EQ(run.exitCode, 0) << c.audience << ": " << run.err;
        EXPECT_EQ(run.err, "") << c.audience;
        const fs::path pdf = scratch / "out" / ("session-4-" + c.audience + ".pdf");
        EXPECT_EQ(run.out, pdf.string() + "\n");
        EXPECT_EQ(coachdeck::pdf_text::pages(pdf), c.pages) << c.audience;
        const std::string text = coachdeck::pdf_text::text(pdf);
        for (const std::string &phrase : c.present)
            EXPECT_TRUE(has(text, phrase)) << c.audience << " lacks " << phrase << "\n" << text;
        for (const std::string &phrase : c.absent)
            EXPECT_FALSE(has(text, phrase)) << c.audience << " shows " << phrase;
    }
}

TEST_F(ReportCli, APdfInFrenchHasFrenchHeadingsAndDates)
{
    if (!coachdeck::pdf_text::available())
        GTEST_SKIP() << "poppler-utils (pdftotext, pdfinfo) not installed";
    ASSERT_EQ(exportAs("coach", "pdf", kSession, "fr-FR").exitCode, 0);
    const std::string first =
        coachdeck::pdf_text::text(scratch / "out" / "session-4-coach.pdf", 1, 1);
    for (const char *phrase :
         {"Compte rendu de séance (coach)", "Séance 4 sur 10", "22 novembre 2026", "Ordre du jour",
          "Prévu", "Réel", "Notes", "Plan d'action", "1 décembre 2026"})
        EXPECT_TRUE(has(first, phrase)) << phrase << "\n" << first;
}

TEST_F(ReportCli, MarkdownReportsKeepPrivateTextOutAndLinkTheirImages)
{
    const Outcome coach = exportAs("coach", "md");
    ASSERT_EQ(coach.exitCode, 0) << coach.err;
    const fs::path out = scratch / "out";
    EXPECT_EQ(coach.out, (out / "session-4-coach.md").string() + "\n" +
                             (out / "session-4-coach-1.png").string() + "\n" +
                             (out / "session-4-coach-2.png").string() + "\n" +
                             (out / "session-4-coach-3.png").string() + "\n");
    const std::string coachMd = fileBytes(out / "session-4-coach.md");
    EXPECT_TRUE(has(coachMd, "Marmalade"));
    EXPECT_TRUE(has(coachMd, "![Step 1 of 3 · Image initiale · taken at "));
    EXPECT_TRUE(has(coachMd, "](session-4-coach-1.png)"));

    ASSERT_EQ(exportAs("client", "md").exitCode, 0);
    const std::string clientMd = fileBytes(out / "session-4-client.md");
    EXPECT_FALSE(has(clientMd, "Marmalade"));
    EXPECT_FALSE(has(clientMd, "Kestrel"));
    EXPECT_TRUE(fs::exists(out / "session-4-client-3.png"));

    const Outcome sponsor = exportAs("sponsor", "md");
    ASSERT_EQ(sponsor.exitCode, 0) << sponsor.err;
    EXPECT_EQ(sponsor.out, (out / "session-4-sponsor.md").string() + "\n");
    const std::string sponsorMd = fileBytes(out / "session-4-sponsor.md");
    for (const char *absent : {"Marmalade", "Kestrel", "Lighthouse", "Quokka", "Wolverhampton"})
        EXPECT_FALSE(has(sponsorMd, absent)) << absent;
    EXPECT_TRUE(has(sponsorMd, "Sycamore"));
    EXPECT_FALSE(fs::exists(out / "session-4-sponsor-1.png"));
}

TEST_F(ReportCli, ReportFilesAreOwnerOnly)
{
    ASSERT_EQ(exportAs("client", "md").exitCode, 0);
    struct stat info {};
    ASSERT_EQ(::stat((scratch / "out").c_str(), &info), 0);
    EXPECT_EQ(info.st_mode & 07777, 0700u);
    for (const auto &entry : fs::directory_iterator(scratch / "out")) {
        ASSERT_EQ(::stat(entry.path().c_str(), &info), 0);
        EXPECT_EQ(info.st_mode & 07777, 0600u) << entry.path();
    }
}

TEST_F(ReportCli, TheSponsorWithNothingValidatedIsRefusedAndNothingIsWritten)
{
    const fs::path outline = variant("nothing-validated.json", "d['notes'][2].pop('validatedOn')");
    for (const char *format : {"pdf", "md", "png"}) {
        const Outcome run = exportAs("sponsor", format, outline);
        EXPECT_EQ(run.exitCode, 3) << format << ": " << run.err;
        EXPECT_EQ(run.out, "");
        EXPECT_TRUE(has(run.err, "coachdeck export: nothing is validated for the sponsor"))
            << run.err;
        EXPECT_FALSE(fs::exists(scratch / "out")) << format;
    }
    // The coach and the client still get theirs.
    EXPECT_EQ(exportAs("client", "pdf", outline).exitCode, 0);
}

TEST_F(ReportCli, SponsorImagesComeOnlyOnceValidatedAndThenWithoutLabels)
{
    if (!coachdeck::pdf_text::available())
        GTEST_SKIP() << "poppler-utils (pdftotext, pdfinfo) not installed";
    const Outcome refused = exportAs("sponsor", "png");
    EXPECT_EQ(refused.exitCode, 3);
    EXPECT_TRUE(has(refused.err, "no board image is validated for the sponsor")) << refused.err;

    const fs::path outline =
        variant("images-validated.json", "d['session']['boardImagesValidatedOn']='2026-11-23'");
    const Outcome run = exportAs("sponsor", "pdf", outline);
    ASSERT_EQ(run.exitCode, 0) << run.err;
    const fs::path pdf = scratch / "out" / "images-validated-sponsor.pdf";
    EXPECT_EQ(coachdeck::pdf_text::pages(pdf), 3);
    const std::string text = coachdeck::pdf_text::text(pdf);
    EXPECT_TRUE(has(text, "Board images"));
    EXPECT_TRUE(has(text, "Labels are not shown"));
    EXPECT_FALSE(has(text, "Image initiale"));
    ASSERT_EQ(exportAs("sponsor", "png", outline).exitCode, 0);
    EXPECT_TRUE(fs::exists(scratch / "out" / "images-validated-sponsor-3.png"));
}
