#pragma once

namespace coachdeck::log {

// The one way CoachDeck writes to the OBS log: every line starts with "[coachdeck] ".
// printf-style formats; safe from any thread (blog is thread-safe); never throws.

[[gnu::format(printf, 1, 2)]] void error(const char *format, ...) noexcept;
[[gnu::format(printf, 1, 2)]] void warning(const char *format, ...) noexcept;
[[gnu::format(printf, 1, 2)]] void info(const char *format, ...) noexcept;
[[gnu::format(printf, 1, 2)]] void debug(const char *format, ...) noexcept;

} // namespace coachdeck::log
