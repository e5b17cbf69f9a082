#include "core/OutlineFile.hpp"

#include "core/OutlineJson.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <utility>

namespace coachdeck::outline_file {
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

Status ensureFolder(const fs::path &folder)
{
    if (folder.empty())
        return ok();
    struct stat info {};
    if (::stat(folder.c_str(), &info) == 0) {
        if (S_ISDIR(info.st_mode))
            return ok();
        return Error(folder.string() + " is not a folder");
    }
    if (Status parent = ensureFolder(folder.parent_path()); !parent)
        return parent;
    if (::mkdir(folder.c_str(), 0700) != 0 && errno != EEXIST)
        return Error(systemError("cannot create folder " + folder.string(), errno));
    return ok();
}

fs::path backupPath(const fs::path &file)
{
    fs::path backup = file;
    backup += ".bak";
    return backup;
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

Result<Outline> load(const fs::path &file)
{
    Result<std::string> text = readRegularFile(file, outline_json::checkSize);
    if (!text)
        return text.error();
    return outline_json::parse(text.value());
}

Status writeAtomically(const fs::path &file, const std::string &bytes, Backup backup)
{
    const fs::path folder = file.parent_path();
    if (Status made = ensureFolder(folder); !made)
        return made;

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
    if (backup == Backup::Keep && ::lstat(file.c_str(), &existing) == 0 &&
        S_ISREG(existing.st_mode)) {
        fs::path link = temporary;
        link += ".bak";
        // The backup shares the old file's inode: make it owner-only too (a file copied
        // in from elsewhere is often 0644).
        if ((existing.st_mode & 07777) != 0600)
            ::chmod(file.c_str(), 0600);
        if (::link(file.c_str(), link.c_str()) == 0) {
            if (::rename(link.c_str(), backupPath(file).c_str()) != 0)
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

Status save(const fs::path &file, const Outline &outline)
{
    std::string text;
    try {
        text = outline_json::serialize(outline);
    } catch (const std::exception &e) {
        return Error(std::string("cannot write the outline: ") + e.what());
    }
    return writeAtomically(file, text);
}

std::vector<std::string> describe(const std::string &file, const Error &error)
{
    std::vector<std::string> lines;
    for (const Problem &problem : error.problems)
        lines.push_back(file + ": " + problem.describe());
    return lines;
}

} // namespace coachdeck::outline_file
