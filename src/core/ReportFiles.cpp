#include "core/ReportFiles.hpp"

#include "core/OutlineFile.hpp"

#include <cerrno>
#include <cstring>
#include <sys/stat.h>

namespace coachdeck::report_files {
namespace fs = std::filesystem;
namespace {

std::string systemError(const std::string &what, int error)
{
    return what + ": " + std::strerror(error);
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

Status write(const fs::path &file, const std::string &bytes)
{
    if (Status made = ensureFolder(file.parent_path()); !made)
        return made;
    // A report is made again from its session at will: no backup beside it.
    return outline_file::writeAtomically(file, bytes, outline_file::Backup::None);
}

} // namespace coachdeck::report_files
