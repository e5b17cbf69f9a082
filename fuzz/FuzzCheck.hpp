#pragma once

// Invariant checks for the fuzz targets: a broken invariant prints what broke and aborts, which
// libFuzzer reports as a crash and saves the input that caused it.

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <string_view>

namespace coachdeck::fuzz {

[[noreturn]] inline void fail(const char *what, std::string_view detail = {})
{
    std::fprintf(stderr, "\ncoachdeck fuzz invariant broken: %s\n", what);
    if (!detail.empty())
        std::fprintf(stderr, "  %.*s\n",
                     static_cast<int>(std::min<std::size_t>(detail.size(), 2000)), detail.data());
    std::abort();
}

inline void check(bool condition, const char *what, std::string_view detail = {})
{
    if (!condition)
        fail(what, detail);
}

} // namespace coachdeck::fuzz
