#pragma once

#include "core/Outline.hpp"

#include <cstddef>
#include <variant>
#include <vector>

namespace coachdeck {

/// The smallest undoable changes, as values. Each holds what it needs to be
/// applied and reverted; a Command groups them under one label.
template <typename T>
struct Insert {
    std::size_t index = 0;
    T value;
    bool operator==(const Insert &) const = default;
};

template <typename T>
struct Erase {
    std::size_t index = 0;
    T value;
    bool operator==(const Erase &) const = default;
};

/// Replaces the element with `before.id` (ids never change).
template <typename T>
struct Change {
    T before;
    T after;
    bool operator==(const Change &) const = default;
};

template <typename T>
struct Reorder {
    std::size_t from = 0;
    std::size_t to = 0;
    bool operator==(const Reorder &) const = default;
};

/// Replaces a whole part held once per outline (board, metadata, display).
template <typename T>
struct Replace {
    T before;
    T after;
    bool operator==(const Replace &) const = default;
};

using Edit =
    std::variant<Insert<AgendaItem>, Erase<AgendaItem>, Change<AgendaItem>, Reorder<AgendaItem>, //
                 Insert<Figure>, Erase<Figure>, Change<Figure>, Reorder<Figure>,                 //
                 Insert<Zone>, Erase<Zone>, Change<Zone>,                                        //
                 Insert<Snapshot>, Erase<Snapshot>, Change<Snapshot>,                            //
                 Insert<Note>, Erase<Note>, Change<Note>,                                        //
                 Insert<ActionItem>, Erase<ActionItem>, Change<ActionItem>, Reorder<ActionItem>, //
                 Replace<Board>, Replace<SessionMetadata>, Replace<Display>>;

/// Applies an edit forward (redo) or backward (undo).
void apply(Outline &outline, const Edit &edit);
void revert(Outline &outline, const Edit &edit);

} // namespace coachdeck
