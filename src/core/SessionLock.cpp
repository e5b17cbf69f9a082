#include "core/SessionLock.hpp"

#include "core/Json.hpp"
#include "core/WallTimeText.hpp"

#include <utility>
#include <variant>

namespace coachdeck::session_lock {
namespace fs = std::filesystem;

Holder thisProcess(std::string program, WallTime now)
{
    return Holder{platform_lock::processId(), platform_lock::hostName(), std::move(program), now};
}

std::string describe(const Holder &holder)
{
    std::string text = "this session is open in " +
                       (holder.program.empty() ? std::string("another OBS") : holder.program);
    if (holder.pid > 0)
        text += " (process " + std::to_string(holder.pid) +
                (holder.host.empty() ? std::string() : " on " + holder.host) + ")";
    return text;
}

fs::path lockFileOf(const fs::path &session)
{
    fs::path lock = session;
    lock += ".lock";
    return lock;
}

bool isLockFile(const fs::path &file)
{
    const fs::path session = file.stem(); // "claire-2.json" of "claire-2.json.lock"
    return file.extension() == ".lock" && session.extension() == ".json" &&
           !session.stem().empty() && lockFileOf(file.parent_path() / session) == file;
}

std::string toText(const Holder &holder)
{
    nlohmann::json json = {{"pid", holder.pid}, {"host", holder.host}, {"program", holder.program}};
    if (holder.since)
        json["since"] = formatWallTime(*holder.since);
    return json.dump() + "\n";
}

std::optional<Holder> fromText(const std::string &text)
{
    const nlohmann::json json = nlohmann::json::parse(text, nullptr, false);
    if (!json.is_object() || !json.contains("pid") || !json["pid"].is_number_integer())
        return std::nullopt;
    Holder holder;
    holder.pid = json["pid"].get<std::int64_t>();
    if (json.contains("host") && json["host"].is_string())
        holder.host = json["host"].get<std::string>();
    if (json.contains("program") && json["program"].is_string())
        holder.program = json["program"].get<std::string>();
    if (json.contains("since") && json["since"].is_string())
        holder.since = parseWallTime(json["since"].get<std::string>());
    return holder;
}

Result<Outcome> take(const fs::path &session, const Holder &me)
{
    auto tried = platform_lock::tryLock(lockFileOf(session));
    if (!tried)
        return tried.error();
    Outcome outcome;
    if (auto *busy = std::get_if<platform_lock::Busy>(&tried.value())) {
        // Held, perhaps by an opener that has not written who it is yet: still held.
        outcome.heldBy = fromText(busy->content).value_or(Holder{});
        return outcome;
    }
    auto &taken = std::get<platform_lock::Taken>(tried.value());
    outcome.tookOverFrom = fromText(taken.previous);
    if (const Status written = taken.lock.write(toText(me)); !written)
        return written.error();
    outcome.lock.emplace(std::move(taken.lock));
    return outcome;
}

fs::path copyPathFor(const fs::path &session, const std::function<bool(const fs::path &)> &exists)
{
    const fs::path folder = session.parent_path();
    const fs::path stem = session.stem();
    const fs::path extension = session.has_extension() ? session.extension() : fs::path(".json");
    for (int n = 1;; ++n) {
        fs::path name = stem;
        name += n == 1 ? fs::path(" (copy)") : fs::path(" (copy " + std::to_string(n) + ")");
        name += extension;
        fs::path candidate = folder / name;
        if (!exists(candidate))
            return candidate;
    }
}

} // namespace coachdeck::session_lock
