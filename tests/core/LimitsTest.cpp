// The caps of docs/outline-format.md ("Limits"): a huge or absurdly deep file is refused before
// it costs time or memory, and every websocket request holds to the same caps as the loader.
// Memory is measured in a child process (peak resident size, getrusage); time is only bounded,
// never asserted.
#include "core/Limits.hpp"
#include "BoundedRun.hpp"
#include "SampleOutline.hpp"
#include "core/OutlineFile.hpp"
#include "core/OutlineJson.hpp"
#include "core/RequestHandler.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

using namespace coachdeck;
namespace fs = std::filesystem;

namespace {

using test::BoundedOutcome;
using test::runBounded;

/// Memory a refused input may cost: far below its own size.
constexpr long kSmallGrowthKiB = 8 * 1024;

bool contains(const std::string &text, const std::string &part)
{
    return text.find(part) != std::string::npos;
}

/// Says what a refusal cost, for the log (`ctest -V`).
void report(const char *what, const BoundedOutcome &outcome)
{
    std::printf("%s: peak resident memory +%ld KiB%s\n", what, outcome.peakGrowthKiB,
                test::kPlainMemory ? "" : " (sanitizer build: not checked)");
}

std::string nested(std::size_t depth, const std::string &inner = "1")
{
    return std::string(depth, '[') + inner + std::string(depth, ']');
}

class LimitsTest : public ::testing::Test {
protected:
    fs::path root;
    ManualClock clock;
    Session session{clock, samples::sampleOutline()};
    RequestHandler handler;

    void SetUp() override
    {
        root = fs::temp_directory_path() /
               ("coachdeck-limits-test-" + std::to_string(::getpid()) + "-" +
                ::testing::UnitTest::GetInstance()->current_test_info()->name());
        fs::remove_all(root);
        fs::create_directories(root);
    }
    void TearDown() override { fs::remove_all(root); }

    /// The sample outline as a document, to change one thing in.
    static Json sampleDocument() { return outline_json::toJson(samples::sampleOutline()); }

    /// Loads `document` as a file's text would be; the first problem, or "" when it loads.
    static std::string loadProblem(const Json &document)
    {
        Result<Outline> outline = outline_json::parse(document.dump(2));
        return outline ? std::string() : outline.error().message();
    }

    RequestReply send(std::string_view type, const Json &data)
    {
        return handler.handleText(session, type, data.dump());
    }
};

} // namespace

// --- sizes and depths, refused before they cost anything -------------------------------------

TEST_F(LimitsTest, AFiftyMegabyteFileIsRefusedWithoutReadingIt)
{
    const fs::path file = root / "fifty.json";
    {
        std::ofstream out(file, std::ios::binary);
        out << R"({"format": "coachdeck.outline", "version": 1, "padding": ")";
        const std::string megabyte(1024 * 1024, 'x');
        for (int i = 0; i < 50; ++i)
            out << megabyte;
        out << "\"}";
    }
    ASSERT_GT(fs::file_size(file), 50u * 1024 * 1024);
    const BoundedOutcome outcome = runBounded(
        [&] {
            Result<Outline> loaded = outline_file::load(file);
            return loaded ? std::string("loaded") : loaded.error().message();
        },
        60);
    ASSERT_TRUE(outcome.finished);
    report("50 MB file", outcome);
    EXPECT_EQ(outcome.result, "the file is 50 MB, more than the 32 MB an outline may hold");
    if (test::kPlainMemory) {
        EXPECT_LT(outcome.peakGrowthKiB, kSmallGrowthKiB);
    }
}

TEST_F(LimitsTest, FiftyMegabytesOfRequestDataAreRefusedUnparsed)
{
    const std::string text = "{\"label\": \"" + std::string(50 * 1024 * 1024, 'x') + "\"}";
    const BoundedOutcome outcome =
        runBounded([&] { return handler.handleText(session, "AddFigure", text).error; }, 60);
    ASSERT_TRUE(outcome.finished);
    report("50 MB of request data", outcome);
    EXPECT_EQ(outcome.result, "request data too large");
    if (test::kPlainMemory) {
        EXPECT_LT(outcome.peakGrowthKiB, kSmallGrowthKiB);
    }
}

