#pragma once

#include "core/EnumText.hpp"
#include "core/Json.hpp"

#include <cstdint>
#include <optional>
#include <string>

namespace coachdeck {

enum class FigureKind { Self = 1, Person, Group, Element, Goal, Resource, Obstacle };
inline constexpr EnumText<FigureKind, 7> kFigureKindText{{{
    {FigureKind::Self, "self"},
    {FigureKind::Person, "person"},
    {FigureKind::Group, "group"},
    {FigureKind::Element, "element"},
    {FigureKind::Goal, "goal"},
    {FigureKind::Resource, "resource"},
    {FigureKind::Obstacle, "obstacle"},
}}};

enum class FigureShape { Circle = 1, Square, Triangle, Diamond, Hexagon, Star };
inline constexpr EnumText<FigureShape, 6> kFigureShapeText{{{
    {FigureShape::Circle, "circle"},
    {FigureShape::Square, "square"},
    {FigureShape::Triangle, "triangle"},
    {FigureShape::Diamond, "diamond"},
    {FigureShape::Hexagon, "hexagon"},
    {FigureShape::Star, "star"},
}}};

enum class FigureSize { Small = 1, Medium, Large };
inline constexpr EnumText<FigureSize, 3> kFigureSizeText{{{
    {FigureSize::Small, "S"},
    {FigureSize::Medium, "M"},
    {FigureSize::Large, "L"},
}}};

struct Rgb {
    std::uint8_t r = 0, g = 0, b = 0;
    bool operator==(const Rgb &) const = default;
};

/// Board coordinates: the board is kBoardWidth x kBoardHeight units, origin at
/// the top-left, y down (16:9 like the video it is shown in).
inline constexpr double kBoardWidth = 1600.0;
inline constexpr double kBoardHeight = 900.0;

struct BoardPoint {
    double x = kBoardWidth / 2;
    double y = kBoardHeight / 2;
    bool operator==(const BoardPoint &) const = default;
};

/// One representative on the board.
struct Figure {
    std::string id; ///< stable, unique on the board
    FigureKind kind = FigureKind::Person;
    std::string label;
    FigureShape shape = FigureShape::Circle;
    Rgb colour{0x4a, 0x90, 0xd9};
    FigureSize size = FigureSize::Medium;
    BoardPoint position;
    /// Where the figure looks, degrees clockwise from "up the board", in [0, 360).
    /// Empty for an anchor, an element placed without a direction.
    std::optional<double> facingDegrees = 0.0;
    UnknownKeys unknown = UnknownKeys::object();

    bool operator==(const Figure &) const = default;
};

/// The defaults a new figure of a kind gets (shape and colour differ by kind,
/// abstract kinds are anchors). Shape and label always tell kinds apart too.
Figure defaultFigure(FigureKind kind);

/// An angle brought into [0, 360).
double normalizedDegrees(double degrees);

} // namespace coachdeck
