#pragma once

#include <string>
#include <string_view>

namespace coachdeck::cli {

/// Text from a file made safe to print on a terminal: control characters
/// (escape sequences included) and bytes that are not UTF-8 become '?', so a
/// crafted outline cannot drive the terminal it is summarised on.
std::string terminalSafe(std::string_view text);

/// Number of characters (code points) of UTF-8 text, for aligning columns.
std::size_t displayLength(std::string_view text);

} // namespace coachdeck::cli