TEST_F(LimitsTest, AHundredThousandLevelsDeepFileIsRefusedBeforeParsing)
{
    const fs::path bare = root / "deep.json";
    const fs::path inside = root / "deep-unknown-key.json";
    std::ofstream(bare, std::ios::binary) << nested(100'000);
    std::ofstream(inside, std::ios::binary)
        << R"({"format": "coachdeck.outline", "version": 1, "x": )" << nested(100'000) << "}";
    for (const fs::path &file : {bare, inside}) {
        const BoundedOutcome outcome = runBounded(
            [&] {
                Result<Outline> loaded = outline_file::load(file);
                return loaded ? std::string("loaded") : loaded.error().message();
            },
            60);
        ASSERT_TRUE(outcome.finished) << file;
        report(file.filename().c_str(), outcome);
        EXPECT_EQ(outcome.result, "nested more than 64 levels deep: not an outline") << file;
        if (test::kPlainMemory) {
            EXPECT_LT(outcome.peakGrowthKiB, kSmallGrowthKiB) << file;
        }
    }
}

TEST_F(LimitsTest, DeeplyNestedRequestDataIsRefused)
{
    const std::string deep =
        R"({"kind": "person", "x": 1, "y": 1, "extra": )" + nested(100'000) + "}";
    const BoundedOutcome outcome =
        runBounded([&] { return handler.handleText(session, "AddFigure", deep).error; }, 60);
    ASSERT_TRUE(outcome.finished);
    report("100,000 levels of request data", outcome);
    EXPECT_EQ(outcome.result, "request data: nested more than 64 levels deep");
    if (test::kPlainMemory) {
        EXPECT_LT(outcome.peakGrowthKiB, kSmallGrowthKiB);
    }

    // The object itself is the first level: 64 in all is allowed, 65 is not.
    const std::string at = R"({"kind": "person", "x": 1, "y": 1, "extra": )" + nested(63) + "}";
    const std::string past = R"({"kind": "person", "x": 1, "y": 1, "extra": )" + nested(64) + "}";
    EXPECT_TRUE(handler.handleText(session, "AddFigure", at).ok);
    const RequestReply refused = handler.handleText(session, "AddFigure", past);
    EXPECT_FALSE(refused.ok);
    EXPECT_EQ(refused.error, "request data: nested more than 64 levels deep");
}

TEST_F(LimitsTest, AFileOfTinyValuesIsRefusedBeforeItFillsMemory)
{
    // 31 MB, under the size cap, of values that cost far more in memory than on disk: read whole,
    // it took 1.3 GB. The cap on values stops it at about one tenth of the way.
    const fs::path file = root / "tiny-values.json";
    {
        std::ofstream out(file, std::ios::binary);
        out << R"({"format": "coachdeck.outline", "version": 1, "x": [[])";
        const std::string chunk = [] {
            std::string text;
            for (int i = 0; i < 1024; ++i)
                text += ",[]";
            return text;
        }();
        while (out.tellp() < 31 * 1024 * 1024)
            out << chunk;
        out << "]}";
    }
    const BoundedOutcome outcome = runBounded(
        [&] {
            Result<Outline> loaded = outline_file::load(file);
            return loaded ? std::string("loaded") : loaded.error().message();
        },
        120);
    ASSERT_TRUE(outcome.finished);
    report("31 MB of tiny values", outcome);
    EXPECT_EQ(outcome.result,
              "more than " + std::to_string(limits::kJsonValues) + " values: not an outline");
    if (test::kPlainMemory) {
        EXPECT_LT(outcome.peakGrowthKiB, 256 * 1024) << "KiB at peak";
    }
}

TEST_F(LimitsTest, AnOutlineAtEveryCapStillLoads)
{
    // tests/data/valid/at-the-limits.json holds the other caps; this one holds the values cap's
    // worth: as many snapshots of full boards as an outline may keep is within it.
    Outline outline = samples::sampleOutline();
    outline.board.figures.clear();
    for (std::size_t i = 0; i < limits::kFigures; ++i) {
        Figure figure = defaultFigure(FigureKind::Person);
        figure.id = "f" + std::to_string(i + 1);
        figure.label = std::string(limits::kLabelChars, 'x');
        outline.board.figures.push_back(figure);
    }
    outline.display.perspectiveFigureId.reset();
    outline.display.shownSnapshotId.reset();
    outline.snapshots.clear();
    for (std::size_t i = 0; i < limits::kSnapshots; ++i) {
        Snapshot snapshot;
        snapshot.id = "s" + std::to_string(i + 1);
        snapshot.board = outline.board;
        outline.snapshots.push_back(snapshot);
    }
    const std::string text = outline_json::serialize(outline);
    Result<Outline> loaded = outline_json::parse(text);
    ASSERT_TRUE(loaded.ok()) << loaded.error().message();
    EXPECT_LE(text.size(), limits::kFileBytes);
}

// --- websocket requests hold to the loader's caps ---------------------------------------------

TEST_F(LimitsTest, LabelLengthIsCappedAlikeInRequestsAndFiles)
{
    std::string atCap, pastCap;
    for (std::size_t i = 0; i < limits::kLabelChars; ++i)
        atCap += "\xC3\xA9"; // characters, not bytes: 80 of them is 160 bytes
    pastCap = atCap + "e";

    EXPECT_TRUE(send("AddFigure", {{"kind", "goal"}, {"label", atCap}, {"x", 1}, {"y", 1}}).ok);
    const RequestReply refused =
        send("AddFigure", {{"kind", "goal"}, {"label", pastCap}, {"x", 1}, {"y", 1}});
    EXPECT_FALSE(refused.ok);
    EXPECT_TRUE(contains(refused.error, "longer than 80 characters")) << refused.error;

    Json document = sampleDocument();
    document["board"]["figures"][0]["label"] = atCap;
    EXPECT_EQ(loadProblem(document), "");
    document["board"]["figures"][0]["label"] = pastCap;
    EXPECT_EQ(loadProblem(document), "/board/figures/0/label: longer than 80 characters");
}

TEST_F(LimitsTest, FigureCountIsCappedAlikeInRequestsAndFiles)
{
    while (session.outline().board.figures.size() < limits::kFigures)
        ASSERT_TRUE(send("AddFigure", {{"kind", "person"}, {"x", 10}, {"y", 10}}).ok);
    const RequestReply refused = send("AddFigure", {{"kind", "person"}, {"x", 10}, {"y", 10}});
    EXPECT_FALSE(refused.ok);
    EXPECT_EQ(refused.error, "/board/figures: the board is full (100 figures)");

    Json document = outline_json::toJson(session.outline());
    EXPECT_EQ(loadProblem(document), "");
    Json extra = document["board"]["figures"][0];
    extra["id"] = "f-extra";
    document["board"]["figures"].push_back(extra);
    EXPECT_EQ(loadProblem(document), "/board/figures: too many figures (101, at most 100)");
}

TEST_F(LimitsTest, BoardBoundsAreTheSameInRequestsAndFiles)
{
    const std::string figure = session.outline().board.figures[0].id;
    struct Point {
        double x, y;
        bool onBoard;
    };
    const Point points[] = {
        {0, 0, true},
        {kBoardWidth, kBoardHeight, true},
        {kBoardWidth / 2, kBoardHeight / 2, true},
        {-0.001, 10, false},
        {kBoardWidth + 0.001, 10, false},
        {10, -0.001, false},
        {10, kBoardHeight + 0.001, false},
        {1e308, 10, false},
        {10, -1e308, false},
    };
    for (const Point &p : points) {
        SCOPED_TRACE(std::to_string(p.x) + ", " + std::to_string(p.y));
        const RequestReply added = send("AddFigure", {{"kind", "self"}, {"x", p.x}, {"y", p.y}});
        const RequestReply moved =
            send("MoveFigure", {{"figureId", figure}, {"x", p.x}, {"y", p.y}});
        Json document = sampleDocument();
        document["board"]["figures"][0]["x"] = p.x;
        document["board"]["figures"][0]["y"] = p.y;
        const std::string loaded = loadProblem(document);
        EXPECT_EQ(added.ok, p.onBoard) << added.error;
        EXPECT_EQ(moved.ok, p.onBoard) << moved.error;
        EXPECT_EQ(loaded.empty(), p.onBoard) << loaded;
        // Just off the board, all three say so; an absurd number the loader calls no number.
        if (!p.onBoard && std::fabs(p.x) < 1e6 && std::fabs(p.y) < 1e6) {
            EXPECT_TRUE(contains(added.error, "outside the board")) << added.error;
            EXPECT_TRUE(contains(moved.error, "outside the board")) << moved.error;
            EXPECT_TRUE(contains(loaded, "outside the board")) << loaded;
        }
        if (added.ok) {
            ASSERT_TRUE(send("RemoveFigure", {{"figureId", added.data["figureId"]}}).ok);
        }
    }
}

TEST_F(LimitsTest, SnapshotNamesAndCountAreCappedAlikeInRequestsAndFiles)
{
    const std::string atCap(limits::kTitleChars, 'n');
    EXPECT_TRUE(send("TakeSnapshot", {{"name", atCap}}).ok);
    const RequestReply long_ = send("TakeSnapshot", {{"name", atCap + "n"}});
    EXPECT_FALSE(long_.ok);
    EXPECT_TRUE(contains(long_.error, "longer than 200 characters")) << long_.error;

    while (session.outline().snapshots.size() < limits::kSnapshots)
        ASSERT_TRUE(send("TakeSnapshot", {{"name", "Step"}}).ok);
    const RequestReply full = send("TakeSnapshot", {{"name", "One more"}});
    EXPECT_FALSE(full.ok);
    EXPECT_EQ(full.error, "/snapshots: no room for another snapshot (1000 kept)");

    Json document = outline_json::toJson(session.outline());
    EXPECT_EQ(loadProblem(document), "");
    document["snapshots"][0]["name"] = atCap + "n";
    EXPECT_EQ(loadProblem(document), "/snapshots/0/name: longer than 200 characters");
    document["snapshots"][0]["name"] = "First";
    Json extra = document["snapshots"][0];
    extra["id"] = "s-extra";
    document["snapshots"].push_back(extra);
    EXPECT_EQ(loadProblem(document), "/snapshots: too many snapshots (1001, at most 1000)");
}

TEST_F(LimitsTest, TimeAdjustmentsAreCappedAtTheLongestItem)
{
    EXPECT_FALSE(send("AdjustTime", {{"minutes", limits::kMaxItemMinutes + 1}}).ok);
    EXPECT_FALSE(send("AdjustTime", {{"minutes", -limits::kMaxItemMinutes - 1}}).ok);
    Json document = sampleDocument();
    document["agenda"][0]["plannedMinutes"] = limits::kMaxItemMinutes + 1;
    EXPECT_EQ(loadProblem(document), "/agenda/0/plannedMinutes: more than 24 hours (1440 minutes)");
}

TEST_F(LimitsTest, RequestDataHasTheFileSizeCap)
{
    const std::string atCap = "{\"name\": \"" + std::string(limits::kFileBytes - 12, 'x') + "\"}";
    ASSERT_EQ(atCap.size(), limits::kFileBytes);
    const RequestReply parsed = handler.handleText(session, "TakeSnapshot", atCap);
    EXPECT_TRUE(contains(parsed.error, "longer than 200 characters")) << parsed.error;
    const RequestReply refused = handler.handleText(session, "TakeSnapshot", atCap + " ");
    EXPECT_EQ(refused.error, "request data too large");
}
