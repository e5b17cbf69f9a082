#pragma once

#include "core/EnumText.hpp"
#include "core/Json.hpp"
#include "core/WallTimeText.hpp"

#include <optional>
#include <string>

namespace coachdeck {

enum class ActionStatus { Open = 1, Done, Dropped };
inline constexpr EnumText<ActionStatus, 3> kActionStatusText{{{
    {ActionStatus::Open, "open"},
    {ActionStatus::Done, "done"},
    {ActionStatus::Dropped, "dropped"},
}}};

/// What someone committed to do by when.
struct ActionItem {
    std::string id;
    std::string what;
    std::string owner;
    std::optional<Date> due;
    ActionStatus status = ActionStatus::Open;
    UnknownKeys unknown = UnknownKeys::object();

    bool operator==(const ActionItem &) const = default;
};

} // namespace coachdeck
