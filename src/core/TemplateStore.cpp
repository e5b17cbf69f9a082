#include "core/TemplateStore.hpp"

#include "core/OutlineFile.hpp"
#include "core/PathText.hpp"
#include "core/TemplateJson.hpp"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <iterator>
#include <system_error>

namespace coachdeck {
namespace fs = std::filesystem;
namespace {

constexpr std::string_view kUserPrefix = "user:";

/// A file name from a title: ASCII letters and digits kept (lowercased), every other run of
/// characters one '-'; "template" when nothing is left.
std::string fileStem(const std::string &title)
{
    std::string stem;
    for (const char c : title) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte < 0x80 && std::isalnum(byte))
            stem += static_cast<char>(std::tolower(byte));
        else if (!stem.empty() && stem.back() != '-')
            stem += '-';
        if (stem.size() >= 48)
            break;
    }
    while (!stem.empty() && stem.back() == '-')
        stem.pop_back();
    return stem.empty() ? "template" : stem;
}

Result<std::string> readText(const fs::path &file)
{
    std::ifstream in(file, std::ios::binary);
    if (!in)
        return Error("cannot be read");
    std::string text;
    text.resize(template_json::kFileBytes + 1);
    in.read(text.data(), static_cast<std::streamsize>(text.size()));
    text.resize(static_cast<std::size_t>(in.gcount()));
    if (in.bad())
        return Error("cannot be read");
    return text;
}

std::string describe(const fs::path &file, const Error &error)
{
    std::string line = path_text::utf8(file.filename()) + ": ";
    for (std::size_t i = 0; i < error.problems.size() && i < 3; ++i)
        line += (i > 0 ? "; " : "") + error.problems[i].describe();
    if (error.problems.size() > 3)
        line += "; ...";
    return line;
}

} // namespace

std::string TemplateStore::idFor(const fs::path &file)
{
    return std::string(kUserPrefix) + path_text::utf8(file.stem());
}

TemplateStore::Listing TemplateStore::load() const
{
    Listing listing;
    std::error_code error;
    std::vector<fs::path> files;
    for (fs::directory_iterator it(folder_, error), end; !error && it != end; it.increment(error)) {
        const fs::path &file = it->path();
        std::error_code kind;
        if (file.extension() == ".json" && it->is_regular_file(kind))
            files.push_back(file);
    }
    std::sort(files.begin(), files.end());
    if (files.size() > kMaxTemplates) {
        listing.problems.push_back(std::to_string(files.size() - kMaxTemplates) +
                                   " templates not read: a folder holds at most " +
                                   std::to_string(kMaxTemplates));
        files.resize(kMaxTemplates);
    }
    for (const fs::path &file : files) {
        Result<std::string> text = readText(file);
        Result<AgendaTemplate> read =
            text ? template_json::parse(*text) : Result<AgendaTemplate>(text.error());
        if (!read) {
            listing.problems.push_back(describe(file, read.error()));
            continue;
        }
        AgendaTemplate t = std::move(read).value();
        t.id = idFor(file);
        listing.templates.push_back(std::move(t));
    }
    std::stable_sort(
        listing.templates.begin(), listing.templates.end(),
        [](const AgendaTemplate &a, const AgendaTemplate &b) { return a.title < b.title; });
    return listing;
}

Result<fs::path> TemplateStore::save(const AgendaTemplate &t) const
{
    if (std::vector<Problem> problems = agenda_template::check(t); !problems.empty())
        return Error(std::move(problems));
    for (const AgendaTemplate &existing : load().templates)
        if (existing.title == t.title)
            return Error("a template named \"" + t.title + "\" already exists");
    const std::string stem = fileStem(t.title);
    fs::path file = folder_ / (stem + ".json");
    std::error_code error;
    for (int n = 2; fs::exists(file, error) || fs::exists(outline_file::backupPath(file), error);
         ++n)
        file = folder_ / (stem + "-" + std::to_string(n) + ".json");
    std::string text;
    try {
        text = template_json::serialize(t);
    } catch (const std::exception &e) {
        return Error(std::string("the template cannot be written: ") + e.what());
    }
    if (Status written = outline_file::writeAtomically(file, text); !written)
        return written.error();
    return file;
}

Status TemplateStore::remove(const std::string &id) const
{
    if (id.compare(0, kUserPrefix.size(), kUserPrefix) != 0)
        return Error("\"" + id + "\" is not one of your templates");
    const std::string stem = id.substr(kUserPrefix.size());
    // A stem names a file of the folder, never a path out of it.
    if (stem.empty() || stem == "." || stem == ".." || stem.find('/') != std::string::npos ||
        stem.find('\0') != std::string::npos)
        return Error("\"" + id + "\" is not one of your templates");
    const fs::path file = folder_ / (stem + ".json");
    std::error_code error;
    const fs::file_status status = fs::symlink_status(file, error);
    if (!fs::exists(status))
        return Error("there is no template file " + path_text::utf8(file) + " any more");
    if (!fs::is_regular_file(status))
        return Error(path_text::utf8(file) + " is not a template file: it was left as it is");
    if (!fs::remove(file, error) || error)
        return Error("cannot remove " + path_text::utf8(file) + ": " +
                     (error ? error.message() : std::string("it is gone")));
    return ok();
}

} // namespace coachdeck
