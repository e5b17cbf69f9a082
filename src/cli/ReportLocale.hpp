#pragma once

#include "core/Result.hpp"
#include "render/ReportTexts.hpp"

#include <filesystem>
#include <optional>
#include <string>

namespace coachdeck::cli {

/// The report texts of a language, from CoachDeck's locale files (the plugin's own
/// data/locale). Where the files are looked for, first found wins:
/// `--locale-dir`, $COACHDECK_LOCALE_DIR, the plugin's per-user folder
/// (~/.config/obs-studio/plugins/coachdeck/data/locale), the system one
/// (/usr/share/obs/obs-plugins/coachdeck/locale) and the source tree it was built from.
namespace report_locale {

inline constexpr const char *kLanguages[] = {"en-US", "fr-FR"};

/// Whether `tag` is a language the reports are written in.
bool supported(const std::string &tag);

/// The folder holding en-US.ini, or nullopt when none of the places has it.
std::optional<std::filesystem::path> findFolder(const std::string &explicitFolder);

/// The texts of `tag` from `folder`; an Error naming the file when it cannot be read.
Result<ReportTexts> load(const std::filesystem::path &folder, const std::string &tag);

} // namespace report_locale
} // namespace coachdeck::cli
