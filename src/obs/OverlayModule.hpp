#pragma once

namespace coachdeck::overlay_module {

/// The overlay's part of module load: the live session, the `coachdeck_overlay` source type
/// and the `coachdeck_load_outline` procedure. Called from obs_module_load (UI thread).
void load();
/// Frees the live session. Called from obs_module_unload.
void unload();

} // namespace coachdeck::overlay_module
