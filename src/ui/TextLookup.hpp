#pragma once

#include <QString>

#include <functional>

namespace coachdeck {

/// Translates a locale key (e.g. "CoachDeck.Dock.Title") into user-visible text.
/// Inside OBS it wraps obs_module_text; tests pass a map. Called on the UI thread only.
using TextLookup = std::function<QString(const char *key)>;

} // namespace coachdeck
