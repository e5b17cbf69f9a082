#pragma once

#include "core/Result.hpp"

#include <cstdint>
#include <filesystem>
#include <string>
#include <variant>

namespace coachdeck::platform_lock {

/// An exclusive lock on one small lock file, held by this process for as long as the object
/// lives. The system lets go of it when the process ends, however it ends (a crash, a kill): the
/// lock is never left held by a process that is gone. flock() on Linux and macOS
/// (FileLock_posix.cpp), LockFileEx() on Windows (FileLock_win32.cpp). The file holds a few
/// bytes the holder writes (who it is) that others can read while it is held. Going away
/// removes the file, then lets go of the lock. Move-only; used from one thread at a time.
class LockFile {
public:
    LockFile() = default;
    LockFile(std::filesystem::path file, std::intptr_t handle);
    ~LockFile();
    LockFile(LockFile &&other) noexcept;
    LockFile &operator=(LockFile &&other) noexcept;
    LockFile(const LockFile &) = delete;
    LockFile &operator=(const LockFile &) = delete;

    bool held() const { return handle_ != kNone; }
    const std::filesystem::path &file() const { return file_; }
    /// Replaces what the file says with `bytes` (flushed to the file, not synced to the disk).
    Status write(const std::string &bytes);

    static constexpr std::intptr_t kNone = -1;

private:
    void release();

    std::filesystem::path file_;
    std::intptr_t handle_ = kNone;
};

/// The lock was taken; `previous` is what the file said before (empty when it was new): a
/// holder that ended without removing it, a crash most likely.
struct Taken {
    LockFile lock;
    std::string previous;
};

/// Another process (or another LockFile of this one) holds the lock; `content` is what it wrote.
struct Busy {
    std::string content;
};

/// Tries once, without waiting, to take the lock on `file` (created owner-only if missing, in an
/// existing folder). An Error says why the file could not be created or opened.
Result<std::variant<Taken, Busy>> tryLock(const std::filesystem::path &file);

/// This process's id and the machine's name, as a holder describes itself.
std::int64_t processId();
std::string hostName();

} // namespace coachdeck::platform_lock
