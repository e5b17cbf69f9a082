// The locale files the plugin ships: readable by OBS as written, complete in every language, and
// holding every text the sources and forms ask for; no user-visible text is written into the UI
// code instead (the rules: UiTextScan.hpp).

#include "UiTextScan.hpp"
#include "core/LocaleText.hpp"
#include "support/FileBytes.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace coachdeck {
namespace {

const std::filesystem::path kLocaleDir = COACHDECK_LOCALE_DIR;
const std::filesystem::path kSourceDir = COACHDECK_SOURCE_DIR;

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

/// The files under `dir` (recursively when asked) whose extension is one of `extensions`, sorted.
std::vector<std::filesystem::path> filesIn(const std::filesystem::path &dir,
                                           const std::vector<std::string> &extensions,
                                           bool recursive)
{
    std::vector<std::filesystem::path> files;
    const auto take = [&](const std::filesystem::directory_entry &entry) {
        if (entry.is_regular_file() &&
            std::find(extensions.begin(), extensions.end(), entry.path().extension().string()) !=
                extensions.end())
            files.push_back(entry.path());
    };
    if (recursive)
        std::for_each(std::filesystem::recursive_directory_iterator(dir), {}, take);
    else
        std::for_each(std::filesystem::directory_iterator(dir), {}, take);
    std::sort(files.begin(), files.end());
    return files;
}

using coachdeck::test::fileBytes;

std::string where(const std::filesystem::path &file, int line)
{
    return std::filesystem::relative(file, kSourceDir).string() + ":" + std::to_string(line);
}

std::string lowered(std::string text)
{
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text;
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

// Keys the code completes at run time ("CoachDeck.Dock.Figure.Kind." + a kind's name) need
// one key with that start at least; the completed keys are checked where the dock is tested.
TEST(LocaleFilesTest, EveryKeyTheSourcesAndFormsUseExistsInEnglishAndFrench)
{
    const auto english = LocaleText::loadFile(kLocaleDir / "en-US.ini");
    const auto french = LocaleText::loadFile(kLocaleDir / "fr-FR.ini");
    ASSERT_TRUE(english.ok() && french.ok());
    std::vector<std::string> englishKeys;
    for (const std::string &key : english->keys())
        englishKeys.push_back(lowered(key));

    const auto check = [&](const std::filesystem::path &file,
                           const std::vector<ui_text_scan::KeyUse> &uses) {
        for (const ui_text_scan::KeyUse &use : uses) {
            if (use.prefix) {
                const std::string start = lowered(use.key);
                EXPECT_TRUE(std::any_of(englishKeys.begin(), englishKeys.end(),
                                        [&](const std::string &k) { return k.starts_with(start); }))
                    << where(file, use.line) << ": no key starts with " << use.key;
                continue;
            }
            EXPECT_TRUE(english->contains(use.key))
                << where(file, use.line) << ": " << use.key << " is not in en-US.ini";
            EXPECT_TRUE(french->contains(use.key))
                << where(file, use.line) << ": " << use.key << " is not in fr-FR.ini";
        }
    };
    std::size_t files = 0;
    for (const auto &file : filesIn(kSourceDir / "src", {".cpp", ".hpp"}, true)) {
        check(file, ui_text_scan::keysInCode(fileBytes(file)));
        ++files;
    }
    for (const auto &file : filesIn(kSourceDir / "forms", {".ui"}, false))
        check(file, ui_text_scan::keysInForm(fileBytes(file)));
    EXPECT_GT(files, 50u); // the scan did find the sources
}

TEST(LocaleFilesTest, UiCodeWritesNoUserVisibleText)
{
    std::size_t files = 0;
    using ui_text_scan::Layer;
    for (const auto &[folder, layer] : {std::pair{"ui", Layer::Widgets}, {"obs", Layer::ObsGlue}}) {
        for (const auto &file : filesIn(kSourceDir / "src" / folder, {".cpp", ".hpp"}, false)) {
            ++files;
            for (const auto &finding : ui_text_scan::hardCodedTexts(fileBytes(file), layer))
                ADD_FAILURE() << where(file, finding.line) << ": \"" << finding.text << "\" "
                              << finding.reason << "; move it to data/locale/*.ini";
        }
    }
    EXPECT_GT(files, 20u);
}

TEST(LocaleFilesTest, FormTextsArePlaceholdersTheCodeOverwrites)
{
    const auto forms = filesIn(kSourceDir / "forms", {".ui"}, false);
    EXPECT_FALSE(forms.empty());
    for (const auto &form : forms) {
        const auto code = kSourceDir / "src" / "ui" / (form.stem().string() + ".cpp");
        const std::string source = std::filesystem::exists(code) ? fileBytes(code) : "";
        for (const auto &finding : ui_text_scan::formTexts(fileBytes(form), source))
            ADD_FAILURE() << where(form, finding.line) << ": \"" << finding.text << "\" "
                          << finding.reason;
    }
}

} // namespace
} // namespace coachdeck
