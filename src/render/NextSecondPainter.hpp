#pragma once

#include "core/ClientView.hpp"
#include "core/Time.hpp"
#include "render/DisplayedTime.hpp"
#include "render/OverlayPainter.hpp"

#include <QImage>
#include <QRect>

#include <condition_variable>
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace coachdeck {

/// Paints the picture of the next displayed second on a thread of its own, ahead of time, so
/// that when the second comes the overlay's graphics thread only swaps two images and uploads.
///
/// The overlay asks for a picture with request(): the current picture (shared, never written
/// here), the instant the next second starts, and what that second shows. A worker copies the
/// picture and repaints its timed parts at that instant (OverlayPainter::paintTimedParts, so the
/// result equals a whole repaint), and finds the rectangles where it differs from the picture
/// it started from, so that only those need uploading. take() hands it over if it is the one
/// wanted, else returns false and the caller paints itself: a late or stale picture is never
/// shown.
///
/// Threads: request() and take() from one thread (the graphics thread); neither waits for
/// painting: the lock is held to move a job or swap two images, nothing more. The worker starts
/// at the first request and is joined by the destructor. No allocation once the three images
/// have the picture's size.
class NextSecondPainter {
public:
    struct Job {
        std::shared_ptr<const OverlayPainter> painter;
        std::shared_ptr<const ClientView> view;
        QImage base;               ///< the picture on show; shared with the caller, only read here
        MonoTime at{};             ///< when the second to paint starts
        WallTime wallAt{};         ///< the same instant on the wall clock
        DisplayedTime shows;       ///< what the picture shows at `at`
        std::uint64_t basedOn = 0; ///< the caller's number for `base`
    };

    NextSecondPainter() = default;
    ~NextSecondPainter();
    NextSecondPainter(const NextSecondPainter &) = delete;
    NextSecondPainter &operator=(const NextSecondPainter &) = delete;

    /// Replaces any job not yet started with `job`.
    void request(Job job);
    /// Drops the job not yet started, if any (the picture it was based on is gone).
    void cancel();
    /// If the finished picture was painted on the picture numbered `basedOn` and shows `shows`,
    /// swaps it with `picture`, swaps the rectangles where it differs from that base into
    /// `changed`, and returns true; `picture`'s old pixels become the worker's next canvas.
    bool take(std::uint64_t basedOn, const DisplayedTime &shows, QImage &picture,
              std::vector<QRect> &changed);

    /// Pictures painted by the worker so far (the benchmark and the log read it).
    std::uint64_t painted() const;

private:
    void run();

    mutable std::mutex mutex_;
    std::condition_variable wake_;
    std::optional<Job> pending_;
    bool stopping_ = false;
    // The finished picture and what it is; guarded by mutex_.
    QImage ready_;
    std::vector<QRect> readyChanged_;
    std::optional<std::pair<std::uint64_t, DisplayedTime>> readyFor_;
    std::uint64_t painted_ = 0;
    // The worker's canvas and its changes: touched by the worker only.
    QImage canvas_;
    std::vector<QRect> canvasChanged_;
    std::thread worker_;
};

} // namespace coachdeck
