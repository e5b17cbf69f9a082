#pragma once

#include "core/Result.hpp"
#include "core/Session.hpp"
#include "core/Time.hpp"
#include "core/ViewPublisher.hpp"

#include <filesystem>
#include <memory>

namespace coachdeck {

class SessionController;

/// The module's one live session: the publisher the overlays read from, and who owns the
/// session. From post-load on (with the OBS frontend) that is the dock's SessionController,
/// attached here, so loads go through the same controller, history and autosave as the dock;
/// without a frontend (headless libobs) a bare Session timed by the system clock stands in.
/// Created in obs_module_load and destroyed in obs_module_unload; used on the UI thread. The
/// publisher is shared: an overlay keeps reading it (any thread) even if it outlives the
/// module's session.
class LiveSession {
public:
    LiveSession();
    LiveSession(const LiveSession &) = delete;
    LiveSession &operator=(const LiveSession &) = delete;

    Session &session() { return session_; }
    std::shared_ptr<const ViewPublisher> publisher() const { return publisher_; }
    /// Where the session's owner publishes the client view. UI thread.
    ViewPublisher &writablePublisher() { return *publisher_; }

    /// Reads an outline file, makes it the live session and shows it. UI thread.
    Status load(const std::filesystem::path &file);
    /// Hands the session over to `controller` (nullptr: back to the stand-in). UI thread.
    void attach(SessionController *controller) { controller_ = controller; }
    /// Publishes the session as it is now to every overlay. UI thread.
    void publish();

    /// The module's instance, or nullptr outside load..unload.
    static LiveSession *instance();
    static void create();
    static void destroy();

private:
    SystemClock clock_;
    Session session_;
    std::shared_ptr<ViewPublisher> publisher_;
    SessionController *controller_ = nullptr;
};

/// Registers `coachdeck_load_outline(in string path, out bool ok, out string error)` on
/// libobs's global procedure handler: how scripts and tests put a session on the overlays.
void registerLoadOutlineProcedure();

} // namespace coachdeck
