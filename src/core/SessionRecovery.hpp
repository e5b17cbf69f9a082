#pragma once

#include "core/Outline.hpp"
#include "core/Result.hpp"
#include "core/Time.hpp"

#include <filesystem>
#include <optional>
#include <vector>

namespace coachdeck {

/// What a crash, a killed save or a broken disk may leave beside a session file, read at start
/// so the coach is told and offered the newest whole version: the backup ("session.json.bak")
/// and the temporary files of saves that did not finish (".session.json.tmp-k3x9qa", whole when
/// the save was killed just before its last step, cut short otherwise). Nothing here writes
/// over the session file: the coach chooses.
namespace session_recovery {

/// A version of the session that reads whole.
struct Version {
    std::filesystem::path file;
    WallTime modified{};
    Outline outline;
};

/// What lies beside a session file.
struct Findings {
    /// Why the file itself does not read, when it does not.
    std::optional<Error> unreadable;
    /// The file's own outline, when it reads (read once, for whoever opens it next).
    std::optional<Outline> outline;
    /// The version to offer: when the file is unreadable, the newest whole one of the backup and
    /// the temporary files; when it reads, a whole temporary file newer than it, if any.
    std::optional<Version> offer;
    /// Temporary files no newer than the newest good version (the file, or the one offered):
    /// leftovers, to remove. A temporary file newer than that is never in this list.
    std::vector<std::filesystem::path> stale;
};

/// Looks beside `file`; reads, never writes.
Findings look(const std::filesystem::path &file);

/// Removes `findings.stale`; every one is tried, the first failure is returned.
Status removeStale(const Findings &findings);

/// Where keepUnreadable() keeps `file`: "<file>.unreadable".
std::filesystem::path unreadablePath(const std::filesystem::path &file);

/// Keeps the unreadable `file` as "<file>.unreadable" (replacing an older one) before the coach's
/// choice writes over it; returns where it went.
Result<std::filesystem::path> keepUnreadable(const std::filesystem::path &file);

} // namespace session_recovery
} // namespace coachdeck
