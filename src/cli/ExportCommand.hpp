#pragma once

#include "cli/Command.hpp"

namespace coachdeck::cli {

/// `coachdeck export OUTLINE --format md|pdf|png --audience coach|client|sponsor -o DIR`:
/// a session report for one audience (docs/reports.md).
const Command &exportCommand();

} // namespace coachdeck::cli
