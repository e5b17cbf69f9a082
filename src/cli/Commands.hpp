#pragma once

#include "cli/Command.hpp"

#include <functional>
#include <span>

namespace coachdeck::cli {

/// The commands of this `coachdeck`, in the order `coachdeck help` lists them. One definition
/// per program, picked in src/cli/CMakeLists.txt: AllCommands.cpp (validate, summary, export,
/// render; Qt for the last two) or CoreCommands.cpp (validate and summary, over the core alone:
/// the Windows core build).
std::span<const std::reference_wrapper<const Command>> commands();

} // namespace coachdeck::cli
