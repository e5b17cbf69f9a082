#pragma once

#include "core/AgendaItem.hpp"
#include "core/Outline.hpp"
#include "core/Result.hpp"
#include "core/Time.hpp"

#include <string>
#include <vector>

namespace coachdeck {

/// One point of a template's agenda: what a new session's item starts from. Durations are
/// milliseconds (whole minutes in practice).
struct TemplateItem {
    std::string title;
    ItemKind kind = ItemKind::General;
    Millis planned{0};
    Millis warnAt{5 * 60 * 1000};   ///< warning phase when remaining <= this
    Millis dangerAt{1 * 60 * 1000}; ///< danger phase when remaining <= this
    std::string notes;              ///< the coach's preparation for this item

    bool operator==(const TemplateItem &) const = default;
};

/// An agenda to start a session from, in one language: a built-in one (BuiltInTemplates.hpp)
/// or one the coach saved (TemplateStore.hpp). Holds agenda only, never notes, actions, board
/// or client data. A value; any thread.
struct AgendaTemplate {
    std::string id; ///< "individual-session"... for built-ins, "user:<file stem>" for the coach's
    std::string title; ///< as shown in the New menu
    std::vector<TemplateItem> items;

    /// The planned length of a session made from it: the sum of the items' planned durations.
    Millis length() const;
    bool operator==(const AgendaTemplate &) const = default;
};

namespace agenda_template {

/// A fresh outline whose agenda is the template's items, with new ids ("i1", "i2"...), every
/// item pending, nothing else filled in (no date, no client).
Outline makeOutline(const AgendaTemplate &from);

/// The template of an outline's agenda: titles, planned durations (adjustments left out),
/// kinds, thresholds and preparation notes. Nothing else of the outline goes in. `id` is left
/// empty (the store names it).
AgendaTemplate fromOutline(const Outline &outline, std::string title);

/// The rules a template obeys (those of an agenda item, a title of 1 to 200 characters, at most
/// limits::kAgendaItems items), with pointers into the template file ("/items/2/title").
std::vector<Problem> check(const AgendaTemplate &t);

} // namespace agenda_template
} // namespace coachdeck
