#pragma once

#include "core/Figure.hpp"
#include "core/Zone.hpp"

#include <string_view>
#include <vector>

namespace coachdeck {

/// What stands on the constellation board at one moment.
struct Board {
    std::vector<Figure> figures; ///< drawn in this order (later on top)
    std::vector<Zone> zones;     ///< outermost first
    bool zonesVisible = true;
    UnknownKeys unknown = UnknownKeys::object();

    const Figure *figure(std::string_view id) const;
    Figure *figure(std::string_view id);

    bool operator==(const Board &) const = default;
};

} // namespace coachdeck
