#include "render/OverlayLayout.hpp"

#include "core/Figure.hpp"
#include "render/BoardPainter.hpp"
#include "render/PaintKit.hpp"

#include <algorithm>
#include <cmath>

namespace coachdeck {

QRectF OverlayLayout::boardCard(const QRectF &room, double captionHeight)
{
    // The padding is proportional to the card's smaller side (BoardPainter::padding): taking
    // the room's is close enough, the board letterboxes by a pixel or two at most.
    const double pad = 2 * BoardPainter::padding(room);
    const double scale = std::min((room.width() - pad) / kBoardWidth,
                                  (room.height() - pad - captionHeight) / kBoardHeight);
    const double width = kBoardWidth * scale + pad;
    const double height = kBoardHeight * scale + pad + captionHeight;
    return QRectF(room.center().x() - width / 2, room.center().y() - height / 2, width, height);
}

OverlayLayout OverlayLayout::of(const RenderOptions &options, bool timerShown)
{
    const double u = paint_kit::unit(options);
    const double margin = std::max(4.0, 28.0 * u);
    const double gap = std::max(4.0, 24.0 * u);
    const QRectF all(margin, margin, options.width - 2 * margin, options.height - 2 * margin);

    OverlayLayout layout;
    switch (options.view) {
    case OverlayView::Board:
        layout.board = all;
        break;
    case OverlayView::Agenda:
        layout.agenda = all;
        break;
    case OverlayView::Timer:
        if (timerShown) {
            const double side = std::min(all.width(), all.height());
            layout.timer = QRectF(all.center().x() - side / 2, all.top(), side, all.height());
        }
        break;
    case OverlayView::BoardTimer:
        if (timerShown) {
            const double sideWidth = std::round(all.width() * 0.27);
            const QRectF side(all.right() - sideWidth, all.top(), sideWidth, all.height());
            const double timerHeight = std::min(side.height(), sideWidth * 1.3);
            layout.timer =
                QRectF(side.left(), side.center().y() - timerHeight / 2, sideWidth, timerHeight);
            layout.board = all.adjusted(0, 0, -(sideWidth + gap), 0);
        } else {
            layout.board = all;
        }
        break;
    case OverlayView::AgendaTimer:
        if (timerShown) {
            const double timerWidth = std::round(all.width() * 0.36);
            layout.timer = QRectF(all.right() - timerWidth, all.top(), timerWidth, all.height());
            layout.agenda = all.adjusted(0, 0, -(timerWidth + gap), 0);
        } else {
            layout.agenda = all;
        }
        break;
    case OverlayView::Everything: {
        const double sideWidth = std::round(all.width() * 0.3);
        const QRectF side(all.right() - sideWidth, all.top(), sideWidth, all.height());
        layout.board = all.adjusted(0, 0, -(sideWidth + gap), 0);
        if (timerShown) {
            const double timerHeight = std::min(side.height() * 0.56, sideWidth * 1.1);
            layout.timer = QRectF(side.left(), side.bottom() - timerHeight, sideWidth, timerHeight);
            layout.agenda = side.adjusted(0, 0, 0, -(timerHeight + gap));
        } else {
            layout.agenda = side;
        }
        break;
    }
    case OverlayView::Compare: {
        const double half = (all.width() - gap) / 2;
        const double caption = BoardPainter::captionHeight(options);
        layout.compareFirst = boardCard(QRectF(all.left(), all.top(), half, all.height()), caption);
        layout.compareNow =
            boardCard(QRectF(all.right() - half, all.top(), half, all.height()), caption);
        break;
    }
    }
    return layout;
}

} // namespace coachdeck
