// JsonDocumentBuilder, CoachDeck's own JSON parser, held to nlohmann's: on any bytes both accept
// or both refuse, and when they accept they build equal documents.

#include "FuzzCheck.hpp"

#include "core/JsonDocumentBuilder.hpp"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <exception>
#include <string_view>

namespace {

/// Brackets opened at most, strings skipped: deep documents are compared only up to a depth
/// the recursive operator== can take on the fuzzer's stack.
std::size_t roughDepth(std::string_view text)
{
    std::size_t depth = 0, deepest = 0;
    for (const char c : text) {
        if (c == '[' || c == '{')
            deepest = std::max(deepest, ++depth);
        else if ((c == ']' || c == '}') && depth > 0)
            --depth;
    }
    return deepest;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace coachdeck;
    const std::string_view text(reinterpret_cast<const char *>(data), size);

    JsonDocumentBuilder builder;
    bool built = false;
    try {
        built = builder.parse(text);
    } catch (const std::exception &e) {
        fuzz::fail("JsonDocumentBuilder::parse threw", e.what());
    }
    Json reference;
    try {
        reference = Json::parse(text, nullptr, false);
    } catch (const std::exception &) {
        reference = Json(Json::value_t::discarded);
    }
    fuzz::check(built == !reference.is_discarded(),
                built ? "JsonDocumentBuilder accepted what nlohmann refuses"
                      : "JsonDocumentBuilder refused what nlohmann accepts",
                built ? std::string_view{} : std::string_view{builder.error()});
    if (!built)
        fuzz::check(!builder.error().empty(), "JsonDocumentBuilder refused without a message");
    if (built && roughDepth(text) <= 200)
        fuzz::check(builder.document() == reference, "JsonDocumentBuilder built another document");
    return 0;
}
