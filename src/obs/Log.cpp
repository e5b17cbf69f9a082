#include "obs/Log.hpp"

#include <util/base.h>

#include <array>
#include <cstdarg>
#include <cstdio>

namespace coachdeck::log {
namespace {

constexpr std::size_t kMaxMessageBytes = 4096;

void write(int level, const char *format, va_list args) noexcept
{
    // Formatted here rather than by prefixing the format string, so a '%' in our prefix or a
    // caller's literal can never be misread by blog.
    std::array<char, kMaxMessageBytes> message{};
    std::vsnprintf(message.data(), message.size(), format, args);
    blog(level, "[coachdeck] %s", message.data());
}

} // namespace

#define COACHDECK_LOG_FORWARD(level)                                                               \
    va_list args;                                                                                  \
    va_start(args, format);                                                                        \
    write(level, format, args);                                                                    \
    va_end(args)

void error(const char *format, ...) noexcept
{
    COACHDECK_LOG_FORWARD(LOG_ERROR);
}

void warning(const char *format, ...) noexcept
{
    COACHDECK_LOG_FORWARD(LOG_WARNING);
}

void info(const char *format, ...) noexcept
{
    COACHDECK_LOG_FORWARD(LOG_INFO);
}

void debug(const char *format, ...) noexcept
{
    COACHDECK_LOG_FORWARD(LOG_DEBUG);
}

#undef COACHDECK_LOG_FORWARD

} // namespace coachdeck::log
