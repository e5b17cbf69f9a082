#include "cli/ReportLocale.hpp"

#include "core/LocaleText.hpp"

#include <cstdlib>
#include <system_error>
#include <vector>

namespace coachdeck::cli::report_locale {
namespace fs = std::filesystem;

bool supported(const std::string &tag)
{
    for (const char *language : kLanguages)
        if (tag == language)
            return true;
    return false;
}

std::optional<fs::path> findFolder(const std::string &explicitFolder)
{
    std::vector<fs::path> candidates;
    if (!explicitFolder.empty())
        candidates.emplace_back(explicitFolder);
    else {
        if (const char *env = std::getenv("COACHDECK_LOCALE_DIR"); env && *env)
            candidates.emplace_back(env);
        const char *config = std::getenv("XDG_CONFIG_HOME");
        const char *home = std::getenv("HOME");
        if (config && *config)
            candidates.push_back(fs::path(config) / "obs-studio/plugins/coachdeck/data/locale");
        else if (home && *home)
            candidates.push_back(fs::path(home) /
                                 ".config/obs-studio/plugins/coachdeck/data/locale");
        candidates.emplace_back("/usr/share/obs/obs-plugins/coachdeck/locale");
        candidates.emplace_back(COACHDECK_SOURCE_LOCALE_DIR);
    }
    for (const fs::path &folder : candidates) {
        std::error_code ec;
        if (fs::is_regular_file(folder / "en-US.ini", ec))
            return folder;
    }
    return std::nullopt;
}

Result<ReportTexts> load(const fs::path &folder, const std::string &tag)
{
    Result<LocaleText> texts = LocaleText::load(folder, tag);
    if (!texts)
        return texts.error();
    const LocaleText &locale = *texts;
    return ReportTexts::fromLookup(
        [&](const char *key) { return QString::fromStdString(locale.text(key)); }, tag);
}

} // namespace coachdeck::cli::report_locale
