#pragma once

#include "core/Result.hpp"

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace coachdeck {

/// The texts of an OBS locale file (`data/locale/xx-YY.ini`), read the way libobs reads them,
/// so the CLI and the tests see what the plugin shows inside OBS. Pure C++, no Qt, no libobs.
///
/// Format, as libobs 29 parses it:
/// - one `Key="Value"` per line, no spaces around `=`; keys are ASCII and case-insensitive;
/// - a line starting with `#` or `;` is a comment;
/// - in values, `\n`, `\t`, `\r` and `\"` become newline, tab, carriage return and quote
///   (in that order, as plain replacements, exactly like libobs); other backslashes stay;
/// - a later line for the same key replaces the earlier text;
/// - an unquoted value ends at the first space.
///
/// Lines that OBS would misread are listed in issues(): `Key = "x"` (OBS reads a blank) and a line
/// with no `=` are left out; `Key=""` makes OBS stop reading the rest of the file, and so does
/// this parser. Shipped locale files must have no issues (a test checks).
///
/// Fallback: load() reads en-US.ini and lays the requested locale over it, as OBS does, so a key
/// a translation lacks shows its English text, and a key nobody has shows itself.
class LocaleText {
public:
    static constexpr std::string_view kDefaultLocale = "en-US";

    /// A line the parser could not take as written (line numbers start at 1).
    struct Issue {
        int line = 0;
        std::string reason;

        bool operator==(const Issue &) const = default;
    };

    /// Parses the contents of one locale file (UTF-8, a leading byte-order mark is skipped).
    /// Never fails: what cannot be read is reported in issues().
    static LocaleText parse(std::string_view contents);

    /// Reads and parses one file; an Error naming the file when it cannot be read.
    static Result<LocaleText> loadFile(const std::filesystem::path &file);

    /// `<localeDir>/en-US.ini` with `<localeDir>/<locale>.ini` laid over it when that file exists.
    /// An Error when en-US.ini cannot be read; a missing translation is not an error.
    static Result<LocaleText> load(const std::filesystem::path &localeDir, std::string_view locale);

    /// Adds the entries of `other`, replacing the texts of keys both have; appends its issues.
    void overlay(const LocaleText &other);

    /// The text of `key` (case-insensitive), or nullopt. The view lives as long as this object
    /// is not modified.
    std::optional<std::string_view> find(std::string_view key) const;

    /// The text of `key`, or the key itself when there is none (what obs_module_text does).
    std::string text(std::string_view key) const;

    bool contains(std::string_view key) const { return find(key).has_value(); }

    /// The keys in the order first seen, spelled as first seen.
    std::vector<std::string> keys() const;

    std::size_t size() const { return entries_.size(); }
    bool empty() const { return entries_.empty(); }

    const std::vector<Issue> &issues() const { return issues_; }

    bool operator==(const LocaleText &) const = default;

private:
    struct Entry {
        std::string key;
        std::string value;

        bool operator==(const Entry &) const = default;
    };

    void set(std::string_view key, std::string value);
    std::optional<std::size_t> indexOf(std::string_view key) const;

    std::vector<Entry> entries_;
    std::vector<Issue> issues_;
};

} // namespace coachdeck
