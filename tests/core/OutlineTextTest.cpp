// The saved text and the parsed document: serialize() streams text without
// building a document and parse() builds its document with JsonDocumentBuilder,
// both for speed (bench/OutlineBench.cpp). These tests hold them to the slow,
// obvious path: the text is toJson()'s document, the document is Json::parse's.
#include "core/JsonDocumentBuilder.hpp"
#include "core/OutlineFile.hpp"
#include "core/OutlineJson.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <sstream>

using namespace coachdeck;
namespace fs = std::filesystem;

namespace {

/// An outline with every awkward thing a writer can meet.
Outline awkwardOutline()
{
    Outline o;
    AgendaItem item;
    item.id = "i1";
    item.title = std::string("quote \" backslash \\ newline \n tab \t control \x01 del \x7f "
                             "é 🚀 nul ") +
                 '\0' + " end";
    item.planned = Millis{7};
    item.actual = Millis{1};
    o.agenda.push_back(item);
    Figure a = defaultFigure(FigureKind::Self);
    a.id = "f1";
    a.position = {0.1 + 0.2, 1e-7};
    a.unknown = {{"x-nested", {{"list", {1, "two", nullptr, Json::object(), Json::array()}}}}};
    Figure b = defaultFigure(FigureKind::Goal);
    b.id = "f2";
    b.label = "\u2028 line separator";
    b.position = {1599.9999999999998, -0.0};
    b.unknown = {{"id", "an unknown key clashing with a known one"}};
    o.board.figures = {a, b};
    o.board.unknown = {{"x-deep", {{"k", {{"k2", "v"}}}}}};
    Zone zone;
    zone.id = "z1";
    zone.unknown = {{"x-dashed", true}};
    o.board.zones = {zone};
    Snapshot s;
    s.id = "s1";
    s.board = o.board;
    o.snapshots = {s};
    Note note;
    note.id = "n1";
    note.text = "€ \u00a0 non-breaking";
    o.notes = {note};
    o.unknown = {{"x-tool", {{"name", "CoachDeck"}, {"n", 18446744073709551615ull}}},
                 {"session", "clashes with the known key"}};
    return o;
}

std::vector<Outline> outlines()
{
    std::vector<Outline> list{Outline{}, awkwardOutline()};
    const fs::path valid = fs::path(__FILE__).parent_path().parent_path() / "data" / "valid";
    for (const auto &entry : fs::directory_iterator(valid))
        if (Result<Outline> loaded = outline_file::load(entry.path()))
            list.push_back(*loaded);
    return list;
}

} // namespace

TEST(OutlineText, TheSavedTextIsExactlyTheDocument)
{
    for (const Outline &outline : outlines()) {
        const std::string text = outline_json::serialize(outline);
        ASSERT_FALSE(text.empty());
        EXPECT_EQ(text.back(), '\n');
        // Ordered comparison: same keys, same order, same values, same number types.
        EXPECT_EQ(Json::parse(text), outline_json::toJson(outline)) << text.substr(0, 400);
    }
}

TEST(OutlineText, EachFigureAndZoneTakesOneLine)
{
    Outline outline = awkwardOutline();
    // A clash at the top would hand the whole document to Json::dump.
    outline.unknown.erase("session");
    const std::string text = outline_json::serialize(outline);
    std::istringstream lines(text);
    std::string line;
    int figureLines = 0, zoneLines = 0;
    while (std::getline(lines, line)) {
        if (line.find("{\"x-nested\": {") != std::string::npos ||
            line.find("\"goal\"") != std::string::npos)
            ++figureLines;
        if (line.find("\"x-dashed\": true") != std::string::npos)
            ++zoneLines;
    }
    EXPECT_EQ(figureLines, 4); // two figures, on the board and in the snapshot
    EXPECT_EQ(zoneLines, 2);
    EXPECT_NE(text.find("\n  \"agenda\": [\n    {\n      \"id\": \"i1\",\n"), std::string::npos)
        << "the rest is laid out as dump(2)";
}

TEST(OutlineText, TextThatIsNotUtf8IsNotSaved)
{
    Outline outline;
    outline.session.clientPseudonym = "Ren\xe9";
    EXPECT_THROW((void)outline_json::serialize(outline), Json::type_error);
    const fs::path file = fs::temp_directory_path() / "coachdeck-text-test-not-utf8.json";
    const Status saved = outline_file::save(file, outline);
    EXPECT_FALSE(saved.ok());
    EXPECT_FALSE(fs::exists(file));
}

TEST(JsonDocumentBuilder, BuildsTheDocumentJsonParseBuilds)
{
    std::vector<std::string> texts{
        R"({"a": 1, "b": [true, false, null, -0, 1.5e3, 18446744073709551615, -9223372036854775808],
            "c": {"d": {}, "e": [], "f": [[[]]], "g": "\u00e9\ud83d\ude80\n"}, "a": 2, "h": "last"})",
        R"([])",
        R"("just a string")",
        R"(42)",
        R"([{"x": {"y": [1, {"z": null}]}}, 2, "three"])",
    };
    for (const Outline &outline : outlines())
        texts.push_back(outline_json::serialize(outline));
    for (const std::string &text : texts) {
        JsonDocumentBuilder builder;
        ASSERT_TRUE(builder.parse(text)) << builder.error();
        const Json expected = Json::parse(text);
        EXPECT_EQ(builder.document(), expected) << text.substr(0, 200);
        EXPECT_EQ(builder.document().dump(), expected.dump()) << "same order, same number types";
    }
}

TEST(JsonDocumentBuilder, FailsWithJsonParsesMessage)
{
    for (const std::string text :
         {"{\"a\": ", "[1, 2", "{\"a\" 1}", "nul", "[1e400]", "{} {}", "\"\xc3\x28\""}) {
        JsonDocumentBuilder builder;
        EXPECT_FALSE(builder.parse(text)) << text;
        std::string expected;
        try {
            const Json ignored = Json::parse(text);
        } catch (const std::exception &e) {
            expected = e.what();
        }
        EXPECT_EQ(builder.error(), expected) << text;
    }
}
