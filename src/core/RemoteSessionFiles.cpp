#include "core/RemoteSessionFiles.hpp"

#include "core/OutlineFile.hpp"
#include "core/PathText.hpp"

#include <algorithm>
#include <chrono>
#include <system_error>

namespace coachdeck::remote_session_files {
namespace {

namespace fs = std::filesystem;

const fs::path kExtension = ".json";

bool hasControlCharacter(std::string_view text)
{
    return std::any_of(text.begin(), text.end(), [](char c) {
        const auto byte = static_cast<unsigned char>(c);
        return byte < 0x20 || byte == 0x7f;
    });
}

std::string quoted(std::string_view text)
{
    return "\"" + std::string(text) + "\"";
}

/// A single name with no folder in it ("Alice", "Séance 3.json"), as opposed to a path.
bool isPlainName(const fs::path &asked)
{
    return !asked.has_root_path() && asked == asked.filename() && !asked.filename().empty();
}

} // namespace

Result<fs::path> resolve(const fs::path &sessionsFolder, std::string_view request,
                         std::string_view field)
{
    const std::string pointer(field);
    const auto refuse = [&](const std::string &why) { return Error(pointer, why); };
    if (request.empty())
        return refuse("expected the name of a session in the sessions folder");
    if (hasControlCharacter(request))
        return refuse("a session name cannot hold control characters");

    const fs::path asked = path_text::fromUtf8(request);
    fs::path candidate;
    if (isPlainName(asked)) {
        if (asked == "." || asked == "..")
            return refuse(quoted(request) + " is not a session name");
        candidate = sessionsFolder / asked;
        if (asked.extension() != kExtension)
            candidate += kExtension;
    } else {
        if (asked.extension() != kExtension)
            return refuse(quoted(request) +
                          ": expected a session name, or the path of a .json file in the "
                          "sessions folder");
        candidate = asked.is_absolute() ? asked : sessionsFolder / asked;
    }

    std::error_code error;
    const fs::path root = fs::weakly_canonical(sessionsFolder, error);
    if (error)
        return refuse("cannot read the sessions folder: " + error.message());
    const fs::path target = fs::weakly_canonical(candidate, error);
    if (error)
        return refuse("cannot resolve " + quoted(request) + ": " + error.message());

    const fs::path inside = target.lexically_relative(root);
    if (inside.empty() || inside == "." || *inside.begin() == "..")
        return refuse(quoted(request) +
                      " is outside the sessions folder; a remote reaches only the sessions there");

    const fs::file_status link = fs::symlink_status(candidate, error);
    if (fs::is_symlink(link) && !fs::exists(target, error))
        return refuse(quoted(request) + " is a link that leads nowhere");

    if (target.parent_path() != root && !fs::is_directory(target.parent_path(), error))
        return refuse("no folder " +
                      path_text::utf8(target.parent_path().lexically_relative(root)) +
                      " in the sessions folder (a remote creates none)");

    const fs::file_status status = fs::status(target, error);
    if (fs::exists(status) && !fs::is_regular_file(status))
        return refuse(quoted(request) + " is not a session file (not a regular file)");
    return target;
}

Result<std::vector<Entry>> list(const fs::path &sessionsFolder)
{
    std::vector<Entry> entries;
    std::error_code error;
    if (!fs::exists(sessionsFolder, error))
        return entries;
    fs::directory_iterator it(sessionsFolder, error);
    if (error)
        return Error("cannot list the sessions folder: " + error.message());
    for (; it != fs::directory_iterator(); it.increment(error)) {
        if (error)
            return Error("cannot list the sessions folder: " + error.message());
        const fs::path &file = it->path();
        if (file.extension() != kExtension || file.stem().empty() ||
            !fs::is_regular_file(it->symlink_status(error)))
            continue;
        Entry entry;
        entry.name = path_text::utf8(file.stem());
        entry.file = path_text::utf8(file.filename());
        entry.bytes = it->file_size(error);
        const std::optional<WallTime> modified = outline_file::modifiedAt(file);
        if (error || !modified)
            continue; // gone while listing
        entry.modified = *modified;
        entries.push_back(std::move(entry));
    }
    std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        return a.modified != b.modified ? a.modified > b.modified : a.name < b.name;
    });
    return entries;
}

} // namespace coachdeck::remote_session_files
