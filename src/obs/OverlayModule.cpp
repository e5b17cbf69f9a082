#include "obs/OverlayModule.hpp"

#include "obs/LiveSession.hpp"
#include "obs/Log.hpp"
#include "obs/OverlaySource.hpp"

namespace coachdeck::overlay_module {

void load()
{
    LiveSession::create();
    registerOverlaySource();
    registerLoadOutlineProcedure();
    log::info("overlay source %s registered", kOverlaySourceId);
}

void unload()
{
    // Overlays still alive keep the last published view: they share the publisher.
    LiveSession::destroy();
}

} // namespace coachdeck::overlay_module
