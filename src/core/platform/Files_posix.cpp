// The file operations on Linux and macOS: POSIX calls, modes 0600 and 0700, fsync of files and
// of their folder. Windows has its own, Files_win32.cpp.
#include "core/platform/Files.hpp"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <utility>

namespace coachdeck::platform_files {
namespace fs = std::filesystem;
namespace {

std::string systemError(const std::string &what, int error)
{
    return what + ": " + std::strerror(error);
}

/// A descriptor closed on every path out.
class Descriptor {
public:
    explicit Descriptor(int fd) : fd_(fd) {}
    ~Descriptor()
    {
        if (fd_ >= 0)
            ::close(fd_);
    }
    Descriptor(const Descriptor &) = delete;
    Descriptor &operator=(const Descriptor &) = delete;
    int get() const { return fd_; }
    int release() { return std::exchange(fd_, -1); }

private:
    int fd_;
};

Status writeAll(int fd, const std::string &bytes)
{
    size_t written = 0;
    while (written < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.data() + written, bytes.size() - written);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return Error(systemError("cannot write", n < 0 ? errno : ENOSPC));
        written += static_cast<size_t>(n);
    }
    return ok();
}

void syncFolder(const fs::path &folder)
{
    Descriptor fd(
        ::open(folder.empty() ? "." : folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (fd.get() >= 0)
        ::fsync(fd.get());
}

} // namespace

Result<FolderMade> createFolder(const fs::path &folder)
{
    if (::mkdir(folder.c_str(), 0700) == 0)
        return FolderMade::Created;
    if (errno == EEXIST)
        return FolderMade::AlreadyThere;
    return Error(systemError("cannot create folder " + folder.string(), errno));
}

Result<std::string> readRegularFile(const fs::path &file,
                                    const std::function<Status(std::size_t bytes)> &checkSize)
{
    Descriptor fd(::open(file.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK));
    if (fd.get() < 0)
        return Error(systemError("cannot open", errno));
    struct stat info {};
    if (::fstat(fd.get(), &info) != 0)
        return Error(systemError("cannot read", errno));
    if (!S_ISREG(info.st_mode))
        return Error("not a regular file");
    if (Status small = checkSize(static_cast<std::size_t>(info.st_size)); !small)
        return small.error();
    std::string text;
    text.reserve(static_cast<std::size_t>(info.st_size));
    char buffer[64 * 1024];
    for (;;) {
        const ssize_t n = ::read(fd.get(), buffer, sizeof buffer);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return Error(systemError("cannot read", errno));
        if (n == 0)
            return text;
        text.append(buffer, static_cast<std::size_t>(n));
        if (Status small = checkSize(text.size()); !small)
            return small.error();
    }
}

Status replaceFile(const fs::path &file, const std::string &bytes,
                   const std::optional<fs::path> &backup)
{
    const fs::path folder = file.parent_path();
    std::string pattern = (folder.empty() ? fs::path(".") : folder).string() + "/." +
                          file.filename().string() + ".tmp-XXXXXX";
    Descriptor fd(::mkostemp(pattern.data(), O_CLOEXEC));
    if (fd.get() < 0)
        return Error(systemError("cannot create a file in " + folder.string(), errno));
    const fs::path temporary = pattern;
    auto discard = [&](Error error) {
        ::close(fd.release());
        ::unlink(temporary.c_str());
        return error;
    };
    if (::fchmod(fd.get(), 0600) != 0)
        return discard(Error(systemError("cannot set permissions", errno)));
    if (Status written = writeAll(fd.get(), bytes); !written)
        return discard(written.error());
    if (::fsync(fd.get()) != 0)
        return discard(Error(systemError("cannot flush to disk", errno)));
    if (::close(fd.release()) != 0) {
        ::unlink(temporary.c_str());
        return Error(systemError("cannot finish writing", errno));
    }

    // Keep the file being replaced as the backup: a hard link, renamed into
    // place, so there is never a moment without `file` on disk.
    struct stat existing {};
    if (backup && ::lstat(file.c_str(), &existing) == 0 && S_ISREG(existing.st_mode)) {
        fs::path link = temporary;
        link += ".bak";
        // The backup shares the old file's inode: make it owner-only too (a file copied
        // in from elsewhere is often 0644).
        if ((existing.st_mode & 07777) != 0600)
            ::chmod(file.c_str(), 0600);
        if (::link(file.c_str(), link.c_str()) == 0) {
            if (::rename(link.c_str(), backup->c_str()) != 0)
                ::unlink(link.c_str());
        }
    }
    if (::rename(temporary.c_str(), file.c_str()) != 0) {
        const int error = errno;
        ::unlink(temporary.c_str());
        return Error(systemError("cannot replace " + file.filename().string(), error));
    }
    syncFolder(folder);
    return ok();
}

} // namespace coachdeck::platform_files
