#include "cli/SummaryCommand.hpp"

#include "cli/CommandLine.hpp"
#include "cli/OutlineSummary.hpp"
#include "cli/TerminalText.hpp"
#include "core/OutlineFile.hpp"
#include "core/PathText.hpp"

namespace coachdeck::cli {
namespace {

Exit summary(const std::vector<std::string> &args, std::ostream &out, std::ostream &err)
{
    const Operands operands = splitOperands(args);
    if (operands.help) {
        printCommandHelp(summaryCommand(), out);
        return Exit::Ok;
    }
    if (!operands.unknownOption.empty())
        return usageError(summaryCommand(),
                          "unknown option '" + terminalSafe(operands.unknownOption) + "'", err);
    if (operands.files.size() != 1)
        return usageError(summaryCommand(),
                          operands.files.empty() ? "no file given" : "one file at a time", err);

    const std::string &file = operands.files.front();
    const Result<Outline> loaded = outline_file::load(path_text::fromUtf8(file));
    if (!loaded) {
        for (const std::string &line : outline_file::describe(file, loaded.error()))
            err << terminalSafe(line) << '\n';
        return Exit::Invalid;
    }
    out << outlineSummary(*loaded);
    return Exit::Ok;
}

} // namespace

const Command &summaryCommand()
{
    static const Command kSummary{
        "summary", "summary FILE", "a short summary of one session outline",
        "Prints the session (client pseudonym, engagement, session n of N, date, modality),\n"
        "the agenda with planned and actual time per item and in total, the figures on the\n"
        "board, the snapshots, how many notes there are of each visibility (never their\n"
        "text) and the action items with owner, due date and status.\n"
        "\n"
        "An invalid file prints its problems as `coachdeck validate` does.\n"
        "\n"
        "Exit status: 0 done, 1 the file is invalid or unreadable, 2 wrong usage.\n",
        summary};
    return kSummary;
}

} // namespace coachdeck::cli
