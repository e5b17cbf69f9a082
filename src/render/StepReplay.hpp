#pragma once

#include "core/Board.hpp"
#include "core/Time.hpp"

#include <optional>
#include <string>
#include <vector>

namespace coachdeck {

/// A board between two steps: figures at their in-between places, with the
/// opacity each is drawn at (a figure only in one of the steps fades).
struct ReplayFrame {
    Board board;
    std::vector<double> opacity; ///< one per figure of `board`, in [0, 1]

    bool operator==(const ReplayFrame &) const = default;
};

/// The board `t` of the way from `from` to `to`, t in [0, 1] (linear; ease first).
/// Figures are matched by id: positions and colours blend, facings turn the short
/// way round, size and anchor-ness switch halfway. Pure.
ReplayFrame interpolateBoards(const Board &from, const Board &to, double t);

/// Smooth start and stop: 0 -> 0, 0.5 -> 0.5, 1 -> 1.
double easeInOut(double t);

/// Glides the shown board from one step to the next. Owned by one overlay and
/// used on one thread (its graphics thread); time is passed in.
class StepReplay {
public:
    static constexpr Millis kDuration{500};

    /// Shows `target`, the board on show under `shownKey` (the shown snapshot's id,
    /// or empty for the live board). A change of key starts a glide from what is
    /// on screen at `now`; the same key follows edits without gliding.
    void show(const Board &target, const std::optional<std::string> &shownKey, MonoTime now);

    bool animating(MonoTime now) const;
    /// What to draw at `now`.
    ReplayFrame frame(MonoTime now) const;

private:
    double progress(MonoTime now) const;

    // animating() reads the first two only: together, they share a cache line.
    bool started_ = false;
    std::optional<MonoTime> glideStart_;
    std::optional<std::string> key_;
    Board from_;
    Board to_;
};

} // namespace coachdeck
