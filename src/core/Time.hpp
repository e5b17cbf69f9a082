#pragma once

#include "core/platform/BootClock.hpp"

#include <chrono>

namespace coachdeck {

/// Monotonic instants: everything displayed (elapsed, remaining) derives from these. The clock
/// counts the time the machine spends suspended (BootClock), as the wall clock does.
using MonoClock = BootClock;
using MonoTime = MonoClock::time_point;

/// Wall-clock instants: stamps in the outline (note times, start of session,
/// end-time forecast). Never used to measure a duration on screen.
using WallClock = std::chrono::system_clock;
using WallTime = std::chrono::time_point<WallClock, std::chrono::milliseconds>;

/// Durations in the model are milliseconds; conversions are explicit.
using Millis = std::chrono::milliseconds;

/// The injected source of time. The live plugin uses SystemClock; tests and
/// benchmarks use ManualClock and never sleep.
class Clock {
public:
    virtual ~Clock() = default;
    virtual MonoTime monoNow() const = 0;
    virtual WallTime wallNow() const = 0;
    /// A clock that stops while the machine is suspended (BootClock::awakeNow): between two
    /// readings, monoNow() moves on by this one's gap plus the time spent suspended.
    virtual std::chrono::nanoseconds awakeNow() const = 0;
};

/// Reads BootClock and std::chrono::system_clock. Thread-safe.
class SystemClock final : public Clock {
public:
    MonoTime monoNow() const override { return MonoClock::now(); }
    std::chrono::nanoseconds awakeNow() const override { return MonoClock::awakeNow(); }
    WallTime wallNow() const override
    {
        return std::chrono::time_point_cast<Millis>(WallClock::now());
    }
};

/// A clock that only moves when told to; monotonic and wall time advance together.
class ManualClock final : public Clock {
public:
    explicit ManualClock(WallTime wallStart = WallTime{Millis{1'790'000'000'000}})
        : wallStart_(wallStart)
    {
    }

    MonoTime monoNow() const override { return MonoTime{} + offset_; }
    WallTime wallNow() const override { return wallStart_ + offset_; }
    std::chrono::nanoseconds awakeNow() const override { return offset_ - asleep_; }

    void advance(Millis by) { offset_ += by; }
    /// The machine sleeps for `by`: monotonic and wall time move on, the awake clock does not.
    void suspend(Millis by)
    {
        offset_ += by;
        asleep_ += by;
    }
    /// Moves only the wall clock (an NTP jump, a suspended laptop's wall time).
    void jumpWall(Millis by) { wallStart_ += by; }

private:
    WallTime wallStart_;
    Millis offset_{0};
    Millis asleep_{0};
};

} // namespace coachdeck
