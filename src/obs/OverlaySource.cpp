// `coachdeck_overlay`: OBS's C callbacks, each translated to an OverlayInstance call behind a
// guard that stops every exception at the boundary.

#include "obs/OverlaySource.hpp"

#include "obs/CallbackGuard.hpp"
#include "obs/LiveSession.hpp"
#include "obs/OverlayInstance.hpp"
#include "obs/OverlaySettings.hpp"

#include <obs-module.h>

#include <chrono>

namespace coachdeck {
namespace {

OverlayInstance *instanceOf(void *data)
{
    return static_cast<OverlayInstance *>(data);
}

const char *overlayName(void *) noexcept
{
    return obs_module_text("CoachDeck.Overlay.Name");
}

void *overlayCreate(obs_data_t *settings, obs_source_t *source) noexcept
{
    OverlayInstance *created = nullptr;
    runGuarded("overlay create", [&] {
        const LiveSession *live = LiveSession::instance();
        created = new OverlayInstance(
            source, live ? live->publisher() : nullptr,
            overlay_settings::read(settings, overlay_settings::localizedTexts()));
    });
    return created;
}

void overlayDestroy(void *data) noexcept
{
    runGuarded("overlay destroy", [&] { delete instanceOf(data); });
}

void overlayUpdate(void *data, obs_data_t *settings) noexcept
{
    if (!data)
        return;
    runGuarded("overlay update", [&] {
        instanceOf(data)->setOptions(
            overlay_settings::read(settings, overlay_settings::localizedTexts()));
    });
}

void overlayDefaults(obs_data_t *settings) noexcept
{
    runGuarded("overlay defaults", [&] { overlay_settings::setDefaults(settings); });
}

obs_properties_t *overlayProperties(void *) noexcept
{
    obs_properties_t *props = nullptr;
    runGuarded("overlay properties", [&] { props = overlay_settings::properties(); });
    return props;
}

uint32_t overlayWidth(void *data) noexcept
{
    return data ? instanceOf(data)->width() : 0;
}

uint32_t overlayHeight(void *data) noexcept
{
    return data ? instanceOf(data)->height() : 0;
}

void overlayTick(void *data, float) noexcept
{
    // Time is read from the clocks, not summed from `seconds`: a late frame never drifts it.
    if (!data)
        return;
    OverlayInstance *overlay = instanceOf(data);
    const MonoTime now = MonoClock::now();
    if (!overlay->due(now))
        return; // most frames: nothing changed, the cached texture is drawn again
    runGuarded("overlay tick",
               [&] { overlay->tick(now, std::chrono::time_point_cast<Millis>(WallClock::now())); });
}

void overlayRender(void *data, gs_effect_t *effect) noexcept
{
    if (!data)
        return;
    runGuarded("overlay render", [&] { instanceOf(data)->render(effect); });
}

} // namespace

void registerOverlaySource()
{
    obs_source_info info = {};
    info.id = kOverlaySourceId;
    info.type = OBS_SOURCE_TYPE_INPUT;
    info.output_flags = OBS_SOURCE_VIDEO | OBS_SOURCE_SRGB;
    info.get_name = overlayName;
    info.create = overlayCreate;
    info.destroy = overlayDestroy;
    info.update = overlayUpdate;
    info.get_defaults = overlayDefaults;
    info.get_properties = overlayProperties;
    info.get_width = overlayWidth;
    info.get_height = overlayHeight;
    info.video_tick = overlayTick;
    info.video_render = overlayRender;
    info.icon_type = OBS_ICON_TYPE_IMAGE;
    obs_register_source(&info);
}

} // namespace coachdeck
