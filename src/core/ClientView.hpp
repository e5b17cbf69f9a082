#pragma once

#include "core/AgendaItem.hpp"
#include "core/Board.hpp"
#include "core/ClockState.hpp"
#include "core/Outline.hpp"
#include "core/SessionClock.hpp"
#include "core/Time.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace coachdeck {

/// An agenda item as the client may see it: no preparation notes, no unknown keys.
struct ClientAgendaItem {
    std::string id;
    std::string title;
    ItemKind kind = ItemKind::General;
    Millis planned{0};
    Millis allotted{0}; ///< planned + adjustments
    Millis warnAt{0};
    Millis dangerAt{0};
    ItemStatus status = ItemStatus::Pending;
    Millis actual{0}; ///< time spent, not counting a running stretch

    bool operator==(const ClientAgendaItem &) const = default;
};

/// The session clock as the client may see it.
struct ClientClock {
    ClockStatus status = ClockStatus::Idle;
    std::optional<std::string> currentItemId;
    std::optional<MonoTime> runningSince; ///< monotonic start of the running stretch
    std::optional<WallTime> startedAt;

    bool operator==(const ClientClock &) const = default;
};

/// A snapshot's board, for step replay and the compare view.
struct ClientSnapshot {
    std::string id;
    std::string name;
    Board board; ///< unknown keys stripped

    bool operator==(const ClientSnapshot &) const = default;
};

/// The immutable projection of an Outline that may reach the client's screen.
///
/// Built whole on the UI thread by makeClientView() and then only read, from any
/// thread (the overlay's graphics thread among them). It has no notes at all, no
/// preparation notes on agenda items, no sponsor, no pseudonym and no unknown keys:
/// what is not here cannot be painted.
struct ClientView {
    /// Increases with every change of the session; equal revisions mean equal views.
    std::uint64_t revision = 0;

    int sessionNumber = 1; ///< "session n ...
    int sessionCount = 1;  ///< ... of N"

    std::vector<ClientAgendaItem> agenda;
    ClientClock clock;

    Board board; ///< the live board, unknown keys stripped
    std::vector<ClientSnapshot> snapshots;

    bool timerVisible = false; ///< the coach's switch: the timer is coach-only by default
    std::optional<std::string> perspectiveFigureId;
    std::optional<std::string> shownSnapshotId;
    bool zonesVisible = true;

    bool operator==(const ClientView &) const = default;

    const ClientAgendaItem *item(std::string_view id) const;
    const ClientAgendaItem *currentItem() const;
    const ClientSnapshot *snapshot(std::string_view id) const;
    /// The snapshot on show when the coach steps through them, else nullptr.
    const ClientSnapshot *shownSnapshot() const;
    /// What the board shows now: the shown snapshot's board, or the live board.
    const Board &shownBoard() const;

    /// Time spent on an item at `now` (monotonic), a running stretch included.
    /// Allocation-free: the overlay calls it every frame.
    Millis elapsed(const ClientAgendaItem &item, MonoTime now) const;
    /// The whole session's timing at an instant, from the core session clock.
    SessionTiming timing(MonoTime now, WallTime wallNow) const;

    /// Calls `visit(std::string_view)` for every text the view holds. Lets tests
    /// prove that nothing private made it in.
    template <typename Visit>
    void visitTexts(Visit &&visit) const;
};

/// Projects an outline for the client. Runs on the caller's thread (the UI thread).
ClientView makeClientView(const Outline &outline, std::uint64_t revision);

template <typename Visit>
void ClientView::visitTexts(Visit &&visit) const
{
    auto visitBoard = [&](const Board &b) {
        for (const Figure &f : b.figures) {
            visit(std::string_view{f.id});
            visit(std::string_view{f.label});
        }
        for (const Zone &z : b.zones) {
            visit(std::string_view{z.id});
            visit(std::string_view{z.label});
        }
    };
    for (const ClientAgendaItem &i : agenda) {
        visit(std::string_view{i.id});
        visit(std::string_view{i.title});
    }
    if (clock.currentItemId)
        visit(std::string_view{*clock.currentItemId});
    visitBoard(board);
    for (const ClientSnapshot &s : snapshots) {
        visit(std::string_view{s.id});
        visit(std::string_view{s.name});
        visitBoard(s.board);
    }
    if (perspectiveFigureId)
        visit(std::string_view{*perspectiveFigureId});
    if (shownSnapshotId)
        visit(std::string_view{*shownSnapshotId});
}

} // namespace coachdeck
