#include "cli/ReportCommandSupport.hpp"

#include "cli/CommandLine.hpp"
#include "cli/ReportLocale.hpp"
#include "cli/TerminalText.hpp"
#include "core/OutlineFile.hpp"

namespace coachdeck::cli {

std::optional<Outline> loadOutline(const std::string &file, std::ostream &err)
{
    Result<Outline> loaded = outline_file::load(file);
    if (loaded)
        return std::move(loaded).value();
    for (const std::string &line : outline_file::describe(file, loaded.error()))
        err << terminalSafe(line) << '\n';
    return std::nullopt;
}

std::optional<ReportAudience> parseAudience(const Command &command, const CommandOptions &options,
                                            std::ostream &err)
{
    const std::string *audience = options.value("audience");
    if (!audience)
        return ReportAudience::Coach;
    const auto parsed = kReportAudienceText.parse(*audience);
    if (!parsed)
        (void)usageError(
            command,
            "unknown audience '" + terminalSafe(*audience) + "' (coach, client or sponsor)", err);
    return parsed;
}

std::optional<ReportTexts> reportTexts(const Command &command, const CommandOptions &options,
                                       std::ostream &err)
{
    const std::string *lang = options.value("lang");
    const std::string tag = lang ? *lang : "en-US";
    if (!report_locale::supported(tag)) {
        (void)usageError(command, "unknown language '" + terminalSafe(tag) + "' (en-US or fr-FR)",
                         err);
        return std::nullopt;
    }
    const std::string *dir = options.value("locale-dir");
    const auto folder = report_locale::findFolder(dir ? *dir : std::string{});
    if (!folder) {
        if (dir) {
            err << "coachdeck " << command.name << ": no en-US.ini in " << terminalSafe(*dir)
                << '\n';
            return std::nullopt;
        }
        err << "coachdeck " << command.name
            << ": warning: CoachDeck's locale files were not found (see --locale-dir); "
               "writing in English\n";
        return ReportTexts{};
    }
    Result<ReportTexts> texts = report_locale::load(*folder, tag);
    if (!texts) {
        err << "coachdeck " << command.name << ": " << terminalSafe(texts.error().message())
            << '\n';
        return std::nullopt;
    }
    return std::move(texts).value();
}

std::variant<CommandOptions, Exit>
parseOneOutline(const Command &command, const std::vector<std::string> &args,
                const std::set<std::string> &valued,
                const std::map<std::string, std::string> &shortNames, std::ostream &out,
                std::ostream &err)
{
    CommandOptions options = CommandOptions::parse(args, valued, shortNames);
    if (options.help) {
        printCommandHelp(command, out);
        return Exit::Ok;
    }
    if (!options.problem.empty())
        return usageError(command, options.problem, err);
    if (options.operands.size() != 1)
        return usageError(
            command, options.operands.empty() ? "no outline given" : "one outline at a time", err);
    return options;
}

} // namespace coachdeck::cli
