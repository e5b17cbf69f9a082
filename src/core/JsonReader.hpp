#pragma once

#include "core/EnumText.hpp"
#include "core/Figure.hpp"
#include "core/Json.hpp"
#include "core/Result.hpp"
#include "core/Time.hpp"
#include "core/WallTimeText.hpp"

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace coachdeck {

/// Reads typed fields out of parsed JSON, collecting a Problem (with the JSON
/// pointer) for every field that is missing or of the wrong type instead of
/// throwing. Readers go on after a problem so one pass reports them all.
class JsonReader {
public:
    /// Enough to fix a file; past this a broken file would only print noise.
    static constexpr std::size_t kMaxProblems = 50;

    std::vector<Problem> &problems() { return problems_; }
    bool failed() const { return !problems_.empty(); }
    void fail(const std::string &at, std::string reason);

    /// True when `value` is an object; otherwise records "expected an object".
    bool expectObject(const Json &value, const std::string &at);
    /// The array under `key`, or nullptr when absent/null (a problem when of another type).
    const Json *array(const Json &object, const char *key, const std::string &at);
    /// The object under `key`, or nullptr when absent/null (a problem when of another type).
    const Json *object(const Json &object, const char *key, const std::string &at);

    std::string text(const Json &object, const char *key, const std::string &at, bool required);
    std::optional<std::string> optionalText(const Json &object, const char *key,
                                            const std::string &at);
    double number(const Json &object, const char *key, const std::string &at, bool required,
                  double fallback);
    /// A non-negative number of minutes (or seconds, with `unitMs` 1000) as milliseconds.
    Millis duration(const Json &object, const char *key, const std::string &at, bool required,
                    Millis fallback, long long unitMs, bool allowNegative = false);
    int wholeNumber(const Json &object, const char *key, const std::string &at, int fallback);
    bool boolean(const Json &object, const char *key, const std::string &at, bool fallback);
    std::optional<double> optionalNumber(const Json &object, const char *key,
                                         const std::string &at);
    std::optional<Date> date(const Json &object, const char *key, const std::string &at);
    std::optional<WallTime> wallTime(const Json &object, const char *key, const std::string &at,
                                     bool required);
    Rgb colour(const Json &object, const char *key, const std::string &at, Rgb fallback);

    template <typename E, std::size_t N>
    E choice(const Json &object, const char *key, const std::string &at,
             const EnumText<E, N> &names, E fallback, bool required = false)
    {
        const Json *value = member(object, key, at, required);
        if (!value)
            return fallback;
        if (value->is_string())
            if (auto parsed = names.parse(value->get_ref<const std::string &>()))
                return *parsed;
        fail(at + "/" + key, "expected one of " + names.choices());
        return fallback;
    }

    /// Checks a CoachDeck document's "format" (must be `format`) and "version" (1 to
    /// `version`); `what` names the kind of document in the messages ("outline"). Nothing else
    /// is read from a document that fails here.
    static Status checkHeader(const Json &document, std::string_view format, int version,
                              std::string_view what);

    /// The members of `object` not named in `known`, kept for the round trip.
    static Json unknownKeys(const Json &object, std::initializer_list<std::string_view> known);

private:
    const Json *member(const Json &object, const char *key, const std::string &at, bool required);

    std::vector<Problem> problems_;
};

} // namespace coachdeck
