#pragma once

#include "core/ViewPublisher.hpp"
#include "render/DisplayedTime.hpp"
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

namespace coachdeck {

/// One `coachdeck_overlay` source: its options, its picture and its texture.
///
/// Threads: setOptions() may come from any thread (OBS calls update on the graphics thread,
/// the constructor runs on the UI thread); width()/height() from any thread; tick() and
/// render() on the graphics thread only. The view comes from the shared ViewPublisher: the
/// graphics thread copies a pointer and never waits for the UI thread.
///
/// Cost: the picture is repainted in tick() only when a new view is published, the options, the
/// displayed second or a step replay changes (a new second repaints the agenda and timer only,
/// not the board), and uploaded in render() only after a repaint.
/// Otherwise a frame draws the one cached texture. One image and one texture of the source's
/// size; a new size reallocates both, nothing else allocates per frame.
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

    /// Repaints the picture if what it shows has changed. Graphics thread.
    void tick(MonoTime now, WallTime wallNow);
    /// Uploads a new picture if there is one, then draws the texture with `effect`
    /// (OBS's default effect, or a filter's). Graphics thread, graphics context entered.
    void render(gs_effect_t *effect);

    /// Repaints since creation (for the log and the benchmark).
    std::uint64_t repaints() const { return repaints_; }

private:
    bool applyPendingOptions();
    void upload();

    obs_source_t *source_;
    std::shared_ptr<const ViewPublisher> publisher_;

    // Written by setOptions(), taken by tick(); the mutex is held for a copy only.
    std::mutex optionsMutex_;
    RenderOptions pendingOptions_;
    std::atomic<std::uint64_t> optionsGeneration_{1};
    std::atomic<std::uint32_t> width_;
    std::atomic<std::uint32_t> height_;

    // Graphics thread only. An idle frame reads the two generations, the basis and the replay's
    // state: a handful of cache lines, so a frame costs OBS next to nothing.
    std::uint64_t appliedGeneration_ = 0;
    std::optional<OverlayPainter> painter_;
    std::uint64_t seenPublish_ = ~std::uint64_t{0};
    std::shared_ptr<const ClientView> view_;
    DisplayedTimeBasis timeBasis_;
    StepReplay replay_;
    DisplayedTime paintedTime_;
    bool replaying_ = false;
    bool mustRepaint_ = true;
    QImage image_;
    bool imageFresh_ = false;
    gs_texture_t *texture_ = nullptr;
    std::uint64_t repaints_ = 0;
};

} // namespace coachdeck
