#include "obs/WebsocketVendor.hpp"

#include "core/RequestHandler.hpp"
#include "core/WallTimeText.hpp"
#include "obs/CallbackGuard.hpp"
#include "obs/Log.hpp"
#include "obs/WebsocketApi.hpp"
#include "ui/SessionController.hpp"
#include "ui/SessionLibrary.hpp"

#include <obs.h>

#include <QObject>
#include <QThread>
#include <QTimer>

#include <chrono>
#include <condition_variable>
#include <filesystem>
#include <memory>
#include <mutex>
#include <set>
#include <string>

namespace coachdeck::websocket_vendor {
namespace {

constexpr const char *kVendorName = "coachdeck";
/// How long a request waits for the UI thread before answering with an error.
constexpr std::chrono::seconds kUiTimeout{10};
/// How often the current item's phase is looked at (transitions, not ticks, are reported).
constexpr std::chrono::milliseconds kPhasePollInterval{250};

// --- module state ------------------------------------------------------------------------------

/// One request waiting for the UI thread's answer.
struct Call {
    std::string type;
    std::string dataText;
    std::mutex mutex;
    std::condition_variable answered;
    bool done = false;
    RequestReply reply;

    void finish(RequestReply result)
    {
        {
            std::lock_guard lock(mutex);
            if (done)
                return;
            reply = std::move(result);
            done = true;
        }
        answered.notify_all();
    }
};

class Server;

// Connected once obs-websocket knows us; the vendor stays registered for the life of the
// process (obs-websocket's plugin API has no way to remove a vendor, only its requests).
WebsocketApi api;

// Guards `server` and `pending` (read from obs-websocket's threads).
std::mutex serverMutex;
std::unique_ptr<Server> server;
std::set<std::shared_ptr<Call>> pending;

/// Lives on the UI thread while attached: runs requests and reports changes as events.
class Server : public QObject {
public:
    Server(SessionController &controller, SessionLibrary &library)
        : controller_(controller), library_(library), handler_(files())
    {
        connect(&controller_, &SessionController::changed, this, &Server::onChanged);
        phaseTimer_.setInterval(kPhasePollInterval);
        connect(&phaseTimer_, &QTimer::timeout, this, &Server::checkPhase);
        phaseTimer_.start();
        remember(RequestHandler::state(controller_.session()));
    }

    void run(Call &call)
    {
        RequestReply reply = RequestReply::failure("internal error");
        runGuarded("websocket request", [&] {
            reply = controller_.apply([&](Session &session) {
                return handler_.handleText(session, call.type, call.dataText);
            });
        });
        call.finish(std::move(reply));
    }

private:
    RequestFiles files()
    {
        RequestFiles f;
        f.sessionsFolder = library_.sessionsFolder();
        f.load = [this](const std::filesystem::path &file) { return controller_.open(file); };
        f.save = [this](const std::filesystem::path &file) { return controller_.saveAs(file); };
        f.newSession = [this](const std::string &name) -> Status {
            for (const SessionTemplate &t : library_.templates()) {
                if (t.name != name)
                    continue;
                Outline outline = t.outline;
                const WallTime now = controller_.session().clock().wallNow();
                if (!outline.session.date)
                    outline.session.date = utcDate(now);
                return controller_.replace(std::move(outline), library_.newSessionFile(now));
            }
            return Error("template: no session template named \"" + name + "\"");
        };
        f.writer = [this] { return RequestHandler::writerState(controller_.heldBy()); };
        return f;
    }

    static Json currentItem(const Json &state)
    {
        const Json &id = state["clock"]["currentItem"];
        if (!id.is_string())
            return Json();
        for (const Json &item : state["agenda"])
            if (item["id"] == id)
                return item;
        return Json();
    }

    void remember(const Json &state)
    {
        const Json item = currentItem(state);
        itemId_ = item.is_object() ? item["id"].get<std::string>() : std::string();
        phase_ = item.is_object() ? item["phase"].get<std::string>() : std::string();
        snapshotIds_.clear();
        for (const Json &s : state["snapshots"])
            snapshotIds_.insert(s["id"].get<std::string>());
    }

    void onChanged(quint64 revision, bool whole)
    {
        runGuarded("websocket events", [&] {
            emitEvent("StateChanged", {{"revision", revision}, {"whole", whole}});
            const Json state = RequestHandler::state(controller_.session());
            const Json item = currentItem(state);
            const std::string itemId =
                item.is_object() ? item["id"].get<std::string>() : std::string();
            if (itemId != itemId_) {
                Json event = {{"itemId", itemId.empty() ? Json() : Json(itemId)}};
                if (item.is_object()) {
                    event["title"] = item["title"];
                    event["phase"] = item["phase"];
                }
                emitEvent("ItemChanged", event);
            }
            if (!whole) {
                for (const Json &s : state["snapshots"])
                    if (!snapshotIds_.count(s["id"].get<std::string>()))
                        emitEvent("SnapshotTaken", {{"snapshotId", s["id"]}, {"name", s["name"]}});
            }
            const std::string previousPhase = phase_;
            const bool sameItem = itemId == itemId_;
            remember(state);
            if (sameItem && !phase_.empty() && phase_ != previousPhase)
                emitEvent("PhaseChanged", {{"itemId", itemId_}, {"phase", phase_}});
        });
    }

