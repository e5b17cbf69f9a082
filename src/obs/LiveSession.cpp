#include "obs/LiveSession.hpp"

#include "core/ClientView.hpp"
#include "core/OutlineFile.hpp"
#include "obs/CallbackGuard.hpp"
#include "obs/Log.hpp"
#include "ui/SessionController.hpp"

#include <obs.h>

#include <memory>
#include <string>

namespace coachdeck {
namespace {

// Created and destroyed on the module's load/unload thread (the UI thread).
std::unique_ptr<LiveSession> liveSession;

struct LoadRequest {
    std::string path;
    bool ok = false;
    std::string error;
};

void loadOnUiThread(void *param)
{
    auto &request = *static_cast<LoadRequest *>(param);
    runGuarded("coachdeck_load_outline", [&] {
        LiveSession *live = LiveSession::instance();
        if (!live) {
            request.error = "CoachDeck is not loaded";
            return;
        }
        const Status loaded = live->load(request.path);
        request.ok = loaded.ok();
        if (!loaded)
            request.error = loaded.error().message();
    });
    if (!request.ok && request.error.empty())
        request.error = "the outline could not be loaded";
}

void loadOutlineProcedure(void *, calldata_t *data) noexcept
{
    LoadRequest request;
    const char *path = calldata_string(data, "path");
    request.path = path ? path : "";
    if (request.path.empty()) {
        request.error = "no path given";
    } else if (obs_in_task_thread(OBS_TASK_UI)) {
        loadOnUiThread(&request);
    } else {
        // The session belongs to the UI thread: the load runs there, this caller waits.
        obs_queue_task(OBS_TASK_UI, loadOnUiThread, &request, true);
    }
    calldata_set_bool(data, "ok", request.ok);
    calldata_set_string(data, "error", request.error.c_str());
}

} // namespace

LiveSession::LiveSession() : session_(clock_), publisher_(std::make_shared<ViewPublisher>())
{
    publish();
}

Status LiveSession::load(const std::filesystem::path &file)
{
    if (controller_) {
        Status opened = controller_->open(file);
        if (opened)
            log::info("session loaded from %s", file.filename().string().c_str());
        return opened;
    }
    Result<Outline> outline = outline_file::load(file);
    if (!outline)
        return outline.error();
    if (Status reset = session_.reset(std::move(outline).value()); !reset)
        return reset;
    publish();
    log::info("session loaded from %s", file.filename().string().c_str());
    return ok();
}

void LiveSession::publish()
{
    publisher_->publish(makeClientView(session_.outline(), session_.revision()));
}

LiveSession *LiveSession::instance()
{
    return liveSession.get();
}

void LiveSession::create()
{
    liveSession = std::make_unique<LiveSession>();
}

void LiveSession::destroy()
{
    liveSession.reset();
}

void registerLoadOutlineProcedure()
{
    proc_handler_add(obs_get_proc_handler(),
                     "void coachdeck_load_outline(in string path, out bool ok, out string error)",
                     loadOutlineProcedure, nullptr);
}

} // namespace coachdeck
