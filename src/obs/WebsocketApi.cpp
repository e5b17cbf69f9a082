#include "obs/WebsocketApi.hpp"

namespace coachdeck {
namespace {

/// How obs-websocket expects a request callback handed over (a pointer to this, copied).
struct RequestCallback {
    WebsocketApi::RequestFunction function;
    void *priv;
};

} // namespace

bool WebsocketApi::connect(const char *vendorName)
{
    if (vendor_)
        return true;
    if (!procedures_) {
        calldata_t data = {};
        if (proc_handler_call(obs_get_proc_handler(), "obs_websocket_api_get_ph", &data))
            procedures_ = static_cast<proc_handler_t *>(calldata_ptr(&data, "ph"));
        calldata_free(&data);
    }
    if (!procedures_)
        return false;
    calldata_t data = {};
    calldata_set_string(&data, "name", vendorName);
    if (proc_handler_call(procedures_, "vendor_register", &data))
        vendor_ = calldata_ptr(&data, "vendor");
    calldata_free(&data);
    return vendor_ != nullptr;
}

bool WebsocketApi::callVendor(const char *procedure, calldata_t *data)
{
    if (!vendor_)
        return false;
    calldata_set_ptr(data, "vendor", vendor_);
    return proc_handler_call(procedures_, procedure, data) && calldata_bool(data, "success");
}

bool WebsocketApi::registerRequest(const char *type, RequestFunction function, void *priv)
{
    RequestCallback callback{function, priv};
    calldata_t data = {};
    calldata_set_string(&data, "type", type);
    calldata_set_ptr(&data, "callback", &callback);
    const bool done = callVendor("vendor_request_register", &data);
    calldata_free(&data);
    return done;
}

bool WebsocketApi::unregisterRequest(const char *type)
{
    calldata_t data = {};
    calldata_set_string(&data, "type", type);
    const bool done = callVendor("vendor_request_unregister", &data);
    calldata_free(&data);
    return done;
}

bool WebsocketApi::emitEvent(const char *type, const std::string &data)
{
    if (!vendor_)
        return false;
    obs_data_t *eventData = obs_data_create_from_json(data.c_str());
    if (!eventData)
        return false;
    calldata_t call = {};
    calldata_set_string(&call, "type", type);
    calldata_set_ptr(&call, "data", eventData);
    const bool done = callVendor("vendor_event_emit", &call);
    calldata_free(&call);
    obs_data_release(eventData);
    return done;
}

} // namespace coachdeck
