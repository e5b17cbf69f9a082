#include "core/JsonReader.hpp"

#include <algorithm>
#include <cmath>

namespace coachdeck {
namespace {

// Larger magnitudes cannot be meant and would overflow the conversion to milliseconds.
constexpr double kLargestQuantity = 1e9;

int hexDigit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

} // namespace

void JsonReader::fail(const std::string &at, std::string reason)
{
    if (problems_.size() < kMaxProblems)
        problems_.push_back({at, std::move(reason)});
}

bool JsonReader::expectObject(const Json &value, const std::string &at)
{
    if (value.is_object())
        return true;
    fail(at, "expected an object");
    return false;
}

const Json *JsonReader::member(const Json &object, const char *key, const std::string &at,
                               bool required)
{
    auto it = object.find(key);
    if (it == object.end() || it->is_null()) {
        if (required)
            fail(at + "/" + key, "missing (required)");
        return nullptr;
    }
    return &*it;
}

const Json *JsonReader::array(const Json &object, const char *key, const std::string &at)
{
    const Json *value = member(object, key, at, false);
    if (value && !value->is_array()) {
        fail(at + "/" + key, "expected an array");
        return nullptr;
    }
    return value;
}

const Json *JsonReader::object(const Json &parent, const char *key, const std::string &at)
{
    const Json *value = member(parent, key, at, false);
    if (value && !value->is_object()) {
        fail(at + "/" + key, "expected an object");
        return nullptr;
    }
    return value;
}

std::string JsonReader::text(const Json &object, const char *key, const std::string &at,
                             bool required)
{
    const Json *value = member(object, key, at, required);
    if (!value)
        return {};
    if (!value->is_string()) {
        fail(at + "/" + key, "expected a string");
        return {};
    }
    return value->get<std::string>();
}

std::optional<std::string> JsonReader::optionalText(const Json &object, const char *key,
                                                    const std::string &at)
{
    const Json *value = member(object, key, at, false);
    if (!value)
        return std::nullopt;
    if (!value->is_string()) {
        fail(at + "/" + key, "expected a string or null");
        return std::nullopt;
    }
    return value->get<std::string>();
}

double JsonReader::number(const Json &object, const char *key, const std::string &at, bool required,
                          double fallback)
{
    const Json *value = member(object, key, at, required);
    if (!value)
        return fallback;
    if (!value->is_number() || !std::isfinite(value->get<double>()) ||
        std::fabs(value->get<double>()) > kLargestQuantity) {
        fail(at + "/" + key, "expected a number");
        return fallback;
    }
    return value->get<double>();
}

std::optional<double> JsonReader::optionalNumber(const Json &object, const char *key,
                                                 const std::string &at)
{
    if (!member(object, key, at, false))
        return std::nullopt;
    return number(object, key, at, true, 0.0);
}

Millis JsonReader::duration(const Json &object, const char *key, const std::string &at,
                            bool required, Millis fallback, long long unitMs, bool allowNegative)
{
    const Json *value = member(object, key, at, required);
    if (!value)
        return fallback;
    const bool isNumber = value->is_number() && std::isfinite(value->get<double>());
    if (!isNumber || (!allowNegative && value->get<double>() < 0) ||
        std::fabs(value->get<double>()) > kLargestQuantity) {
        fail(at + "/" + key,
             allowNegative ? "expected a number" : "expected a non-negative number");
        return fallback;
    }
    return Millis{std::llround(value->get<double>() * static_cast<double>(unitMs))};
}

int JsonReader::wholeNumber(const Json &object, const char *key, const std::string &at,
                            int fallback)
{
    const Json *value = member(object, key, at, false);
    if (!value)
        return fallback;
    // An unsigned value past the range of long long would wrap to a negative one.
    if (!value->is_number_integer() ||
        (value->is_number_unsigned() && value->get<unsigned long long>() > 1'000'000) ||
        value->get<long long>() < -1'000'000 || value->get<long long>() > 1'000'000) {
        fail(at + "/" + key, "expected a whole number");
        return fallback;
    }
    return static_cast<int>(value->get<long long>());
}

bool JsonReader::boolean(const Json &object, const char *key, const std::string &at, bool fallback)
{
    const Json *value = member(object, key, at, false);
    if (!value)
        return fallback;
    if (!value->is_boolean()) {
        fail(at + "/" + key, "expected true or false");
        return fallback;
    }
    return value->get<bool>();
}

std::optional<Date> JsonReader::date(const Json &object, const char *key, const std::string &at)
{
    const Json *value = member(object, key, at, false);
    if (!value)
        return std::nullopt;
    std::optional<Date> parsed;
    if (value->is_string())
        parsed = parseDate(value->get_ref<const std::string &>());
    if (!parsed)
        fail(at + "/" + key, "expected a date like \"2026-11-22\" or null");
    return parsed;
}

std::optional<WallTime> JsonReader::wallTime(const Json &object, const char *key,
                                             const std::string &at, bool required)
{
    const Json *value = member(object, key, at, required);
    if (!value)
        return std::nullopt;
    std::optional<WallTime> parsed;
    if (value->is_string())
        parsed = parseWallTime(value->get_ref<const std::string &>());
    if (!parsed)
        fail(at + "/" + key, "expected a time like \"2026-11-22T09:30:00.000Z\"");
    return parsed;
}

Rgb JsonReader::colour(const Json &object, const char *key, const std::string &at, Rgb fallback)
{
    const Json *value = member(object, key, at, false);
    if (!value)
        return fallback;
    if (value->is_string()) {
        const std::string &text = value->get_ref<const std::string &>();
        if (text.size() == 7 && text[0] == '#' &&
            std::all_of(text.begin() + 1, text.end(), [](char c) { return hexDigit(c) >= 0; })) {
            auto byte = [&](size_t i) {
                return static_cast<std::uint8_t>(hexDigit(text[i]) * 16 + hexDigit(text[i + 1]));
            };
            return Rgb{byte(1), byte(3), byte(5)};
        }
    }
    fail(at + "/" + key, "expected a colour like \"#3f7fd1\"");
    return fallback;
}

Status JsonReader::checkHeader(const Json &document, std::string_view format, int version,
                               std::string_view what)
{
    const std::string kind = "CoachDeck " + std::string(what);
    auto found = document.find("format");
    if (found == document.end())
        return Error("/format", "missing: this is not a " + kind);
    if (!found->is_string() || found->get_ref<const std::string &>() != format)
        return Error("/format", "not a " + kind + " (expected \"" + std::string(format) + "\")");
    auto number = document.find("version");
    if (number == document.end())
        return Error("/version", "missing (required)");
    if (!number->is_number_integer())
        return Error("/version", "expected a whole number");
    // Compared as written: a version past the range of long long is newer, not negative.
    const bool newer = number->is_number_unsigned() ? number->get<unsigned long long>() >
                                                          static_cast<unsigned long long>(version)
                                                    : number->get<long long>() > version;
    if (newer)
        return Error("/version", "made by a newer CoachDeck (format version " + number->dump() +
                                     "; this CoachDeck reads version " + std::to_string(version) +
                                     "): update CoachDeck to open it");
    if (number->get<long long>() < 1)
        return Error("/version", "unknown format version " + number->dump());
    return ok();
}

Json JsonReader::unknownKeys(const Json &object, std::initializer_list<std::string_view> known)
{
    Json kept = Json::object();
    // Appended without ordered_map's lookup, which scans every member kept before (quadratic on
    // a file with many unknown keys; docs/hardening.md, finding 1): an object's keys are unique.
    auto &members = static_cast<Json::object_t::Container &>(kept.get_ref<Json::object_t &>());
    for (auto it = object.begin(); it != object.end(); ++it)
        if (std::find(known.begin(), known.end(), it.key()) == known.end())
            members.emplace_back(it.key(), it.value());
    return kept;
}

} // namespace coachdeck
