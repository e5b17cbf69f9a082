#pragma once

#include "core/Result.hpp"

#include <cstddef>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>

namespace coachdeck {

/// The file operations that differ between operating systems, behind one seam. One
/// implementation is built per platform, picked by src/core/CMakeLists.txt: Files_posix.cpp
/// (Linux, macOS) or Files_win32.cpp (Windows). Everything above them (outline_file, the stores)
/// is portable. Paths are std::filesystem::path (UTF-16 on Windows); messages are UTF-8. Each
/// function may be called from any thread; none keeps state between calls. See
/// docs/platforms.md.
namespace platform_files {

/// What createFolder found.
enum class FolderMade { Created = 1, AlreadyThere };

/// Creates the one folder `folder` (its parent must exist), owner-only: mode 0700 on POSIX, a
/// private access list on Windows. `AlreadyThere` when something of that name exists already
/// (a folder or not: the caller looks). Otherwise an Error "cannot create folder <folder>: why".
Result<FolderMade> createFolder(const std::filesystem::path &folder);

/// The whole of the regular file `file`; a named pipe, a device or a folder is refused without
/// waiting on it. `checkSize` (bytes) may refuse the size: before reading and again as it reads.
/// Errors: "cannot open: …", "cannot read: …", "not a regular file" or what `checkSize` said.
Result<std::string> readRegularFile(const std::filesystem::path &file,
                                    const std::function<Status(std::size_t bytes)> &checkSize);

/// Replaces `file` (in an existing folder) by `bytes` atomically: a new owner-only file beside
/// it, flushed to disk, then moved over `file`. With `backup`, the regular file being replaced
/// is kept under that name (best effort: a backup that cannot be made does not stop the save).
/// On any failure `file` is exactly as it was, no temporary file is left, and the Error says
/// why. Blocks for the disk; on Windows for up to about a second more while another program
/// holds `file` open.
Status replaceFile(const std::filesystem::path &file, const std::string &bytes,
                   const std::optional<std::filesystem::path> &backup);

} // namespace platform_files
} // namespace coachdeck
