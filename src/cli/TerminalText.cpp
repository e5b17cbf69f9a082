#include "cli/TerminalText.hpp"

#include "core/OutlineRules.hpp"

#include <algorithm>

namespace coachdeck::cli {
namespace {

/// Bytes in the UTF-8 sequence that `lead` starts (1 for anything not a lead byte).
std::size_t sequenceLength(unsigned char lead)
{
    if (lead >= 0xf0)
        return 4;
    if (lead >= 0xe0)
        return 3;
    if (lead >= 0xc0)
        return 2;
    return 1;
}

} // namespace

std::string terminalSafe(std::string_view text)
{
    std::string safe;
    safe.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        const auto lead = static_cast<unsigned char>(text[i]);
        const std::size_t length = std::min(sequenceLength(lead), text.size() - i);
        const std::string_view sequence = text.substr(i, length);
        const bool valid = outline_rules::utf8Length(sequence) == 1;
        // C0 controls, DEL, and the C1 controls U+0080..U+009F (encoded C2 80..C2 9F).
        const bool control =
            lead < 0x20 || lead == 0x7f ||
            (length == 2 && lead == 0xc2 && static_cast<unsigned char>(sequence[1]) < 0xa0);
        if (valid && !control) {
            safe += sequence;
            i += length;
        } else {
            safe += '?';
            i += valid ? length : 1;
        }
    }
    return safe;
}

std::size_t displayLength(std::string_view text)
{
    const long long length = outline_rules::utf8Length(text);
    return length < 0 ? text.size() : static_cast<std::size_t>(length);
}

} // namespace coachdeck::cli
