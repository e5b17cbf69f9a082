// Engagement folders: creating, reading, listing, and the sessions inside one.
// Removing a client's data is in EngagementStoreDelete.cpp.
#include "core/EngagementStore.hpp"

#include "core/EngagementJson.hpp"
#include "core/EngagementSessions.hpp"
#include "core/OutlineFile.hpp"
#include "core/OutlineRules.hpp"
#include "core/PathText.hpp"
#include "core/platform/Files.hpp"

#include <algorithm>
#include <charconv>

namespace coachdeck {
namespace fs = std::filesystem;
namespace {

constexpr std::size_t kMaxFolderNameBytes = 64;
constexpr std::size_t kMaxEngagementBytes = 1024 * 1024;
constexpr std::string_view kSessionPrefix = "session-";
constexpr std::string_view kSessionSuffix = ".json";

bool isAsciiWordChar(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

/// Each problem's reason names the file, its pointer stays the JSON pointer.
Error inFile(Error error, const fs::path &file)
{
    for (Problem &problem : error.problems)
        problem.reason += " (in " + path_text::utf8(file) + ")";
    return error;
}

} // namespace

EngagementStore::EngagementStore(fs::path root) : root_(std::move(root)) {}

std::string EngagementStore::folderNameFor(std::string_view pseudonym)
{
    std::string name;
    for (std::size_t i = 0; i < pseudonym.size();) {
        const auto c = static_cast<unsigned char>(pseudonym[i]);
        const std::size_t length = c < 0xc0 ? 1 : c < 0xe0 ? 2 : c < 0xf0 ? 3 : 4;
        const std::string_view piece = pseudonym.substr(i, length);
        const bool keep = c < 0x80 ? isAsciiWordChar(c) : outline_rules::utf8Length(piece) == 1;
        if (!keep) {
            // Separators, dots, spaces, stray bytes: one '-' for a run of them.
            if (!name.empty() && name.back() != '-' && name.size() < kMaxFolderNameBytes)
                name += '-';
            ++i;
            continue;
        }
        if (name.size() + piece.size() > kMaxFolderNameBytes)
            break;
        name += piece;
        i += piece.size();
    }
    while (!name.empty() && name.back() == '-')
        name.pop_back();
    while (!name.empty() && name.front() == '-')
        name.erase(name.begin());
    return name.empty() ? std::string("client") : name;
}

std::vector<EngagementStore::Entry> EngagementStore::list() const
{
    std::vector<Entry> out;
    std::error_code ec;
    for (fs::directory_iterator it(root_, ec), end; !ec && it != end; it.increment(ec)) {
        std::error_code statError;
        if (!it->is_directory(statError) || it->is_symlink(statError))
            continue;
        if (Result<Engagement> loaded = load(it->path()))
            out.push_back({it->path(), std::move(loaded).value()});
    }
    std::sort(out.begin(), out.end(), [](const Entry &a, const Entry &b) {
        return a.folder.filename() < b.folder.filename();
    });
    return out;
}

Result<fs::path> EngagementStore::create(const Engagement &engagement) const
{
    if (std::vector<Problem> problems = engagement_json::check(engagement); !problems.empty())
        return Error(std::move(problems));
    if (Status made = outline_file::ensureFolder(root_); !made)
        return made.error();
    const std::string base = folderNameFor(engagement.clientPseudonym);
    // Creating the folder claims its name: two clients with one folder name get "-2", "-3", ...
    for (int n = 1; n < 1000; ++n) {
        const fs::path folder =
            root_ / path_text::fromUtf8(n == 1 ? base : base + "-" + std::to_string(n));
        Result<platform_files::FolderMade> made = platform_files::createFolder(folder);
        if (!made)
            return made.error();
        if (*made == platform_files::FolderMade::AlreadyThere)
            continue;
        if (Status saved = save(folder, engagement); !saved) {
            std::error_code ec;
            fs::remove(folder, ec); // empty unless the write left something behind
            return saved.error();
        }
        return folder;
    }
    return Error("too many engagements named after \"" + base + "\" in " + path_text::utf8(root_));
}

Result<Engagement> EngagementStore::load(const fs::path &folder)
{
    const fs::path file = folder / kEngagementFile;
    Result<std::string> text = outline_file::readRegularFile(file, [](std::size_t bytes) -> Status {
        if (bytes > kMaxEngagementBytes)
            return Error("the file is " + std::to_string(bytes) + " bytes, more than " +
                         std::to_string(kMaxEngagementBytes));
        return ok();
    });
    if (!text)
        return inFile(text.error(), file);
    Result<Engagement> engagement = engagement_json::parse(text.value());
    if (!engagement)
        return inFile(engagement.error(), file);
    return engagement;
}

Status EngagementStore::save(const fs::path &folder, const Engagement &engagement)
{
    if (std::vector<Problem> problems = engagement_json::check(engagement); !problems.empty())
        return Error(std::move(problems));
    return outline_file::writeAtomically(folder / kEngagementFile,
                                         engagement_json::serialize(engagement));
}

std::optional<fs::path> EngagementStore::folderOf(const fs::path &outlineFile)
{
    const fs::path folder = outlineFile.parent_path();
    std::error_code ec;
    if (fs::is_regular_file(folder / kEngagementFile, ec))
        return folder;
    return std::nullopt;
}

fs::path EngagementStore::sessionFile(const fs::path &folder, int number)
{
    std::string digits = std::to_string(number);
    if (digits.size() < 2)
        digits.insert(0, 2 - digits.size(), '0');
    return folder / (std::string(kSessionPrefix) + digits + std::string(kSessionSuffix));
}

int EngagementStore::sessionNumberOf(const fs::path &file)
{
    const std::string name = path_text::utf8(file.filename());
    if (name.size() <= kSessionPrefix.size() + kSessionSuffix.size() ||
        name.compare(0, kSessionPrefix.size(), kSessionPrefix) != 0 ||
        name.compare(name.size() - kSessionSuffix.size(), kSessionSuffix.size(), kSessionSuffix) !=
            0)
        return 0;
    const char *first = name.data() + kSessionPrefix.size();
    const char *last = name.data() + name.size() - kSessionSuffix.size();
    int number = 0;
    auto [end, error] = std::from_chars(first, last, number);
    return error == std::errc{} && end == last && number > 0 ? number : 0;
}

std::vector<fs::path> EngagementStore::sessionFiles(const fs::path &folder)
{
    std::vector<fs::path> out;
    std::error_code ec;
    for (fs::directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec)) {
        std::error_code statError;
        if (sessionNumberOf(it->path()) > 0 && it->is_regular_file(statError) &&
            !it->is_symlink(statError))
            out.push_back(it->path());
    }
    std::sort(out.begin(), out.end(), [](const fs::path &a, const fs::path &b) {
        return sessionNumberOf(a) < sessionNumberOf(b);
    });
    return out;
}

Result<std::vector<EngagementStore::SessionFile>> EngagementStore::sessions(const fs::path &folder)
{
    std::vector<SessionFile> out;
    for (const fs::path &file : sessionFiles(folder)) {
        Result<Outline> outline = outline_file::load(file);
        if (!outline)
            return inFile(outline.error(), file);
        out.push_back({file, std::move(outline).value()});
    }
    return out;
}

Result<EngagementProgress> EngagementStore::progress(const fs::path &folder)
{
    Result<Engagement> engagement = load(folder);
    if (!engagement)
        return engagement.error();
    Result<std::vector<SessionFile>> files = sessions(folder);
    if (!files)
        return files.error();
    std::vector<Outline> outlines;
    for (SessionFile &session : files.value())
        outlines.push_back(std::move(session.outline));
    return engagement_sessions::progress(engagement.value(), outlines);
}

Result<EngagementProgress> EngagementStore::progressOf(const fs::path &outlineFile)
{
    const std::optional<fs::path> folder = folderOf(outlineFile);
    if (!folder)
        return Error(path_text::utf8(outlineFile) + " belongs to no engagement (no " +
                     std::string(kEngagementFile) + " beside it)");
    return progress(*folder);
}

Result<EngagementStore::SessionFile>
EngagementStore::startNextSession(const fs::path &folder, const Date &date,
                                  const std::string &reviewTitle, const Outline *agendaTemplate)
{
    Result<Engagement> engagement = load(folder);
    if (!engagement)
        return engagement.error();
    Result<std::vector<SessionFile>> files = sessions(folder);
    if (!files)
        return files.error();
    const SessionFile *previous = files->empty() ? nullptr : &files->back();
    engagement_sessions::NextSession next;
    next.engagementName = path_text::utf8(folder.filename());
    next.number = previous ? sessionNumberOf(previous->file) + 1 : 1;
    next.date = date;
    next.previous = previous ? &previous->outline : nullptr;
    next.agendaTemplate = agendaTemplate;
    next.reviewTitle = reviewTitle;
    SessionFile made{sessionFile(folder, next.number),
                     engagement_sessions::nextSession(engagement.value(), next)};
    if (std::vector<Problem> problems = outline_rules::checkOutline(made.outline);
        !problems.empty())
        return Error(std::move(problems));
    std::error_code ec;
    if (fs::exists(fs::symlink_status(made.file, ec)))
        return Error(path_text::utf8(made.file) + " already exists");
    if (Status saved = outline_file::save(made.file, made.outline); !saved)
        return saved.error();
    return made;
}

} // namespace coachdeck
