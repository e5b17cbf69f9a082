#include "obs/OverlayInstance.hpp"

#include "obs/Log.hpp"

#include <utility>

namespace coachdeck {

OverlayInstance::OverlayInstance(obs_source_t *source,
                                 std::shared_ptr<const ViewPublisher> publisher,
                                 RenderOptions options)
    : source_(source), publisher_(std::move(publisher))
{
    if (!publisher_)
        publisher_ = std::make_shared<const ViewPublisher>();
    setOptions(std::move(options));
}

OverlayInstance::~OverlayInstance()
{
    log::debug("overlay %s: %llu repaints", obs_source_get_name(source_),
               static_cast<unsigned long long>(repaints_));
    // OBS may destroy a source on its destruction thread: the texture goes in the graphics context.
    if (texture_) {
        obs_enter_graphics();
        gs_texture_destroy(texture_);
        obs_leave_graphics();
        texture_ = nullptr;
    }
}

void OverlayInstance::setOptions(RenderOptions options)
{
    options = options.clamped();
    width_.store(static_cast<std::uint32_t>(options.width), std::memory_order_relaxed);
    height_.store(static_cast<std::uint32_t>(options.height), std::memory_order_relaxed);
    {
        std::lock_guard lock(optionsMutex_);
        pendingOptions_ = std::move(options);
    }
    optionsGeneration_.fetch_add(1, std::memory_order_release);
}

bool OverlayInstance::applyPendingOptions()
{
    const std::uint64_t generation = optionsGeneration_.load(std::memory_order_acquire);
    if (generation == appliedGeneration_)
        return false;
    RenderOptions options;
    {
        std::lock_guard lock(optionsMutex_);
        options = pendingOptions_;
    }
    appliedGeneration_ = generation;
    if (image_.width() != options.width || image_.height() != options.height)
        image_ = QImage(options.width, options.height, QImage::Format_ARGB32_Premultiplied);
    painter_.emplace(std::move(options));
    return true;
}

void OverlayInstance::tick(MonoTime now, WallTime wallNow)
{
    bool newBasis = false;
    if (applyPendingOptions()) {
        mustRepaint_ = true;
        newBasis = true;
    }
    if (!painter_ || image_.isNull())
        return;

    // A new view is taken only when the publisher says there is one. Its count, not the
    // view's revision, tells: revisions of two sessions (the stand-in, then the dock's) may meet.
    if (const std::uint64_t published = publisher_->generation(); published != seenPublish_) {
        seenPublish_ = published;
        view_ = publisher_->current();
        replay_.show(view_->shownBoard(), view_->shownSnapshotId, now);
        newBasis = true;
        mustRepaint_ = true;
    }
    if (newBasis)
        timeBasis_ = DisplayedTimeBasis::of(*view_, painter_->options());
    // A hidden overlay keeps its stale picture; it is brought up to date when it shows again.
    if (!obs_source_showing(source_))
        return;

    const bool replaying = replay_.animating(now);
    const DisplayedTime shown = timeBasis_.at(now, wallNow);
    // The frame after a glide ends is painted once more, at rest.
    if (!mustRepaint_ && !replaying && !replaying_ && shown == paintedTime_)
        return;

    const ReplayFrame frame = replay_.frame(now);
    if (!mustRepaint_ && !replaying && !replaying_)
        painter_->paintTimedParts(image_, {*view_, &frame, now, wallNow}); // a new second only
    else
        painter_->paint(image_, {*view_, &frame, now, wallNow});
    paintedTime_ = shown;
    replaying_ = replaying;
    mustRepaint_ = false;
    imageFresh_ = true;
    ++repaints_;
}

void OverlayInstance::upload()
{
    const auto width = static_cast<std::uint32_t>(image_.width());
    const auto height = static_cast<std::uint32_t>(image_.height());
    const auto *bits = static_cast<const std::uint8_t *>(image_.constBits());
    if (texture_ &&
        (gs_texture_get_width(texture_) != width || gs_texture_get_height(texture_) != height)) {
        gs_texture_destroy(texture_);
        texture_ = nullptr;
    }
    // QImage's premultiplied ARGB32 is B, G, R, A in memory on little-endian machines: GS_BGRA.
    if (!texture_)
        texture_ = gs_texture_create(width, height, GS_BGRA, 1, &bits, GS_DYNAMIC);
    else
        gs_texture_set_image(texture_, bits, static_cast<std::uint32_t>(image_.bytesPerLine()),
                             false);
    imageFresh_ = false;
}

void OverlayInstance::render(gs_effect_t *effect)
{
    if (imageFresh_)
        upload();
    if (!texture_ || !effect)
        return;

    // Drawn like OBS's image source: premultiplied alpha, sRGB texture in an sRGB-aware pass.
    const bool previousSrgb = gs_framebuffer_srgb_enabled();
    gs_enable_framebuffer_srgb(true);
    gs_blend_state_push();
    gs_blend_function(GS_BLEND_ONE, GS_BLEND_INVSRCALPHA);
    gs_effect_set_texture_srgb(gs_effect_get_param_by_name(effect, "image"), texture_);
    gs_draw_sprite(texture_, 0, gs_texture_get_width(texture_), gs_texture_get_height(texture_));
    gs_blend_state_pop();
    gs_enable_framebuffer_srgb(previousSrgb);
}

} // namespace coachdeck
