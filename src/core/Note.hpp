#pragma once

#include "core/EnumText.hpp"
#include "core/Json.hpp"
#include "core/Time.hpp"
#include "core/WallTimeText.hpp"

#include <optional>
#include <string>

namespace coachdeck {

/// Who may ever read a note. Private is the default and never leaves the coach's machine.
enum class Visibility { CoachPrivate = 1, SharedWithClient, ReportableToSponsor };
inline constexpr EnumText<Visibility, 3> kVisibilityText{{{
    {Visibility::CoachPrivate, "private"},
    {Visibility::SharedWithClient, "client"},
    {Visibility::ReportableToSponsor, "sponsor"},
}}};

struct Note {
    std::string id;
    WallTime createdAt{};
    std::optional<std::string> agendaItemId;
    std::string text;
    Visibility visibility = Visibility::CoachPrivate;
    /// The day the coachee validated it for the sponsor; only then may a sponsor see it.
    std::optional<Date> validatedOn;
    UnknownKeys unknown = UnknownKeys::object();

    bool reportableToSponsor() const
    {
        return visibility == Visibility::ReportableToSponsor && validatedOn.has_value();
    }
    bool operator==(const Note &) const = default;
};

} // namespace coachdeck
