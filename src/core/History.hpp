#pragma once

#include "core/Edit.hpp"

#include <cstddef>
#include <deque>
#include <string>
#include <vector>

namespace coachdeck {

/// One undoable step as the coach sees it ("Move figure"), made of edits.
struct Command {
    std::string label; ///< locale key of the action's name, e.g. "CoachDeck.Undo.MoveFigure"
    std::vector<Edit> edits;
    /// Consecutive commands with the same non-empty key merge into one undo step
    /// (a drag is many moves, one undo) until History::closeMerge().
    std::string mergeKey;

    bool operator==(const Command &) const = default;
};

/// Undo and redo stacks of commands. Not thread-safe: owned by the session's owner.
class History {
public:
    explicit History(std::size_t capacity = 1000) : capacity_(capacity) {}

    /// Applies the command to `outline` and records it (dropping the redo stack).
    void perform(Outline &outline, Command command);
    bool undo(Outline &outline);
    bool redo(Outline &outline);
    /// Ends the current merge run: the next command starts a new undo step.
    void closeMerge() { mergeOpen_ = false; }
    void clear();

    bool canUndo() const { return !done_.empty(); }
    bool canRedo() const { return !undone_.empty(); }
    const std::string &undoLabel() const;
    const std::string &redoLabel() const;
    std::size_t size() const { return done_.size(); }

private:
    std::size_t capacity_;
    std::deque<Command> done_;
    std::vector<Command> undone_;
    bool mergeOpen_ = false;
};

} // namespace coachdeck
