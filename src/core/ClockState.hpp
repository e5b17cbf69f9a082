#pragma once

#include "core/EnumText.hpp"
#include "core/Json.hpp"
#include "core/Time.hpp"

#include <optional>
#include <string>

namespace coachdeck {

enum class ClockStatus { Idle = 1, Running, Paused, Finished };
inline constexpr EnumText<ClockStatus, 4> kClockStatusText{{{
    {ClockStatus::Idle, "idle"},
    {ClockStatus::Running, "running"},
    {ClockStatus::Paused, "paused"},
    {ClockStatus::Finished, "finished"},
}}};

/// Where the session clock stands. Time already spent lives in each item's
/// `actual`; while running, the current item also gets `now - runningSince`.
struct ClockState {
    ClockStatus status = ClockStatus::Idle;
    std::optional<std::string> currentItemId;
    /// Monotonic start of the current running stretch (only while Running).
    std::optional<MonoTime> runningSince;
    /// The same instant on the wall clock: what a file can keep across a restart.
    std::optional<WallTime> runningSinceWall;
    std::optional<WallTime> startedAt; ///< when the session was first started
    UnknownKeys unknown = UnknownKeys::object();

    bool operator==(const ClockState &) const = default;
};

} // namespace coachdeck
