#pragma once

#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace coachdeck {

/// One reason a value was refused: where (an RFC 6901 JSON pointer, empty for
/// the whole document or for a non-JSON operation) and why, in plain words.
struct Problem {
    std::string pointer;
    std::string reason;

    bool operator==(const Problem &) const = default;

    /// "pointer: reason", or just the reason when there is no pointer.
    std::string describe() const { return pointer.empty() ? reason : pointer + ": " + reason; }
};

/// An error as a value: one or more problems. Core functions return it instead
/// of throwing; the OBS glue and the CLI turn it into a message.
struct Error {
    std::vector<Problem> problems;

    Error() = default;
    explicit Error(std::string reason) { problems.push_back({{}, std::move(reason)}); }
    Error(std::string pointer, std::string reason)
    {
        problems.push_back({std::move(pointer), std::move(reason)});
    }
    explicit Error(std::vector<Problem> list) : problems(std::move(list)) {}

    bool operator==(const Error &) const = default;

    /// The first problem as "pointer: reason" (the common single-problem case).
    std::string message() const
    {
        return problems.empty() ? std::string{} : problems.front().describe();
    }
};

/// A value or an Error (a small stand-in for C++23 std::expected).
template <typename T>
class [[nodiscard]] Result {
public:
    Result(T value) : state_(std::move(value)) {}
    Result(Error error) : state_(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(state_); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(state_); }
    T &value() & { return std::get<T>(state_); }
    T &&value() && { return std::get<T>(std::move(state_)); }
    const T &operator*() const & { return value(); }
    const T *operator->() const { return &value(); }

    const Error &error() const { return std::get<Error>(state_); }

private:
    std::variant<T, Error> state_;
};

/// Result of an operation that yields nothing but may fail.
struct Done {
    bool operator==(const Done &) const = default;
};
using Status = Result<Done>;

inline Status ok()
{
    return Done{};
}

} // namespace coachdeck
