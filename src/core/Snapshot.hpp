#pragma once

#include "core/Board.hpp"
#include "core/Json.hpp"
#include "core/Time.hpp"

#include <optional>
#include <string>

namespace coachdeck {

/// A named copy of the board at one step of the constellation.
struct Snapshot {
    std::string id;
    std::string name;
    WallTime takenAt{};
    std::optional<std::string> agendaItemId; ///< the item running when it was taken
    Board board;
    UnknownKeys unknown = UnknownKeys::object();

    bool operator==(const Snapshot &) const = default;
};

} // namespace coachdeck
