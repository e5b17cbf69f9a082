#pragma once

#include <obs.h>

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <vector>

namespace coachdeck::bench {

/// Timings taken on OBS's graphics thread, one entry per frame. The source under test is drawn
/// once a frame, at its own size scaled into a small texture: every source pays the same tiny
/// rasterization, so what differs is the work of its own callbacks.
class FrameProbe {
public:
    void attach();
    void detach();

    /// Measures `frames` frames with `source` drawn in each (nullptr: nothing drawn): per frame,
    /// the graphics thread's CPU time from the tick callbacks to the main render (all sources'
    /// ticks), and the source's video_render, microseconds.
    void measure(obs_source_t *source, int frames, std::vector<double> &tickUs,
                 std::vector<double> &renderUs);

    /// Keeps drawing `source` (nullptr: nothing) without measuring.
    void draw(obs_source_t *source);

private:
    static void onTick(void *self, float seconds);
    static void onDraw(void *self, uint32_t width, uint32_t height);

    std::mutex mutex_;
    std::condition_variable done_;
    obs_source_t *source_ = nullptr;
    gs_texrender_t *target_ = nullptr;
    bool collecting_ = false;
    std::size_t wanted_ = 0;
    std::vector<double> tickUs_;
    std::vector<double> renderUs_;
    std::atomic<std::uint64_t> tickStart_{0};
};

} // namespace coachdeck::bench
