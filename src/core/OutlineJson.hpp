#pragma once

#include "core/Json.hpp"
#include "core/Outline.hpp"
#include "core/Result.hpp"

#include <string>
#include <string_view>

namespace coachdeck {

inline constexpr std::string_view kOutlineFormat = "coachdeck.outline";
inline constexpr int kOutlineVersion = 1;

/// Outline <-> JSON, format "coachdeck.outline" version 1 (docs/outline-format.md).
namespace outline_json {

Json toJson(const Outline &outline);

/// Reads a parsed document. Validates everything first: on any problem nothing
/// is returned but the problems, each with its JSON pointer.
Result<Outline> fromJson(const Json &document);

/// Ok when `bytes` is within the size an outline file may have (docs/outline-format.md).
Status checkSize(std::size_t bytes);

/// Deepest nesting of arrays and objects in JSON text, found by a scan that parses
/// nothing, so an absurdly deep document is refused before any recursion or allocation.
std::size_t nestingDepth(std::string_view text);

/// nlohmann's parse error as a problem's reason: "not valid JSON: line 1, column 2: ...",
/// valid UTF-8 (the bytes it quotes from the text may not be). Shared by the loaders of
/// every CoachDeck file.
std::string parseErrorText(const char *what);

/// Parses text (size and nesting checked before parsing) and reads it.
Result<Outline> parse(std::string_view text);

/// The text saved to disk: pretty-printed UTF-8 with a final newline.
std::string serialize(const Outline &outline);

} // namespace outline_json
} // namespace coachdeck
