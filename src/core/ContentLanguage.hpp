#pragma once

#include "core/EnumText.hpp"

#include <string_view>

namespace coachdeck {

/// The language of content CoachDeck writes for the coach (the built-in agenda templates), as
/// opposed to the interface texts, which come from the locale files.
enum class ContentLanguage { English = 1, French };
inline constexpr EnumText<ContentLanguage, 2> kContentLanguageText{{{
    {ContentLanguage::English, "en"},
    {ContentLanguage::French, "fr"},
}}};

/// The content language for an OBS locale tag ("fr-FR", "fr-CA", "fr" -> French); English for
/// every other tag, the empty one included (what OBS shows when it has no translation).
constexpr ContentLanguage contentLanguageFor(std::string_view localeTag)
{
    const bool french = localeTag.size() >= 2 && (localeTag[0] == 'f' || localeTag[0] == 'F') &&
                        (localeTag[1] == 'r' || localeTag[1] == 'R') &&
                        (localeTag.size() == 2 || localeTag[2] == '-' || localeTag[2] == '_');
    return french ? ContentLanguage::French : ContentLanguage::English;
}

} // namespace coachdeck
