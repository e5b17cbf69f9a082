#pragma once

#include "core/Outline.hpp"
#include "core/Result.hpp"
#include "core/Time.hpp"

#include <cstddef>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace coachdeck {

/// Outline files on disk. Only local files; nothing here opens a socket.
namespace outline_file {

/// The backup kept beside a file: "session.json" -> "session.json.bak".
std::filesystem::path backupPath(const std::filesystem::path &file);

/// The whole of a regular file, opened non-blocking so that a named pipe or a device is refused,
/// never waited on. `checkSize` may refuse its size: before anything is read and again as it
/// is read, should the file grow meanwhile. Errors say "cannot open: …", "cannot read: …",
/// "not a regular file" or what `checkSize` said.
Result<std::string> readRegularFile(const std::filesystem::path &file,
                                    const std::function<Status(std::size_t bytes)> &checkSize);

/// Reads and validates a file. Nothing is returned unless the whole file is good.
Result<Outline> load(const std::filesystem::path &file);

/// Writes atomically: a temporary file in the same folder (mode 0600; on Windows see
/// docs/platforms.md), flushed and synced, then renamed over `file`. The file it replaces stays as
/// the backup. If anything fails, `file` is left exactly as it was and the error says why. A folder
/// that has to be created is made 0700.
Status save(const std::filesystem::path &file, const Outline &outline);

/// Creates `folder` and its missing parents owner-only (0700; on Windows a private access list,
/// docs/platforms.md); an existing folder is left as it is. An Error naming the folder when it
/// cannot be made or a file stands in its place. Every folder CoachDeck writes into (sessions,
/// templates, engagements, reports) is made here.
Status ensureFolder(const std::filesystem::path &folder);

/// Whether writing over a file keeps the file it replaces as `backupPath(file)`.
enum class Backup { Keep = 1, None };

/// Writes `bytes` to `file` with the same atomic, owner-only rules, keeping a backup or not.
Status writeAtomically(const std::filesystem::path &file, const std::string &bytes,
                       Backup backup = Backup::Keep);

/// When `file` was last written, on the wall clock; none if it cannot be read (gone, no rights).
std::optional<WallTime> modifiedAt(const std::filesystem::path &file);

/// One line per problem: "session.json: /agenda/3/plannedMinutes: expected a non-negative number".
std::vector<std::string> describe(const std::string &file, const Error &error);

} // namespace outline_file
} // namespace coachdeck
