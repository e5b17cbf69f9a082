#pragma once

// The two ends the outline writer (OutlineJsonWriter.cpp) writes to, through the
// same calls: DocumentSink builds a Json document (toJson); TextSink streams the
// text nlohmann's dump(2) would make of that document, without building it: on
// a large outline, building the document costs several times more than the text.
// Internal to the writer; not part of the core's interface.

#include "core/Json.hpp"
#include "core/OutlineRules.hpp"

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace coachdeck::outline_json {

/// Builds a Json document. `key` is the member name inside an object, ignored
/// inside an array and for the document itself.
class DocumentSink {
public:
    Json take() { return std::move(root_); }

    void text(const char *key, std::string_view value) { put(key, Json(value)); }
    void number(const char *key, double value) { put(key, Json(value)); }
    void integer(const char *key, long long value) { put(key, Json(value)); }
    void boolean(const char *key, bool value) { put(key, Json(value)); }
    void null(const char *key) { put(key, Json(nullptr)); }
    /// Members kept from a file; a known key written later replaces one of the same name.
    void unknownMembers(const UnknownKeys &unknown)
    {
        if (unknown.is_object())
            for (auto it = unknown.begin(); it != unknown.end(); ++it)
                (*top_)[it.key()] = it.value();
    }

    template <typename Fields>
    void object(const char *key, const UnknownKeys & /*unknown*/, Fields &&fields)
    {
        nest(key, Json::object(), fields);
    }
    template <typename Elements>
    void array(const char *key, Elements &&elements)
    {
        nest(key, Json::array(), elements);
    }

private:
    template <typename Content>
    void nest(const char *key, Json container, Content &content)
    {
        Json *parent = top_;
        top_ = &container;
        content(*this);
        top_ = parent;
        put(key, std::move(container));
    }
    void put(const char *key, Json value)
    {
        if (top_ == nullptr)
            root_ = std::move(value);
        else if (top_->is_array())
            top_->push_back(std::move(value));
        else
            (*top_)[key] = std::move(value);
    }

    Json root_;
    Json *top_ = nullptr;
};

/// Records the keys an object's fields write (not descending), to find unknown
/// keys that clash with known ones.
class KeySink {
public:
    std::vector<const char *> keys;

    void text(const char *key, std::string_view) { keys.push_back(key); }
    void number(const char *key, double) { keys.push_back(key); }
    void integer(const char *key, long long) { keys.push_back(key); }
    void boolean(const char *key, bool) { keys.push_back(key); }
    void null(const char *key) { keys.push_back(key); }
    void unknownMembers(const UnknownKeys &) {}
    template <typename Fields>
    void object(const char *key, const UnknownKeys &, Fields &&)
    {
        keys.push_back(key);
    }
    template <typename Elements>
    void array(const char *key, Elements &&)
    {
        keys.push_back(key);
    }
};

/// Appends to `out` the text of the document the same calls would build on a
/// DocumentSink (the writer's tests hold it to that): laid out as Json::dump(2)
/// does, except that each figure and zone takes one line. Numbers and strings
/// are spelled by nlohmann's serializer; text that is not valid UTF-8 throws, as
/// dump does.
class TextSink {
public:
    explicit TextSink(std::string &out)
        : out_(out), serializer_(nlohmann::detail::output_adapter<char, std::string>(out), ' ')
    {
    }

    void text(const char *key, std::string_view value)
    {
        begin(key);
        quoted(value);
    }
    void number(const char *key, double value)
    {
        begin(key);
        serializer_.dump(Json(value), false, false, 0); // nlohmann's shortest round-trip form
    }
    void integer(const char *key, long long value)
    {
        begin(key);
        out_ += std::to_string(value);
    }
    void boolean(const char *key, bool value)
    {
        begin(key);
        out_ += value ? "true" : "false";
    }
    void null(const char *key)
    {
        begin(key);
        out_ += "null";
    }
    void unknownMembers(const UnknownKeys &unknown)
    {
        if (unknown.is_object())
            for (auto it = unknown.begin(); it != unknown.end(); ++it) {
                begin(it.key().c_str());
                serializer_.dump(it.value(), !oneLine(), false, kIndent, indent_);
            }
    }

    template <typename Fields>
    void object(const char *key, const UnknownKeys &unknown, Fields &&fields)
    {
        begin(key);
        if (clashes(unknown, fields)) {
            // Rare (an outline built in code): let the document decide which value wins.
            DocumentSink document;
            document.object(nullptr, unknown, fields);
            const bool single = oneLine() || (!open_.empty() && open_.back().oneLineElements);
            serializer_.dump(document.take(), !single, false, kIndent, indent_);
            return;
        }
        open('{', key);
        fields(*this);
        close('}');
    }
    template <typename Elements>
    void array(const char *key, Elements &&elements)
    {
        begin(key);
        open('[', key);
        elements(*this);
        close(']');
    }

private:
    static constexpr unsigned kIndent = 2;

    template <typename Fields>
    static bool clashes(const UnknownKeys &unknown, Fields &fields)
    {
        if (!unknown.is_object() || unknown.empty())
            return false;
        KeySink known;
        fields(known);
        for (const char *key : known.keys)
            if (unknown.contains(key))
                return true;
        return false;
    }

    /// What comes before a value: the comma after its previous sibling, a new
    /// line, the indentation and, inside an object, "key": .
    void begin(const char *key)
    {
        if (open_.empty())
            return;
        Container &container = open_.back();
        if (container.oneLine) {
            if (container.values++ > 0)
                out_ += ", ";
        } else {
            if (container.values++ > 0)
                out_ += ',';
            out_ += '\n';
            out_.append(indent_, ' ');
        }
        if (container.object) {
            quoted(key);
            out_ += ": ";
        }
    }
    void open(char bracket, const char *key)
    {
        const bool object = bracket == '{';
        // A figure or a zone goes on one line of its own: a step of the constellation
        // changes a line per figure moved, and the file is 40% smaller, faster to read.
        const bool inList = !open_.empty() && open_.back().oneLineElements;
        const bool list = !object && key != nullptr &&
                          (std::string_view(key) == "figures" || std::string_view(key) == "zones");
        out_ += bracket;
        open_.push_back({object, inList || oneLine(), list, 0});
        indent_ += kIndent;
    }
    void close(char bracket)
    {
        indent_ -= kIndent;
        if (open_.back().values > 0 && !open_.back().oneLine) {
            out_ += '\n';
            out_.append(indent_, ' ');
        }
        open_.pop_back();
        out_ += bracket;
    }
    bool oneLine() const { return !open_.empty() && open_.back().oneLine; }
    void quoted(std::string_view value)
    {
        if (plain(value)) {
            out_ += '"';
            out_ += value;
            out_ += '"';
        } else {
            serializer_.dump(Json(value), false, false, 0);
        }
    }
    /// Written as is by dump: valid UTF-8 without quotes, backslashes or control characters.
    static bool plain(std::string_view value)
    {
        bool ascii = true;
        for (const char c : value) {
            const auto byte = static_cast<unsigned char>(c);
            if (byte < 0x20 || c == '"' || c == '\\')
                return false;
            ascii = ascii && byte < 0x80;
        }
        return ascii || outline_rules::utf8Length(value) >= 0;
    }

    std::string &out_;
    nlohmann::detail::serializer<Json> serializer_;
    struct Container {
        bool object;
        bool oneLine;         ///< written on one line
        bool oneLineElements; ///< a list of figures or zones: each element on one line
        std::size_t values;   ///< written so far
    };
    std::vector<Container> open_;
    unsigned indent_ = 0;
};

} // namespace coachdeck::outline_json
