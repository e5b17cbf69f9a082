#pragma once

#include "cli/Command.hpp"
#include "cli/CommandOptions.hpp"
#include "core/Outline.hpp"
#include "core/ReportAudience.hpp"
#include "render/ReportTexts.hpp"

#include <map>
#include <optional>
#include <ostream>
#include <set>
#include <string>
#include <variant>
#include <vector>

namespace coachdeck::cli {

// What export and render share: loading the outline and the locale texts with the same
// messages and exit codes.

/// The arguments of a command that reads one outline (`valued` and `shortNames` as for
/// CommandOptions::parse). `--help` and usage problems are answered here: then the exit code,
/// else the options with exactly one operand.
std::variant<CommandOptions, Exit>
parseOneOutline(const Command &command, const std::vector<std::string> &args,
                const std::set<std::string> &valued,
                const std::map<std::string, std::string> &shortNames, std::ostream &out,
                std::ostream &err);

/// The outline in `file`, or its problems written to `err` (as validate writes them).
std::optional<Outline> loadOutline(const std::string &file, std::ostream &err);

/// The audience of `--audience` (coach when the option is not given). nullopt (usage message
/// written) on an unknown one.
std::optional<ReportAudience> parseAudience(const Command &command, const CommandOptions &options,
                                            std::ostream &err);

/// The texts of `--lang` (default en-US) from the locale files; English built in, with a
/// warning, when the files cannot be found. nullopt (message written) on a bad language.
std::optional<ReportTexts> reportTexts(const Command &command, const CommandOptions &options,
                                       std::ostream &err);

} // namespace coachdeck::cli
