// The kind of an agenda item in the outline JSON: optional, written only when
// not general (older files keep their bytes), an unknown kind refused with its pointer.
#include "SampleOutline.hpp"
#include "core/ClientView.hpp"
#include "core/OutlineJson.hpp"
#include "core/RequestHandler.hpp"

#include <gtest/gtest.h>

using namespace coachdeck;

TEST(AgendaItemKind, EveryKindRoundTrips)
{
    Outline o = samples::sampleOutline();
    for (const auto &[kind, name] : kItemKindText.entries) {
        o.agenda[1].kind = kind;
        const std::string text = outline_json::serialize(o);
        Result<Outline> back = outline_json::parse(text);
        ASSERT_TRUE(back) << back.error().message();
        EXPECT_EQ(back->agenda[1].kind, kind) << name;
        EXPECT_EQ(*back, o);
        EXPECT_EQ(outline_json::serialize(*back), text);
        const Json j = outline_json::toJson(o);
        if (kind == ItemKind::General)
            EXPECT_FALSE(j["agenda"][1].contains("kind"));
        else
            EXPECT_EQ(j["agenda"][1]["kind"], name);
    }
}

TEST(AgendaItemKind, AbsentOrNullIsGeneralAndGeneralIsNotWritten)
{
    const Outline sample = samples::sampleOutline();
    // The sample has only general items: its text has no "kind" outside the board.
    Json j = outline_json::toJson(sample);
    for (const Json &item : j["agenda"])
        EXPECT_FALSE(item.contains("kind"));
    j["agenda"][0]["kind"] = nullptr;
    Result<Outline> back = outline_json::fromJson(j);
    ASSERT_TRUE(back) << back.error().message();
    EXPECT_EQ(back->agenda[0].kind, ItemKind::General);
    EXPECT_EQ(*back, sample);
}

TEST(AgendaItemKind, KindIsWrittenAfterTheTitle)
{
    Outline o = samples::sampleOutline();
    o.agenda[0].kind = ItemKind::CheckIn;
    const Json j = outline_json::toJson(o);
    auto it = j["agenda"][0].begin();
    ASSERT_EQ((it++).key(), "id");
    ASSERT_EQ((it++).key(), "title");
    EXPECT_EQ(it.key(), "kind");
    EXPECT_EQ(it.value(), "check-in");
}

TEST(AgendaItemKind, UnknownKindIsRefusedWithItsPointer)
{
    for (const Json &bad : {Json("review"), Json(3), Json("General"), Json::object()}) {
        Json j = outline_json::toJson(samples::sampleOutline());
        j["agenda"][2]["kind"] = bad;
        Result<Outline> result = outline_json::fromJson(j);
        ASSERT_FALSE(result) << bad.dump();
        ASSERT_EQ(result.error().problems.size(), 1u);
        EXPECT_EQ(result.error().problems[0].pointer, "/agenda/2/kind");
        EXPECT_NE(result.error().problems[0].reason.find("\"review-actions\""), std::string::npos);
    }
}

TEST(AgendaItemKind, ClientViewAndRemoteStateCarryTheKind)
{
    Outline o = samples::sampleOutline();
    o.agenda[3].kind = ItemKind::ActionPlan;
    const ClientView view = makeClientView(o, 1);
    EXPECT_EQ(view.agenda[3].kind, ItemKind::ActionPlan);
    EXPECT_EQ(view.agenda[0].kind, ItemKind::General);

    ManualClock clock;
    const Session session(clock, o);
    const Json state = RequestHandler::state(session);
    EXPECT_EQ(state["agenda"][3]["kind"], "action-plan");
    EXPECT_EQ(state["agenda"][0]["kind"], "general");
}
