#include "core/SessionRecovery.hpp"

#include "core/OutlineFile.hpp"
#include "core/PathText.hpp"

#include <algorithm>
#include <system_error>

namespace coachdeck::session_recovery {
namespace {

namespace fs = std::filesystem;

/// The temporary files outline_file::save leaves beside `file` when it does not finish.
std::vector<fs::path> temporaries(const fs::path &file)
{
    std::vector<fs::path> found;
    const std::string prefix = "." + path_text::utf8(file.filename()) + ".tmp-";
    std::error_code error;
    const fs::path folder = file.parent_path().empty() ? fs::path(".") : file.parent_path();
    for (fs::directory_iterator it(folder, error), end; !error && it != end; it.increment(error)) {
        const std::string name = path_text::utf8(it->path().filename());
        if (name.rfind(prefix, 0) == 0 && fs::is_regular_file(it->symlink_status(error)))
            found.push_back(it->path());
    }
    return found;
}

std::optional<Version> wholeVersion(const fs::path &file)
{
    const std::optional<WallTime> modified = outline_file::modifiedAt(file);
    if (!modified)
        return std::nullopt;
    Result<Outline> loaded = outline_file::load(file);
    if (!loaded)
        return std::nullopt;
    return Version{file, *modified, std::move(loaded).value()};
}

} // namespace

Findings look(const fs::path &file)
{
    Findings findings;
    std::vector<Version> whole;
    std::vector<std::pair<fs::path, WallTime>> temporary;
    for (const fs::path &t : temporaries(file)) {
        const std::optional<WallTime> modified = outline_file::modifiedAt(t);
        if (!modified)
            continue; // gone meanwhile
        temporary.emplace_back(t, *modified);
        if (Result<Outline> loaded = outline_file::load(t); loaded)
            whole.push_back(Version{t, *modified, std::move(loaded).value()});
    }

    std::optional<WallTime> newestGood;
    if (Result<Outline> loaded = outline_file::load(file); loaded) {
        findings.outline = std::move(loaded).value();
        newestGood = outline_file::modifiedAt(file);
    } else {
        findings.unreadable = loaded.error();
        if (auto backup = wholeVersion(outline_file::backupPath(file)))
            whole.push_back(std::move(*backup));
    }
    const auto newest =
        std::max_element(whole.begin(), whole.end(),
                         [](const auto &a, const auto &b) { return a.modified < b.modified; });
    if (newest != whole.end() && (!newestGood || newest->modified > *newestGood)) {
        newestGood = newest->modified;
        findings.offer = std::move(*newest);
    }
    if (newestGood)
        for (const auto &[t, modified] : temporary)
            if (modified <= *newestGood && (!findings.offer || t != findings.offer->file))
                findings.stale.push_back(t);
    return findings;
}

Status removeStale(const Findings &findings)
{
    Status first = ok();
    for (const fs::path &t : findings.stale) {
        std::error_code error;
        if (!fs::remove(t, error) && error && first)
            first = Error("cannot remove " + path_text::utf8(t) + ": " + error.message());
    }
    return first;
}

fs::path unreadablePath(const fs::path &file)
{
    fs::path kept = file;
    kept += ".unreadable";
    return kept;
}

Result<fs::path> keepUnreadable(const fs::path &file)
{
    std::error_code error;
    if (!fs::is_regular_file(fs::symlink_status(file, error)))
        return Error(path_text::utf8(file) + " is not a regular file; it is left as it is");
    const fs::path kept = unreadablePath(file);
    fs::copy_file(file, kept, fs::copy_options::overwrite_existing, error);
    if (error)
        return Error("cannot keep " + path_text::utf8(file) + " aside: " + error.message());
    fs::permissions(kept, fs::perms::owner_read | fs::perms::owner_write, error);
    return kept;
}

} // namespace coachdeck::session_recovery
