// The report model: what each audience may read, decided once, before any writer runs.
#include "core/Report.hpp"
#include "core/OutlineFile.hpp"
#include "core/OutlineJson.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <string_view>

using namespace coachdeck;
namespace fs = std::filesystem;

namespace {

const fs::path kSession = fs::path(COACHDECK_TEST_DATA) / "reports" / "session-4.json";

Outline session()
{
    Result<Outline> loaded = outline_file::load(kSession);
    EXPECT_TRUE(loaded.ok()) << loaded.error().message();
    return loaded.ok() ? std::move(loaded).value() : Outline{};
}

/// Whether `phrase` is anywhere in the texts the report holds.
bool holds(const Report &report, std::string_view phrase)
{
    bool found = false;
    report.visitTexts([&](std::string_view text) {
        found = found || text.find(phrase) != std::string_view::npos;
    });
    return found;
}

Report built(const Outline &outline, ReportAudience audience,
             const std::optional<EngagementProgress> &progress = std::nullopt)
{
    Result<Report> report = buildReport(outline, audience, progress);
    EXPECT_TRUE(report.ok()) << report.error().message();
    return report.ok() ? std::move(report).value() : Report{};
}

} // namespace

TEST(Report, TheCoachGetsEverythingInOrder)
{
    const Report report = built(session(), ReportAudience::Coach);
    EXPECT_TRUE(holds(report, "Marmalade")); // private note
    EXPECT_TRUE(holds(report, "Lighthouse"));
    EXPECT_TRUE(holds(report, "Sycamore"));
    EXPECT_TRUE(holds(report, "Quokka"));  // sponsor note not validated yet: still the coach's
    EXPECT_TRUE(holds(report, "Kestrel")); // preparation notes
    ASSERT_EQ(report.agenda.size(), 4u);
    EXPECT_EQ(report.agenda[1].title, "Exploration avec le CEO");
    EXPECT_EQ(report.agenda[1].planned, Millis{30 * 60'000});
    EXPECT_EQ(report.agenda[1].allotted, Millis{35 * 60'000});
    EXPECT_EQ(report.agenda[1].actual, Millis{2'100'000});
    EXPECT_EQ(report.plannedTotal, Millis{95 * 60'000});
    EXPECT_EQ(report.actualTotal, Millis{(750 + 2100 + 2460) * 1000});
    ASSERT_EQ(report.images.size(), 3u);
    EXPECT_EQ(report.images[0].name, "Image initiale");
    EXPECT_EQ(report.images[2].name, "Image finale");
    EXPECT_TRUE(holds(report, "Wolverhampton"));
    EXPECT_EQ(report.actions.size(), 2u);
    EXPECT_EQ(report.notes[0].agendaItemTitle, "Check-in");
}

TEST(Report, TheClientNeverGetsAPrivateNoteNorPreparation)
{
    const Report report = built(session(), ReportAudience::Client);
    EXPECT_FALSE(holds(report, "Marmalade"));
    EXPECT_FALSE(holds(report, "Kestrel"));
    EXPECT_TRUE(holds(report, "Lighthouse"));
    EXPECT_TRUE(holds(report, "Sycamore"));
    for (const ReportNote &note : report.notes)
        EXPECT_NE(note.visibility, Visibility::CoachPrivate);
    EXPECT_EQ(report.images.size(), 3u);
    EXPECT_EQ(report.actions.size(), 2u);
    EXPECT_EQ(report.agenda.size(), 4u);
}

TEST(Report, TheSponsorGetsOnlyValidatedNotes)
{
    const Report report = built(session(), ReportAudience::Sponsor);
    ASSERT_EQ(report.notes.size(), 1u);
    EXPECT_EQ(report.notes[0].text, "Validated: Sycamore prend sa place au comite de direction.");
    EXPECT_EQ(report.notes[0].validatedOn, (Date{2026, 11, 23}));
    EXPECT_FALSE(holds(report, "Marmalade"));
    EXPECT_FALSE(holds(report, "Lighthouse"));
    EXPECT_FALSE(holds(report, "Quokka"));
    EXPECT_FALSE(holds(report, "Kestrel"));
    EXPECT_TRUE(report.agenda.empty());
    EXPECT_TRUE(report.actions.empty());
    // No validation of the board: no image, no label.
    EXPECT_TRUE(report.images.empty());
    EXPECT_FALSE(holds(report, "Wolverhampton"));
    EXPECT_FALSE(holds(report, "Comite Ardennes"));
    EXPECT_FALSE(report.progress.has_value());
}

TEST(Report, AnUnvalidatedSponsorNoteIsNotEnough)
{
    // A note marked for the sponsor but never validated reaches nobody but coach and client.
    Outline outline = session();
    outline.notes[2].validatedOn.reset();
    const Result<Report> report = buildReport(outline, ReportAudience::Sponsor, std::nullopt);
    ASSERT_FALSE(report.ok());
    EXPECT_NE(report.error().message().find("nothing is validated for the sponsor"),
              std::string::npos)
        << report.error().message();
}

TEST(Report, TheSponsorWithNothingValidatedIsRefusedEvenWithProgress)
{
    Outline outline = session();
    outline.notes.erase(outline.notes.begin() + 2);
    const EngagementProgress progress{4, 10, Millis{8 * 3'600'000}, Millis{20 * 3'600'000}, {}};
    const Result<Report> report = buildReport(outline, ReportAudience::Sponsor, progress);
    ASSERT_FALSE(report.ok());
    EXPECT_NE(report.error().message().find("no report was made"), std::string::npos);
    // The other audiences are not concerned.
    EXPECT_TRUE(buildReport(outline, ReportAudience::Client, progress).ok());
}

TEST(Report, BoardImagesReachTheSponsorOnlyOnceValidatedAndWithoutLabels)
{
    Outline outline = session();
    outline.session.boardImagesValidatedOn = Date{2026, 11, 23};
    const Report report = built(outline, ReportAudience::Sponsor);
    ASSERT_EQ(report.images.size(), 3u);
    EXPECT_FALSE(report.figureLabelsShown);
    EXPECT_FALSE(holds(report, "Wolverhampton"));
    EXPECT_FALSE(holds(report, "Comite Ardennes"));
    EXPECT_FALSE(holds(report, "Image initiale")); // a name may say what a label would
    for (const ReportImage &image : report.images)
        for (const Figure &f : image.board.figures)
            EXPECT_EQ(f.id.rfind("figure-", 0), 0u) << f.id;
    // Figures keep where they stand and their colour: that is the image.
    EXPECT_EQ(report.images[0].board.figures[1].position.x, 1200.0);
    EXPECT_EQ(report.images[0].board.figures[0].colour, (Rgb{0xd0, 0x30, 0x2a}));
}

TEST(Report, FigureLabelsNeedTheirOwnValidationOnTopOfTheImages)
{
    Outline outline = session();
    outline.session.figureLabelsValidatedOn = Date{2026, 11, 23};
    Report report = built(outline, ReportAudience::Sponsor);
    EXPECT_TRUE(report.images.empty()); // labels alone do not validate images
    EXPECT_FALSE(holds(report, "Wolverhampton"));

    outline.session.boardImagesValidatedOn = Date{2026, 11, 23};
    report = built(outline, ReportAudience::Sponsor);
    EXPECT_TRUE(report.figureLabelsShown);
    EXPECT_TRUE(holds(report, "Wolverhampton"));
    EXPECT_TRUE(holds(report, "Image initiale"));
}

TEST(Report, ValidatedImagesAloneMakeASponsorReport)
{
    Outline outline = session();
    outline.notes.erase(outline.notes.begin() + 2);
    outline.session.boardImagesValidatedOn = Date{2026, 11, 23};
    const Report report = built(outline, ReportAudience::Sponsor);
    EXPECT_TRUE(report.notes.empty());
    EXPECT_EQ(report.images.size(), 3u);
}

TEST(Report, ProgressIsCarriedWhenGiven)
{
    const EngagementProgress progress{4, 10, Millis{8 * 3'600'000}, Millis{20 * 3'600'000},
                                      Date{2026, 12, 13}};
    EXPECT_EQ(built(session(), ReportAudience::Sponsor, progress).progress, progress);
    EXPECT_EQ(built(session(), ReportAudience::Coach, progress).progress, progress);
}

TEST(Report, UnknownKeysNeverReachAReport)
{
    Outline outline = session();
    outline.session.unknown["secret"] = "Marmalade";
    outline.snapshots[0].board.figures[0].unknown["x-note"] = "Marmalade";
    outline.actions[0].unknown["x-note"] = "Marmalade";
    for (ReportAudience audience : {ReportAudience::Coach, ReportAudience::Client}) {
        const Report report = built(outline, audience);
        EXPECT_TRUE(report.session.unknown.empty());
        EXPECT_TRUE(report.images[0].board.figures[0].unknown.empty());
        EXPECT_TRUE(report.actions[0].unknown.empty());
    }
}

TEST(Report, TheValidationDatesRoundTripThroughTheFile)
{
    Outline outline = session();
    outline.session.boardImagesValidatedOn = Date{2026, 11, 23};
    outline.session.figureLabelsValidatedOn = Date{2026, 11, 24};
    const std::string text = outline_json::serialize(outline);
    EXPECT_NE(text.find("\"boardImagesValidatedOn\": \"2026-11-23\""), std::string::npos);
    const Result<Outline> back = outline_json::parse(text);
    ASSERT_TRUE(back.ok()) << back.error().message();
    EXPECT_EQ(back->session.boardImagesValidatedOn, (Date{2026, 11, 23}));
    EXPECT_EQ(back->session.figureLabelsValidatedOn, (Date{2026, 11, 24}));
    // Absent until validated: files without them are written as they were.
    EXPECT_EQ(outline_json::serialize(session()).find("ValidatedOn\": null"), std::string::npos);
}

TEST(Report, ABadValidationDateIsRefusedWithItsPointer)
{
    Json document = outline_json::toJson(session());
    document["session"]["boardImagesValidatedOn"] = "2026-02-30";
    const Result<Outline> loaded = outline_json::fromJson(document);
    ASSERT_FALSE(loaded.ok());
    EXPECT_EQ(loaded.error().problems.front().pointer, "/session/boardImagesValidatedOn");
}
