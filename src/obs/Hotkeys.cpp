#include "obs/Hotkeys.hpp"

#include "obs/CallbackGuard.hpp"
#include "obs/Log.hpp"
#include "ui/SessionCommands.hpp"

#include <obs-module.h>

#include <QMetaObject>

#include <system_error>

namespace coachdeck {
namespace {

struct HotkeyText {
    Hotkeys::Action action;
    const char *name; ///< saved in the bindings file: never rename
    const char *descriptionKey;
};

constexpr std::array<HotkeyText, Hotkeys::kCount> kHotkeys{{
    {Hotkeys::Action::StartPause, "coachdeck.start_pause", "CoachDeck.Hotkey.StartPause"},
    {Hotkeys::Action::NextItem, "coachdeck.next_item", "CoachDeck.Hotkey.NextItem"},
    {Hotkeys::Action::PreviousItem, "coachdeck.previous_item", "CoachDeck.Hotkey.PreviousItem"},
    {Hotkeys::Action::AddMinute, "coachdeck.add_minute", "CoachDeck.Hotkey.AddMinute"},
    {Hotkeys::Action::TakeSnapshot, "coachdeck.take_snapshot", "CoachDeck.Hotkey.TakeSnapshot"},
    {Hotkeys::Action::NextSnapshot, "coachdeck.next_snapshot", "CoachDeck.Hotkey.NextSnapshot"},
    {Hotkeys::Action::PreviousSnapshot, "coachdeck.previous_snapshot",
     "CoachDeck.Hotkey.PreviousSnapshot"},
    {Hotkeys::Action::ToggleTimer, "coachdeck.toggle_timer", "CoachDeck.Hotkey.ToggleTimer"},
}};

void perform(SessionCommands &commands, Hotkeys::Action action)
{
    switch (action) {
    case Hotkeys::Action::StartPause:
        (void)commands.startOrPause();
        break;
    case Hotkeys::Action::NextItem:
        (void)commands.nextItem();
        break;
    case Hotkeys::Action::PreviousItem:
        (void)commands.previousItem();
        break;
    case Hotkeys::Action::AddMinute:
        (void)commands.addMinute();
        break;
    case Hotkeys::Action::TakeSnapshot:
        (void)commands.takeSnapshot();
        break;
    case Hotkeys::Action::NextSnapshot:
        (void)commands.nextSnapshot();
        break;
    case Hotkeys::Action::PreviousSnapshot:
        (void)commands.previousSnapshot();
        break;
    case Hotkeys::Action::ToggleTimer:
        (void)commands.toggleTimerVisible();
        break;
    }
}

} // namespace

Hotkeys::~Hotkeys()
{
    unregisterAll();
}

void Hotkeys::onHotkey(void *data, obs_hotkey_id, obs_hotkey_t *, bool pressed) noexcept
{
    // Called on OBS's hotkey thread (or the UI thread): only a plain value crosses to the UI.
    runGuarded("hotkey", [&] {
        const auto *binding = static_cast<const Binding *>(data);
        if (!pressed || !binding || !binding->owner || !binding->owner->commands_)
            return;
        SessionCommands *commands = binding->owner->commands_;
        const Action action = binding->action;
        QMetaObject::invokeMethod(
            commands, [commands, action] { perform(*commands, action); }, Qt::QueuedConnection);
    });
}

void Hotkeys::registerAll(SessionCommands &commands, const std::filesystem::path &file)
{
    unregisterAll();
    commands_ = &commands;
    file_ = file;
    obs_data_t *saved = obs_data_create_from_json_file(file_.c_str());
    for (std::size_t i = 0; i < kCount; ++i) {
        Binding &binding = bindings_[i];
        binding.owner = this;
        binding.action = kHotkeys[i].action;
        binding.id = obs_hotkey_register_frontend(kHotkeys[i].name,
                                                  obs_module_text(kHotkeys[i].descriptionKey),
                                                  &Hotkeys::onHotkey, &binding);
        if (saved && binding.id != OBS_INVALID_HOTKEY_ID) {
            obs_data_array_t *keys = obs_data_get_array(saved, kHotkeys[i].name);
            obs_hotkey_load(binding.id, keys);
            obs_data_array_release(keys);
        }
    }
    obs_data_release(saved);
}

void Hotkeys::save() const
{
    if (file_.empty())
        return;
    obs_data_t *data = obs_data_create();
    for (std::size_t i = 0; i < kCount; ++i) {
        if (bindings_[i].id == OBS_INVALID_HOTKEY_ID)
            continue;
        obs_data_array_t *keys = obs_hotkey_save(bindings_[i].id);
        obs_data_set_array(data, kHotkeys[i].name, keys);
        obs_data_array_release(keys);
    }
    std::error_code error;
    std::filesystem::create_directories(file_.parent_path(), error);
    if (!obs_data_save_json_safe(data, file_.c_str(), "tmp", "bak"))
        log::warning("hotkeys not saved to %s", file_.filename().c_str());
    obs_data_release(data);
}

void Hotkeys::unregisterAll()
{
    for (Binding &binding : bindings_) {
        if (binding.id != OBS_INVALID_HOTKEY_ID)
            obs_hotkey_unregister(binding.id);
        binding.id = OBS_INVALID_HOTKEY_ID;
    }
    commands_ = nullptr;
}

} // namespace coachdeck
