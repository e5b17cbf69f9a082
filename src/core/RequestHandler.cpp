#include "core/RequestHandler.hpp"

#include "core/ClientView.hpp"
#include "core/JsonDocumentBuilder.hpp"
#include "core/Limits.hpp"
#include "core/PathText.hpp"
#include "core/RemoteSessionFiles.hpp"
#include "core/WallTimeText.hpp"

#include <cmath>
#include <map>

namespace coachdeck {
namespace {

/// Reads the fields of one request, remembering the first problem.
class Fields {
public:
    explicit Fields(const Json &data) : data_(data) {}

    std::string problem;

    const Json *field(const char *key, bool required)
    {
        if (!problem.empty())
            return nullptr;
        if (!data_.is_object() || !data_.contains(key) || data_[key].is_null()) {
            if (required)
                problem = std::string(key) + ": missing (required)";
            return nullptr;
        }
        return &data_[key];
    }
    std::string text(const char *key, bool required = true)
    {
        const Json *v = field(key, required);
        if (v && !v->is_string())
            problem = std::string(key) + ": expected a string";
        return v && v->is_string() ? v->get<std::string>() : std::string();
    }
    std::optional<double> number(const char *key, bool required = true)
    {
        const Json *v = field(key, required);
        if (!v)
            return std::nullopt;
        if (!v->is_number() || !std::isfinite(v->get<double>())) {
            problem = std::string(key) + ": expected a number";
            return std::nullopt;
        }
        return v->get<double>();
    }
    std::optional<bool> boolean(const char *key)
    {
        const Json *v = field(key, true);
        if (v && !v->is_boolean()) {
            problem = std::string(key) + ": expected true or false";
            return std::nullopt;
        }
        return v ? std::optional<bool>(v->get<bool>()) : std::nullopt;
    }

private:
    const Json &data_;
};

RequestReply fromStatus(const Status &status, Json data = Json::object())
{
    if (!status)
        return RequestReply::failure(status.error().message());
    return RequestReply::success(std::move(data));
}

RequestReply fromId(const Result<std::string> &result, const char *key)
{
    if (!result)
        return RequestReply::failure(result.error().message());
    return RequestReply::success(Json{{key, result.value()}});
}

using Handler = RequestReply (*)(Session &, Fields &, const RequestFiles &);

RequestReply needFile(const std::function<Status(const std::string &)> &op, Fields &f,
                      const char *key)
{
    const std::string value = f.text(key);
    if (!f.problem.empty())
        return RequestReply::failure(f.problem);
    if (!op)
        return RequestReply::failure("not available here");
    return fromStatus(op(value));
}

/// LoadOutline and SaveOutline: the session named by `name` (or, as before, `path`), confined
/// to the sessions folder, then `op` on the file it resolved to.
Json withWriter(Json data, const RequestFiles &files)
{
    if (!files.writer)
        return data;
    const Json writer = files.writer(); // kept: items() only refers to it
    for (const auto &[key, value] : writer.items())
        data[key] = value;
    return data;
}

RequestReply sessionFile(const std::function<Status(const std::filesystem::path &)> &op, Fields &f,
                         const RequestFiles &files)
{
    const char *key = f.field("name", false) || !f.field("path", false) ? "name" : "path";
    const std::string value = f.text(key);
    if (!f.problem.empty())
        return RequestReply::failure(f.problem);
    if (!op || files.sessionsFolder.empty())
        return RequestReply::failure("not available here");
    const Result<std::filesystem::path> file =
        remote_session_files::resolve(files.sessionsFolder, value, key);
    if (!file)
        return RequestReply::failure(file.error().message());
    const Status done = op(*file); // first: the answer then says who writes the file now open
    return fromStatus(done, withWriter(Json{{"name", path_text::utf8(file->stem())},
                                            {"file", path_text::utf8(file->filename())}},
                                       files));
}

RequestReply listSessions(Session &, Fields &, const RequestFiles &files)
{
    if (files.sessionsFolder.empty())
        return RequestReply::failure("not available here");
    const auto entries = remote_session_files::list(files.sessionsFolder);
    if (!entries)
        return RequestReply::failure(entries.error().message());
    Json sessions = Json::array();
    for (const remote_session_files::Entry &e : *entries)
        sessions.push_back({{"name", e.name},
                            {"file", e.file},
                            {"modified", formatWallTime(e.modified)},
                            {"bytes", e.bytes}});
    return RequestReply::success(Json{{"sessions", std::move(sessions)}});
}

RequestReply addFigure(Session &s, Fields &f, const RequestFiles &)
{
    const std::string kindText = f.text("kind");
    const std::string label = f.text("label", false);
    const auto x = f.number("x");
    const auto y = f.number("y");
    const auto facing = f.number("facing", false);
    if (!f.problem.empty())
        return RequestReply::failure(f.problem);
    const auto kind = kFigureKindText.parse(kindText);
    if (!kind)
        return RequestReply::failure("kind: expected one of " + kFigureKindText.choices());
    Figure figure = defaultFigure(*kind);
    figure.label = label;
    figure.position = {*x, *y};
    if (facing)
        figure.facingDegrees = *facing;
    return fromId(s.addFigure(figure), "figureId");
}

RequestReply moveFigure(Session &s, Fields &f, const RequestFiles &)
{
    const std::string id = f.text("figureId");
    const auto x = f.number("x");
    const auto y = f.number("y");
    if (!f.problem.empty())
        return RequestReply::failure(f.problem);
    return fromStatus(s.moveFigure(id, {*x, *y}));
}

RequestReply rotateFigure(Session &s, Fields &f, const RequestFiles &)
{
    const std::string id = f.text("figureId");
    const auto degrees = f.number("degrees", false);
    if (!f.problem.empty())
        return RequestReply::failure(f.problem);
    return fromStatus(s.rotateFigure(id, degrees));
}

RequestReply adjustTime(Session &s, Fields &f, const RequestFiles &)
{
    const auto minutes = f.number("minutes");
    if (!f.problem.empty())
        return RequestReply::failure(f.problem);
    if (std::fabs(*minutes) > limits::kMaxItemMinutes)
        return RequestReply::failure("minutes: expected a number from -1440 to 1440");
    return fromStatus(s.adjust(Millis{std::llround(*minutes * 60000.0)}));
}

const std::map<std::string, Handler, std::less<>> &handlers()
{
    static const std::map<std::string, Handler, std::less<>> table{
        {"GetState",
         [](Session &s, Fields &, const RequestFiles &files) {
             return RequestReply::success(withWriter(RequestHandler::state(s), files));
         }},
        {"ListSessions", listSessions},
        {"LoadOutline",
         [](Session &, Fields &f, const RequestFiles &files) {
             return sessionFile(files.load, f, files);
         }},
        {"SaveOutline",
         [](Session &, Fields &f, const RequestFiles &files) {
             return sessionFile(files.save, f, files);
         }},
        {"NewSession",
         [](Session &, Fields &f, const RequestFiles &files) {
             if (!f.field("template", false) && f.problem.empty())
                 return files.newSession ? fromStatus(files.newSession("empty"))
                                         : RequestReply::failure("not available here");
             return needFile(files.newSession, f, "template");
         }},
        {"Start", [](Session &s, Fields &, const RequestFiles &) { return fromStatus(s.start()); }},
        {"Pause", [](Session &s, Fields &, const RequestFiles &) { return fromStatus(s.pause()); }},
        {"Resume",
         [](Session &s, Fields &, const RequestFiles &) { return fromStatus(s.resume()); }},
        {"NextItem",
         [](Session &s, Fields &, const RequestFiles &) { return fromStatus(s.next()); }},
        {"PreviousItem",
         [](Session &s, Fields &, const RequestFiles &) { return fromStatus(s.previous()); }},
        {"GoToItem",
         [](Session &s, Fields &f, const RequestFiles &) {
             const std::string id = f.text("itemId");
             return f.problem.empty() ? fromStatus(s.goTo(id)) : RequestReply::failure(f.problem);
         }},
        {"AdjustTime", adjustTime},
        {"AddFigure", addFigure},
        {"MoveFigure", moveFigure},
        {"RotateFigure", rotateFigure},
        {"RemoveFigure",
         [](Session &s, Fields &f, const RequestFiles &) {
             const std::string id = f.text("figureId");
             return f.problem.empty() ? fromStatus(s.removeFigure(id))
                                      : RequestReply::failure(f.problem);
         }},
        {"TakeSnapshot",
         [](Session &s, Fields &f, const RequestFiles &) {
             const std::string name = f.text("name", false);
             return f.problem.empty() ? fromId(s.takeSnapshot(name), "snapshotId")
                                      : RequestReply::failure(f.problem);
         }},
        {"ShowSnapshot",
         [](Session &s, Fields &f, const RequestFiles &) {
             // null or absent: back to the live board
             const std::string id = f.text("snapshotId", false);
             if (!f.problem.empty())
                 return RequestReply::failure(f.problem);
             return fromStatus(s.showSnapshot(id.empty() ? std::nullopt : std::optional(id)));
         }},
        {"SetTimerVisible",
         [](Session &s, Fields &f, const RequestFiles &) {
             const auto visible = f.boolean("visible");
             return f.problem.empty() ? fromStatus(s.setTimerVisible(*visible))
                                      : RequestReply::failure(f.problem);
         }},
    };
    return table;
}

} // namespace

const std::vector<std::string> &RequestHandler::requestTypes()
{
    static const std::vector<std::string> types{
        "GetState",     "ListSessions", "LoadOutline",  "SaveOutline",    "NewSession",
        "Start",        "Pause",        "Resume",       "NextItem",       "PreviousItem",
        "GoToItem",     "AdjustTime",   "AddFigure",    "MoveFigure",     "RotateFigure",
        "RemoveFigure", "TakeSnapshot", "ShowSnapshot", "SetTimerVisible"};
    return types;
}

RequestReply RequestHandler::handle(Session &session, std::string_view type, const Json &data) const
{
    try {
        const auto &table = handlers();
        const auto handler = table.find(type);
        if (handler == table.end())
            return RequestReply::failure("unknown request type \"" + std::string(type) + "\"");
        if (!data.is_null() && !data.is_object())
            return RequestReply::failure("request data must be a JSON object");
        Fields fields(data);
        return handler->second(session, fields, files_);
    } catch (const std::exception &e) {
        return RequestReply::failure(std::string("internal error: ") + e.what());
    }
}

RequestReply RequestHandler::handleText(Session &session, std::string_view type,
                                        std::string_view dataText) const
{
    if (dataText.size() > limits::kFileBytes)
        return RequestReply::failure("request data too large");
    Json data;
    if (!dataText.empty()) {
        // The loader's parser and caps: linear time, nesting and memory bounded as it reads.
        JsonDocumentBuilder builder({limits::kNestingDepth, limits::kJsonValues});
        bool parsed = false;
        try {
            parsed = builder.parse(dataText);
        } catch (const std::exception &) { // a number out of range
        }
        if (!builder.capPassed().empty())
            return RequestReply::failure("request data: " + builder.capPassed());
        if (!parsed)
            return RequestReply::failure("request data is not valid JSON");
        data = std::move(builder.document());
    }
    return handle(session, type, data);
}

Json RequestHandler::writerState(const std::optional<session_lock::Holder> &heldBy)
{
    if (!heldBy)
        return Json{{"readOnly", false}};
    return Json{
        {"readOnly", true},
        {"heldBy", {{"pid", heldBy->pid}, {"host", heldBy->host}, {"program", heldBy->program}}}};
}

} // namespace coachdeck
