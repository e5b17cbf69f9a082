#pragma once

#include "core/ClientView.hpp"
#include "core/Time.hpp"
#include "render/RenderOptions.hpp"

#include <cstdint>
#include <optional>

namespace coachdeck {

/// The time an overlay shows, at the resolution it shows it: a new value means a new picture.
/// -1 where nothing time-dependent is on screen.
struct DisplayedTime {
    std::int64_t itemSecond = -1; ///< whole seconds spent on the current item
    std::int64_t wallMinute = -1; ///< for the end-time forecast

    bool operator==(const DisplayedTime &) const = default;
};

/// What the displayed time of one view in one set of options depends on, taken once when the
/// view or the options change. at() then reads a few numbers: the overlay asks it every frame,
/// and a frame's check should touch as little memory as it can.
struct DisplayedTimeBasis {
    bool itemShown = false;   ///< the current item's time is on screen
    bool running = false;     ///< and it is running
    Millis spent{0};          ///< time booked on the current item
    MonoTime runningSince{};  ///< start of its running stretch
    bool minuteShown = false; ///< the end-time forecast is on screen

    static DisplayedTimeBasis of(const ClientView &view, const RenderOptions &options);
    DisplayedTime at(MonoTime now, WallTime wallNow) const;
    /// How long from `now` until the shown item second next changes (1..1000 ms); nullopt
    /// while no running item's time is on screen.
    std::optional<Millis> untilNextSecond(MonoTime now) const;

    bool operator==(const DisplayedTimeBasis &) const = default;

private:
    Millis elapsed(MonoTime now) const;
};

} // namespace coachdeck
