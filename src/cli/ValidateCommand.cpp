#include "cli/ValidateCommand.hpp"

#include "cli/CommandLine.hpp"
#include "cli/TerminalText.hpp"
#include "core/OutlineFile.hpp"
#include "core/PathText.hpp"

namespace coachdeck::cli {
namespace {

Exit validate(const std::vector<std::string> &args, std::ostream &out, std::ostream &err)
{
    const Operands operands = splitOperands(args);
    if (operands.help) {
        printCommandHelp(validateCommand(), out);
        return Exit::Ok;
    }
    if (!operands.unknownOption.empty())
        return usageError(validateCommand(),
                          "unknown option '" + terminalSafe(operands.unknownOption) + "'", err);
    if (operands.files.empty())
        return usageError(validateCommand(), "no file given", err);

    Exit status = Exit::Ok;
    for (const std::string &file : operands.files) {
        const Result<Outline> loaded = outline_file::load(path_text::fromUtf8(file));
        if (loaded) {
            out << terminalSafe(file) << ": valid\n";
            continue;
        }
        status = Exit::Invalid;
        for (const std::string &line : outline_file::describe(file, loaded.error()))
            err << terminalSafe(line) << '\n';
    }
    return status;
}

} // namespace

const Command &validateCommand()
{
    static const Command kValidate{
        "validate", "validate FILE...", "check session outlines; one line per problem",
        "Loads each FILE as CoachDeck would and checks everything: JSON syntax, format and\n"
        "version, types, limits, unique ids and references. A good file prints\n"
        "\"FILE: valid\" on standard output. Each problem prints one line on standard error:\n"
        "\n"
        "  session.json: /agenda/3/plannedMinutes: expected a non-negative number\n"
        "\n"
        "where the middle part is the JSON pointer to the offending value (absent when the\n"
        "problem is the file as a whole). At most 50 problems are listed per file.\n"
        "\n"
        "Exit status: 0 every file is valid, 1 a file is invalid or unreadable, 2 wrong usage.\n",
        validate};
    return kValidate;
}

} // namespace coachdeck::cli
