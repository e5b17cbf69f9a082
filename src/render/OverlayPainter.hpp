#pragma once

#include "core/ClientView.hpp"
#include "render/BoardProjection.hpp"
#include "render/DisplayedTime.hpp"
#include "render/OverlayLayout.hpp"
#include "render/Palette.hpp"
#include "render/RenderOptions.hpp"
#include "render/StepReplay.hpp"

#include <QImage>

#include <cstdint>
#include <optional>

class QPainter;

namespace coachdeck {

/// Everything one picture depends on besides the options: the view, the board
/// mid-replay if a step is gliding, and the instant (passed in, never read here).
struct OverlayFrame {
    const ClientView &view;
    const ReplayFrame *replay = nullptr; ///< null: the view's shown board, still
    MonoTime monoNow{};
    WallTime wallNow{};
};

/// The one painter of CoachDeck's client-facing picture (overlay source, dock
/// preview, exports): board, agenda and timer laid out for a view, in a theme.
/// Stateless past its options; any thread; never reads a clock.
class OverlayPainter {
public:
    explicit OverlayPainter(RenderOptions options);

    const RenderOptions &options() const { return options_; }
    const Palette &palette() const { return palette_; }

    /// Paints the whole picture into `target` (ARGB32 premultiplied, the options'
    /// size), background included. Allocates no image.
    void paint(QImage &target, const OverlayFrame &frame) const;
    /// Paints the parts over what the device holds (no background), at the options' size.
    void paint(QPainter &painter, const OverlayFrame &frame) const;
    /// A new image with the picture.
    QImage render(const OverlayFrame &frame) const;
    /// Repaints only the parts that show time (agenda and timer) into `target`, which holds
    /// this painter's picture of the same view at an earlier instant: what a new second on
    /// screen costs, the board untouched. The result equals a whole repaint.
    void paintTimedParts(QImage &target, const OverlayFrame &frame) const;

    /// Whether the timer is on screen: the view has one and the coach shows it.
    static bool timerShown(const ClientView &view, const RenderOptions &options);
    OverlayLayout layout(const ClientView &view) const;
    /// The time the picture shows at an instant (see DisplayedTimeBasis for the per-frame form).
    static DisplayedTime displayedTime(const ClientView &view, const RenderOptions &options,
                                       MonoTime now, WallTime wallNow);

    /// The caption over a board: the step on show and whose place it is seen from.
    QString boardCaption(const ClientView &view, const Board &board) const;
    /// Where board units land on the picture for the view's main board showing `shown`
    /// (the dock preview hit-tests figures with it). Empty when the view has no main board.
    std::optional<BoardProjection> boardProjection(const ClientView &view,
                                                   const Board &shown) const;

private:
    void paintBoards(QPainter &painter, const OverlayLayout &parts,
                     const OverlayFrame &frame) const;
    void paintTimedParts(QPainter &painter, const OverlayLayout &parts,
                         const OverlayFrame &frame) const;

    RenderOptions options_;
    Palette palette_;
};

} // namespace coachdeck
