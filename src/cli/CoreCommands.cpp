// The commands that need the core alone: the `coachdeck` of a core-only build (Windows).
#include "cli/Commands.hpp"

#include "cli/SummaryCommand.hpp"
#include "cli/ValidateCommand.hpp"

#include <array>

namespace coachdeck::cli {

std::span<const std::reference_wrapper<const Command>> commands()
{
    static const std::array<std::reference_wrapper<const Command>, 2> kCommands{validateCommand(),
                                                                                summaryCommand()};
    return kCommands;
}

} // namespace coachdeck::cli
