#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace coachdeck {

/// A fixed table between an enum and the strings that name it in JSON.
template <typename E, size_t N>
struct EnumText {
    std::array<std::pair<E, std::string_view>, N> entries;

    constexpr std::string_view name(E value) const
    {
        for (const auto &[e, text] : entries)
            if (e == value)
                return text;
        return "?";
    }

    constexpr std::optional<E> parse(std::string_view text) const
    {
        for (const auto &[e, name] : entries)
            if (name == text)
                return e;
        return std::nullopt;
    }

    /// "a, b or c", for error messages.
    std::string choices() const
    {
        std::string out;
        for (size_t i = 0; i < N; ++i) {
            if (i > 0)
                out += i + 1 == N ? " or " : ", ";
            out += '"';
            out += entries[i].second;
            out += '"';
        }
        return out;
    }
};

} // namespace coachdeck
