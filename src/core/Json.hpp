#pragma once

#include <nlohmann/json.hpp>

namespace coachdeck {

/// Outline JSON keeps key order as written, so saved files read naturally.
using Json = nlohmann::ordered_json;

/// Keys of an object that this version does not know, kept verbatim so a file
/// written by a newer minor revision survives a round trip through this one.
using UnknownKeys = Json;

} // namespace coachdeck
