#include "obs/OverlaySettings.hpp"

#include <obs-module.h>

#include <string_view>

namespace coachdeck::overlay_settings {
namespace {

QString text(const char *key)
{
    return QString::fromUtf8(obs_module_text(key));
}

const char *viewKey(OverlayView view)
{
    switch (view) {
    case OverlayView::Board:
        return "CoachDeck.Overlay.View.Board";
    case OverlayView::Agenda:
        return "CoachDeck.Overlay.View.Agenda";
    case OverlayView::Timer:
        return "CoachDeck.Overlay.View.Timer";
    case OverlayView::BoardTimer:
        return "CoachDeck.Overlay.View.BoardTimer";
    case OverlayView::AgendaTimer:
        return "CoachDeck.Overlay.View.AgendaTimer";
    case OverlayView::Everything:
        return "CoachDeck.Overlay.View.Everything";
    case OverlayView::Compare:
        return "CoachDeck.Overlay.View.Compare";
    }
    return "CoachDeck.Overlay.View.Everything";
}

const char *themeKey(Theme theme)
{
    switch (theme) {
    case Theme::Light:
        return "CoachDeck.Overlay.Theme.Light";
    case Theme::Transparent:
        return "CoachDeck.Overlay.Theme.Transparent";
    case Theme::Dark:
        break;
    }
    return "CoachDeck.Overlay.Theme.Dark";
}

std::string nameOf(std::string_view name)
{
    return std::string(name);
}

} // namespace

QColor colourFromObs(long long abgr)
{
    const auto value = static_cast<unsigned long long>(abgr);
    return QColor(static_cast<int>(value & 0xff), static_cast<int>((value >> 8) & 0xff),
                  static_cast<int>((value >> 16) & 0xff));
}

long long colourToObs(const QColor &colour)
{
    return static_cast<long long>(0xff000000ULL | (static_cast<unsigned>(colour.blue()) << 16) |
                                  (static_cast<unsigned>(colour.green()) << 8) |
                                  static_cast<unsigned>(colour.red()));
}

void setDefaults(obs_data_t *settings)
{
    const RenderOptions defaults;
    obs_data_set_default_string(settings, kView,
                                nameOf(kOverlayViewText.name(defaults.view)).c_str());
    obs_data_set_default_int(settings, kWidth, defaults.width);
    obs_data_set_default_int(settings, kHeight, defaults.height);
    obs_data_set_default_string(settings, kTheme, nameOf(kThemeText.name(defaults.theme)).c_str());
    obs_data_t *font = obs_data_create();
    obs_data_set_default_string(font, "face", "");
    obs_data_set_default_string(font, "style", "");
    obs_data_set_default_int(font, "size", 36);
    obs_data_set_default_int(font, "flags", 0);
    obs_data_set_default_obj(settings, kFont, font);
    obs_data_release(font);
    obs_data_set_default_int(settings, kAccent, colourToObs(defaults.accent));
    obs_data_set_default_bool(settings, kEndForecast, defaults.showEndForecast);
    obs_data_set_default_bool(settings, kSessionRemaining, defaults.showSessionRemaining);
    obs_data_set_default_bool(settings, kZones, defaults.showZones);
}

obs_properties_t *properties()
{
    obs_properties_t *props = obs_properties_create();

    obs_property_t *view =
        obs_properties_add_list(props, kView, obs_module_text("CoachDeck.Overlay.View"),
                                OBS_COMBO_TYPE_LIST, OBS_COMBO_FORMAT_STRING);
    for (const auto &[value, name] : kOverlayViewText.entries)
        obs_property_list_add_string(view, obs_module_text(viewKey(value)), nameOf(name).c_str());

    obs_properties_add_int(props, kWidth, obs_module_text("CoachDeck.Overlay.Width"),
                           RenderOptions::kMinSide, RenderOptions::kMaxSide, 1);
    obs_properties_add_int(props, kHeight, obs_module_text("CoachDeck.Overlay.Height"),
                           RenderOptions::kMinSide, RenderOptions::kMaxSide, 1);

    obs_property_t *theme =
        obs_properties_add_list(props, kTheme, obs_module_text("CoachDeck.Overlay.Theme"),
                                OBS_COMBO_TYPE_LIST, OBS_COMBO_FORMAT_STRING);
    for (const auto &[value, name] : kThemeText.entries)
        obs_property_list_add_string(theme, obs_module_text(themeKey(value)), nameOf(name).c_str());

    obs_properties_add_font(props, kFont, obs_module_text("CoachDeck.Overlay.Font"));
    obs_properties_add_color(props, kAccent, obs_module_text("CoachDeck.Overlay.Accent"));
    obs_properties_add_bool(props, kEndForecast, obs_module_text("CoachDeck.Overlay.EndForecast"));
    obs_properties_add_bool(props, kSessionRemaining,
                            obs_module_text("CoachDeck.Overlay.SessionRemaining"));
    obs_properties_add_bool(props, kZones, obs_module_text("CoachDeck.Overlay.Zones"));
    return props;
}

RenderOptions read(obs_data_t *settings, const OverlayTexts &texts)
{
    RenderOptions options;
    options.view =
        kOverlayViewText.parse(obs_data_get_string(settings, kView)).value_or(options.view);
    options.width = static_cast<int>(obs_data_get_int(settings, kWidth));
    options.height = static_cast<int>(obs_data_get_int(settings, kHeight));
    options.theme = kThemeText.parse(obs_data_get_string(settings, kTheme)).value_or(options.theme);
    if (obs_data_t *font = obs_data_get_obj(settings, kFont)) {
        options.fontFamily = QString::fromUtf8(obs_data_get_string(font, "face"));
        obs_data_release(font);
    }
    options.accent = colourFromObs(obs_data_get_int(settings, kAccent));
    options.showEndForecast = obs_data_get_bool(settings, kEndForecast);
    options.showSessionRemaining = obs_data_get_bool(settings, kSessionRemaining);
    options.showZones = obs_data_get_bool(settings, kZones);
    options.texts = texts;
    return options.clamped();
}

OverlayTexts localizedTexts()
{
    OverlayTexts t;
    t.sessionOf = text("CoachDeck.Overlay.Text.SessionOf");
    t.agenda = text("CoachDeck.Overlay.Text.Agenda");
    t.minutes = text("CoachDeck.Overlay.Text.Minutes");
    t.left = text("CoachDeck.Overlay.Text.Left");
    t.almostUp = text("CoachDeck.Overlay.Text.AlmostUp");
    t.lastMinute = text("CoachDeck.Overlay.Text.LastMinute");
    t.overtime = text("CoachDeck.Overlay.Text.Overtime");
    t.paused = text("CoachDeck.Overlay.Text.Paused");
    t.notStarted = text("CoachDeck.Overlay.Text.NotStarted");
    t.finished = text("CoachDeck.Overlay.Text.Finished");
    t.sessionLeft = text("CoachDeck.Overlay.Text.SessionLeft");
    t.sessionOver = text("CoachDeck.Overlay.Text.SessionOver");
    t.endsAt = text("CoachDeck.Overlay.Text.EndsAt");
    t.dates = LocalDates(obs_get_locale());
    t.firstImage = text("CoachDeck.Overlay.Text.FirstImage");
    t.now = text("CoachDeck.Overlay.Text.Now");
    t.step = text("CoachDeck.Overlay.Text.Step");
    t.seenFrom = text("CoachDeck.Overlay.Text.SeenFrom");
    t.noImage = text("CoachDeck.Overlay.Text.NoImage");
    t.noAgenda = text("CoachDeck.Overlay.Text.NoAgenda");
    return t;
}

} // namespace coachdeck::overlay_settings
