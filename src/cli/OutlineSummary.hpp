#pragma once

#include "core/Outline.hpp"

#include <string>

namespace coachdeck::cli {

/// The text of `coachdeck summary`: session, agenda planned vs actual, board,
/// snapshots, note counts by visibility (never note text), actions. English,
/// plain text, user text made terminal-safe. Actual times are those saved in
/// the outline: a running stretch of the clock is not added.
std::string outlineSummary(const Outline &outline);

} // namespace coachdeck::cli
