#include "cli/CommandLine.hpp"

#include "CoachDeckVersion.hpp"
#include "cli/Commands.hpp"
#include "cli/TerminalText.hpp"

#include <algorithm>
#include <functional>

namespace coachdeck::cli {
namespace {

const Command *findCommand(const std::string &name)
{
    for (const Command &command : commands())
        if (command.name == name)
            return &command;
    return nullptr;
}

void printUsage(std::ostream &out)
{
    out << "usage: coachdeck <command> [arguments]\n"
           "\n"
           "Commands:\n";
    for (const Command &command : commands()) {
        std::string synopsis(command.synopsis);
        if (synopsis.size() > 20) // a long synopsis gets a line of its own
            out << "  " << synopsis << '\n' << std::string(24, ' ') << command.summary << '\n';
        else
            out << "  " << synopsis << std::string(22 - synopsis.size(), ' ') << command.summary
                << '\n';
    }
    out << "  help [COMMAND]        this help, or the help of one command\n"
           "\n"
           "Options:\n"
           "  -h, --help            this help\n"
           "  --version             print the version\n"
           "\n"
           "Exit status: 0 done (every file valid), 1 a file is invalid or unreadable,\n"
           "2 wrong usage, 3 refused (nothing validated for the sponsor, no such snapshot),\n"
           "4 an output file could not be written.\n";
}

Exit help(const std::vector<std::string> &args, std::ostream &out, std::ostream &err)
{
    if (args.empty()) {
        printUsage(out);
        return Exit::Ok;
    }
    if (const Command *command = findCommand(args.front()); command && args.size() == 1) {
        printCommandHelp(*command, out);
        return Exit::Ok;
    }
    err << "coachdeck help: no command named '" << terminalSafe(args.front()) << "'\n\n";
    printUsage(err);
    return Exit::Usage;
}

} // namespace

Operands splitOperands(const std::vector<std::string> &args)
{
    Operands operands;
    bool optionsEnded = false;
    for (const std::string &arg : args) {
        if (optionsEnded || arg == "-" || arg.empty() || arg.front() != '-')
            operands.files.push_back(arg);
        else if (arg == "--")
            optionsEnded = true;
        else if (arg == "-h" || arg == "--help")
            operands.help = true;
        else if (operands.unknownOption.empty())
            operands.unknownOption = arg;
    }
    return operands;
}

Exit usageError(const Command &command, const std::string &message, std::ostream &err)
{
    err << "coachdeck " << command.name << ": " << message << '\n'
        << "usage: coachdeck " << command.synopsis << '\n'
        << "Try 'coachdeck help " << command.name << "' for more.\n";
    return Exit::Usage;
}

void printCommandHelp(const Command &command, std::ostream &out)
{
    out << "usage: coachdeck " << command.synopsis << "\n\n" << command.details;
}

int run(const std::vector<std::string> &args, std::ostream &out, std::ostream &err)
{
    if (args.empty()) {
        printUsage(err);
        return static_cast<int>(Exit::Usage);
    }
    const std::string &first = args.front();
    const std::vector<std::string> rest(args.begin() + 1, args.end());
    if (first == "-h" || first == "--help" || first == "help")
        return static_cast<int>(help(rest, out, err));
    if (first == "--version" || first == "-V") {
        out << "coachdeck " << kVersion << '\n';
        return static_cast<int>(Exit::Ok);
    }
    if (const Command *command = findCommand(first))
        return static_cast<int>(command->run(rest, out, err));

    err << "coachdeck: unknown " << (!first.empty() && first.front() == '-' ? "option" : "command")
        << " '" << terminalSafe(first) << "'\n\n";
    printUsage(err);
    return static_cast<int>(Exit::Usage);
}

} // namespace coachdeck::cli
