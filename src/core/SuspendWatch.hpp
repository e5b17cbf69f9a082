#pragma once

#include "core/Time.hpp"

#include <optional>

namespace coachdeck {

/// Notices that the machine was suspended, from readings of a Clock taken now and then (the
/// dock takes one a second): the session clock counts the time suspended, the awake clock does
/// not, so a gap between their moves is a suspend. A value; pure but for what it is given.
class SuspendWatch {
public:
    /// A suspend that ended by the last reading.
    struct Suspend {
        MonoTime began; ///< on the session clock; within one reading interval
        Millis lasted{0};

        bool operator==(const Suspend &) const = default;
    };

    /// Suspends shorter than `shortest` go unnoticed (timer jitter, a busy machine).
    explicit SuspendWatch(Millis shortest = std::chrono::seconds(30)) : shortest_(shortest) {}

    /// Takes a reading of `clock`; the suspend that ended since the previous reading, if any.
    std::optional<Suspend> observe(const Clock &clock);

private:
    struct Reading {
        MonoTime session;
        std::chrono::nanoseconds awake{0};
    };
    Millis shortest_;
    std::optional<Reading> last_;
};

} // namespace coachdeck
