#pragma once

#include "core/Result.hpp"
#include "core/Time.hpp"

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace coachdeck {

/// The session files a remote control (obs-websocket's `coachdeck` requests) may reach: the ones
/// in the coach's sessions folder, and no other. The dock opens and saves anywhere the coach
/// chooses; a remote names a session, so a script or a Stream Deck button never becomes a way to
/// read or write elsewhere on the coach's machine. Pure std::filesystem: the same on every system.
namespace remote_session_files {

/// The file `request` designates in `sessionsFolder`:
/// - a session name ("Alice 2026-12-07", accents welcome): that name with ".json" added when it
///   does not end in it, directly in the folder;
/// - or a path to a ".json" file (relative to the folder, or absolute) that resolves, links
///   followed, to a file inside the folder, in a folder that exists already.
/// Refused with an Error naming the field `field` and saying why: empty, control characters, "."
/// or "..", anything that resolves outside the folder (through "..", an absolute path or a link),
/// a link that leads nowhere, a path not ending in ".json", a missing subfolder (none is ever
/// created), and anything there that is not a regular file (a folder, a device, a pipe).
/// Messages never show where the folder is. Only looks: creates, reads and changes nothing.
Result<std::filesystem::path> resolve(const std::filesystem::path &sessionsFolder,
                                      std::string_view request, std::string_view field);

/// One session file in the folder, as ListSessions shows it.
struct Entry {
    std::string name; ///< what LoadOutline takes back: the file name without ".json"
    std::string file; ///< the file name, UTF-8
    WallTime modified{};
    std::uintmax_t bytes = 0;

    bool operator==(const Entry &) const = default;
};

/// The regular ".json" files directly in `sessionsFolder` (no links, no backups, no temporary
/// files, no subfolders), newest first, then by name. A missing folder lists nothing.
Result<std::vector<Entry>> list(const std::filesystem::path &sessionsFolder);

} // namespace remote_session_files
} // namespace coachdeck
