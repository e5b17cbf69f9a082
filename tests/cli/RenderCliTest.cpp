// `coachdeck render`, the usage errors of export and render, and what stays light: run as
// processes, the images read back by their pixels.
#include "ReportCliFixture.hpp"

#include <gtest/gtest.h>

using namespace report_cli;

TEST_F(ReportCli, RenderDrawsTheSnapshotWithTheFigureWhereItStands)
{
    const fs::path first = scratch / "first.png";
    const Outcome run = coachdeck({"render", kSession.string(), "--snapshot", "Image initiale",
                                   "-o", first.string(), "--size", "800x450"});
    ASSERT_EQ(run.exitCode, 0) << run.err;
    EXPECT_EQ(run.err, "");
    EXPECT_EQ(run.out, first.string() + "\n");
    const QImage initial(QString::fromStdString(first.string()));
    ASSERT_EQ(initial.size(), QSize(800, 450));
    // The self figure (red) stands at x = 400 of 1600 in the first image, x = 1000 in the last.
    const auto [leftFirst, rightFirst] = countByHalf(initial, kSelfRed);
    EXPECT_GT(leftFirst, 200);
    EXPECT_EQ(rightFirst, 0);

    const fs::path last = scratch / "last.png";
    ASSERT_EQ(coachdeck({"render", kSession.string(), "--snapshot", "s3", "-o", last.string(),
                         "--size", "800x450"})
                  .exitCode,
              0);
    const auto [leftLast, rightLast] =
        countByHalf(QImage(QString::fromStdString(last.string())), kSelfRed);
    EXPECT_EQ(leftLast, 0);
    EXPECT_GT(rightLast, 200);
    struct stat info {};
    ASSERT_EQ(::stat(last.c_str(), &info), 0);
    EXPECT_EQ(info.st_mode & 07777, 0600u);
}

TEST_F(ReportCli, RenderNamesTheSnapshotsWhenOneIsNotFound)
{
    const Outcome run = coachdeck({"render", kSession.string(), "--snapshot", "Image perdue", "-o",
                                   (scratch / "x.png").string()});
    EXPECT_EQ(run.exitCode, 3);
    EXPECT_EQ(run.err, "coachdeck render: no snapshot named 'Image perdue'\n"
                       "  s1  Image initiale\n"
                       "  s2  Image de resolution\n"
                       "  s3  Image finale\n");
    EXPECT_FALSE(fs::exists(scratch / "x.png"));
}

TEST_F(ReportCli, RenderForTheSponsorIsRefusedUntilTheImagesAreValidated)
{
    // Nothing validated at all, then a validated note but no validated image: the same refusal.
    const fs::path nothing = variant("nothing-validated.json", "d['notes'][2].pop('validatedOn')");
    for (const fs::path &outline : {nothing, kSession}) {
        const fs::path file = scratch / "sponsor.png";
        const Outcome run = coachdeck({"render", outline.string(), "--snapshot", "s1", "--audience",
                                       "sponsor", "-o", file.string()});
        EXPECT_EQ(run.exitCode, 3) << outline << ": " << run.err;
        EXPECT_EQ(run.out, "");
        EXPECT_EQ(run.err.rfind("coachdeck render: no board image is validated for the sponsor", 0),
                  0u)
            << run.err;
        EXPECT_FALSE(fs::exists(file)) << outline;
    }
    // The client sees the board as the coach does.
    const fs::path client = scratch / "client.png";
    ASSERT_EQ(coachdeck({"render", kSession.string(), "--snapshot", "s1", "--audience", "client",
                         "-o", client.string(), "--size", "800x450"})
                  .exitCode,
              0);
    EXPECT_EQ(QImage(QString::fromStdString(client.string())), renderAs("coach", kSession, "s1"));
}

TEST_F(ReportCli, RenderForTheSponsorDrawsLabelsOnlyOnceTheyAreValidated)
{
    const QImage coach = renderAs("coach", kSession, "s1");
    ASSERT_FALSE(coach.isNull());

    // Images validated, labels not: pixel for pixel the coach's image of the same board with
    // every figure label, zone label and snapshot name emptied, so not one label pixel.
    const fs::path images =
        variant("images-validated.json", "d['session']['boardImagesValidatedOn']='2026-11-23'");
    const QImage unlabelled = renderAs("sponsor", images, "Image initiale");
    ASSERT_FALSE(unlabelled.isNull());
    const fs::path blank =
        variant("blank-labels.json", "[f.update(label='') for s in d['snapshots'] for f in "
                                     "s['board']['figures'] + s['board'].get('zones', [])]; "
                                     "[s.update(name='') for s in d['snapshots']]");
    EXPECT_EQ(unlabelled, renderAs("coach", blank, "s1"));
    EXPECT_NE(unlabelled, coach); // the coach's image does have labels
    // The figures still stand where they stand.
    EXPECT_EQ(countByHalf(unlabelled, kSelfRed), countByHalf(coach, kSelfRed));

    // Labels validated too: the coach's image.
    const fs::path labels =
        variant("labels-validated.json", "d['session']['boardImagesValidatedOn']='2026-11-23'; "
                                         "d['session']['figureLabelsValidatedOn']='2026-11-23'");
    EXPECT_EQ(renderAs("sponsor", labels, "s1"), coach);
}

