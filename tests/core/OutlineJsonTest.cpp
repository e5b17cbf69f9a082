// Outline JSON: round trips, unknown keys, and errors that name the pointer.
#include "core/OutlineJson.hpp"
#include "SampleOutline.hpp"

#include <gtest/gtest.h>

using namespace coachdeck;
using namespace std::chrono_literals;

namespace {

Error refusal(const std::string &text)
{
    Result<Outline> result = outline_json::parse(text);
    EXPECT_FALSE(result) << "accepted: " << text.substr(0, 200);
    return result ? Error() : result.error();
}

/// The sample as JSON, to break one thing at a time.
Json sampleJson()
{
    return outline_json::toJson(samples::sampleOutline());
}

} // namespace

TEST(OutlineJson, SampleIsComplete)
{
    const Outline o = samples::sampleOutline();
    EXPECT_EQ(o.agenda.size(), 4u);
    EXPECT_EQ(o.board.figures.size(), 3u);
    EXPECT_EQ(o.snapshots.size(), 2u);
    EXPECT_EQ(o.notes.size(), 3u);
    EXPECT_EQ(o.actions.size(), 1u);
    EXPECT_EQ(o.clock.status, ClockStatus::Paused);
}

TEST(OutlineJson, RoundTripIsExact)
{
    const Outline original = samples::sampleOutline();
    const std::string text = outline_json::serialize(original);
    Result<Outline> back = outline_json::parse(text);
    ASSERT_TRUE(back) << back.error().message();
    EXPECT_EQ(*back, original);
    EXPECT_EQ(outline_json::serialize(*back), text); // and writes the same bytes again
}

TEST(OutlineJson, RunningClockKeepsItsWallAnchor)
{
    Outline o = samples::sampleOutline();
    ManualClock clock;
    Session session(clock, o);
    ASSERT_TRUE(session.resume());
    const Outline running = session.outline();
    Result<Outline> back = outline_json::parse(outline_json::serialize(running));
    ASSERT_TRUE(back);
    EXPECT_EQ(back->clock.status, ClockStatus::Running);
    EXPECT_EQ(back->clock.runningSinceWall, running.clock.runningSinceWall);
    EXPECT_FALSE(back->clock.runningSince.has_value()); // monotonic time is this process's only
}

TEST(OutlineJson, HeaderIsFormatAndVersionFirstWithEnumsAsStrings)
{
    const Json j = sampleJson();
    EXPECT_EQ(j.begin().key(), "format");
    EXPECT_EQ(j["format"], "coachdeck.outline");
    EXPECT_EQ(j["version"], 1);
    EXPECT_EQ(j["session"]["modality"], "video");
    EXPECT_EQ(j["agenda"][0]["status"], "done");
    EXPECT_EQ(j["agenda"][1]["plannedMinutes"], 40.0);
    EXPECT_EQ(j["board"]["figures"][0]["kind"], "self");
    EXPECT_EQ(j["board"]["figures"][0]["size"], "L");
    EXPECT_EQ(j["board"]["figures"][2]["facing"], nullptr);
    EXPECT_EQ(j["notes"][0]["visibility"], "private");
    EXPECT_EQ(j["clock"]["status"], "paused");
}

TEST(OutlineJson, UnknownKeysSurviveARoundTripAtEveryLevel)
{
    Json j = sampleJson();
    j["generator"] = {{"name", "a newer CoachDeck"}, {"build", 42}};
    j["session"]["room"] = "Salle 3";
    j["agenda"][0]["colourTag"] = "blue";
    j["board"]["figures"][1]["mood"] = {1, 2, 3};
    j["board"]["grid"] = true;
    j["snapshots"][0]["board"]["figures"][0]["x-extra"] = nullptr;
    j["notes"][2]["signedBy"] = "Eric";
    j["actions"][0]["priority"] = "high";
    j["clock"]["timezone"] = "Europe/Paris";
    j["display"]["theme"] = "dark";
    Result<Outline> read = outline_json::fromJson(j);
    ASSERT_TRUE(read) << read.error().message();
    const Json again = outline_json::toJson(*read);
    EXPECT_EQ(again["generator"]["build"], 42);
    EXPECT_EQ(again["session"]["room"], "Salle 3");
    EXPECT_EQ(again["agenda"][0]["colourTag"], "blue");
    EXPECT_EQ(again["board"]["figures"][1]["mood"], Json({1, 2, 3}));
    EXPECT_EQ(again["board"]["grid"], true);
    EXPECT_TRUE(again["snapshots"][0]["board"]["figures"][0].contains("x-extra"));
    EXPECT_EQ(again["notes"][2]["signedBy"], "Eric");
    EXPECT_EQ(again["actions"][0]["priority"], "high");
    EXPECT_EQ(again["clock"]["timezone"], "Europe/Paris");
    EXPECT_EQ(again["display"]["theme"], "dark");
}

