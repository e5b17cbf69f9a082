#pragma once

#include "core/Json.hpp"

#include <optional>
#include <string>

namespace coachdeck {

/// What the coach chooses to show the client. The timer is coach-only by default.
struct Display {
    bool timerVisible = false;
    /// Turn the board so this figure faces up the screen ("seeing from its place").
    std::optional<std::string> perspectiveFigureId;
    /// The snapshot currently shown to the client, if the coach is stepping through them.
    std::optional<std::string> shownSnapshotId;
    UnknownKeys unknown = UnknownKeys::object();

    bool operator==(const Display &) const = default;
};

} // namespace coachdeck
