#pragma once

#include "obs/Log.hpp"

#include <exception>
#include <utility>

namespace coachdeck {

/// Runs `body` and stops any exception at the OBS boundary: OBS is C and an exception crossing
/// one of its callbacks would terminate the whole application. Returns false when `body` threw.
/// `where` names the callback in the log line.
template <typename Body>
bool runGuarded(const char *where, Body &&body) noexcept
{
    try {
        std::forward<Body>(body)();
        return true;
    } catch (const std::exception &e) {
        log::error("%s failed: %s", where, e.what());
    } catch (...) {
        log::error("%s failed with an unknown exception", where);
    }
    return false;
}

} // namespace coachdeck
