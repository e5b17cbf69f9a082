#pragma once

namespace coachdeck {

class SessionController;
class SessionLibrary;

/// CoachDeck's requests and events on obs-websocket (vendor "coachdeck"), through the plugin API
/// obs-websocket offers on libobs's global procedure handler. Quietly absent without
/// obs-websocket.
///
/// Requests arrive on obs-websocket's threads; each one hops to the UI thread and runs
/// RequestHandler inside SessionController::apply(), so remote requests, hotkeys and dock
/// buttons share one history. The waiting caller is released, with an error, if the UI thread
/// does not answer in time or CoachDeck shuts down: nothing blocks OBS's exit.
namespace websocket_vendor {

/// Registers the vendor and its requests (once per process) and serves `controller` (with
/// `library` for new session files). UI thread, from obs_module_post_load on.
void attach(SessionController &controller, SessionLibrary &library);
/// Stops serving: pending requests are answered with an error, the requests unregistered,
/// events stop. UI thread; before `controller` goes. Safe to call twice.
void detach();

} // namespace websocket_vendor
} // namespace coachdeck
