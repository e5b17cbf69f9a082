#pragma once

#include <chrono>

namespace coachdeck {

/// Monotonic instants: everything displayed (elapsed, remaining) derives from these.
using MonoClock = std::chrono::steady_clock;
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
};

/// Reads std::chrono::steady_clock and system_clock. Thread-safe.
class SystemClock final : public Clock {
public:
    MonoTime monoNow() const override { return MonoClock::now(); }
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

    void advance(Millis by) { offset_ += by; }
    /// Moves only the wall clock (an NTP jump, a suspended laptop's wall time).
    void jumpWall(Millis by) { wallStart_ += by; }

private:
    WallTime wallStart_;
    Millis offset_{0};
};

} // namespace coachdeck