TEST_F(ReportCli, UsageErrorsSayWhatIsWrong)
{
    const std::string file = kSession.string();
    struct Case {
        std::vector<std::string> args;
        std::string message;
    };
    const std::vector<Case> cases{
        {{"export", file, "--audience", "coach", "-o", "d"},
         "--format is required (md, pdf or png)"},
        {{"export", file, "--format", "pdf", "-o", "d"},
         "--audience is required (coach, client or sponsor)"},
        {{"export", file, "--format", "pdf", "--audience", "coach"}, "-o DIR is required"},
        {{"export", file, "--format", "docx", "--audience", "coach", "-o", "d"},
         "unknown format 'docx' (md, pdf or png)"},
        {{"export", file, "--format", "pdf", "--audience", "boss", "-o", "d"},
         "unknown audience 'boss' (coach, client or sponsor)"},
        {{"export", file, "--format", "pdf", "--audience", "coach", "-o", "d", "--lang", "de-DE"},
         "unknown language 'de-DE' (en-US or fr-FR)"},
        {{"export", file, "--format"}, "option '--format' needs a value"},
        {{"export", "--format=pdf", "--audience=coach", "-o", "d"}, "no outline given"},
        {{"render", file, "--snapshot", "s1", "-o", "x.png", "--size", "10x10"},
         "bad size '10x10' (WIDTHxHEIGHT, each from 64 to 4096)"},
        {{"render", file, "-o", "x.png"}, "--snapshot is required"},
        {{"render", file, "--snapshot", "s1", "-o", "x.png", "--audience", "boss"},
         "unknown audience 'boss' (coach, client or sponsor)"},
        {{"render", file, "--snapshot", "s1", "--colour", "red"}, "unknown option '--colour'"},
    };
    for (const Case &c : cases) {
        const Outcome run = coachdeck(c.args);
        EXPECT_EQ(run.exitCode, 2) << c.message;
        EXPECT_EQ(run.err.rfind("coachdeck " + c.args.front() + ": " + c.message + "\n", 0), 0u)
            << run.err;
    }
    EXPECT_FALSE(fs::exists(scratch / "d"));
}

TEST_F(ReportCli, AnInvalidOutlineIsReportedAsValidateDoes)
{
    std::ofstream(scratch / "broken.json") << "{\"format\": \"coachdeck.outline\"}";
    const Outcome run = exportAs("coach", "pdf", scratch / "broken.json");
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(has(run.err, "broken.json: /version: missing (required)")) << run.err;
}

TEST_F(ReportCli, AFolderThatCannotBeMadeIsAWriteFailure)
{
    std::ofstream(scratch / "taken") << "a file";
    const Outcome run = coachdeck({"export", kSession.string(), "--format", "pdf", "--audience",
                                   "coach", "-o", (scratch / "taken" / "reports").string()});
    EXPECT_EQ(run.exitCode, 4);
    EXPECT_TRUE(has(run.err, "is not a folder")) << run.err;
}

TEST_F(ReportCli, HelpListsTheNewCommandsAndTheirExitCodes)
{
    const Outcome help = coachdeck({"--help"});
    EXPECT_TRUE(
        has(help.out, "export OUTLINE --format md|pdf|png --audience coach|client|sponsor"));
    EXPECT_TRUE(has(help.out, "render OUTLINE --snapshot NAME -o FILE.png"));
    const Outcome exportHelp = coachdeck({"help", "export"});
    EXPECT_EQ(exportHelp.exitCode, 0);
    EXPECT_TRUE(has(exportHelp.out, "3 refused: nothing is validated for the sponsor"));
    const Outcome renderHelp = coachdeck({"render", "--help"});
    EXPECT_TRUE(has(renderHelp.out, "--size WxH"));
    EXPECT_TRUE(has(renderHelp.out, "--audience WHO      coach (default), client or sponsor"));
    EXPECT_TRUE(has(renderHelp.out, "refused: the sponsor may not see the board images"));
}

TEST_F(ReportCli, ValidateAndSummaryNeverStartQt)
{
    // A Qt platform that does not exist would abort any command that starts Qt.
    const Outcome run = coachdeck({"validate", kSession.string()}, "QT_QPA_PLATFORM=nowhere");
    EXPECT_EQ(run.exitCode, 0) << run.err;
    EXPECT_EQ(coachdeck({"summary", kSession.string()}, "QT_QPA_PLATFORM=nowhere").exitCode, 0);
}
