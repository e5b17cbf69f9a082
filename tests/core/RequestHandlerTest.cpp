// Remote-control requests: each one works, and each bad one is refused with a
// clear message and changes nothing.
#include "core/RequestHandler.hpp"
#include "SampleOutline.hpp"
#include "core/PathText.hpp"
#include "support/ScratchFolder.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

using namespace coachdeck;
using namespace std::chrono_literals;

namespace {

class RequestHandlerTest : public ::testing::Test {
protected:
    ManualClock clock;
    Session session{clock, samples::sampleOutline()};
    RequestHandler handler;

    RequestReply send(std::string_view type, Json data = Json::object())
    {
        return handler.handle(session, type, data);
    }

    /// A bad request: refused with `expected` in its message, the outline untouched.
    void expectRefused(std::string_view type, const Json &data, const std::string &expected)
    {
        const Outline before = session.outline();
        const auto revision = session.revision();
        RequestReply reply = send(type, data);
        EXPECT_FALSE(reply.ok) << type << " " << data.dump();
        EXPECT_NE(reply.error.find(expected), std::string::npos) << reply.error;
        EXPECT_EQ(session.outline(), before);
        EXPECT_EQ(session.revision(), revision);
    }
};

} // namespace

TEST_F(RequestHandlerTest, EveryListedTypeIsHandled)
{
    for (const std::string &type : RequestHandler::requestTypes()) {
        RequestReply reply = send(type, Json::object());
        EXPECT_EQ(reply.error.find("unknown request type"), std::string::npos) << type;
    }
    expectRefused("Explode", Json::object(), "unknown request type \"Explode\"");
}

TEST_F(RequestHandlerTest, GetStateShowsTimingBoardAndSwitchesButNoNotes)
{
    ASSERT_TRUE(session.resume());
    clock.advance(5min);
    RequestReply reply = send("GetState");
    ASSERT_TRUE(reply.ok);
    const Json &state = reply.data;
    EXPECT_EQ(state["clock"]["status"], "running");
    EXPECT_EQ(state["clock"]["currentItem"], session.outline().agenda[1].id);
    EXPECT_EQ(state["agenda"][1]["elapsedSeconds"], 12 * 60.0);
    EXPECT_EQ(state["agenda"][1]["remainingSeconds"], 28 * 60.0);
    EXPECT_EQ(state["agenda"][1]["phase"], "normal");
    EXPECT_EQ(state["board"]["figures"].size(), 3u);
    EXPECT_EQ(state["snapshots"][0]["name"], "Image initiale");
    EXPECT_EQ(state["display"]["timerVisible"], true);
    const std::string text = state.dump();
    for (const Note &note : session.outline().notes)
        EXPECT_EQ(text.find(note.text), std::string::npos) << note.text;
    EXPECT_EQ(text.find("Eric"), std::string::npos); // not even the pseudonym
}

TEST_F(RequestHandlerTest, ClockRequestsDriveTheSession)
{
    ASSERT_TRUE(send("Resume").ok);
    clock.advance(1min);
    ASSERT_TRUE(send("NextItem").ok);
    EXPECT_EQ(session.outline().clock.currentItemId, session.outline().agenda[2].id);
    ASSERT_TRUE(send("PreviousItem").ok);
    ASSERT_TRUE(send("AdjustTime", {{"minutes", 2}}).ok);
    EXPECT_EQ(session.outline().agenda[1].adjustment, 2min);
    ASSERT_TRUE(send("AdjustTime", {{"minutes", -0.5}}).ok);
    EXPECT_EQ(session.outline().agenda[1].adjustment, 90s);
    ASSERT_TRUE(send("GoToItem", {{"itemId", session.outline().agenda[3].id}}).ok);
    ASSERT_TRUE(send("Pause").ok);
    EXPECT_EQ(session.outline().clock.status, ClockStatus::Paused);
    EXPECT_FALSE(send("Start").ok); // already started
}

