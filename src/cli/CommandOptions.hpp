#pragma once

#include <map>
#include <set>
#include <string>
#include <vector>

namespace coachdeck::cli {

/// A command's arguments sorted out when some options take a value: `--name VALUE` or
/// `--name=VALUE` (and `-o VALUE` for short names declared as such). "-h"/"--help" ask for
/// help; "--" ends the options.
struct CommandOptions {
    std::vector<std::string> operands;
    std::map<std::string, std::string> values; ///< by long name without dashes, last one wins
    bool help = false;
    std::string problem; ///< the first usage problem, empty when none

    /// `valued`: the long names (without "--") that take a value; `shortNames`: "-o" -> "output".
    static CommandOptions parse(const std::vector<std::string> &args,
                                const std::set<std::string> &valued,
                                const std::map<std::string, std::string> &shortNames = {});

    const std::string *value(const std::string &name) const
    {
        auto found = values.find(name);
        return found == values.end() ? nullptr : &found->second;
    }
};

} // namespace coachdeck::cli
