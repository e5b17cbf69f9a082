// "Delete this client's data": the checks that keep the removal inside one engagement
// folder under the root, and the removal itself.
#include "core/EngagementStore.hpp"

#include "core/PathText.hpp"
#include "core/SessionLock.hpp"

#include <algorithm>
#include <system_error>

namespace coachdeck {
namespace fs = std::filesystem;
namespace {

/// True when `path` is `folder` or lies under it (both canonical).
bool isWithin(const fs::path &path, const fs::path &folder)
{
    auto [end, at] = std::mismatch(folder.begin(), folder.end(), path.begin(), path.end());
    return end == folder.end();
}

struct Contents {
    std::vector<fs::path> files;   ///< regular files, links and anything else that is not a folder
    std::vector<fs::path> locks;   ///< the session locks of open sessions (not the client's data)
    std::vector<fs::path> folders; ///< sub-folders, parents before children
};

/// What `folder` holds, refused whole when it may not be removed (see deleteClientData).
Result<Contents> checkedContents(const fs::path &root, const fs::path &folder)
{
    std::error_code ec;
    const fs::path realRoot = fs::canonical(root, ec);
    if (ec)
        return Error("the engagements folder " + path_text::utf8(root) +
                     " cannot be read: " + ec.message());
    const fs::file_status status = fs::symlink_status(folder, ec);
    if (ec || !fs::exists(status))
        return Error(path_text::utf8(folder) + " does not exist");
    if (fs::is_symlink(status))
        return Error(path_text::utf8(folder) +
                     " is a symbolic link, not an engagement folder: refused");
    if (!fs::is_directory(status))
        return Error(path_text::utf8(folder) + " is not a folder");
    const fs::path realFolder = fs::canonical(folder, ec);
    if (ec || realFolder.parent_path() != realRoot || realFolder == realRoot)
        return Error(path_text::utf8(folder) + " is not an engagement folder inside " +
                     path_text::utf8(root) + ": refused");
    if (!fs::is_regular_file(fs::symlink_status(folder / EngagementStore::kEngagementFile, ec)))
        return Error(path_text::utf8(folder) + " holds no " +
                     std::string(EngagementStore::kEngagementFile) + ": refused");

    Contents out;
    fs::recursive_directory_iterator it(folder, fs::directory_options::none, ec);
    for (const fs::recursive_directory_iterator end; !ec && it != end; it.increment(ec)) {
        const fs::path path = it->path();
        const fs::file_status entry = fs::symlink_status(path, ec);
        if (ec)
            break;
        if (fs::is_symlink(entry)) {
            std::error_code linkError;
            const fs::path target = fs::weakly_canonical(path, linkError);
            if (linkError || !isWithin(target, realFolder))
                return Error(
                    path_text::utf8(path) + " is a symbolic link to " +
                    (linkError ? std::string("somewhere unreadable") : path_text::utf8(target)) +
                    ", outside the engagement folder: nothing removed");
            out.files.push_back(path);
        } else if (fs::is_directory(entry)) {
            out.folders.push_back(path);
        } else if (fs::is_regular_file(entry) && session_lock::isLockFile(path)) {
            out.locks.push_back(path);
        } else {
            out.files.push_back(path);
        }
    }
    if (ec)
        return Error("cannot list " + path_text::utf8(folder) + ": " + ec.message());
    std::sort(out.files.begin(), out.files.end());
    return out;
}

} // namespace

Result<std::vector<fs::path>> EngagementStore::clientFiles(const fs::path &folder) const
{
    Result<Contents> contents = checkedContents(root_, folder);
    if (!contents)
        return contents.error();
    return contents->files;
}

Result<std::vector<fs::path>> EngagementStore::deleteClientData(const fs::path &folder) const
{
    Result<Contents> contents = checkedContents(root_, folder);
    if (!contents)
        return contents.error();
    std::vector<fs::path> removed;
    std::vector<fs::path> order = contents->files;
    order.insert(order.end(), contents->locks.begin(), contents->locks.end());
    // Children before parents: the listing has parents first.
    order.insert(order.end(), contents->folders.rbegin(), contents->folders.rend());
    order.push_back(folder);
    for (const fs::path &path : order) {
        std::error_code ec;
        fs::remove(path, ec); // a link is removed itself, never what it points to
        if (ec)
            return Error("removed " + std::to_string(removed.size()) + " of " +
                         std::to_string(order.size()) + "; cannot remove " + path_text::utf8(path) +
                         ": " + ec.message());
        removed.push_back(path);
    }
    return removed;
}

} // namespace coachdeck
