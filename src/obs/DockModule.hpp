#pragma once

namespace coachdeck::dock_module {

/// The dock's part of the module, all on the UI thread:
/// - postLoad(): the one SessionController (system clock, the live session's ViewPublisher,
///   atomic outline saves, autosave under the module's config folder), the last session
///   reopened (and said to be recovered if OBS had not closed normally), the hotkeys, and the
///   dock registered before OBS restores its layout;
/// - exit() at OBS_FRONTEND_EVENT_EXIT: hotkeys saved and unregistered, the dock removed, the
///   session written to disk, the clean-exit mark left;
/// - unload(): whatever exit() did not get to (never twice).
void postLoad();
void exit();
/// Whether this host is OBS with its window (a QApplication), not a headless libobs host.
bool hasWindow();
void unload();

} // namespace coachdeck::dock_module
