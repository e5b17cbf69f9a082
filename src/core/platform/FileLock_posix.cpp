// The session lock on Linux and macOS: flock() on a 0600 file, which the kernel releases when
// the process ends. Windows has its own, FileLock_win32.cpp.
#include "core/platform/FileLock.hpp"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>
#include <utility>

namespace coachdeck::platform_lock {
namespace fs = std::filesystem;
namespace {

std::string systemError(const std::string &what, int error)
{
    return what + ": " + std::strerror(error);
}

std::string readAll(int fd)
{
    std::string bytes;
    char buffer[4096];
    off_t at = 0;
    for (;;) {
        const ssize_t n = ::pread(fd, buffer, sizeof buffer, at);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0 || bytes.size() > 64 * 1024)
            return bytes;
        bytes.append(buffer, static_cast<size_t>(n));
        at += n;
    }
}

bool sameFile(int fd, const fs::path &file)
{
    struct stat opened {};
    struct stat named {};
    return ::fstat(fd, &opened) == 0 && ::lstat(file.c_str(), &named) == 0 &&
           opened.st_dev == named.st_dev && opened.st_ino == named.st_ino;
}

} // namespace

void LockFile::release()
{
    if (handle_ == kNone)
        return;
    // Removed while still held: whoever opened it meanwhile finds, once it has the lock, that
    // the name no longer leads to what it locked, and tries again (tryLock).
    ::unlink(file_.c_str());
    ::close(static_cast<int>(handle_));
    handle_ = kNone;
}

Status LockFile::write(const std::string &bytes)
{
    if (handle_ == kNone)
        return Error("the lock is not held");
    // Written through a descriptor of its own: the one that holds the lock is read-only, so a
    // held lock never keeps its file system from being remounted read-only.
    const int fd = ::open(file_.c_str(), O_WRONLY | O_TRUNC | O_CLOEXEC | O_NOFOLLOW);
    if (fd < 0)
        return Error(systemError("cannot write the lock file", errno));
    size_t written = 0;
    while (written < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.data() + written, bytes.size() - written);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            const int error = n < 0 ? errno : ENOSPC;
            ::close(fd);
            return Error(systemError("cannot write the lock file", error));
        }
        written += static_cast<size_t>(n);
    }
    ::close(fd);
    return ok();
}

Result<std::variant<Taken, Busy>> tryLock(const fs::path &file)
{
    // A holder removes the file as it lets go; if that happens between our open and our lock,
    // the lock we got is on a file no one else will ever see: open the name again.
    for (int attempt = 0; attempt < 8; ++attempt) {
        const int fd = ::open(file.c_str(), O_RDONLY | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0600);
        if (fd < 0)
            return Error(systemError("cannot open the lock file", errno));
        if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
            const int error = errno;
            if (error == EWOULDBLOCK || error == EINTR) {
                Busy busy{readAll(fd)};
                ::close(fd);
                return std::variant<Taken, Busy>(std::move(busy));
            }
            ::close(fd);
            return Error(systemError("cannot lock the lock file", error));
        }
        if (!sameFile(fd, file)) {
            ::close(fd);
            continue;
        }
        std::string previous = readAll(fd);
        return std::variant<Taken, Busy>(Taken{LockFile(file, fd), std::move(previous)});
    }
    return Error("cannot lock the lock file: it keeps being removed and made again");
}

std::int64_t processId()
{
    return static_cast<std::int64_t>(::getpid());
}

std::string hostName()
{
    char name[256] = {}; // HOST_NAME_MAX is 64 on Linux; macOS has no such constant
    if (::gethostname(name, sizeof name - 1) != 0)
        return {};
    return name;
}

} // namespace coachdeck::platform_lock
