#include "obs/DockModule.hpp"

#include "core/OutlineFile.hpp"
#include "core/PathText.hpp"
#include "obs/DockRegistration.hpp"
#include "obs/Hotkeys.hpp"
#include "obs/LiveSession.hpp"
#include "obs/Log.hpp"
#include "obs/WebsocketVendor.hpp"
#include "ui/CoachDock.hpp"
#include "ui/SessionCommands.hpp"
#include "ui/SessionController.hpp"
#include "ui/SessionLibrary.hpp"

#include <obs-module.h>

#include <QApplication>

#include <filesystem>
#include <memory>
#include <optional>
#include <string>

namespace coachdeck::dock_module {
namespace {

QString moduleText(const char *key)
{
    return QString::fromUtf8(obs_module_text(key));
}

std::filesystem::path configFolder()
{
    char *path = obs_module_config_path(""); // UTF-8, also on Windows
    std::filesystem::path folder = path_text::fromUtf8(path ? path : "");
    bfree(path);
    return folder;
}

SessionController::Options controllerOptions(const SessionLibrary &library)
{
    SessionController::Options options{library.autosaveFile()};
    options.program = std::string("OBS ") + obs_get_version_string();
    return options;
}

/// What the log says of who writes the session's file (the dock says it too).
void logLock(const SessionController &controller)
{
    const std::string name = path_text::utf8(controller.file().filename());
    if (const auto &holder = controller.heldBy())
        log::warning("%s: %s, opened read-only here (nothing is written to it)", name.c_str(),
                     session_lock::describe(*holder).c_str());
    if (const auto &gone = controller.tookOverFrom())
        log::info("%s: took over the lock left by %s (process %lld on %s), which had ended",
                  name.c_str(), gone->program.c_str(), static_cast<long long>(gone->pid),
                  gone->host.c_str());
}

/// Everything the dock works with, in the order it is built (and destroyed in reverse).
struct Host {
    SystemClock clock;
    SessionLibrary library;
    SessionController controller;
    SessionCommands commands;
    Hotkeys hotkeys;
    DockRegistration dock;

    Host(std::filesystem::path folder, ViewPublisher &publisher)
        : library(std::move(folder)),
          controller(clock, publisher, outline_file::save, controllerOptions(library)),
          commands(controller, &moduleText)
    {
    }
};

// Created in post-load and destroyed at exit, both on the UI thread.
std::unique_ptr<Host> host;

/// What became of the session that was open when OBS last ran.
struct Reopened {
    std::optional<std::filesystem::path> last; ///< none: there was none
    session_recovery::Findings findings;
    bool opened() const { return last && !findings.unreadable; }
};

/// Reopens the session that was open when OBS last ran, looking beside it for what a crash or a
/// killed save left; the dock tells the coach what was found.
Reopened reopenLastSession(Host &h)
{
    Reopened r{h.library.lastSession(), {}};
    if (!r.last)
        return r;
    r.findings = h.controller.reopen(*r.last);
    const std::string name = path_text::utf8(r.last->filename());
    if (r.findings.unreadable)
        log::warning("last session %s not reopened: %s", name.c_str(),
                     r.findings.unreadable->message().c_str());
    else
        log::info("session reopened from %s", name.c_str());
    if (r.findings.offer)
        log::info("a whole version of %s is offered: %s", name.c_str(),
                  path_text::utf8(r.findings.offer->file.filename()).c_str());
    return r;
}

} // namespace

bool hasWindow()
{
    return qobject_cast<QApplication *>(QCoreApplication::instance()) != nullptr;
}

void postLoad()
{
    // A libobs host without OBS's window (a headless renderer, a tool that lists plugins) has no
    // QApplication: no widget can exist there, and nothing would run the dock's event loop.
    if (!hasWindow()) {
        log::info("no OBS window here (no QApplication): the overlay source only; no dock, "
                  "hotkeys or remote requests");
        return;
    }
    LiveSession *live = LiveSession::instance();
    if (!live) {
        log::warning("no live session: the dock is not added");
        return;
    }
    // The overlays read this publisher; the controller publishes to it from now on.
    host = std::make_unique<Host>(configFolder(), live->writablePublisher());
    // Built-in agenda templates in the language OBS shows (the dock and remote NewSession alike).
    const char *locale = obs_get_locale();
    host->library.setLocale(locale ? locale : "");
    const bool crashed = host->library.beginRun();
    logLock(host->controller);
    QObject::connect(&host->controller, &SessionController::lockChanged, &host->controller,
                     [controller = &host->controller] { logLock(*controller); });
    const Reopened reopened = reopenLastSession(*host);
    // An unreadable last session stays the one remembered: it is offered again next time, until
    // the coach restores it or opens another.
    if (!reopened.last)
        host->library.remember(host->controller.file());
    live->attach(&host->controller);
    websocket_vendor::attach(host->controller, host->library);
    host->hotkeys.registerAll(host->commands, host->library.folder() / "hotkeys.json");

    auto *dock = new CoachDock(host->controller, host->commands, host->library, &moduleText,
                               LocalDates(obs_get_locale()));
    if (reopened.opened())
        dock->showRecovered(crashed);
    if (reopened.last)
        dock->showReopenFindings(reopened.findings, *reopened.last);
    if (crashed)
        log::warning("OBS did not close normally last time; session recovered from %s",
                     host->controller.file().filename().c_str());
    if (!host->dock.add(dock, moduleText("CoachDeck.Dock.Title"))) {
        log::warning("dock not registered: OBS refused id %s", DockRegistration::kDockId);
        return;
    }
    log::info("dock registered %s", DockRegistration::kDockId);
}

void exit()
{
    if (!host)
        return;
    // First: no remote request may wait on the UI thread while the session goes.
    websocket_vendor::detach();
    host->hotkeys.save();
    host->hotkeys.unregisterAll();
    if (host->dock.isAdded()) {
        host->dock.remove();
        log::info("dock removed %s", DockRegistration::kDockId);
    }
    if (LiveSession *live = LiveSession::instance())
        live->attach(nullptr);
    host->controller.flush();
    if (!host->controller.saveError().isEmpty())
        log::warning("last save failed: %s", host->controller.saveError().toUtf8().constData());
    host->library.endRun();
    host.reset();
}

void unload()
{
    exit();
}

} // namespace coachdeck::dock_module
