#pragma once

#include "core/AgendaTemplate.hpp"
#include "core/Json.hpp"
#include "core/Result.hpp"

#include <cstddef>
#include <string>
#include <string_view>

namespace coachdeck {

inline constexpr std::string_view kTemplateFormat = "coachdeck.template";
inline constexpr int kTemplateVersion = 1;

/// AgendaTemplate <-> JSON, format "coachdeck.template" version 1 (docs/templates.md). The
/// template's id is not in the file: it comes from the file's name (TemplateStore).
namespace template_json {

/// Largest template file read: an agenda at every cap fits well within it.
inline constexpr std::size_t kFileBytes = 8 * 1024 * 1024;

Json toJson(const AgendaTemplate &t);

/// Reads a parsed document. On any problem nothing but the problems, each with its pointer.
Result<AgendaTemplate> fromJson(const Json &document);

/// Parses text (size and nesting checked first) and reads it.
Result<AgendaTemplate> parse(std::string_view text);

/// The text saved to disk: pretty-printed UTF-8 with a final newline.
std::string serialize(const AgendaTemplate &t);

} // namespace template_json
} // namespace coachdeck