    /// Phases change with time alone: looked at on a timer, reported on a transition.
    void checkPhase()
    {
        runGuarded("websocket phase", [&] {
            if (controller_.session().outline().clock.status != ClockStatus::Running)
                return;
            const Json item = currentItem(RequestHandler::state(controller_.session()));
            if (!item.is_object())
                return;
            const std::string id = item["id"].get<std::string>();
            const std::string phase = item["phase"].get<std::string>();
            if (id == itemId_ && phase != phase_)
                emitEvent("PhaseChanged", {{"itemId", id}, {"phase", phase}});
            itemId_ = id;
            phase_ = phase;
        });
    }

    static void emitEvent(const char *type, const Json &data) { api.emitEvent(type, data.dump()); }

    SessionController &controller_;
    SessionLibrary &library_;
    RequestHandler handler_;
    QTimer phaseTimer_;
    std::string itemId_;
    std::string phase_;
    std::set<std::string> snapshotIds_;
};

void writeReply(obs_data_t *response, const RequestReply &reply)
{
    Json answer = {{"ok", reply.ok}};
    if (reply.ok)
        answer["data"] = reply.data;
    else
        answer["error"] = reply.error;
    obs_data_t *converted = obs_data_create_from_json(answer.dump().c_str());
    if (converted) {
        obs_data_apply(response, converted);
        obs_data_release(converted);
    } else {
        obs_data_set_bool(response, "ok", false);
        obs_data_set_string(response, "error", "internal error: reply not representable");
    }
}

/// obs-websocket's callback for every request (its threads); `priv` names the request type.
void onRequest(obs_data_t *request, obs_data_t *response, void *priv) noexcept
{
    RequestReply reply = RequestReply::failure("CoachDeck is not running");
    runGuarded("websocket request", [&] {
        auto call = std::make_shared<Call>();
        call->type = *static_cast<const std::string *>(priv);
        const char *text = request ? obs_data_get_json(request) : nullptr;
        call->dataText = text ? text : "";
        {
            std::lock_guard lock(serverMutex);
            if (!server)
                return;
            if (QThread::currentThread() == server->thread()) {
                server->run(*call); // already on the UI thread (a script, say)
            } else {
                pending.insert(call);
                // Queued, not blocking: if the UI thread never gets to it (OBS quitting), the
                // wait below still ends.
                QMetaObject::invokeMethod(
                    server.get(),
                    [call] {
                        std::unique_lock lock(serverMutex);
                        if (server && pending.erase(call)) {
                            Server *s = server.get();
                            lock.unlock(); // detach() runs on this same thread: no race
                            s->run(*call);
                        }
                    },
                    Qt::QueuedConnection);
            }
        }
        std::unique_lock lock(call->mutex);
        if (!call->answered.wait_for(lock, kUiTimeout, [&] { return call->done; })) {
            lock.unlock();
            call->finish(RequestReply::failure("CoachDeck did not answer in time"));
            std::lock_guard serverLock(serverMutex);
            pending.erase(call);
            lock.lock();
        }
        reply = call->reply;
    });
    runGuarded("websocket reply", [&] { writeReply(response, reply); });
}

bool setRequests(bool registered)
{
    bool all = true;
    for (const std::string &type : RequestHandler::requestTypes())
        all &= registered
                   ? api.registerRequest(type.c_str(), onRequest, const_cast<std::string *>(&type))
                   : api.unregisterRequest(type.c_str());
    return all;
}

} // namespace

void attach(SessionController &controller, SessionLibrary &library)
{
    detach();
    if (!api.connect(kVendorName)) {
        if (api.present())
            log::warning("obs-websocket refused vendor %s", kVendorName);
        else
            log::info("obs-websocket not found: no websocket requests");
        return;
    }
    {
        std::lock_guard lock(serverMutex);
        server = std::make_unique<Server>(controller, library);
    }
    if (!setRequests(true))
        log::warning("some websocket requests were not registered");
    log::info("websocket vendor %s registered (%zu requests)", kVendorName,
              RequestHandler::requestTypes().size());
}

void detach()
{
    std::unique_ptr<Server> gone;
    std::set<std::shared_ptr<Call>> waiting;
    {
        std::lock_guard lock(serverMutex);
        if (!server)
            return;
        gone = std::move(server);
        waiting.swap(pending);
    }
    // Whoever still waits is answered now, so obs-websocket lets go of its request lock
    // before the requests are unregistered below.
    for (const auto &call : waiting)
        call->finish(RequestReply::failure("CoachDeck is shutting down"));
    gone.reset();
    setRequests(false);
    log::info("websocket vendor %s stopped", kVendorName);
}

} // namespace coachdeck::websocket_vendor
