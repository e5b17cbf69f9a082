// The two small loaders beside the outline's on arbitrary bytes: template_json::parse (a file of
// templates/, as TemplateStore reads it) and engagement_json::parse (an engagement.json, as
// EngagementStore reads it). The first byte picks the loader (even: template, odd: engagement;
// the seeds start with `T` or `E`), the rest is the file's text. Anything may be refused, with
// printable reasons; nothing may crash or throw; what is accepted obeys the rules, saves and
// loads back equal, saves to the same text again, and survives toJson/fromJson.

#include "OutlineInvariants.hpp" // checkProblems

#include "core/EngagementJson.hpp"
#include "core/Json.hpp"
#include "core/Result.hpp"
#include "core/TemplateJson.hpp"

#include <cstddef>
#include <cstdint>
#include <exception>
#include <string>
#include <string_view>
#include <vector>

namespace coachdeck::fuzz {
namespace {

void checkRules(const std::vector<Problem> &problems, const char *what)
{
    if (!problems.empty())
        fail(what, problems.front().describe());
}

/// A loader's contract on one input, for either kind of file: the functions of template_json or
/// of engagement_json, and the rules of that kind of value.
template <typename Value, typename Parse, typename Serialize, typename ToJson, typename FromJson,
          typename Rules>
void checkLoader(std::string_view text, Parse parse, Serialize serialize, ToJson toJson,
                 FromJson fromJson, Rules rules)
{
    Result<Value> loaded = Error("not loaded");
    try {
        loaded = parse(text);
    } catch (const std::exception &e) {
        fail("the loader threw", e.what());
    }
    if (!loaded) {
        checkProblems(loaded.error());
        return;
    }
    const Value &value = loaded.value();
    checkRules(rules(value), "an accepted file breaks the rules");

    std::string saved;
    try {
        saved = serialize(value);
    } catch (const std::exception &e) {
        fail("an accepted file does not serialize", e.what());
    }
    Result<Value> again = parse(saved);
    if (!again)
        fail("the saved text does not load back", again.error().message() + "\n" + saved);
    if (!(again.value() == value))
        fail("the saved text loads back as another value",
             Json::diff(toJson(value), toJson(again.value())).dump() + "\n" + saved);
    check(serialize(again.value()) == saved, "saving the reloaded value differs", saved);
    Result<Value> viaDocument = fromJson(toJson(value));
    check(viaDocument.ok() && viaDocument.value() == value, "toJson then fromJson differs", saved);
}

} // namespace
} // namespace coachdeck::fuzz

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace coachdeck;
    if (size == 0)
        return 0;
    const std::string_view text(reinterpret_cast<const char *>(data) + 1, size - 1);
    if ((data[0] & 1) == 0)
        fuzz::checkLoader<AgendaTemplate>(text, template_json::parse, template_json::serialize,
                                          template_json::toJson, template_json::fromJson,
                                          agenda_template::check);
    else
        fuzz::checkLoader<Engagement>(text, engagement_json::parse, engagement_json::serialize,
                                      engagement_json::toJson, engagement_json::fromJson,
                                      engagement_json::check);
    return 0;
}
