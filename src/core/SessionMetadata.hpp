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
    /// The day the coachee validated in writing that the sponsor may see this session's board
    /// images (figures without their labels). None: a sponsor report has no board image.
    std::optional<Date> boardImagesValidatedOn;
    /// The day the coachee validated the figure labels on those images too. Only counts
    /// together with boardImagesValidatedOn.
    std::optional<Date> figureLabelsValidatedOn;
    UnknownKeys unknown = UnknownKeys::object();

    bool operator==(const SessionMetadata &) const = default;
};

} // namespace coachdeck
