#pragma once

#include "core/Json.hpp"

#include <cstddef>
#include <limits>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace coachdeck {

/// What a document may hold at most; parsing stops at the first cap passed.
struct JsonCaps {
    std::size_t depth = std::numeric_limits<std::size_t>::max();  ///< nesting of arrays and objects
    std::size_t values = std::numeric_limits<std::size_t>::max(); ///< every value, containers too
};

/// Parses JSON text into the same document as Json::parse (strict, no comments;
/// a repeated key keeps its first place and its last value), about twice as
/// fast on a large outline: every object and array is made once, at its final
/// size, from values gathered on a stack, instead of growing member by member.
/// Time is linear in the text, memory bounded by the caps.
/// One use per instance; runs on the caller's thread.
class JsonDocumentBuilder final : public nlohmann::json_sax<Json> {
public:
    JsonDocumentBuilder() = default;
    explicit JsonDocumentBuilder(JsonCaps caps) : caps_(caps) {}

    /// False when `text` is not JSON (error() then holds nlohmann's message) or
    /// passes a cap (capPassed() then says which).
    bool parse(std::string_view text)
    {
        return Json::sax_parse(text, this, nlohmann::detail::input_format_t::json, true, false) &&
               error_.empty() && capPassed_.empty();
    }
    Json &document() { return root_; }
    const std::string &error() const { return error_; }
    /// "nested more than 64 levels deep", "more than 2000000 values", or empty.
    const std::string &capPassed() const { return capPassed_; }

    bool null() override { return put(Json(nullptr)); }
    bool boolean(bool value) override { return put(Json(value)); }
    bool number_integer(number_integer_t value) override { return put(Json(value)); }
    bool number_unsigned(number_unsigned_t value) override { return put(Json(value)); }
    bool number_float(number_float_t value, const string_t &) override { return put(Json(value)); }
    bool string(string_t &value) override { return put(Json(std::move(value))); }
    bool binary(binary_t &) override { return false; } // not in JSON text

    bool key(string_t &name) override
    {
        keys_.push_back(std::move(name));
        return true;
    }
    bool start_object(std::size_t) override { return open(); }
    bool end_object() override
    {
        const auto [firstKey, firstValue] = starts_.back();
        starts_.pop_back();
        Json object(Json::value_t::object);
        auto &members = object.get_ref<Json::object_t &>();
        const std::size_t count = values_.size() - firstValue;
        members.reserve(count);
        if (count <= kScannedMembers) {
            for (std::size_t k = firstKey, v = firstValue; v < values_.size(); ++k, ++v)
                members[std::move(keys_[k])] = std::move(values_[v]);
        } else {
            // ordered_map finds a key by scanning the members before it: quadratic on a
            // large object (docs/hardening.md, finding 1). A hash index of the keys instead;
            // its views point into `list`, which never reallocates (reserved above).
            auto &list = static_cast<Json::object_t::Container &>(members);
            std::unordered_map<std::string_view, std::size_t> index;
            index.reserve(count);
            for (std::size_t k = firstKey, v = firstValue; v < values_.size(); ++k, ++v) {
                if (const auto found = index.find(keys_[k]); found != index.end()) {
                    list[found->second].second = std::move(values_[v]);
                    continue;
                }
                list.emplace_back(std::move(keys_[k]), std::move(values_[v]));
                index.emplace(list.back().first, list.size() - 1);
            }
        }
        keys_.resize(firstKey);
        values_.resize(firstValue);
        return put(std::move(object));
    }
    bool start_array(std::size_t) override { return open(); }
    bool end_array() override
    {
        const std::size_t first = starts_.back().second;
        starts_.pop_back();
        Json array(Json::value_t::array);
        auto &elements = array.get_ref<Json::array_t &>();
        elements.reserve(values_.size() - first);
        for (std::size_t v = first; v < values_.size(); ++v)
            elements.push_back(std::move(values_[v]));
        values_.resize(first);
        return put(std::move(array));
    }
    bool parse_error(std::size_t, const std::string &,
                     const nlohmann::detail::exception &e) override
    {
        error_ = e.what();
        return false;
    }

private:
    /// Objects this small are built through ordered_map's own lookup.
    static constexpr std::size_t kScannedMembers = 16;

    bool open()
    {
        if (starts_.size() >= caps_.depth)
            return refuse("nested more than " + std::to_string(caps_.depth) + " levels deep");
        starts_.push_back({keys_.size(), values_.size()});
        return true;
    }
    bool refuse(std::string cap)
    {
        capPassed_ = std::move(cap);
        return false;
    }
    bool put(Json value)
    {
        if (++valueCount_ > caps_.values)
            return refuse("more than " + std::to_string(caps_.values) + " values");
        if (starts_.empty())
            root_ = std::move(value);
        else
            values_.push_back(std::move(value));
        return true;
    }

    JsonCaps caps_;
    std::size_t valueCount_ = 0;
    Json root_;
    std::vector<std::pair<std::size_t, std::size_t>>
        starts_; ///< open containers: first key, first value
    std::vector<std::string> keys_;
    std::vector<Json> values_;
    std::string error_;
    std::string capPassed_;
};

} // namespace coachdeck
