// The outline loader on arbitrary bytes: outline_json::parse, as outline_file::load calls it on
// a file's text. Anything may be refused, nothing may crash, and what is accepted must hold the
// invariants of OutlineInvariants.hpp.

#include "OutlineInvariants.hpp"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    coachdeck::fuzz::checkParse(std::string_view(reinterpret_cast<const char *>(data), size));
    return 0;
}
