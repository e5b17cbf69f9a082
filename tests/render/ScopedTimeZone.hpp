#pragma once

// Clock times are written in the local time zone; a test pins it so its expected texts hold on
// any machine. POSIX only (setenv/tzset), like the rest of the test suite.

#include <cstdlib>
#include <ctime>
#include <optional>
#include <string>

namespace coachdeck::testing {

class ScopedTimeZone {
public:
    explicit ScopedTimeZone(const char *zone)
    {
        if (const char *previous = std::getenv("TZ"))
            previous_ = previous;
        setenv("TZ", zone, 1);
        tzset();
    }

    ~ScopedTimeZone()
    {
        if (previous_)
            setenv("TZ", previous_->c_str(), 1);
        else
            unsetenv("TZ");
        tzset();
    }

    ScopedTimeZone(const ScopedTimeZone &) = delete;
    ScopedTimeZone &operator=(const ScopedTimeZone &) = delete;

private:
    std::optional<std::string> previous_;
};

} // namespace coachdeck::testing
