#pragma once

#include "cli/Command.hpp"

namespace coachdeck::cli {

/// `coachdeck validate FILE...`: loads each file as the plugin would and prints
/// one line per problem ("session.json: /agenda/3/plannedMinutes: expected a
/// non-negative number") on stderr, "FILE: valid" on stdout for a good file.
const Command &validateCommand();

} // namespace coachdeck::cli
