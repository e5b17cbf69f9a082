#include "cli/CommandOptions.hpp"

#include "cli/TerminalText.hpp"

namespace coachdeck::cli {

CommandOptions CommandOptions::parse(const std::vector<std::string> &args,
                                     const std::set<std::string> &valued,
                                     const std::map<std::string, std::string> &shortNames)
{
    CommandOptions out;
    auto fail = [&](const std::string &problem) {
        if (out.problem.empty())
            out.problem = problem;
    };
    bool optionsEnded = false;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string &arg = args[i];
        if (optionsEnded || arg == "-" || arg.empty() || arg.front() != '-') {
            out.operands.push_back(arg);
            continue;
        }
        if (arg == "--") {
            optionsEnded = true;
            continue;
        }
        if (arg == "-h" || arg == "--help") {
            out.help = true;
            continue;
        }
        std::string name;
        std::string value;
        bool hasValue = false;
        if (auto shortName = shortNames.find(arg); shortName != shortNames.end()) {
            name = shortName->second;
        } else if (arg.rfind("--", 0) == 0) {
            name = arg.substr(2);
            if (const auto equals = name.find('='); equals != std::string::npos) {
                value = name.substr(equals + 1);
                name.resize(equals);
                hasValue = true;
            }
        }
        if (name.empty() || valued.count(name) == 0) {
            fail("unknown option '" + terminalSafe(arg) + "'");
            continue;
        }
        if (!hasValue) {
            if (i + 1 >= args.size()) {
                fail("option '" + terminalSafe(arg) + "' needs a value");
                continue;
            }
            value = args[++i];
        }
        out.values[name] = value;
    }
    return out;
}

} // namespace coachdeck::cli
