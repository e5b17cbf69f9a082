#include "core/ReportFiles.hpp"

#include "core/OutlineFile.hpp"

namespace coachdeck::report_files {
namespace fs = std::filesystem;

Status write(const fs::path &file, const std::string &bytes)
{
    if (Status made = outline_file::ensureFolder(file.parent_path()); !made)
        return made;
    // A report is made again from its session at will: no backup beside it.
    return outline_file::writeAtomically(file, bytes, outline_file::Backup::None);
}

} // namespace coachdeck::report_files
