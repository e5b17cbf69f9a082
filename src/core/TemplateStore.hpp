#pragma once

#include "core/AgendaTemplate.hpp"
#include "core/Result.hpp"

#include <cstddef>
#include <filesystem>
#include <string>
#include <vector>

namespace coachdeck {

/// The coach's own agenda templates: one "coachdeck.template" file each (docs/templates.md) in
/// one folder (`templates/` of the session library's folder in the dock). Files are written
/// atomically and owner-only (0600, the folder 0700) as outlines are. A file that cannot be
/// read is reported and skipped, never changed nor deleted. No Qt, no libobs; the caller's
/// thread.
class TemplateStore {
public:
    static constexpr std::size_t kMaxTemplates = 200; ///< read at most; more are reported

    /// What load() found: the templates (sorted by title) and one line per file skipped,
    /// "name.json: /items/2/plannedMinutes: expected a non-negative number".
    struct Listing {
        std::vector<AgendaTemplate> templates;
        std::vector<std::string> problems;
    };

    explicit TemplateStore(std::filesystem::path folder) : folder_(std::move(folder)) {}

    const std::filesystem::path &folder() const { return folder_; }

    /// Every "*.json" file of the folder. A missing folder holds no template and no problem.
    /// Each template's id is "user:" followed by its file's name without ".json".
    Listing load() const;

    /// Writes `t` (its id ignored) to a new file named after its title, never replacing one:
    /// the file, or why not (a title already used by a template of the folder among others).
    Result<std::filesystem::path> save(const AgendaTemplate &t) const;

    /// Removes the file of the coach's template `id` ("user:<file stem>", as load() gives it),
    /// and nothing else: its backup, other files and the folder stay. Refused, with nothing
    /// removed, for an id that is not one of the folder's templates (a built-in one, a path, a
    /// file that is gone or is not a regular file); a failure to remove says why.
    Status remove(const std::string &id) const;

    /// The id a template saved in `file` has.
    static std::string idFor(const std::filesystem::path &file);

private:
    std::filesystem::path folder_;
};

} // namespace coachdeck
