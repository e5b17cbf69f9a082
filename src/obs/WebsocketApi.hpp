#pragma once

#include <obs.h>

#include <string>

namespace coachdeck {

/// Our client of obs-websocket's plugin ("vendor") API: obs-websocket offers a procedure handler
/// of its own through libobs's global one (`obs_websocket_api_get_ph`), and vendors, their
/// requests and their events are procedures on it. Written from obs-websocket's documentation of
/// that API (`lib/obs-websocket-api.h`), not from its code.
///
/// A value holding two pointers. Calls are cheap and thread-safe as far as obs-websocket's are;
/// connect() belongs in obs_module_post_load or later (obs-websocket registers its handler when
/// it loads).
class WebsocketApi {
public:
    /// obs-websocket's request callback: (request data, response data to fill, private data).
    using RequestFunction = void (*)(obs_data_t *request, obs_data_t *response, void *priv);

    /// Finds obs-websocket and registers `vendorName` (once per process: the API cannot remove
    /// a vendor). False when obs-websocket is absent or refuses the name.
    bool connect(const char *vendorName);
    bool connected() const { return vendor_ != nullptr; }
    /// Whether obs-websocket was found at all (connect() may still have been refused).
    bool present() const { return procedures_ != nullptr; }

    /// `priv` must stay valid until the request is unregistered.
    bool registerRequest(const char *type, RequestFunction function, void *priv);
    bool unregisterRequest(const char *type);
    /// Sends a vendor event to every subscribed client; `data` is a JSON object's text.
    bool emitEvent(const char *type, const std::string &data);

private:
    bool callVendor(const char *procedure, calldata_t *data);

    proc_handler_t *procedures_ = nullptr;
    void *vendor_ = nullptr;
};

} // namespace coachdeck
