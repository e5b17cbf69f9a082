#pragma once

#include "core/EnumText.hpp"
#include "core/Figure.hpp"
#include "core/Json.hpp"

#include <string>

namespace coachdeck {

enum class ZoneShape { Rectangle = 1, Ellipse };
inline constexpr EnumText<ZoneShape, 2> kZoneShapeText{{{
    {ZoneShape::Rectangle, "rectangle"},
    {ZoneShape::Ellipse, "ellipse"},
}}};

/// A frame on the board (zones nest by lying inside one another).
struct Zone {
    std::string id;
    std::string label;
    ZoneShape shape = ZoneShape::Rectangle;
    BoardPoint topLeft{0, 0};
    double width = kBoardWidth;
    double height = kBoardHeight;
    Rgb colour{0x88, 0x88, 0x88};
    UnknownKeys unknown = UnknownKeys::object();

    bool operator==(const Zone &) const = default;
};

} // namespace coachdeck
