#include "render/RenderOptions.hpp"

#include <algorithm>

namespace coachdeck {

RenderOptions RenderOptions::clamped() const
{
    RenderOptions out = *this;
    out.width = std::clamp(width, kMinSide, kMaxSide);
    out.height = std::clamp(height, kMinSide, kMaxSide);
    if (!out.accent.isValid())
        out.accent = RenderOptions{}.accent;
    out.accent.setAlpha(255);
    return out;
}

bool RenderOptions::hasBoard() const
{
    return view == OverlayView::Board || view == OverlayView::BoardTimer ||
           view == OverlayView::Everything || view == OverlayView::Compare;
}

bool RenderOptions::hasAgenda() const
{
    return view == OverlayView::Agenda || view == OverlayView::AgendaTimer ||
           view == OverlayView::Everything;
}

bool RenderOptions::hasTimer() const
{
    return view == OverlayView::Timer || view == OverlayView::BoardTimer ||
           view == OverlayView::AgendaTimer || view == OverlayView::Everything;
}

} // namespace coachdeck
