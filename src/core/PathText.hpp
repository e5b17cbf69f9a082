#pragma once

#include <filesystem>
#include <string>
#include <string_view>

namespace coachdeck {

/// Paths and UTF-8 text, the same on every platform. CoachDeck's strings are UTF-8; a
/// std::filesystem::path made from a plain std::string, or its string(), uses the system's narrow
/// code page on Windows (not UTF-8), so core code goes through these two instead. On Linux and
/// macOS both are a plain copy of the bytes.
namespace path_text {

/// The path named by UTF-8 `text` (on Windows: converted to UTF-16).
inline std::filesystem::path fromUtf8(std::string_view text)
{
    return std::filesystem::path(
        std::u8string_view(reinterpret_cast<const char8_t *>(text.data()), text.size()));
}

/// `path` as UTF-8 text, for messages and for names kept in files.
inline std::string utf8(const std::filesystem::path &path)
{
    const std::u8string text = path.u8string();
    return std::string(text.begin(), text.end());
}

} // namespace path_text
} // namespace coachdeck
