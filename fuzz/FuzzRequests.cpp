// Every websocket request's JSON parser: RequestHandler::handleText on a session holding the
// sample outline (tests/core/SampleOutline.hpp). An input is up to 32 requests, one a line:
// "MoveFigure {...}" names its type (the seed corpus, fuzz/corpus/requests, is written so);
// otherwise the line's first byte picks the type (or an unknown one) and the rest is the data.
//
// After each request: a refused request left the outline and its revision as they were; the
// outline always obeys the rules; the reply fits in a JSON answer; no handler threw; a content
// edit undoes to the outline before it and redoes to the one after. At the end the outline
// holds every invariant of an accepted file (OutlineInvariants.hpp).

#include "OutlineInvariants.hpp"
#include "SampleOutline.hpp"

#include "core/RequestHandler.hpp"

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <set>
#include <string>
#include <string_view>
#include <utility>

#include <unistd.h>

namespace coachdeck::fuzz {
namespace {

using namespace std::chrono_literals;

const Outline &sample()
{
    static const Outline outline = samples::sampleOutline();
    return outline;
}

/// The request type and data text of one line.
std::pair<std::string, std::string_view> splitRequest(std::string_view line)
{
    const auto &types = RequestHandler::requestTypes();
    for (const std::string &type : types)
        if (line.size() > type.size() && line.substr(0, type.size()) == type &&
            line[type.size()] == ' ')
            return {type, line.substr(type.size() + 1)};
    if (line.empty())
        return {types.front(), line};
    const std::size_t index = static_cast<unsigned char>(line[0]) % (types.size() + 1);
    return {index < types.size() ? types[index] : std::string("Fuzz"), line.substr(1)};
}

/// Requests that edit content: each is one undo step.
bool undoable(std::string_view type)
{
    static const std::set<std::string, std::less<>> kTypes{
        "AddFigure",    "MoveFigure",   "RotateFigure",   "RemoveFigure",
        "TakeSnapshot", "ShowSnapshot", "SetTimerVisible"};
    return kTypes.count(type) > 0;
}

void checkReply(const RequestReply &reply)
{
    check(reply.ok || !reply.error.empty(), "a request failed without a message");
    check(reply.error.rfind("internal error", 0) != 0, "a request handler threw", reply.error);
    try {
        (void)Json{{"ok", reply.ok}, {"data", reply.data}, {"error", reply.error}}.dump();
    } catch (const std::exception &e) {
        fail("a reply does not serialize", e.what());
    }
}

} // namespace
} // namespace coachdeck::fuzz

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace coachdeck;
    using namespace coachdeck::fuzz;
    ManualClock clock;
    Session session(clock, sample());
    // A real folder, made once: requests resolve names against it (reading, never writing).
    static const std::filesystem::path folder = [] {
        auto made = std::filesystem::temp_directory_path() /
                    ("coachdeck-fuzz-sessions-" + std::to_string(::getpid()));
        std::filesystem::create_directories(made);
        return std::filesystem::canonical(made);
    }();
    const auto confined = [](const std::filesystem::path &file) {
        const std::filesystem::path inside = file.lexically_normal().lexically_relative(folder);
        check(!inside.empty() && *inside.begin() != "..",
              "a remote reached a file outside the sessions folder", file.string());
    };
    RequestFiles files;
    files.sessionsFolder = folder;
    files.load = [&](const std::filesystem::path &file) -> Status {
        confined(file);
        return Error("cannot open: fuzzing");
    };
    files.save = [&](const std::filesystem::path &file) -> Status {
        confined(file);
        return ok();
    };
    files.newSession = [&session](const std::string &name) -> Status {
        if (name != "empty")
            return Error("no template \"" + name + "\"");
        return session.reset(Outline{});
    };
    const RequestHandler handler(files);

    std::string_view input(reinterpret_cast<const char *>(data), size);
    for (int count = 0; !input.empty() && count < 32; ++count) {
        const std::size_t end = input.find('\n');
        const std::string_view line = input.substr(0, end);
        input = end == std::string_view::npos ? std::string_view{} : input.substr(end + 1);

        const auto [type, text] = splitRequest(line);
        const Outline before = session.outline();
        const std::uint64_t revision = session.revision();
        const RequestReply reply = handler.handleText(session, type, text);
        checkReply(reply);
        if (!reply.ok) {
            check(session.outline() == before, "a refused request changed the outline", type);
            check(session.revision() == revision, "a refused request bumped the revision", type);
        }
        checkValid(session.outline(), "a request left an outline that breaks the rules");
        if (reply.ok && session.revision() != revision && undoable(type)) {
            const Outline after = session.outline();
            check(session.undo(), "a request's edit cannot be undone", type);
            check(session.outline() == before, "undo does not give back the outline", type);
            check(session.redo(), "a request's edit cannot be redone", type);
            check(session.outline() == after, "redo does not give back the edit", type);
        }
        clock.advance(1500ms);
    }
    checkRoundTrip(session.outline());
    return 0;
}
