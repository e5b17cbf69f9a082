#include "obs/OverlayInstance.hpp"

#include "obs/Log.hpp"
#include "obs/TextureRegions.hpp"

#include <algorithm>
#include <utility>

namespace coachdeck {

OverlayInstance::OverlayInstance(obs_source_t *source,
                                 std::shared_ptr<const ViewPublisher> publisher,
                                 RenderOptions options)
    : source_(source), publisher_(std::move(publisher))
{
    if (!publisher_)
        publisher_ = std::make_shared<const ViewPublisher>();
    views_ = publisher_.get();
    setOptions(std::move(options));
}

OverlayInstance::~OverlayInstance()
{
    log::debug("overlay %s: %llu pictures, %llu painted ahead, %llu uploaded in parts",
               obs_source_get_name(source_), static_cast<unsigned long long>(repaints_),
               static_cast<unsigned long long>(repaints_ - paintedHere_),
               static_cast<unsigned long long>(partialUploads_));
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
    if (generation == applied_)
        return false;
    RenderOptions options;
    {
        std::lock_guard lock(optionsMutex_);
        options = pendingOptions_;
    }
    applied_ = generation;
    if (image_.width() != options.width || image_.height() != options.height)
        image_ = QImage(options.width, options.height, QImage::Format_ARGB32_Premultiplied);
    painter_ = std::make_shared<const OverlayPainter>(std::move(options));
    return true;
}

void OverlayInstance::tick(MonoTime now, WallTime wallNow)
{
    // Until something says otherwise, look again next frame.
    nextCheck_ = MonoTime::min();
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
    if (!mustRepaint_ && !replaying && !replaying_ && shown == paintedTime_) {
        nextCheck_ = nextChange(now, wallNow);
        return;
    }

    const std::uint64_t previous = pictureNumber_++;
    if (!mustRepaint_ && !replaying && !replaying_ &&
        ahead_.take(previous, shown, image_, changed_)) {
        // A new second, painted ahead as planned: only what changed goes to the texture.
        changedFrom_ = previous;
    } else {
        ahead_.cancel(); // painted on a picture about to change
        changedFrom_ = ~std::uint64_t{0};
        if (!mustRepaint_ && !replaying && !replaying_) {
            painter_->paintTimedParts(image_, {*view_, nullptr, now, wallNow}); // a new second
        } else {
            const ReplayFrame frame = replay_.frame(now);
            painter_->paint(image_, {*view_, &frame, now, wallNow});
        }
        ++paintedHere_;
    }
    paintedTime_ = shown;
    replaying_ = replaying;
    mustRepaint_ = false;
    imageFresh_ = true;
    ++repaints_;
    if (!replaying) {
        paintAhead(now, wallNow);
        nextCheck_ = nextChange(now, wallNow);
    }
}

MonoTime OverlayInstance::nextChange(MonoTime now, WallTime wallNow) const
{
    // At least once a second: a wall-clock jump then shows within a second, and showing or
    // hiding the source (which due() does not read) is noticed within one.
    MonoTime next = now + Millis{1000};
    if (const std::optional<Millis> second = timeBasis_.untilNextSecond(now))
        next = std::min(next, now + *second);
    if (timeBasis_.minuteShown) {
        const auto intoMinute = wallNow.time_since_epoch().count() % 60'000;
        next = std::min(next, now + Millis{60'000 - intoMinute});
    }
    return next;
}

void OverlayInstance::paintAhead(MonoTime now, WallTime wallNow)
{
    // Only a running item's seconds are worth painting ahead; a minute of the end-time
    // forecast alone comes once a minute and is painted when it comes.
    const std::optional<Millis> toNextSecond = timeBasis_.untilNextSecond(now);
    if (!toNextSecond)
        return;
    const MonoTime at = now + *toNextSecond;
    const WallTime wallAt = wallNow + *toNextSecond;
    ahead_.request(
        {painter_, view_, image_, at, wallAt, timeBasis_.at(at, wallAt), pictureNumber_});
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
    if (!texture_) {
        texture_ = gs_texture_create(width, height, GS_BGRA, 1, &bits, GS_DYNAMIC);
    } else if (changedFrom_ == textureNumber_ &&
               texture_regions::upload(texture_, image_, changed_)) {
        ++partialUploads_;
    } else {
        gs_texture_set_image(texture_, bits, static_cast<std::uint32_t>(image_.bytesPerLine()),
                             false);
    }
    textureNumber_ = texture_ ? pictureNumber_ : ~std::uint64_t{0};
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
