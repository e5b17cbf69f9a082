// Regression tests for what the hardening work (docs/hardening.md, "Findings") turned up: one
// test per finding, saying how it was found. A fuzzer's input that once failed goes here as it
// was saved, next to the test that replays it.
#include "BoundedRun.hpp"
#include "core/EngagementJson.hpp"
#include "core/JsonDocumentBuilder.hpp"
#include "core/OutlineJson.hpp"
#include "core/OutlineRules.hpp"
#include "core/RequestHandler.hpp"
#include "core/Session.hpp"
#include "core/TemplateJson.hpp"

#include <gtest/gtest.h>

#include <set>
#include <string>

using namespace coachdeck;

namespace {

/// An outline whose top level also holds `count` unknown keys "k0", "k1"... (about 14 bytes each).
std::string wideOutline(int count)
{
    std::string text = R"({"format": "coachdeck.outline", "version": 1)";
    for (int i = 0; i < count; ++i)
        text += ",\"k" + std::to_string(i) + "\":0";
    return text + "}";
}

} // namespace

// Finding 1 (review, while writing the limits tests): reading an object cost time quadratic in
// its number of members, in JsonDocumentBuilder and in JsonReader::unknownKeys alike: each member
// was looked up among those before it (ordered_json keeps members in a vector). A 0.5 MB file
// with 40,000 unknown keys took 3.5 s to load; a 32 MB one, within the size cap, would have held
// OBS's UI thread for hours. The same held for websocket request data. Now linear: a million
// keys load in about a second (the bound below only turns a hang into a failure).
TEST(FindingsTest, AnObjectWithAMillionMembersIsReadInLinearTime)
{
    const std::string text = wideOutline(1'000'000);
    const test::BoundedOutcome loaded = test::runBounded(
        [&] {
            Result<Outline> outline = outline_json::parse(text);
            return outline ? "unknown keys: " + std::to_string(outline.value().unknown.size())
                           : outline.error().message();
        },
        120);
    ASSERT_TRUE(loaded.finished) << "not read within 120 s: quadratic again?";
    EXPECT_EQ(loaded.result, "unknown keys: 1000000");

    const test::BoundedOutcome requested = test::runBounded(
        [&] {
            ManualClock clock;
            Session session(clock);
            return RequestHandler().handleText(session, "MoveFigure", text).error;
        },
        120);
    ASSERT_TRUE(requested.finished) << "request data not read within 120 s: quadratic again?";
    EXPECT_EQ(requested.result, "figureId: missing (required)");
}

TEST(FindingsTest, LargeObjectsStillKeepTheFirstPlaceAndTheLastValueOfARepeatedKey)
{
    // Past a few members objects are built through a hash index: it must agree with nlohmann.
    std::string text = "{";
    for (int i = 0; i < 300; ++i)
        text += (i ? "," : "") + std::string("\"k") + std::to_string(i % 70) +
                "\":" + std::to_string(i);
    text += "}";
    JsonDocumentBuilder builder;
    ASSERT_TRUE(builder.parse(text)) << builder.error();
    const Json expected = Json::parse(text);
    EXPECT_EQ(builder.document(), expected);
    EXPECT_EQ(builder.document().size(), 70u);
    EXPECT_EQ(builder.document().begin().key(), "k0");
    EXPECT_EQ(builder.document()["k0"], 280);
}

// Finding 2 (review of FreshId, seeding the structure-aware fuzzer's dictionary): the next id
// after "f18446744073709551615" wrapped round to "f0"; with a figure "f0" on the board too, a new
// figure got a duplicate id, and the autosaved file could no longer be loaded.
TEST(FindingsTest, NewIdsStayFreshPastTheLargestNumber)
{
    Outline outline;
    for (const char *id : {"f18446744073709551615", "f0", "f1"}) {
        Figure figure = defaultFigure(FigureKind::Person);
        figure.id = id;
        outline.board.figures.push_back(figure);
    }
    ManualClock clock;
    Session session(clock, outline);
    ASSERT_EQ(session.outline().board.figures.size(), 3u);
    std::set<std::string> ids{"f18446744073709551615", "f0", "f1"};
    for (int i = 0; i < 3; ++i) {
        Result<std::string> id = session.addFigure(defaultFigure(FigureKind::Goal));
        ASSERT_TRUE(id.ok());
        EXPECT_TRUE(ids.insert(id.value()).second) << "id given twice: " << id.value();
    }
    EXPECT_TRUE(outline_rules::checkOutline(session.outline()).empty());
    Result<Outline> reloaded = outline_json::parse(outline_json::serialize(session.outline()));
    ASSERT_TRUE(reloaded.ok()) << reloaded.error().message();
}

// Finding 5 (fuzz target `stores`, on its own seed engagement-invalid-utf8.json): the template
// and engagement loaders put nlohmann's parse error into the problem as it came, and it quotes
// the bytes last read: a file with a stray byte gave a reason that is not UTF-8, which the dock,
// the log and any JSON reply cannot carry (dumping it throws). The outline loader already cleaned
// it; the three loaders now share that cleaning.
TEST(FindingsTest, AParseErrorOnAStrayByteIsValidUtf8InEveryLoader)
{
    const std::string engagement =
        "{\"format\": \"coachdeck.engagement\", \"version\": 1, \"client\": \"\xC3(\"}";
    const std::string agenda =
        "{\"format\": \"coachdeck.template\", \"version\": 1, \"title\": \"\xC3(\", \"items\": []}";
    const Result<Engagement> read = engagement_json::parse(engagement);
    const Result<AgendaTemplate> loaded = template_json::parse(agenda);
    ASSERT_FALSE(read.ok());
    ASSERT_FALSE(loaded.ok());
    for (const Error &error : {read.error(), loaded.error()}) {
        const std::string reason = error.message();
        EXPECT_EQ(reason.rfind("not valid JSON: line 1, column ", 0), 0u) << reason;
        EXPECT_NE(reason.find("ill-formed UTF-8 byte"), std::string::npos) << reason;
        EXPECT_NO_THROW((void)Json(reason).dump()) << "not UTF-8: " << reason;
    }
}
