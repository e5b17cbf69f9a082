// Every command: the `coachdeck` built with the render layer (Qt).
#include "cli/Commands.hpp"

#include "cli/ExportCommand.hpp"
#include "cli/RenderCommand.hpp"
#include "cli/SummaryCommand.hpp"
#include "cli/ValidateCommand.hpp"

#include <array>

namespace coachdeck::cli {

std::span<const std::reference_wrapper<const Command>> commands()
{
    static const std::array<std::reference_wrapper<const Command>, 4> kCommands{
        validateCommand(), summaryCommand(), exportCommand(), renderCommand()};
    return kCommands;
}

} // namespace coachdeck::cli
