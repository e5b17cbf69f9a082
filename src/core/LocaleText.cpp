#include "core/LocaleText.hpp"

#include "core/PathText.hpp"

#include <algorithm>
#include <fstream>
#include <iterator>
#include <sstream>

namespace coachdeck {
namespace {

constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f';
}

char upperAscii(char c)
{
    return (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
}

bool equalsIgnoringCase(std::string_view a, std::string_view b)
{
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return upperAscii(x) == upperAscii(y);
           });
}

std::string_view trimFront(std::string_view text)
{
    const auto first = std::find_if_not(text.begin(), text.end(), isSpace);
    return text.substr(static_cast<std::size_t>(first - text.begin()));
}

void replaceAll(std::string &text, std::string_view from, std::string_view to)
{
    for (auto at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size())) {
        text.replace(at, from.size(), to);
    }
}

// libobs applies these one after the other over the whole value; so do we, to read the same.
std::string decodeEscapes(std::string_view raw)
{
    std::string value(raw);
    replaceAll(value, "\\n", "\n");
    replaceAll(value, "\\t", "\t");
    replaceAll(value, "\\r", "\r");
    replaceAll(value, "\\\"", "\"");
    return value;
}

// The quoted text after the opening quote, up to the first quote not preceded by a backslash;
// nullopt when the line ends first.
std::optional<std::string_view> quotedBody(std::string_view afterQuote)
{
    bool escaped = false;
    for (std::size_t i = 0; i < afterQuote.size(); ++i) {
        if (escaped) {
            escaped = false;
        } else if (afterQuote[i] == '\\') {
            escaped = true;
        } else if (afterQuote[i] == '"') {
            return afterQuote.substr(0, i);
        }
    }
    return std::nullopt;
}

// What one non-comment line holds, read like libobs would.
struct LineReading {
    std::string_view key;
    std::optional<std::string_view> value; ///< raw, escapes not decoded; nullopt: no entry
    std::string problem;                   ///< empty when OBS reads the line as written
    bool stopsFile = false;                ///< OBS reads nothing after this line
};

LineReading readLine(std::string_view line)
{
    constexpr const char *kSpacesAroundEquals = "spaces around '=' (OBS would read a blank text)";
    LineReading reading;
    const auto keyEnd =
        std::find_if(line.begin(), line.end(), [](char c) { return c == '=' || isSpace(c); });
    reading.key = line.substr(0, static_cast<std::size_t>(keyEnd - line.begin()));
    std::string_view rest = line.substr(reading.key.size());

    if (reading.key.empty()) {
        reading.problem = "no key before '='";
        return reading;
    }
    if (rest.empty() || rest.front() != '=') {
        const bool equalsFollows = trimFront(rest).starts_with('=');
        reading.problem = equalsFollows ? kSpacesAroundEquals : "expected Key=\"Value\"";
        return reading;
    }
    rest.remove_prefix(1);
    if (trimFront(rest).empty()) {
        reading.problem = "no value after '='";
        return reading;
    }
    if (isSpace(rest.front())) {
        reading.problem = kSpacesAroundEquals;
        return reading;
    }

    if (rest.front() == '"') {
        const auto body = quotedBody(rest.substr(1));
        const std::string_view text = body ? *body : rest.substr(1);
        if (text.empty()) {
            reading.problem = "empty value (OBS stops reading the file here)";
            reading.stopsFile = true;
            return reading;
        }
        if (!body) {
            reading.problem = "missing closing quote";
        }
        reading.value = text;
        return reading;
    }

    const auto valueEnd =
        std::find_if(rest.begin(), rest.end(), [](char c) { return c == '#' || isSpace(c); });
    const std::string_view word = rest.substr(0, static_cast<std::size_t>(valueEnd - rest.begin()));
    if (word.empty()) { // "Key=# comment"
        reading.problem = "no value after '='";
        return reading;
    }
    reading.value = word;
    const std::string_view after = trimFront(rest.substr(word.size()));
    if (!after.empty() && after.front() != '#') {
        reading.problem = "unquoted value with spaces (OBS keeps only the first word)";
    }
    return reading;
}

} // namespace

LocaleText LocaleText::parse(std::string_view contents)
{
    LocaleText result;
    if (contents.substr(0, kByteOrderMark.size()) == kByteOrderMark) {
        contents.remove_prefix(kByteOrderMark.size());
    }

    int lineNumber = 0;
    while (!contents.empty()) {
        const auto lineEnd = contents.find('\n');
        const std::string_view line = trimFront(contents.substr(0, lineEnd));
        contents.remove_prefix(lineEnd == std::string_view::npos ? contents.size() : lineEnd + 1);
        ++lineNumber;

        if (line.empty() || line.front() == '#' || line.front() == ';') {
            continue;
        }
        LineReading reading = readLine(line);
        if (!reading.problem.empty()) {
            result.issues_.push_back({lineNumber, std::move(reading.problem)});
        }
        if (reading.stopsFile) {
            break;
        }
        if (reading.value) {
            result.set(reading.key, decodeEscapes(*reading.value));
        }
    }
    return result;
}

Result<LocaleText> LocaleText::loadFile(const std::filesystem::path &file)
{
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        return Error("cannot read locale file " + path_text::utf8(file));
    }
    std::ostringstream contents;
    contents << in.rdbuf();
    if (in.bad()) {
        return Error("cannot read locale file " + path_text::utf8(file));
    }
    return parse(contents.str());
}

Result<LocaleText> LocaleText::load(const std::filesystem::path &localeDir, std::string_view locale)
{
    auto text = loadFile(localeDir / (std::string(kDefaultLocale) + ".ini"));
    if (!text || equalsIgnoringCase(locale, kDefaultLocale) || locale.empty()) {
        return text;
    }
    const auto translationFile = localeDir / (std::string(locale) + ".ini");
    std::error_code ignored;
    if (!std::filesystem::exists(translationFile, ignored)) {
        return text;
    }
    auto translation = loadFile(translationFile);
    if (!translation) {
        return translation.error();
    }
    text.value().overlay(translation.value());
    return text;
}

void LocaleText::overlay(const LocaleText &other)
{
    for (const auto &entry : other.entries_) {
        set(entry.key, entry.value);
    }
    issues_.insert(issues_.end(), other.issues_.begin(), other.issues_.end());
}

std::optional<std::string_view> LocaleText::find(std::string_view key) const
{
    if (const auto index = indexOf(key)) {
        return std::string_view(entries_[*index].value);
    }
    return std::nullopt;
}

std::string LocaleText::text(std::string_view key) const
{
    return std::string(find(key).value_or(key));
}

std::vector<std::string> LocaleText::keys() const
{
    std::vector<std::string> result;
    result.reserve(entries_.size());
    std::transform(entries_.begin(), entries_.end(), std::back_inserter(result),
                   [](const Entry &e) { return e.key; });
    return result;
}

void LocaleText::set(std::string_view key, std::string value)
{
    if (const auto index = indexOf(key)) {
        entries_[*index].value = std::move(value);
        return;
    }
    entries_.push_back({std::string(key), std::move(value)});
}

std::optional<std::size_t> LocaleText::indexOf(std::string_view key) const
{
    const auto found = std::find_if(entries_.begin(), entries_.end(),
                                    [&](const Entry &e) { return equalsIgnoringCase(e.key, key); });
    if (found == entries_.end()) {
        return std::nullopt;
    }
    return static_cast<std::size_t>(found - entries_.begin());
}

} // namespace coachdeck
