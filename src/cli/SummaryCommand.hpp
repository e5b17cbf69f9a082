#pragma once

#include "cli/Command.hpp"

namespace coachdeck::cli {

/// `coachdeck summary FILE`: a short, human summary of one session outline.
const Command &summaryCommand();

} // namespace coachdeck::cli
