#pragma once

#include "core/ActionItem.hpp"
#include "core/AgendaItem.hpp"
#include "core/Board.hpp"
#include "core/ClockState.hpp"
#include "core/Display.hpp"
#include "core/Note.hpp"
#include "core/SessionMetadata.hpp"
#include "core/Snapshot.hpp"

#include <string_view>
#include <vector>

namespace coachdeck {

/// One session, whole: the unit saved to and loaded from a file.
struct Outline {
    SessionMetadata session;
    std::vector<AgendaItem> agenda;
    ClockState clock;
    Board board;
    std::vector<Snapshot> snapshots;
    std::vector<Note> notes;
    std::vector<ActionItem> actions;
    Display display;
    UnknownKeys unknown = UnknownKeys::object();

    const AgendaItem *item(std::string_view id) const;
    AgendaItem *item(std::string_view id);
    /// Index of an agenda item, or -1.
    int itemIndex(std::string_view id) const;
    const Snapshot *snapshot(std::string_view id) const;

    bool operator==(const Outline &) const = default;
};

} // namespace coachdeck
