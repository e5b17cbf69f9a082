#pragma once

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace coachdeck::cli {

/// Exit status of the `coachdeck` command.
enum class Exit {
    Ok = 0,          ///< everything asked for was done; every file is valid
    Invalid = 1,     ///< a file is invalid or cannot be read
    Usage = 2,       ///< the command line itself is wrong
    Refused = 3,     ///< nothing to write: the sponsor may see nothing, no such snapshot
    WriteFailed = 4, ///< the output could not be written
};

/// One subcommand. `run` gets the arguments after the subcommand's name and
/// writes results to `out`, problems and usage errors to `err`.
struct Command {
    std::string_view name;
    std::string_view synopsis; ///< "validate FILE..."
    std::string_view summary;  ///< one line for the command list
    std::string_view details;  ///< what `coachdeck help NAME` adds below the synopsis
    Exit (*run)(const std::vector<std::string> &args, std::ostream &out, std::ostream &err);
};

} // namespace coachdeck::cli
