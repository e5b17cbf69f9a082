// The locale files the plugin ships: readable by OBS as written, and complete in every language.

#include "core/LocaleText.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

namespace coachdeck {
namespace {

const std::filesystem::path kLocaleDir = COACHDECK_LOCALE_DIR;

std::vector<std::filesystem::path> localeFiles()
{
    std::vector<std::filesystem::path> files;
    for (const auto &entry : std::filesystem::directory_iterator(kLocaleDir)) {
        if (entry.path().extension() == ".ini") {
            files.push_back(entry.path());
        }
    }
    std::sort(files.begin(), files.end());
    return files;
}

std::vector<std::string> sortedKeys(const LocaleText &text)
{
    auto keys = text.keys();
    std::sort(keys.begin(), keys.end());
    return keys;
}

TEST(LocaleFilesTest, EnglishAndFrenchAreShipped)
{
    EXPECT_TRUE(std::filesystem::exists(kLocaleDir / "en-US.ini"));
    EXPECT_TRUE(std::filesystem::exists(kLocaleDir / "fr-FR.ini"));
}

TEST(LocaleFilesTest, EveryFileReadsWithoutIssues)
{
    for (const auto &file : localeFiles()) {
        const auto text = LocaleText::loadFile(file);
        ASSERT_TRUE(text.ok()) << text.error().message();
        EXPECT_FALSE(text->empty()) << file;
        for (const auto &issue : text->issues()) {
            ADD_FAILURE() << file.filename().string() << ":" << issue.line << ": " << issue.reason;
        }
    }
}

TEST(LocaleFilesTest, EveryLocaleHasExactlyTheEnglishKeys)
{
    const auto english = LocaleText::loadFile(kLocaleDir / "en-US.ini");
    ASSERT_TRUE(english.ok()) << english.error().message();
    const auto expected = sortedKeys(english.value());

    for (const auto &file : localeFiles()) {
        const auto text = LocaleText::loadFile(file);
        ASSERT_TRUE(text.ok()) << text.error().message();
        EXPECT_EQ(sortedKeys(text.value()), expected) << file.filename().string();
    }
}

TEST(LocaleFilesTest, KeysCarryTheCoachDeckPrefix)
{
    const auto english = LocaleText::loadFile(kLocaleDir / "en-US.ini");
    ASSERT_TRUE(english.ok());
    for (const auto &key : english->keys()) {
        EXPECT_TRUE(key.starts_with("CoachDeck.")) << key;
    }
}

TEST(LocaleFilesTest, DockTitleAndEmptyStateAreTranslated)
{
    const auto french = LocaleText::load(kLocaleDir, "fr-FR");
    ASSERT_TRUE(french.ok()) << french.error().message();

    EXPECT_EQ(french->text("CoachDeck.Dock.Title"), "CoachDeck");
    EXPECT_EQ(french->text("CoachDeck.Dock.NoSession"), "Aucune séance ouverte.");
}

} // namespace
} // namespace coachdeck
