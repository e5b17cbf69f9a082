#pragma once

#include "cli/Command.hpp"

namespace coachdeck::cli {

/// `coachdeck render OUTLINE --snapshot NAME -o FILE.png [--size WxH]`: one board image, drawn
/// by the overlay's painter.
const Command &renderCommand();

} // namespace coachdeck::cli
