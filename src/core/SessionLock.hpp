#pragma once

#include "core/Result.hpp"
#include "core/Time.hpp"
#include "core/platform/FileLock.hpp"

#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>

namespace coachdeck {

/// One writer per session file. Whoever opens a session takes the lock beside it
/// ("session.json.lock"); a second OBS that opens the same file while the first holds it gets
/// the holder instead of the lock, and opens the session read-only. The system releases the lock
/// of a process that ends in any way (platform/FileLock.hpp), so a lock left by a crashed OBS is
/// free: the next opener takes it and is told whose it was. The lock works between processes on
/// one machine; a folder shared over a network or a sync service is not covered.
namespace session_lock {

/// Who holds a session: what the lock file says.
struct Holder {
    std::int64_t pid = 0;
    std::string host;
    std::string program; ///< "OBS 30.2.3"
    std::optional<WallTime> since;

    bool operator==(const Holder &) const = default;
};

/// This process, as it describes itself in the locks it takes.
Holder thisProcess(std::string program, WallTime now);

/// "this session is open in OBS 32.2.2 (process 4242 on salle-3)", for logs and remote answers.
std::string describe(const Holder &holder);

/// "<session>.lock".
std::filesystem::path lockFileOf(const std::filesystem::path &session);
/// Whether `file` is the lock of a session file ("claire-2.json.lock"), by its name.
bool isLockFile(const std::filesystem::path &file);

/// The lock file's text, and back (nullopt for what is not a holder: empty, cut short, other).
std::string toText(const Holder &holder);
std::optional<Holder> fromText(const std::string &text);

/// A lock held on one session file; released when destroyed.
class Lock {
public:
    explicit Lock(platform_lock::LockFile file) : file_(std::move(file)) {}
    const std::filesystem::path &file() const { return file_.file(); }

private:
    platform_lock::LockFile file_;
};

/// What taking the lock of a session file found.
struct Outcome {
    /// The lock, when taken.
    std::optional<Lock> lock;
    /// Who holds it, when another process (or another opener in this one) does.
    std::optional<Holder> heldBy;
    /// Who had it before and ended without letting go (a crash): taken over.
    std::optional<Holder> tookOverFrom;
};

/// Tries, without waiting, to take the lock of `session` for `me`. An Error when the lock file
/// cannot be made at all (a read-only folder): the caller decides whether to go on unlocked.
Result<Outcome> take(const std::filesystem::path &session, const Holder &me);

/// Where a copy of `session` goes: "<stem> (copy).json", then "(copy 2)", … in the same folder,
/// the first name `exists` says is free.
std::filesystem::path copyPathFor(const std::filesystem::path &session,
                                  const std::function<bool(const std::filesystem::path &)> &exists);

} // namespace session_lock
} // namespace coachdeck
