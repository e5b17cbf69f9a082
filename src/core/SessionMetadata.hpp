#pragma once

#include "core/EnumText.hpp"
#include "core/Json.hpp"
#include "core/WallTimeText.hpp"

#include <optional>
#include <string>

namespace coachdeck {

enum class Modality { Video = 1, InPerson };
inline constexpr EnumText<Modality, 2> kModalityText{{{
    {Modality::Video, "video"},
    {Modality::InPerson, "in-person"},
}}};

/// Who and which session. The client is a pseudonym, never required to be a real name.
struct SessionMetadata {
    std::string clientPseudonym;
    std::string engagement;
    int sessionNumber = 1; ///< this is session n ...
    int sessionCount = 1;  ///< ... of N
    std::optional<Date> date;
    Modality modality = Modality::Video;
    std::optional<std::string> sponsor;
    UnknownKeys unknown = UnknownKeys::object();

    bool operator==(const SessionMetadata &) const = default;
};

} // namespace coachdeck
