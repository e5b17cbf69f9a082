#pragma once

#include "core/ClientView.hpp"

#include <atomic>
#include <cstdint>
#include <memory>
#include <mutex>

namespace coachdeck {

/// Hands the latest ClientView from the UI thread to any number of readers
/// (the overlay sources on the graphics thread).
///
/// The view is built whole before publish() and never changes afterwards; the
/// mutex is held only to swap or copy the pointer, so a reader never waits for
/// a view to be built and nothing is painted under the lock. Thread-safe.
class ViewPublisher {
public:
    ViewPublisher();

    /// Replaces the current view. Called on the UI thread.
    void publish(ClientView view);
    void publish(std::shared_ptr<const ClientView> view);

    /// The latest view (never null: an empty session before the first publish).
    /// Called on any thread; copies a pointer, allocates nothing.
    std::shared_ptr<const ClientView> current() const;

    /// Counts the publishes, lock-free: a reader polling every frame compares it with the
    /// count it last saw and takes current() only when it changed.
    std::uint64_t generation() const { return generation_.load(std::memory_order_acquire); }

private:
    mutable std::mutex mutex_;
    std::shared_ptr<const ClientView> current_;
    std::atomic<std::uint64_t> generation_{0};
};

} // namespace coachdeck
