#pragma once

#include "core/Outline.hpp"
#include "core/Result.hpp"
#include "core/Time.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace coachdeck {

/// A starting point for a new session: "empty", a built-in agenda (BuiltInTemplates.hpp) or one
/// the coach saved (TemplateStore.hpp).
struct SessionTemplate {
    std::string name;     ///< stable id: "empty", "individual-session"..., "user:<file stem>"
    std::string titleKey; ///< locale key of its name in the New menu, when `title` is empty
    std::string title;    ///< its name, in the language of its content
    bool own = false;     ///< saved by the coach
    Outline outline;
};

/// What CoachDeck remembers between OBS runs, in its own folder (the module's config folder in
/// OBS, a temporary one in tests): the recent sessions and the last one open (`sessions.json`),
/// a marker that says OBS is running with CoachDeck (`running.marker`: still there at the next
/// start means OBS did not close normally), where new sessions are kept (`sessions/`) and the
/// coach's agenda templates (`templates/`).
/// No QSettings, no libobs. UI thread only.
class SessionLibrary {
public:
    static constexpr std::size_t kMaxRecent = 8;

    explicit SessionLibrary(std::filesystem::path folder);

    const std::filesystem::path &folder() const { return folder_; }
    std::filesystem::path sessionsFolder() const { return folder_ / "sessions"; }
    /// Where a session lives before the coach gives it a file of its own.
    std::filesystem::path autosaveFile() const { return sessionsFolder() / "autosave.json"; }
    /// A fresh file for a new session started at `now`: sessions/session-YYYY-MM-DD-HHMMSS.json.
    std::filesystem::path newSessionFile(WallTime now) const;

    /// Called when CoachDeck starts: true if the previous run did not end cleanly (the marker
    /// was still there). Writes the marker for this run.
    bool beginRun();
    /// Called when OBS closes normally: removes the marker.
    void endRun();
    /// Whether beginRun() found the previous run had not ended cleanly.
    bool recoveredFromCrash() const { return crashed_; }

    /// The session open when CoachDeck last ran, if it is still on disk.
    std::optional<std::filesystem::path> lastSession() const;
    /// Most recent first, only files that still exist.
    std::vector<std::filesystem::path> recent() const;
    /// Puts `file` first in the recent list and makes it the last session; saved at once.
    void remember(const std::filesystem::path &file);
    void forget(const std::filesystem::path &file);

    /// The OBS locale tag ("fr-FR"): the language of the built-in templates. English until set.
    void setLocale(std::string localeTag) { locale_ = std::move(localeTag); }
    const std::string &locale() const { return locale_; }

    std::filesystem::path templatesFolder() const { return folder_ / "templates"; }
    /// The starting points offered by "New session": empty, the built-in agendas in the
    /// language of locale(), then the coach's own (read from templatesFolder() at each call).
    /// A template file that cannot be read is left out, and said why in `problems` (one line
    /// each, naming the file) when given.
    std::vector<SessionTemplate> templates(std::vector<std::string> *problems = nullptr) const;
    /// Saves the agenda of `outline` (titles, planned durations, kinds, thresholds,
    /// preparation notes; nothing else) as a template of the coach's named `title`.
    Result<std::filesystem::path> saveTemplate(const Outline &outline,
                                               const std::string &title) const;
    /// Removes the file of the coach's template `name` ("user:..."); a built-in one, or any
    /// other name, is refused with nothing removed (TemplateStore::remove).
    Status deleteTemplate(const std::string &name) const;

private:
    void read();
    void write() const;

    std::filesystem::path folder_;
    std::optional<std::filesystem::path> last_;
    std::vector<std::filesystem::path> recent_;
    bool crashed_ = false;
    std::string locale_;
};

} // namespace coachdeck
