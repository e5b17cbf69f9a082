#include "render/StepReplay.hpp"

#include <algorithm>
#include <cmath>

namespace coachdeck {
namespace {

double lerp(double a, double b, double t)
{
    return a + (b - a) * t;
}

std::uint8_t lerpChannel(std::uint8_t a, std::uint8_t b, double t)
{
    return static_cast<std::uint8_t>(std::lround(std::clamp(lerp(a, b, t), 0.0, 255.0)));
}

std::optional<double> lerpFacing(const std::optional<double> &a, const std::optional<double> &b,
                                 double t)
{
    if (a && b) {
        // The short way round: from 350 to 10 passes through 0, not 180.
        const double delta = std::remainder(*b - *a, 360.0);
        return normalizedDegrees(*a + delta * t);
    }
    return t < 0.5 ? a : b;
}

Figure blend(const Figure &a, const Figure &b, double t)
{
    Figure out = t < 0.5 ? a : b;
    out.position = {lerp(a.position.x, b.position.x, t), lerp(a.position.y, b.position.y, t)};
    out.colour = {lerpChannel(a.colour.r, b.colour.r, t), lerpChannel(a.colour.g, b.colour.g, t),
                  lerpChannel(a.colour.b, b.colour.b, t)};
    out.facingDegrees = lerpFacing(a.facingDegrees, b.facingDegrees, t);
    return out;
}

} // namespace

ReplayFrame interpolateBoards(const Board &from, const Board &to, double t)
{
    t = std::clamp(t, 0.0, 1.0);
    ReplayFrame frame;
    const Board &base = t < 0.5 ? from : to;
    frame.board.zones = base.zones;
    frame.board.zonesVisible = base.zonesVisible;
    frame.board.figures.reserve(from.figures.size() + to.figures.size());
    frame.opacity.reserve(from.figures.size() + to.figures.size());

    // Figures leaving fade out under the others; then the target's figures in its order.
    for (const Figure &f : from.figures) {
        if (!to.figure(f.id) && t < 1.0) {
            frame.board.figures.push_back(f);
            frame.opacity.push_back(1.0 - t);
        }
    }
    for (const Figure &f : to.figures) {
        if (const Figure *before = from.figure(f.id)) {
            frame.board.figures.push_back(blend(*before, f, t));
            frame.opacity.push_back(1.0);
        } else if (t > 0.0) {
            frame.board.figures.push_back(f);
            frame.opacity.push_back(t);
        }
    }
    return frame;
}

double easeInOut(double t)
{
    t = std::clamp(t, 0.0, 1.0);
    return t < 0.5 ? 4 * t * t * t : 1 - std::pow(-2 * t + 2, 3) / 2;
}

void StepReplay::show(const Board &target, const std::optional<std::string> &shownKey, MonoTime now)
{
    if (!started_) {
        started_ = true;
        key_ = shownKey;
        from_ = target;
        to_ = target;
        return;
    }
    if (shownKey != key_) {
        // Glide from what is on screen now, even mid-way through another glide.
        const ReplayFrame current = frame(now);
        Board onScreen = current.board;
        onScreen.figures.clear();
        for (std::size_t i = 0; i < current.board.figures.size(); ++i) {
            if (current.opacity[i] >= 0.5)
                onScreen.figures.push_back(current.board.figures[i]);
        }
        from_ = std::move(onScreen);
        to_ = target;
        key_ = shownKey;
        glideStart_ = now;
        return;
    }
    to_ = target;
    if (!animating(now))
        from_ = target;
}

double StepReplay::progress(MonoTime now) const
{
    if (!glideStart_)
        return 1.0;
    const auto spent = std::chrono::duration_cast<Millis>(now - *glideStart_);
    return std::clamp(static_cast<double>(spent.count()) / static_cast<double>(kDuration.count()),
                      0.0, 1.0);
}

bool StepReplay::animating(MonoTime now) const
{
    return started_ && glideStart_ && progress(now) < 1.0;
}

ReplayFrame StepReplay::frame(MonoTime now) const
{
    if (!animating(now)) {
        ReplayFrame still;
        still.board = to_;
        still.opacity.assign(to_.figures.size(), 1.0);
        return still;
    }
    return interpolateBoards(from_, to_, easeInOut(progress(now)));
}

} // namespace coachdeck
