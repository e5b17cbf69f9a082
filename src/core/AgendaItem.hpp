#pragma once

#include "core/EnumText.hpp"
#include "core/Json.hpp"
#include "core/Time.hpp"

#include <string>

namespace coachdeck {

enum class ItemStatus { Pending = 1, Active, Done };
inline constexpr EnumText<ItemStatus, 3> kItemStatusText{{{
    {ItemStatus::Pending, "pending"},
    {ItemStatus::Active, "active"},
    {ItemStatus::Done, "done"},
}}};

/// What an agenda item is for, from the agenda of a coaching session (DOMAIN.md).
/// A ReviewOfActions item receives the open action items of the previous session.
enum class ItemKind {
    General = 1,
    CheckIn,
    ReviewOfActions,
    Exploration,
    Constellation,
    ActionPlan,
    Closing
};
inline constexpr EnumText<ItemKind, 7> kItemKindText{{{
    {ItemKind::General, "general"},
    {ItemKind::CheckIn, "check-in"},
    {ItemKind::ReviewOfActions, "review-actions"},
    {ItemKind::Exploration, "exploration"},
    {ItemKind::Constellation, "constellation"},
    {ItemKind::ActionPlan, "action-plan"},
    {ItemKind::Closing, "closing"},
}}};

/// The time phase of an item, from its remaining time and its thresholds.
enum class Phase { Normal = 1, Warning, Danger, Overtime };
inline constexpr EnumText<Phase, 4> kPhaseText{{{
    {Phase::Normal, "normal"},
    {Phase::Warning, "warning"},
    {Phase::Danger, "danger"},
    {Phase::Overtime, "overtime"},
}}};

/// One point of the agenda. Durations are milliseconds.
struct AgendaItem {
    std::string id; ///< stable, unique in the outline
    std::string title;
    ItemKind kind = ItemKind::General; ///< written to JSON only when not general
    Millis planned{0};
    Millis adjustment{0};         ///< +/- minutes granted while running (planned stays as planned)
    Millis warnAt{5 * 60 * 1000}; ///< warning phase when remaining <= this
    Millis dangerAt{1 * 60 * 1000}; ///< danger phase when remaining <= this
    std::string notes;              ///< the coach's preparation for this item
    ItemStatus status = ItemStatus::Pending;
    Millis actual{0}; ///< time spent on it so far, pauses excluded, not counting a running stretch
    UnknownKeys unknown = UnknownKeys::object();

    Millis allotted() const { return planned + adjustment; }
    bool operator==(const AgendaItem &) const = default;
};

} // namespace coachdeck
