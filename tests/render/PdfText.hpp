#pragma once

// Reading produced PDF files the way a person checking them would, with Debian's poppler-utils
// (`pdftotext`, `pdfinfo`), as the issue asks. Header-only: the render and CLI tests share it.

#include <cstdio>
#include <filesystem>
#include <optional>
#include <string>

namespace coachdeck::pdf_text {

inline std::string quoted(const std::string &text)
{
    std::string out = "'";
    for (char c : text)
        out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return out + "'";
}

/// Standard output of a shell command; nullopt when it fails.
inline std::optional<std::string> output(const std::string &command)
{
    FILE *pipe = ::popen((command + " 2>/dev/null").c_str(), "r");
    if (!pipe)
        return std::nullopt;
    std::string text;
    char buffer[4096];
    for (size_t n; (n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0;)
        text.append(buffer, n);
    return ::pclose(pipe) == 0 ? std::optional<std::string>(text) : std::nullopt;
}

inline bool available()
{
    return output("command -v pdftotext && command -v pdfinfo").has_value();
}

/// The text of pages `first`..`last` (0: to the end), whitespace runs folded into one space so
/// a phrase wrapped across lines is still found.
inline std::string text(const std::filesystem::path &pdf, int first = 1, int last = 0)
{
    std::string command = "pdftotext -enc UTF-8 -f " + std::to_string(first);
    if (last > 0)
        command += " -l " + std::to_string(last);
    const std::optional<std::string> raw = output(command + " " + quoted(pdf.string()) + " -");
    std::string folded;
    bool blank = false;
    for (char c : raw.value_or(std::string{})) {
        const bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
        if (space) {
            if (!blank && !folded.empty())
                folded += ' ';
            blank = true;
        } else {
            folded += c;
            blank = false;
        }
    }
    return folded;
}

/// Page count from `pdfinfo`; -1 when unreadable.
inline int pages(const std::filesystem::path &pdf)
{
    const std::optional<std::string> info = output("pdfinfo " + quoted(pdf.string()));
    if (!info)
        return -1;
    const std::string key = "Pages:";
    const auto at = info->find(key);
    if (at == std::string::npos)
        return -1;
    return std::stoi(info->substr(at + key.size()));
}

/// The page size line of `pdfinfo` ("595.276 x 841.89 pts (A4)").
inline std::string pageSize(const std::filesystem::path &pdf)
{
    const std::optional<std::string> info = output("pdfinfo " + quoted(pdf.string()));
    if (!info)
        return {};
    const auto at = info->find("Page size:");
    if (at == std::string::npos)
        return {};
    const auto end = info->find('\n', at);
    return info->substr(at, end - at);
}

} // namespace coachdeck::pdf_text
