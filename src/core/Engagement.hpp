#pragma once

#include "core/Json.hpp"
#include "core/Time.hpp"
#include "core/WallTimeText.hpp"

#include <chrono>
#include <optional>
#include <string>

namespace coachdeck {

/// A series of sessions with one coachee ("accompagnement"): the plan the sessions are
/// measured against. Kept as engagement.json in the engagement's folder
/// (docs/engagements.md). The client is a pseudonym, never required to be a real name.
struct Engagement {
    static constexpr int kDefaultSessions = 10;
    static constexpr std::chrono::hours kDefaultHours{20};
    static constexpr int kDefaultCadenceDays = 21; ///< a session about every 3 weeks
    static constexpr int kMaxCadenceDays = 366;

    std::string clientPseudonym;
    std::optional<std::string> sponsor;
    int sessionsPlanned = kDefaultSessions;
    Millis hoursPlanned{kDefaultHours};    ///< the time planned for the whole engagement
    int cadenceDays = kDefaultCadenceDays; ///< days from one session to the next
    std::optional<Date> startDate;         ///< when the first session is due
    UnknownKeys unknown = UnknownKeys::object();

    bool operator==(const Engagement &) const = default;
};

} // namespace coachdeck
