#pragma once

namespace coachdeck {

/// The source type id, as saved in scene collections.
inline constexpr const char *kOverlaySourceId = "coachdeck_overlay";

/// Registers the `coachdeck_overlay` video source with libobs. Module load only.
void registerOverlaySource();

} // namespace coachdeck
