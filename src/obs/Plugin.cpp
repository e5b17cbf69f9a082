// Module entry points: what OBS calls when it loads and unloads CoachDeck. Thin on purpose:
// each callback hands over to a small owner and never lets an exception out.

#include "obs/CallbackGuard.hpp"
#include "obs/DockModule.hpp"
#include "obs/Log.hpp"
#include "obs/OverlayModule.hpp"

#include "CoachDeckVersion.hpp"

#include <obs-frontend-api.h>
#include <obs-module.h>

#include <memory>

OBS_DECLARE_MODULE()
OBS_MODULE_USE_DEFAULT_LOCALE("coachdeck", "en-US")

namespace coachdeck {
namespace {

// Whether onFrontendEvent is still registered: it lets go at OBS_FRONTEND_EVENT_EXIT, because
// OBS 30 and later drop the frontend API before modules unload (a removal then only logs an error).
bool listening = false;

void onFrontendEvent(enum obs_frontend_event event, void *) noexcept
{
    if (event == OBS_FRONTEND_EVENT_EXIT) {
        // OBS has saved the dock layout; the main window and the frontend API still exist.
        runGuarded("frontend exit", dock_module::exit);
        // OBS calls its callbacks from the last to the first, each from a copy: removing the
        // one being called is safe.
        obs_frontend_remove_event_callback(onFrontendEvent, nullptr);
        listening = false;
    }
}

} // namespace
} // namespace coachdeck

bool obs_module_load(void)
{
    using namespace coachdeck;
    return runGuarded("module load", [] {
        if (dock_module::hasWindow()) { // a headless libobs host has no frontend API
            obs_frontend_add_event_callback(onFrontendEvent, nullptr);
            listening = true;
        }
        overlay_module::load();
        log::info("loaded version %s", kVersion);
    });
}

void obs_module_post_load(void)
{
    using namespace coachdeck;
    // Still before OBS restores the window layout, so a saved dock position is applied to ours.
    runGuarded("module post-load", dock_module::postLoad);
}

void obs_module_unload(void)
{
    using namespace coachdeck;
    runGuarded("module unload", [] {
        if (listening)
            obs_frontend_remove_event_callback(onFrontendEvent, nullptr);
        listening = false;
        // Normally gone since OBS_FRONTEND_EVENT_EXIT; by now OBS's main window (and with it
        // any dock) has been destroyed, so this only drops our bookkeeping.
        dock_module::unload();
        overlay_module::unload();
        log::info("unloaded");
    });
}

const char *obs_module_name(void)
{
    return "CoachDeck";
}

const char *obs_module_description(void)
{
    return obs_module_text("CoachDeck.Plugin.Description");
}