TEST(OutlineJson, ErrorsNameThePointerAndTheReason)
{
    Json j = sampleJson();
    j["agenda"][3]["plannedMinutes"] = -5;
    Error e = refusal(j.dump());
    ASSERT_EQ(e.problems.size(), 1u);
    EXPECT_EQ(e.message(), "/agenda/3/plannedMinutes: expected a non-negative number");
}

TEST(OutlineJson, AllProblemsAreReportedInOnePass)
{
    Json j = sampleJson();
    j["agenda"][0]["title"] = 12;
    j["board"]["figures"][1]["kind"] = "dragon";
    j["notes"][0]["visibility"] = "public";
    Error e = refusal(j.dump());
    ASSERT_EQ(e.problems.size(), 3u);
    EXPECT_EQ(e.problems[0], (Problem{"/agenda/0/title", "expected a string"}));
    EXPECT_EQ(e.problems[1].pointer, "/board/figures/1/kind");
    EXPECT_NE(e.problems[1].reason.find("\"obstacle\""), std::string::npos);
    EXPECT_EQ(e.problems[2].pointer, "/notes/0/visibility");
}

TEST(OutlineJson, NewerVersionSaysSo)
{
    Json j = sampleJson();
    j["version"] = 2;
    Error e = refusal(j.dump());
    EXPECT_EQ(e.problems.front().pointer, "/version");
    EXPECT_NE(e.message().find("made by a newer CoachDeck"), std::string::npos);
}

TEST(OutlineJson, NotAnOutline)
{
    EXPECT_NE(refusal("").message().find("empty"), std::string::npos);
    EXPECT_NE(refusal(" \n\t ").message().find("empty"), std::string::npos);
    EXPECT_NE(refusal("{\"format\": \"coachdeck.outline\", \"version\": 1, \"agenda\": [")
                  .message()
                  .find("not valid JSON"),
              std::string::npos);
    EXPECT_NE(refusal("[1, 2]").message().find("top level"), std::string::npos);
    EXPECT_EQ(refusal("{\"format\": \"obs.scene\"}").problems.front().pointer, "/format");
    EXPECT_EQ(refusal("{\"format\": \"coachdeck.outline\"}").problems.front().pointer, "/version");
}

TEST(OutlineJson, DeepNestingIsRefusedBeforeParsing)
{
    std::string deep = "{\"format\": \"coachdeck.outline\", \"version\": 1, \"x\": ";
    deep += std::string(100000, '[') + std::string(100000, ']') + "}";
    EXPECT_NE(refusal(deep).message().find("nested"), std::string::npos);
}

TEST(OutlineJson, BracketsInsideStringsDoNotCountAsNesting)
{
    Json j = sampleJson();
    j["notes"][0]["text"] = std::string(500, '[');
    EXPECT_TRUE(outline_json::parse(j.dump()));
}

TEST(OutlineJson, DuplicateIdsAndDanglingReferences)
{
    Json j = sampleJson();
    j["board"]["figures"][2]["id"] = j["board"]["figures"][0]["id"];
    EXPECT_EQ(refusal(j.dump()).message(), "/board/figures/2/id: duplicate id \"f1\"");
    j = sampleJson();
    j["notes"][1]["agendaItem"] = "i77";
    EXPECT_EQ(refusal(j.dump()).message(), "/notes/1/agendaItem: no agenda item with id \"i77\"");
    j = sampleJson();
    j["clock"]["currentItem"] = "nowhere";
    EXPECT_EQ(refusal(j.dump()).problems.front().pointer, "/clock/currentItem");
}

TEST(OutlineJson, CountsPastTheLimitsAreRefusedWithoutReadingEveryElement)
{
    Json j = sampleJson();
    Json figure = j["board"]["figures"][0];
    Json many = Json::array();
    for (int i = 0; i < 101; ++i) {
        figure["id"] = "g" + std::to_string(i);
        many.push_back(figure);
    }
    j["board"]["figures"] = many;
    EXPECT_EQ(refusal(j.dump()).message(), "/board/figures: too many figures (101, at most 100)");
}

TEST(OutlineJson, AbsurdNumbersAreRefusedNotOverflowed)
{
    Json j = sampleJson();
    j["agenda"][0]["actualSeconds"] = 1e300;
    EXPECT_EQ(refusal(j.dump()).problems.front().pointer, "/agenda/0/actualSeconds");
    j = sampleJson();
    j["board"]["figures"][0]["x"] = 1e308;
    EXPECT_EQ(refusal(j.dump()).problems.front().pointer, "/board/figures/0/x");
}

TEST(OutlineJson, MinimalFileGetsDefaults)
{
    Result<Outline> o = outline_json::parse(R"({"format": "coachdeck.outline", "version": 1})");
    ASSERT_TRUE(o);
    EXPECT_TRUE(o->agenda.empty());
    EXPECT_EQ(o->clock.status, ClockStatus::Idle);
    EXPECT_FALSE(o->display.timerVisible);
}