TEST_F(RequestHandlerTest, FigureRequests)
{
    RequestReply added =
        send("AddFigure", {{"kind", "obstacle"}, {"label", "Budget"}, {"x", 300}, {"y", 700}});
    ASSERT_TRUE(added.ok) << added.error;
    const std::string id = added.data["figureId"];
    EXPECT_EQ(session.outline().board.figure(id)->label, "Budget");
    ASSERT_TRUE(send("MoveFigure", {{"figureId", id}, {"x", 320.5}, {"y", 650}}).ok);
    EXPECT_EQ(session.outline().board.figure(id)->position, (BoardPoint{320.5, 650}));
    ASSERT_TRUE(send("RotateFigure", {{"figureId", id}, {"degrees", 90}}).ok);
    EXPECT_EQ(session.outline().board.figure(id)->facingDegrees, 90.0);
    ASSERT_TRUE(send("RotateFigure", {{"figureId", id}}).ok); // no angle: an anchor
    EXPECT_FALSE(session.outline().board.figure(id)->facingDegrees);
    ASSERT_TRUE(send("RemoveFigure", {{"figureId", id}}).ok);
    EXPECT_EQ(session.outline().board.figure(id), nullptr);
    // Requests share the one undo history with the dock.
    ASSERT_TRUE(session.undo());
    EXPECT_NE(session.outline().board.figure(id), nullptr);
}

TEST_F(RequestHandlerTest, SnapshotAndDisplayRequests)
{
    RequestReply taken = send("TakeSnapshot", {{"name", "Étape 2"}});
    ASSERT_TRUE(taken.ok);
    const std::string id = taken.data["snapshotId"];
    ASSERT_TRUE(send("ShowSnapshot", {{"snapshotId", id}}).ok);
    EXPECT_EQ(session.outline().display.shownSnapshotId, id);
    ASSERT_TRUE(send("ShowSnapshot", {{"snapshotId", nullptr}}).ok);
    EXPECT_FALSE(session.outline().display.shownSnapshotId);
    ASSERT_TRUE(send("SetTimerVisible", {{"visible", false}}).ok);
    EXPECT_FALSE(session.outline().display.timerVisible);
}

TEST_F(RequestHandlerTest, BadRequestsChangeNothing)
{
    const std::string figure = session.outline().board.figures[0].id;
    expectRefused("AddFigure", {{"kind", "dragon"}, {"x", 1}, {"y", 1}}, "kind: expected one of");
    expectRefused("AddFigure", {{"kind", "person"}, {"x", "left"}, {"y", 1}},
                  "x: expected a number");
    expectRefused("AddFigure", {{"kind", "person"}, {"y", 1}}, "x: missing");
    expectRefused("AddFigure", {{"kind", "person"}, {"x", 5000}, {"y", 1}}, "outside the board");
    expectRefused("AddFigure",
                  {{"kind", "person"}, {"label", std::string(81, 'a')}, {"x", 1}, {"y", 1}},
                  "longer than 80");
    expectRefused("MoveFigure", {{"figureId", "f999"}, {"x", 1}, {"y", 1}},
                  "no figure with id \"f999\"");
    expectRefused("MoveFigure", {{"figureId", figure}, {"x", -1}, {"y", 1}}, "outside the board");
    expectRefused("MoveFigure", {{"figureId", 12}, {"x", 1}, {"y", 1}},
                  "figureId: expected a string");
    expectRefused("RotateFigure", {{"figureId", figure}, {"degrees", "north"}},
                  "degrees: expected a number");
    expectRefused("RemoveFigure", Json::object(), "figureId: missing");
    expectRefused("GoToItem", {{"itemId", "i404"}}, "no agenda item");
    expectRefused("AdjustTime", {{"minutes", 1e9}}, "minutes: expected a number from");
    expectRefused("AdjustTime", {{"minutes", true}}, "minutes: expected a number");
    expectRefused("AdjustTime", {{"minutes", -500}}, "less than no time");
    expectRefused("ShowSnapshot", {{"snapshotId", "s404"}}, "no snapshot");
    expectRefused("SetTimerVisible", {{"visible", "yes"}}, "visible: expected true or false");
    expectRefused("TakeSnapshot", {{"name", 3}}, "name: expected a string");
    expectRefused("Start", Json::array({1, 2}), "must be a JSON object");
}

TEST_F(RequestHandlerTest, TextInputThatIsNotJsonIsRefused)
{
    const Outline before = session.outline();
    RequestReply reply = handler.handleText(session, "AddFigure", "{\"kind\": \"person\", ");
    EXPECT_FALSE(reply.ok);
    EXPECT_EQ(reply.error, "request data is not valid JSON");
    EXPECT_TRUE(handler.handleText(session, "GetState", "").ok);
    EXPECT_EQ(session.outline(), before);
}

