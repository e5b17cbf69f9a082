#include "core/LocaleText.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>

namespace coachdeck {
namespace {

using Issue = LocaleText::Issue;

TEST(LocaleTextTest, ReadsQuotedValues)
{
    const auto text = LocaleText::parse("CoachDeck.Dock.Title=\"CoachDeck\"\n"
                                        "CoachDeck.Dock.NoSession=\"No session open.\"\n");

    EXPECT_EQ(text.size(), 2u);
    EXPECT_EQ(text.find("CoachDeck.Dock.Title"), "CoachDeck");
    EXPECT_EQ(text.find("CoachDeck.Dock.NoSession"), "No session open.");
    EXPECT_TRUE(text.issues().empty());
}

TEST(LocaleTextTest, KeysAreCaseInsensitiveAndKeepTheirFirstSpelling)
{
    const auto text = LocaleText::parse("Dock.Title=\"one\"\ndock.title=\"two\"\n");

    EXPECT_EQ(text.find("DOCK.TITLE"), "two");
    EXPECT_EQ(text.keys(), std::vector<std::string>{"Dock.Title"});
}

TEST(LocaleTextTest, SkipsCommentsAndBlankLines)
{
    const auto text = LocaleText::parse("# a comment\n"
                                        "; another comment\n"
                                        "\n"
                                        "   \n"
                                        "  # indented comment\n"
                                        "Key=\"value\"\n");

    EXPECT_EQ(text.keys(), std::vector<std::string>{"Key"});
    EXPECT_TRUE(text.issues().empty());
}

TEST(LocaleTextTest, DecodesEscapesLikeLibobs)
{
    const auto text = LocaleText::parse(R"(Key="line\nnext \"quoted\" tab\there \\ end")");

    EXPECT_EQ(text.find("Key"), "line\nnext \"quoted\" tab\there \\\\ end");
}

TEST(LocaleTextTest, ReplacesEscapesOneKindAfterTheOther)
{
    // libobs turns "\n" into a newline before anything else, even after a backslash.
    const auto text = LocaleText::parse(R"(Key="a\\nb")");

    EXPECT_EQ(text.find("Key"), "a\\\nb");
}

TEST(LocaleTextTest, KeepsUtf8TextAndSkipsTheByteOrderMark)
{
    const auto text = LocaleText::parse("\xEF\xBB\xBF"
                                        "Dock.NoSession=\"Aucune séance ouverte.\"\r\n");

    EXPECT_EQ(text.find("Dock.NoSession"), "Aucune séance ouverte.");
    EXPECT_TRUE(text.issues().empty());
}

TEST(LocaleTextTest, TextFallsBackToTheKey)
{
    const auto text = LocaleText::parse("Known=\"yes\"\n");

    EXPECT_EQ(text.text("Known"), "yes");
    EXPECT_EQ(text.text("Unknown.Key"), "Unknown.Key");
    EXPECT_FALSE(text.contains("Unknown.Key"));
}

TEST(LocaleTextTest, ReportsSpacesAroundEqualsAndLeavesTheLineOut)
{
    const auto text = LocaleText::parse("A = \"alpha\"\nB= \"beta\"\nC=\"gamma\"\n");

    EXPECT_EQ(text.keys(), std::vector<std::string>{"C"});
    ASSERT_EQ(text.issues().size(), 2u);
    EXPECT_EQ(text.issues()[0].line, 1);
    EXPECT_EQ(text.issues()[1].line, 2);
}

TEST(LocaleTextTest, ReportsALineWithoutEquals)
{
    const auto text = LocaleText::parse("Lonely\n=\"no key\"\n");

    EXPECT_TRUE(text.empty());
    ASSERT_EQ(text.issues().size(), 2u);
    EXPECT_EQ(text.issues()[0].reason, "expected Key=\"Value\"");
    EXPECT_EQ(text.issues()[1].reason, "no key before '='");
}

TEST(LocaleTextTest, EmptyQuotedValueEndsTheFileAsInObs)
{
    const auto text = LocaleText::parse("A=\"a\"\nB=\"\"\nC=\"c\"\n");

    EXPECT_EQ(text.keys(), std::vector<std::string>{"A"});
    EXPECT_EQ(text.issues(),
              (std::vector<Issue>{{2, "empty value (OBS stops reading the file here)"}}));
}

TEST(LocaleTextTest, UnquotedValueStopsAtTheFirstSpace)
{
    const auto text = LocaleText::parse("Word=single\nWords=several words\nTail=x # note\n");

    EXPECT_EQ(text.find("Word"), "single");
    EXPECT_EQ(text.find("Words"), "several");
    EXPECT_EQ(text.find("Tail"), "x");
    EXPECT_EQ(
        text.issues(),
        (std::vector<Issue>{{2, "unquoted value with spaces (OBS keeps only the first word)"}}));
}

TEST(LocaleTextTest, ReportsAMissingValue)
{
    const auto text = LocaleText::parse("Empty=\nComment=# nothing\n");

    EXPECT_TRUE(text.empty());
    EXPECT_EQ(text.issues(),
              (std::vector<Issue>{{1, "no value after '='"}, {2, "no value after '='"}}));
}

TEST(LocaleTextTest, UnterminatedQuoteRunsToTheEndOfTheLine)
{
    const auto text = LocaleText::parse("Open=\"no end\nNext=\"fine\"\n");

    EXPECT_EQ(text.find("Open"), "no end");
    EXPECT_EQ(text.find("Next"), "fine");
    EXPECT_EQ(text.issues(), (std::vector<Issue>{{1, "missing closing quote"}}));
}

TEST(LocaleTextTest, IgnoresTextAfterTheClosingQuote)
{
    const auto text = LocaleText::parse("Key=\"value\" trailing\n");

    EXPECT_EQ(text.find("Key"), "value");
}

TEST(LocaleTextTest, OverlayReplacesSharedKeysAndKeepsTheRest)
{
    auto english = LocaleText::parse("Title=\"CoachDeck\"\nNoSession=\"No session open.\"\n");
    const auto french = LocaleText::parse("NoSession=\"Aucune séance ouverte.\"\nFrOnly=\"x\"\n");

    english.overlay(french);

    EXPECT_EQ(english.find("Title"), "CoachDeck");
    EXPECT_EQ(english.find("NoSession"), "Aucune séance ouverte.");
    EXPECT_EQ(english.keys(), (std::vector<std::string>{"Title", "NoSession", "FrOnly"}));
}

class LocaleTextLoadTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        dir_ = std::filesystem::temp_directory_path() /
               ("coachdeck-locale-" +
                std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()));
        std::filesystem::remove_all(dir_);
        std::filesystem::create_directories(dir_);
    }
    void TearDown() override { std::filesystem::remove_all(dir_); }

    void write(const std::string &name, const std::string &contents) const
    {
        std::ofstream(dir_ / name, std::ios::binary) << contents;
    }

    std::filesystem::path dir_;
};

