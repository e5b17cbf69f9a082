#pragma once

#include "core/Json.hpp"
#include "core/Result.hpp"
#include "core/Session.hpp"
#include "core/SessionLock.hpp"

#include <filesystem>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace coachdeck {

/// What a request answered: data on success, a message on failure.
struct RequestReply {
    bool ok = true;
    Json data = Json::object();
    std::string error; ///< "x: expected a number", "no figure with id \"f9\""

    static RequestReply success(Json data = Json::object()) { return {true, std::move(data), {}}; }
    static RequestReply failure(std::string message)
    {
        return {false, Json::object(), std::move(message)};
    }
};

/// Session file operations a request may ask for; the OBS glue routes them to
/// the session controller so files are opened and saved the one same way. A remote names a
/// session in `sessionsFolder` and reaches no other file (core/RemoteSessionFiles.hpp): `load`
/// and `save` only ever receive a file that resolved inside it.
struct RequestFiles {
    std::filesystem::path sessionsFolder;
    std::function<Status(const std::filesystem::path &file)> load;
    std::function<Status(const std::filesystem::path &file)> save;
    /// Starts a new session from a built-in template name ("empty" at least).
    std::function<Status(const std::string &templateName)> newSession;
    /// Whether this OBS writes the session's file: {"readOnly": false}, or {"readOnly": true,
    /// "heldBy": {"pid", "host", "program"}} when another OBS holds it (core session_lock).
    /// Added to GetState's answer and to LoadOutline's and SaveOutline's.
    std::function<Json()> writer;
};

/// The remote-control requests (obs-websocket vendor "coachdeck"), as a pure
/// function of a session: every request's input is checked whole before
/// anything changes, so a bad request gets an error and changes nothing.
/// Runs on the thread that owns the session (the UI thread in OBS).
class RequestHandler {
public:
    explicit RequestHandler(RequestFiles files = {}) : files_(std::move(files)) {}

    /// Every request type, in the order docs/websocket.md lists them.
    static const std::vector<std::string> &requestTypes();

    /// Handles one request. `data` is the request's JSON object (may be null).
    /// Never throws.
    RequestReply handle(Session &session, std::string_view type, const Json &data) const;

    /// Handles request data given as JSON text (what obs-websocket hands over).
    RequestReply handleText(Session &session, std::string_view type,
                            std::string_view dataText) const;

    /// The state a remote may see: what the client may see, plus timing. Never notes.
    static Json state(const Session &session);
    /// What RequestFiles::writer answers, for a session held by `heldBy` (or by this OBS).
    static Json writerState(const std::optional<session_lock::Holder> &heldBy);

private:
    RequestFiles files_;
};

} // namespace coachdeck
