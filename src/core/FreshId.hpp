#pragma once

#include <algorithm>
#include <charconv>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

namespace coachdeck {

/// Tracks the highest "<prefix><number>" id seen, to hand out one never used
/// before: an id removed and undone, or kept in an old snapshot, is never reused.
class FreshId {
public:
    explicit FreshId(std::string_view prefix) : prefix_(prefix) {}

    void see(std::string_view id)
    {
        if (id.size() <= prefix_.size() || id.substr(0, prefix_.size()) != prefix_)
            return;
        unsigned long long number = 0;
        const char *first = id.data() + prefix_.size();
        const char *last = id.data() + id.size();
        auto [end, error] = std::from_chars(first, last, number);
        if (error == std::errc{} && end == last) {
            highest_ = std::max(highest_, number);
            numbers_.push_back(number);
        }
    }

    std::string next() const
    {
        if (highest_ < std::numeric_limits<unsigned long long>::max())
            return prefix_ + std::to_string(highest_ + 1);
        // Past the largest number (a file edited by hand): the smallest number not in use,
        // rather than wrapping round to one that may be (docs/hardening.md, finding 2).
        std::vector<unsigned long long> used = numbers_;
        std::sort(used.begin(), used.end());
        unsigned long long candidate = 1;
        for (const unsigned long long number : used)
            if (number == candidate)
                ++candidate;
            else if (number > candidate)
                break;
        return prefix_ + std::to_string(candidate);
    }

private:
    std::string prefix_;
    unsigned long long highest_ = 0;
    std::vector<unsigned long long> numbers_;
};

} // namespace coachdeck