TEST_F(LocaleTextLoadTest, FallsBackToEnglishForMissingKeys)
{
    write("en-US.ini", "Title=\"CoachDeck\"\nNoSession=\"No session open.\"\n");
    write("fr-FR.ini", "NoSession=\"Aucune séance ouverte.\"\n");

    const auto text = LocaleText::load(dir_, "fr-FR");

    ASSERT_TRUE(text.ok()) << text.error().message();
    EXPECT_EQ(text->text("Title"), "CoachDeck");
    EXPECT_EQ(text->text("NoSession"), "Aucune séance ouverte.");
}

TEST_F(LocaleTextLoadTest, UnknownLocaleMeansEnglish)
{
    write("en-US.ini", "Title=\"CoachDeck\"\n");

    const auto text = LocaleText::load(dir_, "de-DE");

    ASSERT_TRUE(text.ok());
    EXPECT_EQ(text->text("Title"), "CoachDeck");
}

TEST_F(LocaleTextLoadTest, MissingEnglishIsAnError)
{
    write("fr-FR.ini", "Title=\"CoachDeck\"\n");

    const auto text = LocaleText::load(dir_, "fr-FR");

    ASSERT_FALSE(text.ok());
    EXPECT_NE(text.error().message().find("en-US.ini"), std::string::npos);
}

} // namespace
} // namespace coachdeck
