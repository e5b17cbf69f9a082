#pragma once

#include <cstddef>

namespace coachdeck::limits {

// Caps enforced on load and on every edit (dock, hotkey, websocket alike).
// Documented in docs/outline-format.md; a larger value is refused with a clear error.
inline constexpr std::size_t kFileBytes = 32 * 1024 * 1024; ///< an outline file
inline constexpr std::size_t kNestingDepth = 64;            ///< JSON nesting, unknown keys included
/// Values in one JSON document (each number, string, array... counts one; unknown keys included).
/// An outline at every other cap holds about 1.2 million; without this cap a 32 MB file of tiny
/// values takes over a gigabyte to read.
inline constexpr std::size_t kJsonValues = 2'000'000;
inline constexpr std::size_t kAgendaItems = 200;
inline constexpr std::size_t kFigures = 100; ///< on one board
inline constexpr std::size_t kZones = 16;    ///< on one board
inline constexpr std::size_t kSnapshots = 1000;
inline constexpr std::size_t kNotes = 5000;
inline constexpr std::size_t kActions = 500;
inline constexpr std::size_t kIdChars = 64;
inline constexpr std::size_t kLabelChars = 80;     ///< figure, zone labels (characters, not bytes)
inline constexpr std::size_t kTitleChars = 200;    ///< item titles, snapshot names, metadata fields
inline constexpr std::size_t kTextChars = 20000;   ///< a note, an item's preparation notes
inline constexpr double kMaxItemMinutes = 24 * 60; ///< planned or spent on one item
inline constexpr int kMaxSessions = 1000;          ///< session n of N

} // namespace coachdeck::limits
