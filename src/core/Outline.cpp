#include "core/Outline.hpp"

#include <algorithm>
#include <utility>

namespace coachdeck {

int Outline::itemIndex(std::string_view id) const
{
    for (size_t i = 0; i < agenda.size(); ++i)
        if (agenda[i].id == id)
            return static_cast<int>(i);
    return -1;
}

const AgendaItem *Outline::item(std::string_view id) const
{
    const int index = itemIndex(id);
    return index < 0 ? nullptr : &agenda[static_cast<size_t>(index)];
}

AgendaItem *Outline::item(std::string_view id)
{
    return const_cast<AgendaItem *>(std::as_const(*this).item(id));
}

const Snapshot *Outline::snapshot(std::string_view id) const
{
    auto it = std::find_if(snapshots.begin(), snapshots.end(),
                           [&](const Snapshot &s) { return s.id == id; });
    return it == snapshots.end() ? nullptr : &*it;
}

} // namespace coachdeck
