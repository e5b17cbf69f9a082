#pragma once

#include "core/Engagement.hpp"
#include "core/EngagementProgress.hpp"
#include "core/Outline.hpp"
#include "core/Result.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace coachdeck {

/// Engagements on disk (docs/engagements.md): under a root folder, one folder per client
/// pseudonym holding engagement.json and that client's session outlines (session-01.json,
/// session-02.json, ...). Files are written atomically, owner-only (0600, folders 0700).
/// Only local files; no state but the root, so any thread may use its own store.
class EngagementStore {
public:
    static constexpr std::string_view kEngagementFile = "engagement.json";

    struct Entry {
        std::filesystem::path folder;
        Engagement engagement;
        bool operator==(const Entry &) const = default;
    };
    struct SessionFile {
        std::filesystem::path file;
        Outline outline;
        bool operator==(const SessionFile &) const = default;
    };

    explicit EngagementStore(std::filesystem::path root);
    const std::filesystem::path &root() const { return root_; }

    /// The engagements under the root, by folder name. A folder whose engagement.json does not
    /// load is left out (load() on it says why); a missing root is an empty list.
    std::vector<Entry> list() const;
    /// Makes a folder for `engagement` (named after the pseudonym, see folderNameFor) and writes
    /// its engagement.json. Returns the folder. No session file is made.
    Result<std::filesystem::path> create(const Engagement &engagement) const;

    /// Reads `folder`/engagement.json. A malformed file is left as it is; the error names the
    /// file and the JSON pointer of each problem.
    static Result<Engagement> load(const std::filesystem::path &folder);
    /// Writes `folder`/engagement.json (the previous one kept as engagement.json.bak).
    static Status save(const std::filesystem::path &folder, const Engagement &engagement);

    /// The engagement folder an outline file belongs to: its folder, when that folder holds an
    /// engagement.json; otherwise nothing (a session outside any engagement).
    static std::optional<std::filesystem::path> folderOf(const std::filesystem::path &outlineFile);
    /// "session-01.json" ... in `folder`; numbers past 99 have as many digits as they need.
    static std::filesystem::path sessionFile(const std::filesystem::path &folder, int number);
    /// The session outline files of `folder` (session-<n>.json), by number.
    static std::vector<std::filesystem::path> sessionFiles(const std::filesystem::path &folder);
    /// The number in "session-<n>.json", or 0 when the name is not a session file's.
    static int sessionNumberOf(const std::filesystem::path &file);
    /// Every session outline of `folder`, by number; the first that fails to load is the error.
    static Result<std::vector<SessionFile>> sessions(const std::filesystem::path &folder);

    /// Progress of the engagement in `folder` (engagement_sessions::progress over its files).
    static Result<EngagementProgress> progress(const std::filesystem::path &folder);
    /// Progress of the engagement `outlineFile` belongs to; an error when it belongs to none.
    /// What the sponsor report calls for an outline file.
    static Result<EngagementProgress> progressOf(const std::filesystem::path &outlineFile);

    /// Writes the next session's outline (engagement_sessions::nextSession from the session
    /// with the highest number) as session-<n+1>.json and returns it. Never overwrites a file.
    static Result<SessionFile> startNextSession(const std::filesystem::path &folder,
                                                const Date &date, const std::string &reviewTitle,
                                                const Outline *agendaTemplate = nullptr);

    /// Every file of the engagement in `folder` (what deleteClientData would remove, folders and
    /// the locks of open sessions excepted), after the same checks.
    Result<std::vector<std::filesystem::path>>
    clientFiles(const std::filesystem::path &folder) const;
    /// Removes the engagement folder and everything in it. Refused (nothing removed) unless
    /// `folder` is an engagement folder directly under the root, not a symbolic link, holding no
    /// symbolic link that points outside it. Returns every path removed, the folder last.
    Result<std::vector<std::filesystem::path>>
    deleteClientData(const std::filesystem::path &folder) const;

    /// A safe folder name for a pseudonym: letters and digits kept (UTF-8 included), anything
    /// else (separators, dots, spaces, control characters) turned into '-', at most 64 bytes;
    /// "client" when nothing is left. Never ".", ".." or a path.
    static std::string folderNameFor(std::string_view pseudonym);

private:
    std::filesystem::path root_;
};

} // namespace coachdeck
