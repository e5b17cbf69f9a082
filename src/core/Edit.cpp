#include "core/Edit.hpp"

#include <algorithm>
#include <iterator>

namespace coachdeck {
namespace {

std::vector<AgendaItem> &elements(Outline &o, const AgendaItem *)
{
    return o.agenda;
}
std::vector<Figure> &elements(Outline &o, const Figure *)
{
    return o.board.figures;
}
std::vector<Zone> &elements(Outline &o, const Zone *)
{
    return o.board.zones;
}
std::vector<Snapshot> &elements(Outline &o, const Snapshot *)
{
    return o.snapshots;
}
std::vector<Note> &elements(Outline &o, const Note *)
{
    return o.notes;
}
std::vector<ActionItem> &elements(Outline &o, const ActionItem *)
{
    return o.actions;
}

Board &part(Outline &o, const Board *)
{
    return o.board;
}
SessionMetadata &part(Outline &o, const SessionMetadata *)
{
    return o.session;
}
Display &part(Outline &o, const Display *)
{
    return o.display;
}

template <typename T>
std::vector<T> &of(Outline &o)
{
    return elements(o, static_cast<const T *>(nullptr));
}

template <typename T>
void insertAt(Outline &o, std::size_t index, const T &value)
{
    auto &list = of<T>(o);
    list.insert(list.begin() + static_cast<std::ptrdiff_t>(std::min(index, list.size())), value);
}

template <typename T>
void eraseId(Outline &o, const std::string &id)
{
    auto &list = of<T>(o);
    list.erase(std::remove_if(list.begin(), list.end(), [&](const T &e) { return e.id == id; }),
               list.end());
}

template <typename T>
void assignId(Outline &o, const T &value)
{
    auto &list = of<T>(o);
    auto it = std::find_if(list.begin(), list.end(), [&](const T &e) { return e.id == value.id; });
    if (it != list.end())
        *it = value;
}

template <typename T>
void moveElement(Outline &o, std::size_t from, std::size_t to)
{
    auto &list = of<T>(o);
    if (from >= list.size() || to >= list.size() || from == to)
        return;
    auto first = list.begin();
    if (from < to)
        std::rotate(first + static_cast<std::ptrdiff_t>(from),
                    first + static_cast<std::ptrdiff_t>(from) + 1,
                    first + static_cast<std::ptrdiff_t>(to) + 1);
    else
        std::rotate(first + static_cast<std::ptrdiff_t>(to),
                    first + static_cast<std::ptrdiff_t>(from),
                    first + static_cast<std::ptrdiff_t>(from) + 1);
}

struct Forward {
    Outline &o;
    template <typename T>
    void operator()(const Insert<T> &e) const
    {
        insertAt(o, e.index, e.value);
    }
    template <typename T>
    void operator()(const Erase<T> &e) const
    {
        eraseId<T>(o, e.value.id);
    }
    template <typename T>
    void operator()(const Change<T> &e) const
    {
        assignId(o, e.after);
    }
    template <typename T>
    void operator()(const Reorder<T> &e) const
    {
        moveElement<T>(o, e.from, e.to);
    }
    template <typename T>
    void operator()(const Replace<T> &e) const
    {
        part(o, static_cast<const T *>(nullptr)) = e.after;
    }
};

struct Backward {
    Outline &o;
    template <typename T>
    void operator()(const Insert<T> &e) const
    {
        eraseId<T>(o, e.value.id);
    }
    template <typename T>
    void operator()(const Erase<T> &e) const
    {
        insertAt(o, e.index, e.value);
    }
    template <typename T>
    void operator()(const Change<T> &e) const
    {
        assignId(o, e.before);
    }
    template <typename T>
    void operator()(const Reorder<T> &e) const
    {
        moveElement<T>(o, e.to, e.from);
    }
    template <typename T>
    void operator()(const Replace<T> &e) const
    {
        part(o, static_cast<const T *>(nullptr)) = e.before;
    }
};

} // namespace

void apply(Outline &outline, const Edit &edit)
{
    std::visit(Forward{outline}, edit);
}

void revert(Outline &outline, const Edit &edit)
{
    std::visit(Backward{outline}, edit);
}

} // namespace coachdeck
