#include "core/Board.hpp"

#include <algorithm>
#include <utility>

namespace coachdeck {

const Figure *Board::figure(std::string_view id) const
{
    auto it =
        std::find_if(figures.begin(), figures.end(), [&](const Figure &f) { return f.id == id; });
    return it == figures.end() ? nullptr : &*it;
}

Figure *Board::figure(std::string_view id)
{
    return const_cast<Figure *>(std::as_const(*this).figure(id));
}

} // namespace coachdeck
