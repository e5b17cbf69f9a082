#pragma once

#include "core/History.hpp"
#include "core/Outline.hpp"
#include "core/Result.hpp"
#include "core/Time.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace coachdeck {

/// The live session: an outline, its undo history and the clock that times it.
///
/// Every operation validates its input first and either changes the outline
/// (returning ok) or changes nothing (returning an Error saying why). Content
/// edits are undoable; clock moves (start, next, +1 min...) are not, as time
/// is not undone. Not thread-safe: one owner (the controller) calls it, and
/// publishes copies for other threads.
class Session {
public:
    explicit Session(const Clock &clock, Outline outline = {});

    const Outline &outline() const { return outline_; }
    const History &history() const { return history_; }
    const Clock &clock() const { return *clock_; }
    /// Bumped by every change, undo and redo included (autosave and repaint follow it).
    std::uint64_t revision() const { return revision_; }

    /// Replaces the whole session (new or loaded); the history starts empty.
    /// A running clock is re-anchored so time passed while closed still counts.
    Status reset(Outline outline);

    // Agenda (undoable)
    Result<std::string> addItem(std::string title, Millis planned,
                                std::optional<std::size_t> index = {});
    Status removeItem(std::string_view id);
    Status moveItem(std::string_view id, std::size_t toIndex);
    /// Takes title, planned time, thresholds and notes from `edited`; status and time spent stay.
    Status editItem(const AgendaItem &edited);
    /// What the item is for (one undo step); the same kind again changes nothing.
    Status setItemKind(std::string_view id, ItemKind kind);

    // Clock (not undoable)
    Status start();
    Status pause();
    /// Pauses as if at the earlier instant `at` (after a suspend; session_clock::pauseAt).
    Status pauseAt(MonoTime at);
    Status resume();
    Status next();
    Status previous();
    Status goTo(std::string_view itemId);
    Status adjust(Millis delta);
    Status finish();

    // Constellation (undoable). `mergeKey` joins consecutive edits into one undo step.
    Result<std::string> addFigure(Figure figure);
    Status moveFigure(std::string_view id, BoardPoint to, bool merge = false);
    /// Facing in degrees clockwise from up; empty makes the figure an anchor.
    Status rotateFigure(std::string_view id, std::optional<double> degrees, bool merge = false);
    /// Label, kind, shape, colour, size, facing and position from `edited`.
    Status editFigure(const Figure &edited, bool merge = false);
    Status removeFigure(std::string_view id);
    Result<std::string> addZone(Zone zone);
    Status removeZone(std::string_view id);
    Status setZonesVisible(bool visible);
    Result<std::string> takeSnapshot(std::string name);
    /// Puts a snapshot's board back on the board (undoable).
    Status restoreSnapshot(std::string_view id);
    Status renameSnapshot(std::string_view id, std::string name);
    Status removeSnapshot(std::string_view id);

    // Notes and actions (undoable); a note is stamped with now and the current item.
    Result<std::string> addNote(std::string text, Visibility visibility = Visibility::CoachPrivate);
    Status editNote(const Note &edited);
    Status removeNote(std::string_view id);
    Result<std::string> addAction(ActionItem action);
    Status editAction(const ActionItem &edited);
    Status removeAction(std::string_view id);

    // Session details and what the client sees (undoable)
    Status setMetadata(SessionMetadata metadata);
    Status setTimerVisible(bool visible);
    Status setPerspective(std::optional<std::string> figureId);
    Status showSnapshot(std::optional<std::string> snapshotId);

    bool undo();
    bool redo();
    /// Ends a run of merged edits (the end of a drag).
    void closeMerge() { history_.closeMerge(); }

private:
    Status perform(Command command);
    Status clockMove(Status result);
    std::string freshFigureId() const;
    std::string freshId(std::string_view prefix) const;

    const Clock *clock_;
    Outline outline_;
    History history_;
    std::uint64_t revision_ = 0;
};

} // namespace coachdeck
