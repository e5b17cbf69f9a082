#pragma once

#include <obs.h>

#include <array>
#include <filesystem>

namespace coachdeck {

class SessionCommands;

/// CoachDeck's OBS hotkeys (Settings > Hotkeys): start/pause, next and previous item, +1 min,
/// take snapshot, next and previous snapshot, show/hide the timer to the client. Each press is
/// queued to the UI thread and calls the same SessionCommands as the dock's buttons.
/// Bindings are kept in a file of the module's config folder, read at registration and written
/// at exit. Register and unregister on the UI thread.
class Hotkeys {
public:
    enum class Action {
        StartPause = 0,
        NextItem,
        PreviousItem,
        AddMinute,
        TakeSnapshot,
        NextSnapshot,
        PreviousSnapshot,
        ToggleTimer
    };
    static constexpr std::size_t kCount = 8;

    Hotkeys() = default;
    ~Hotkeys();
    Hotkeys(const Hotkeys &) = delete;
    Hotkeys &operator=(const Hotkeys &) = delete;

    /// Registers every hotkey acting on `commands`, with the bindings saved in `file` if any.
    void registerAll(SessionCommands &commands, const std::filesystem::path &file);
    /// Writes the current bindings to the file given at registration.
    void save() const;
    /// Unregisters every hotkey; once this returns, no press reaches the commands.
    void unregisterAll();

private:
    struct Binding {
        Hotkeys *owner = nullptr;
        Action action = Action::StartPause;
        obs_hotkey_id id = OBS_INVALID_HOTKEY_ID;
    };
    static void onHotkey(void *data, obs_hotkey_id id, obs_hotkey_t *hotkey, bool pressed) noexcept;

    SessionCommands *commands_ = nullptr;
    std::filesystem::path file_;
    std::array<Binding, kCount> bindings_{};
};

} // namespace coachdeck
