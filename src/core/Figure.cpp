#include "core/Figure.hpp"

#include <cmath>

namespace coachdeck {

double normalizedDegrees(double degrees)
{
    double result = std::fmod(degrees, 360.0);
    if (result < 0)
        result += 360.0;
    // fmod of a tiny negative number rounds to 360.0 after the addition.
    return result >= 360.0 ? 0.0 : result;
}

Figure defaultFigure(FigureKind kind)
{
    Figure figure;
    figure.kind = kind;
    switch (kind) {
    case FigureKind::Self:
        figure.shape = FigureShape::Circle;
        figure.colour = {0xe8, 0x6a, 0x33};
        figure.size = FigureSize::Large;
        break;
    case FigureKind::Person:
        figure.shape = FigureShape::Circle;
        figure.colour = {0x3f, 0x7f, 0xd1};
        break;
    case FigureKind::Group:
        figure.shape = FigureShape::Hexagon;
        figure.colour = {0x7b, 0x5c, 0xc4};
        figure.size = FigureSize::Large;
        break;
    case FigureKind::Element:
        figure.shape = FigureShape::Square;
        figure.colour = {0x8a, 0x8f, 0x98};
        figure.facingDegrees.reset();
        break;
    case FigureKind::Goal:
        figure.shape = FigureShape::Star;
        figure.colour = {0xe0, 0xb0, 0x1a};
        figure.facingDegrees.reset();
        break;
    case FigureKind::Resource:
        figure.shape = FigureShape::Diamond;
        figure.colour = {0x2e, 0xa0, 0x5a};
        figure.facingDegrees.reset();
        break;
    case FigureKind::Obstacle:
        figure.shape = FigureShape::Triangle;
        figure.colour = {0xc8, 0x3a, 0x3a};
        figure.facingDegrees.reset();
        break;
    }
    return figure;
}

} // namespace coachdeck
