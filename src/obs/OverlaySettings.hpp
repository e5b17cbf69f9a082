#pragma once

#include "render/RenderOptions.hpp"

#include <obs.h>

namespace coachdeck::overlay_settings {

// The `coachdeck_overlay` settings (obs_data) and their properties dialog. The keys are the
// saved scene-collection format: rename none of them.
inline constexpr const char *kView = "view";
inline constexpr const char *kWidth = "width";
inline constexpr const char *kHeight = "height";
inline constexpr const char *kTheme = "theme";
inline constexpr const char *kFont = "font";
inline constexpr const char *kAccent = "accent_color";
inline constexpr const char *kEndForecast = "show_end_forecast";
inline constexpr const char *kSessionRemaining = "show_session_remaining";
inline constexpr const char *kZones = "show_zones";

void setDefaults(obs_data_t *settings);
/// The localized properties dialog.
obs_properties_t *properties();
/// Reads settings into options (unknown values fall back to the defaults), with the texts.
RenderOptions read(obs_data_t *settings, const OverlayTexts &texts);
/// The painted words, from the module's locale.
OverlayTexts localizedTexts();

/// OBS colours are 0xAABBGGRR.
QColor colourFromObs(long long abgr);
long long colourToObs(const QColor &colour);

} // namespace coachdeck::overlay_settings
