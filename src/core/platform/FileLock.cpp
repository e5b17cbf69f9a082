// What LockFile does the same on every system: it owns one handle and lets go of it once.
// Taking and letting go are the system's own: FileLock_posix.cpp, FileLock_win32.cpp.
#include "core/platform/FileLock.hpp"

#include <utility>

namespace coachdeck::platform_lock {
namespace fs = std::filesystem;

LockFile::LockFile(fs::path file, std::intptr_t handle) : file_(std::move(file)), handle_(handle) {}

LockFile::~LockFile()
{
    release();
}

LockFile::LockFile(LockFile &&other) noexcept
    : file_(std::move(other.file_)), handle_(std::exchange(other.handle_, kNone))
{
}

LockFile &LockFile::operator=(LockFile &&other) noexcept
{
    if (this != &other) {
        release();
        file_ = std::move(other.file_);
        handle_ = std::exchange(other.handle_, kNone);
    }
    return *this;
}

} // namespace coachdeck::platform_lock
