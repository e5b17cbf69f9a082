// The outline loader on arbitrary bytes: outline_json::parse, as outline_file::load calls it on
// a file's text. Anything may be refused, nothing may crash, and what is accepted must hold the
// invariants of OutlineInvariants.hpp.

#include "OutlineInvariants.hpp"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace coachdeck;
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    Result<Outline> outline = outline_json::parse(text);
    if (outline)
        fuzz::checkAcceptedOutline(outline.value());
    else
        fuzz::checkProblems(outline.error());
    return 0;
}
