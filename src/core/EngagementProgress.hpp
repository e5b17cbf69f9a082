#pragma once

#include "core/Time.hpp"
#include "core/WallTimeText.hpp"

#include <optional>

namespace coachdeck {

/// Where an engagement stands: sessions run of planned, time used of planned and
/// when the next session is due (last session date + cadence). Durations in ms.
struct EngagementProgress {
    int sessionsDone = 0;
    int sessionsPlanned = 0;
    Millis used{0};
    Millis planned{0};
    std::optional<Date> nextDue;

    bool operator==(const EngagementProgress &) const = default;
};

} // namespace coachdeck
