// Engagement <-> JSON. The reader collects every problem with its pointer, as the
// outline reader does; unknown keys go out first on writing, known keys after.
#include "core/EngagementJson.hpp"

#include "core/JsonReader.hpp"
#include "core/Limits.hpp"
#include "core/OutlineJson.hpp"
#include "core/OutlineRules.hpp"

#include <cmath>
#include <exception>

namespace coachdeck::engagement_json {
namespace {

constexpr double kMsPerHour = 3'600'000.0;
constexpr long long kMaxHours = 10'000;
/// engagement.json is a few hundred bytes; unknown keys get room, not megabytes.
constexpr std::size_t kMaxFileBytes = 1024 * 1024;

} // namespace

std::vector<Problem> check(const Engagement &e)
{
    std::vector<Problem> out;
    outline_rules::checkText(e.clientPseudonym, limits::kTitleChars, "/client", out, true);
    if (e.sponsor)
        outline_rules::checkText(*e.sponsor, limits::kTitleChars, "/sponsor", out);
    if (e.sessionsPlanned < 1 || e.sessionsPlanned > limits::kMaxSessions)
        out.push_back({"/sessionsPlanned", "expected a whole number from 1 to " +
                                               std::to_string(limits::kMaxSessions)});
    if (e.hoursPlanned <= Millis{0} || e.hoursPlanned > std::chrono::hours{kMaxHours})
        out.push_back({"/hoursPlanned",
                       "expected a number of hours above 0, at most " + std::to_string(kMaxHours)});
    if (e.cadenceDays < 1 || e.cadenceDays > Engagement::kMaxCadenceDays)
        out.push_back({"/cadenceDays", "expected a whole number of days from 1 to " +
                                           std::to_string(Engagement::kMaxCadenceDays)});
    return out;
}

Json toJson(const Engagement &e)
{
    Json out = Json::object();
    out["format"] = kEngagementFormat;
    out["version"] = kEngagementVersion;
    for (const auto &[key, value] : e.unknown.items())
        out[key] = value;
    out["client"] = e.clientPseudonym;
    out["sponsor"] = e.sponsor ? Json(*e.sponsor) : Json(nullptr);
    out["sessionsPlanned"] = e.sessionsPlanned;
    const double hours = static_cast<double>(e.hoursPlanned.count()) / kMsPerHour;
    if (hours == std::floor(hours))
        out["hoursPlanned"] = static_cast<long long>(hours);
    else
        out["hoursPlanned"] = hours;
    out["cadenceDays"] = e.cadenceDays;
    out["startDate"] = e.startDate ? Json(formatDate(*e.startDate)) : Json(nullptr);
    return out;
}

Result<Engagement> fromJson(const Json &document)
{
    if (!document.is_object())
        return Error("", "expected a JSON object at the top level");
    if (Status header =
            JsonReader::checkHeader(document, kEngagementFormat, kEngagementVersion, "engagement");
        !header)
        return header.error();
    JsonReader r;
    Engagement e;
    e.clientPseudonym = r.text(document, "client", "", true);
    e.sponsor = r.optionalText(document, "sponsor", "");
    e.sessionsPlanned = r.wholeNumber(document, "sessionsPlanned", "", e.sessionsPlanned);
    e.hoursPlanned = r.duration(document, "hoursPlanned", "", false, e.hoursPlanned,
                                static_cast<long long>(kMsPerHour));
    e.cadenceDays = r.wholeNumber(document, "cadenceDays", "", e.cadenceDays);
    e.startDate = r.date(document, "startDate", "");
    e.unknown = JsonReader::unknownKeys(document, {"format", "version", "client", "sponsor",
                                                   "sessionsPlanned", "hoursPlanned", "cadenceDays",
                                                   "startDate"});
    if (r.failed())
        return Error(std::move(r.problems()));
    if (std::vector<Problem> rules = check(e); !rules.empty())
        return Error(std::move(rules));
    return e;
}

Result<Engagement> parse(std::string_view text)
{
    if (text.substr(0, 3) == "\xEF\xBB\xBF") // a UTF-8 byte order mark, as outlines accept
        text.remove_prefix(3);
    if (text.size() > kMaxFileBytes)
        return Error("", "the file is " + std::to_string(text.size()) +
                             " bytes, more than an engagement may hold");
    if (outline_json::nestingDepth(text) > limits::kNestingDepth)
        return Error("", "nested more than " + std::to_string(limits::kNestingDepth) +
                             " levels deep: not an engagement");
    try {
        return fromJson(Json::parse(text));
    } catch (const std::exception &e) {
        // nlohmann quotes the bytes it stopped at, which may not be UTF-8.
        return Error("", outline_json::parseErrorText(e.what()));
    }
}

std::string serialize(const Engagement &engagement)
{
    return toJson(engagement).dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

} // namespace coachdeck::engagement_json
