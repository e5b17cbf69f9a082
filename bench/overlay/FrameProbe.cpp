#include "FrameProbe.hpp"

#include "BenchCost.hpp"

namespace coachdeck::bench {

void FrameProbe::attach()
{
    obs_add_tick_callback(onTick, this);
    obs_add_main_render_callback(onDraw, this);
}

void FrameProbe::detach()
{
    obs_remove_main_render_callback(onDraw, this);
    obs_remove_tick_callback(onTick, this);
    obs_enter_graphics();
    gs_texrender_destroy(target_);
    target_ = nullptr;
    obs_leave_graphics();
}

void FrameProbe::measure(obs_source_t *source, int frames, std::vector<double> &tickUs,
                         std::vector<double> &renderUs)
{
    {
        std::lock_guard lock(mutex_);
        source_ = source;
        tickUs_.clear();
        renderUs_.clear();
        tickUs_.reserve(static_cast<std::size_t>(frames) + 16);
        renderUs_.reserve(static_cast<std::size_t>(frames) + 16);
        wanted_ = static_cast<std::size_t>(frames);
        collecting_ = true;
    }
    std::unique_lock lock(mutex_);
    done_.wait(lock, [&] { return !collecting_; });
    source_ = nullptr;
    tickUs = tickUs_;
    renderUs = renderUs_;
}

void FrameProbe::draw(obs_source_t *source)
{
    std::lock_guard lock(mutex_);
    source_ = source;
}

void FrameProbe::onTick(void *self, float)
{
    // Tick callbacks run first in tick_sources, before any source ticks.
    static_cast<FrameProbe *>(self)->tickStart_ = threadCpuNs();
}

void FrameProbe::onDraw(void *self, uint32_t, uint32_t)
{
    auto &probe = *static_cast<FrameProbe *>(self);
    const std::uint64_t start = threadCpuNs();
    std::lock_guard lock(probe.mutex_);
    std::uint64_t rendered = 0;
    if (probe.source_) {
        if (!probe.target_)
            probe.target_ = gs_texrender_create(GS_RGBA, GS_ZS_NONE);
        gs_texrender_reset(probe.target_);
        const auto width = static_cast<float>(obs_source_get_width(probe.source_));
        const auto height = static_cast<float>(obs_source_get_height(probe.source_));
        if (gs_texrender_begin(probe.target_, 128, 72)) {
            gs_ortho(0.0f, width, 0.0f, height, -100.0f, 100.0f);
            const std::uint64_t before = threadCpuNs();
            obs_source_video_render(probe.source_);
            rendered = threadCpuNs() - before;
            gs_texrender_end(probe.target_);
        }
    }
    if (probe.collecting_ && probe.tickStart_ != 0) {
        probe.tickUs_.push_back(static_cast<double>(start - probe.tickStart_) / 1000.0);
        probe.renderUs_.push_back(static_cast<double>(rendered) / 1000.0);
        if (probe.tickUs_.size() >= probe.wanted_) {
            probe.collecting_ = false;
            probe.done_.notify_all();
        }
    }
}

} // namespace coachdeck::bench
