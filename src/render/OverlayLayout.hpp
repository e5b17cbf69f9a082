#pragma once

#include "render/RenderOptions.hpp"

#include <QRectF>

#include <optional>

namespace coachdeck {

/// Where each part of a view goes, in pixels. A part that is not drawn is empty:
/// the timer has no place unless the coach shows it, and then the others make room.
struct OverlayLayout {
    std::optional<QRectF> board;
    std::optional<QRectF> compareFirst; ///< compare view: the first image
    std::optional<QRectF> compareNow;   ///< compare view: the board on show
    std::optional<QRectF> agenda;
    std::optional<QRectF> timer;

    static OverlayLayout of(const RenderOptions &options, bool timerShown);
    /// The largest card of the board's shape (16:9, its padding and a caption strip
    /// `captionHeight` high) centred in `room`.
    static QRectF boardCard(const QRectF &room, double captionHeight);
};

} // namespace coachdeck
