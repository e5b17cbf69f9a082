#pragma once

// Runs a piece of work in a child process, to see what it costs on its own: whether it ends
// within a time bound (SIGALRM ends it otherwise) and how far it raised the peak resident memory
// (getrusage). No timing is asserted: the bound only turns a hang into a clear failure.

#include <cstdio>
#include <functional>
#include <string>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

namespace coachdeck::test {

struct BoundedOutcome {
    bool finished = false; ///< the work returned within the bound
    std::string result;    ///< what it returned (an error message, say)
    long peakGrowthKiB = 0;
};

/// Whether this build measures memory the way a user's would (sanitizers add shadow memory
/// and quarantine, which make resident sizes meaningless).
inline constexpr bool kPlainMemory =
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
    false;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer)
    false;
#else
    true;
#endif
#else
    true;
#endif

/// Runs `work` in a forked child (the caller must have no other thread), killed after `seconds`.
inline BoundedOutcome runBounded(const std::function<std::string()> &work, unsigned seconds)
{
    BoundedOutcome outcome;
    int channel[2];
    if (::pipe(channel) != 0)
        return outcome;
    std::fflush(nullptr);
    const pid_t child = ::fork();
    if (child == 0) {
        ::close(channel[0]);
        ::alarm(seconds);
        // A forked child's peak starts at its size when forked: the growth is the work's own.
        rusage before{};
        ::getrusage(RUSAGE_SELF, &before);
        const std::string result = work();
        rusage after{};
        ::getrusage(RUSAGE_SELF, &after);
        const std::string report =
            std::to_string(after.ru_maxrss - before.ru_maxrss) + "\n" + result;
        for (std::size_t done = 0; done < report.size();) {
            const ssize_t n = ::write(channel[1], report.data() + done, report.size() - done);
            if (n <= 0)
                break;
            done += static_cast<std::size_t>(n);
        }
        ::_exit(0);
    }
    ::close(channel[1]);
    std::string report;
    char buffer[4096];
    for (ssize_t n; (n = ::read(channel[0], buffer, sizeof buffer)) > 0;)
        report.append(buffer, static_cast<std::size_t>(n));
    ::close(channel[0]);
    int status = 0;
    ::waitpid(child, &status, 0);
    outcome.finished = WIFEXITED(status) && WEXITSTATUS(status) == 0;
    if (const auto newline = report.find('\n'); outcome.finished && newline != std::string::npos) {
        outcome.peakGrowthKiB = std::stol(report.substr(0, newline));
        outcome.result = report.substr(newline + 1);
    }
    return outcome;
}

} // namespace coachdeck::test
