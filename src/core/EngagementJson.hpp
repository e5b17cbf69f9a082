#pragma once

#include "core/Engagement.hpp"
#include "core/Json.hpp"
#include "core/Result.hpp"

#include <string>
#include <string_view>

namespace coachdeck {

inline constexpr std::string_view kEngagementFormat = "coachdeck.engagement";
inline constexpr int kEngagementVersion = 1;

/// Engagement <-> JSON, format "coachdeck.engagement" version 1 (docs/engagements.md).
/// Pure: no files. Any thread.
namespace engagement_json {

Json toJson(const Engagement &engagement);

/// Reads a parsed document; on any problem nothing but the problems (with JSON pointers).
Result<Engagement> fromJson(const Json &document);

/// Parses text and reads it. Never throws.
Result<Engagement> parse(std::string_view text);

/// The text saved to disk: pretty-printed UTF-8 with a final newline.
std::string serialize(const Engagement &engagement);

/// The rules an engagement obeys (pseudonym present, counts in range), as problems.
std::vector<Problem> check(const Engagement &engagement);

} // namespace engagement_json
} // namespace coachdeck
