#include "ui/CompareView.hpp"

#include "render/BoardPainter.hpp"
#include "render/Palette.hpp"
#include "ui/QtText.hpp"
#include "ui/SessionController.hpp"

#include <QPainter>

namespace coachdeck {

CompareView::CompareView(SessionController &controller, TextLookup text, QWidget *parent)
    : QWidget(parent), controller_(controller), text_(std::move(text))
{
    setMinimumSize(200, 200);
    connect(&controller_, &SessionController::changed, this, [this] { update(); });
}

void CompareView::paintEvent(QPaintEvent *)
{
    RenderOptions options;
    options.view = OverlayView::Compare;
    options.width = std::max(width(), RenderOptions::kMinSide);
    options.height = std::max(height() / 2, RenderOptions::kMinSide);
    options = options.clamped();
    const Palette palette = Palette::forOptions(options);
    const BoardPainter painter(options, palette);
    const Outline &outline = controller_.outline();

    QPainter p(this);
    p.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    p.fillRect(rect(), palette.background);
    // One above the other: the dock is narrow.
    const QRectF top(0, 0, width(), height() / 2.0);
    const QRectF bottom(0, height() / 2.0, width(), height() / 2.0);
    if (outline.snapshots.empty()) {
        p.setPen(palette.mutedText);
        p.drawText(top, Qt::AlignCenter | Qt::TextWordWrap,
                   text_("CoachDeck.Overlay.Text.NoImage"));
    } else {
        const Snapshot &first = outline.snapshots.front();
        painter.paint(p, top,
                      {first.board, nullptr, first.board.zonesVisible, nullptr,
                       text_("CoachDeck.Overlay.Text.FirstImage") + QStringLiteral(" \u00b7 ") +
                           qt_text::from(first.name)});
    }
    painter.paint(p, bottom,
                  {outline.board, nullptr, outline.board.zonesVisible, nullptr,
                   text_("CoachDeck.Overlay.Text.Now")});
}

} // namespace coachdeck
