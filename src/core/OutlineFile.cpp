#include "core/OutlineFile.hpp"

#include "core/OutlineJson.hpp"
#include "core/PathText.hpp"
#include "core/platform/Files.hpp"

namespace coachdeck::outline_file {
namespace fs = std::filesystem;

Status ensureFolder(const fs::path &folder)
{
    if (folder.empty())
        return ok();
    std::error_code ec;
    if (const fs::file_status status = fs::status(folder, ec); !ec && fs::exists(status)) {
        if (fs::is_directory(status))
            return ok();
        return Error(path_text::utf8(folder) + " is not a folder");
    }
    if (Status parent = ensureFolder(folder.parent_path()); !parent)
        return parent;
    if (Result<platform_files::FolderMade> made = platform_files::createFolder(folder); !made)
        return made.error();
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
    return platform_files::readRegularFile(file, checkSize);
}

std::optional<WallTime> modifiedAt(const fs::path &file)
{
    std::error_code error;
    const fs::file_time_type written = fs::last_write_time(file, error);
    if (error)
        return std::nullopt;
    // file_clock and the wall clock share no epoch everywhere: go through "now" on both.
    const auto sinceNow = written - fs::file_time_type::clock::now();
    return std::chrono::time_point_cast<Millis>(
        WallClock::now() + std::chrono::duration_cast<WallClock::duration>(sinceNow));
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
    if (Status made = ensureFolder(file.parent_path()); !made)
        return made;
    return platform_files::replaceFile(
        file, bytes, backup == Backup::Keep ? std::optional(backupPath(file)) : std::nullopt);
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
