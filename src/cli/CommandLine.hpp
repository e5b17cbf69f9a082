#pragma once

#include "cli/Command.hpp"

#include <ostream>
#include <string>
#include <vector>

namespace coachdeck::cli {

/// Runs `coachdeck` with its arguments (argv without the program name) and
/// returns the process exit status.
int run(const std::vector<std::string> &args, std::ostream &out, std::ostream &err);

/// A command's arguments sorted out: files, a request for help, or an option it does not know.
struct Operands {
    std::vector<std::string> files;
    bool help = false;
    std::string unknownOption; ///< the first one, empty when none
};

/// Splits arguments into operands; "-h"/"--help" ask for help, "--" ends the options.
Operands splitOperands(const std::vector<std::string> &args);

/// Writes "coachdeck NAME: message", the command's synopsis and a hint to stderr; returns Usage.
Exit usageError(const Command &command, const std::string &message, std::ostream &err);

/// Writes the help of one command.
void printCommandHelp(const Command &command, std::ostream &out);

} // namespace coachdeck::cli