TEST_F(RequestHandlerTest, FileRequestsGoThroughTheGivenFileOperations)
{
    test::ScratchFolder scratch("coachdeck-request-files");
    const std::filesystem::path folder = scratch.path();
    std::vector<std::string> calls;
    bool held = false; // the file loaded below turns out to be another OBS's
    RequestHandler withFiles(
        {folder,
         [&](const std::filesystem::path &p) {
             calls.push_back("load " + p.filename().string());
             held = true;
             return ok();
         },
         [&](const std::filesystem::path &p) -> Status {
             calls.push_back("save " + p.filename().string());
             return Error("cannot write: No space left on device");
         },
         [&](const std::string &t) {
             calls.push_back("new " + t);
             return ok();
         },
         [&] {
             return RequestHandler::writerState(
                 held ? std::optional<session_lock::Holder>({4242, "salle-3", "OBS 30.2.3", {}})
                      : std::nullopt);
         }});
    const RequestReply loaded = withFiles.handle(session, "LoadOutline", {{"name", "a"}});
    EXPECT_TRUE(loaded.ok) << loaded.error;
    const Json heldBy = {{"pid", 4242}, {"host", "salle-3"}, {"program", "OBS 30.2.3"}};
    EXPECT_EQ(loaded.data,
              (Json{{"name", "a"}, {"file", "a.json"}, {"readOnly", true}, {"heldBy", heldBy}}))
        << "a remote is told the session it opened (not the one it left) is another OBS's";
    const RequestReply state = withFiles.handle(session, "GetState", {});
    EXPECT_EQ(state.data.value("readOnly", false), true);
    EXPECT_EQ(state.data.value("heldBy", Json()), heldBy);
    EXPECT_EQ(RequestHandler::writerState(std::nullopt), (Json{{"readOnly", false}}));
    RequestReply saved =
        withFiles.handle(session, "SaveOutline", {{"path", (folder / "b.json").string()}});
    EXPECT_FALSE(saved.ok);
    EXPECT_NE(saved.error.find("No space"), std::string::npos);
    EXPECT_TRUE(withFiles.handle(session, "NewSession", Json::object()).ok);
    EXPECT_EQ(withFiles.handle(session, "LoadOutline", {{"path", 7}}).error,
              "path: expected a string");
    EXPECT_EQ(withFiles.handle(session, "LoadOutline", Json::object()).error,
              "name: missing (required)");
    EXPECT_EQ(calls, (std::vector<std::string>{"load a.json", "save b.json", "new empty"}));
    EXPECT_EQ(handler.handle(session, "LoadOutline", {{"name", "a"}}).error,
              "not available here"); // no file operations given
}

TEST_F(RequestHandlerTest, ARemoteReachesNoFileOutsideTheSessionsFolder)
{
    test::ScratchFolder scratch("coachdeck-request-confined");
    const std::filesystem::path folder = scratch.path() / "sessions";
    std::filesystem::create_directories(folder);
    int calls = 0;
    const auto count = [&](const std::filesystem::path &) {
        ++calls;
        return ok();
    };
    RequestHandler withFiles({folder, count, count, {}, {}});
    for (const char *type : {"LoadOutline", "SaveOutline"})
        for (const char *hostile : {"/any/folder/.bashrc", "../outside.json", "/tmp/x.json", ".."})
            for (const char *field : {"name", "path"}) {
                const RequestReply reply = withFiles.handle(session, type, {{field, hostile}});
                EXPECT_FALSE(reply.ok) << type << " " << hostile;
                EXPECT_EQ(reply.error.rfind(std::string(field) + ": ", 0), 0u) << reply.error;
            }
    EXPECT_EQ(calls, 0);
    EXPECT_FALSE(std::filesystem::exists("/any/folder"));
}

TEST_F(RequestHandlerTest, ListSessionsNamesWhatLoadOutlineTakes)
{
    test::ScratchFolder scratch("coachdeck-request-list");
    std::ofstream(scratch.path() / path_text::fromUtf8("Séance 1.json")) << "{}";
    std::ofstream(scratch.path() / path_text::fromUtf8("Séance 1.json.bak")) << "{}";
    RequestHandler withFiles({scratch.path(), {}, {}, {}, {}});
    const RequestReply reply = withFiles.handle(session, "ListSessions", Json::object());
    ASSERT_TRUE(reply.ok) << reply.error;
    ASSERT_EQ(reply.data["sessions"].size(), 1u);
    const Json &entry = reply.data["sessions"][0];
    EXPECT_EQ(entry["name"], "Séance 1");
    EXPECT_EQ(entry["file"], "Séance 1.json");
    EXPECT_EQ(entry["bytes"], 2);
    EXPECT_TRUE(entry["modified"].is_string());
    EXPECT_EQ(handler.handle(session, "ListSessions", Json::object()).error, "not available here");
}
