#pragma once

#include "core/ViewPublisher.hpp"
#include "render/DisplayedTime.hpp"
#include "render/NextSecondPainter.hpp"
#include "render/OverlayPainter.hpp"
#include "render/RenderOptions.hpp"
#include "render/StepReplay.hpp"

#include <QImage>

#include <obs.h>

#include <atomic>
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <vector>

namespace coachdeck {

/// One `coachdeck_overlay` source: its options, its picture and its texture.
///
/// Threads: setOptions() may come from any thread (OBS calls update on the graphics thread,
/// the constructor runs on the UI thread); width()/height() from any thread; tick() and
/// render() on the graphics thread only. The view comes from the shared ViewPublisher: the
/// graphics thread copies a pointer and never waits for the UI thread.
///
/// Cost: the picture is repainted in tick() only when a new view is published, the options, the
/// displayed second or a step replay changes, and uploaded in render() only after a repaint.
/// Otherwise a frame draws the one cached texture. A running clock's next second is painted
/// ahead of time on a thread of the overlay's own (NextSecondPainter: the agenda and timer only,
/// not the board), so when the second comes the graphics thread swaps two images and uploads
/// only the rectangles that changed (TextureRegions; the whole picture where the graphics API
/// cannot).
/// Three images and one texture of the source's size; a new size reallocates them, nothing
/// else allocates per frame.
class OverlayInstance {
public:
    OverlayInstance(obs_source_t *source, std::shared_ptr<const ViewPublisher> publisher,
                    RenderOptions options);
    ~OverlayInstance();
    OverlayInstance(const OverlayInstance &) = delete;
    OverlayInstance &operator=(const OverlayInstance &) = delete;

    void setOptions(RenderOptions options);
    std::uint32_t width() const { return width_.load(std::memory_order_relaxed); }
    std::uint32_t height() const { return height_.load(std::memory_order_relaxed); }

    /// Whether tick() has anything to do at `now`: new options, a new view, or the instant the
    /// shown time may change. What every frame asks, so it reads one cache line of this object
    /// and one of the publisher, nothing else. Graphics thread.
    bool due(MonoTime now) const noexcept
    {
        return now >= nextCheck_ ||
               optionsGeneration_.load(std::memory_order_acquire) != applied_ ||
               views_->generation() != seenPublish_;
    }
    /// Repaints the picture if what it shows has changed. Graphics thread.
    void tick(MonoTime now, WallTime wallNow);
    /// Uploads a new picture if there is one, then draws the texture with `effect`
    /// (OBS's default effect, or a filter's). Graphics thread, graphics context entered.
    void render(gs_effect_t *effect);

    /// Pictures shown since creation (for the log and the benchmark), and how many of them the
    /// graphics thread painted itself rather than taking them painted ahead.
    std::uint64_t repaints() const { return repaints_; }
    std::uint64_t paintedHere() const { return paintedHere_; }

private:
    bool applyPendingOptions();
    void paintAhead(MonoTime now, WallTime wallNow);
    MonoTime nextChange(MonoTime now, WallTime wallNow) const;
    void upload();

    // What due() reads, together at the start of the object. Between frames the caches go cold
    // (OBS sleeps ~16 ms, Mesa and the rest of OBS run): every other line touched costs a miss.
    MonoTime nextCheck_ = MonoTime::min();            ///< graphics thread
    std::atomic<std::uint64_t> optionsGeneration_{1}; ///< bumped by setOptions()
    std::uint64_t applied_ = 0;                       ///< graphics thread
    const ViewPublisher *views_ = nullptr;            ///< publisher_, for due()
    std::uint64_t seenPublish_ = ~std::uint64_t{0};   ///< graphics thread

    obs_source_t *source_;
    std::shared_ptr<const ViewPublisher> publisher_;

    // Written by setOptions(), taken by tick(); the mutex is held for a copy only.
    std::mutex optionsMutex_;
    RenderOptions pendingOptions_;
    std::atomic<std::uint32_t> width_;
    std::atomic<std::uint32_t> height_;

    // Graphics thread only.
    std::shared_ptr<const OverlayPainter> painter_;
    std::shared_ptr<const ClientView> view_;
    DisplayedTimeBasis timeBasis_;
    StepReplay replay_;
    DisplayedTime paintedTime_;
    bool replaying_ = false;
    bool mustRepaint_ = true;
    QImage image_;
    bool imageFresh_ = false;
    std::uint64_t pictureNumber_ = 0;                 ///< counts every change of image_
    std::uint64_t textureNumber_ = ~std::uint64_t{0}; ///< the picture the texture holds
    std::uint64_t changedFrom_ = ~std::uint64_t{0};   ///< `changed_` is relative to this one
    std::vector<QRect> changed_;
    NextSecondPainter ahead_;
    std::uint64_t paintedHere_ = 0;
    std::uint64_t partialUploads_ = 0;
    gs_texture_t *texture_ = nullptr;
    std::uint64_t repaints_ = 0;
};

} // namespace coachdeck
