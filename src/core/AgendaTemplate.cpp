#include "core/AgendaTemplate.hpp"

#include "core/FreshId.hpp"
#include "core/Limits.hpp"
#include "core/OutlineRules.hpp"

#include <numeric>

namespace coachdeck {

Millis AgendaTemplate::length() const
{
    return std::accumulate(items.begin(), items.end(), Millis{0},
                           [](Millis sum, const TemplateItem &i) { return sum + i.planned; });
}

namespace agenda_template {

Outline makeOutline(const AgendaTemplate &from)
{
    Outline outline;
    FreshId fresh("i");
    for (const TemplateItem &t : from.items) {
        AgendaItem item;
        item.id = fresh.next();
        fresh.see(item.id);
        item.title = t.title;
        item.kind = t.kind;
        item.planned = t.planned;
        item.warnAt = t.warnAt;
        item.dangerAt = t.dangerAt;
        item.notes = t.notes;
        outline.agenda.push_back(std::move(item));
    }
    return outline;
}

AgendaTemplate fromOutline(const Outline &outline, std::string title)
{
    AgendaTemplate t;
    t.title = std::move(title);
    for (const AgendaItem &item : outline.agenda)
        t.items.push_back(
            {item.title, item.kind, item.planned, item.warnAt, item.dangerAt, item.notes});
    return t;
}

std::vector<Problem> check(const AgendaTemplate &t)
{
    std::vector<Problem> problems;
    outline_rules::checkText(t.title, limits::kTitleChars, "/title", problems, true);
    if (t.items.size() > limits::kAgendaItems)
        problems.push_back({"/items", "too many items (" + std::to_string(t.items.size()) +
                                          ", at most " + std::to_string(limits::kAgendaItems) +
                                          ")"});
    // An item's rules are an agenda item's: the same checks, on the item it will become.
    const Outline made = makeOutline(t);
    for (std::size_t i = 0; i < made.agenda.size() && i < limits::kAgendaItems; ++i)
        outline_rules::checkItem(made.agenda[i], "/items/" + std::to_string(i), problems);
    return problems;
}

} // namespace agenda_template
} // namespace coachdeck
