#include "render/OverlayPainter.hpp"

#include "render/AgendaPainter.hpp"
#include "render/BoardPainter.hpp"
#include "render/PaintKit.hpp"
#include "render/TimerPainter.hpp"

#include <QPainter>

namespace coachdeck {
namespace {

QString fromUtf8(const std::string &text)
{
    return QString::fromUtf8(text.data(), static_cast<int>(text.size()));
}

QString joined(const QString &a, const QString &b)
{
    if (a.isEmpty())
        return b;
    if (b.isEmpty())
        return a;
    return a + QStringLiteral("  \u00b7  ") + b;
}

} // namespace

OverlayPainter::OverlayPainter(RenderOptions options)
    : options_(options.clamped()), palette_(Palette::forOptions(options_))
{
}

bool OverlayPainter::timerShown(const ClientView &view, const RenderOptions &options)
{
    return view.timerVisible && options.hasTimer();
}

OverlayLayout OverlayPainter::layout(const ClientView &view) const
{
    return OverlayLayout::of(options_, timerShown(view, options_));
}

DisplayedTime OverlayPainter::displayedTime(const ClientView &view, const RenderOptions &options,
                                            MonoTime now, WallTime wallNow)
{
    return DisplayedTimeBasis::of(view, options).at(now, wallNow);
}

QString OverlayPainter::boardCaption(const ClientView &view, const Board &board) const
{
    QString step;
    if (const ClientSnapshot *shown = view.shownSnapshot()) {
        const auto index = static_cast<int>(shown - view.snapshots.data()) + 1;
        step = joined(options_.texts.step.arg(index).arg(static_cast<int>(view.snapshots.size())),
                      fromUtf8(shown->name));
    }
    QString seenFrom;
    if (view.perspectiveFigureId) {
        if (const Figure *figure = board.figure(*view.perspectiveFigureId))
            seenFrom = options_.texts.seenFrom.arg(fromUtf8(figure->label));
    }
    return joined(step, seenFrom);
}

std::optional<BoardProjection> OverlayPainter::boardProjection(const ClientView &view,
                                                               const Board &shown) const
{
    const OverlayLayout parts = layout(view);
    if (!parts.board)
        return std::nullopt;
    const std::string *perspective =
        view.perspectiveFigureId ? &*view.perspectiveFigureId : nullptr;
    const BoardScene scene{shown, nullptr, view.zonesVisible, perspective,
                           boardCaption(view, shown)};
    return BoardPainter(options_, palette_).projection(*parts.board, scene);
}

void OverlayPainter::paint(QImage &target, const OverlayFrame &frame) const
{
    target.fill(palette_.background);
    QPainter painter(&target);
    paint(painter, frame);
}

QImage OverlayPainter::render(const OverlayFrame &frame) const
{
    QImage image(options_.width, options_.height, QImage::Format_ARGB32_Premultiplied);
    paint(image, frame);
    return image;
}

void OverlayPainter::paint(QPainter &painter, const OverlayFrame &frame) const
{
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing |
                           QPainter::SmoothPixmapTransform);
    const OverlayLayout parts = layout(frame.view);
    paintBoards(painter, parts, frame);
    paintTimedParts(painter, parts, frame);
}

void OverlayPainter::paintTimedParts(QImage &target, const OverlayFrame &frame) const
{
    QPainter painter(&target);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    const OverlayLayout parts = layout(frame.view);
    // Each part is drawn inside its rectangle on the background: clearing the rectangle back
    // to the background and drawing the part again gives the very pixels of a whole repaint.
    painter.setCompositionMode(QPainter::CompositionMode_Source);
    for (const std::optional<QRectF> &part : {parts.agenda, parts.timer}) {
        if (part)
            painter.fillRect(part->toAlignedRect(), palette_.background);
    }
    painter.setCompositionMode(QPainter::CompositionMode_SourceOver);
    paintTimedParts(painter, parts, frame);
}

void OverlayPainter::paintBoards(QPainter &painter, const OverlayLayout &parts,
                                 const OverlayFrame &frame) const
{
    const ClientView &view = frame.view;
    const Board &shown = frame.replay ? frame.replay->board : view.shownBoard();
    const std::vector<double> *opacity = frame.replay ? &frame.replay->opacity : nullptr;
    const std::string *perspective =
        view.perspectiveFigureId ? &*view.perspectiveFigureId : nullptr;
    const BoardPainter boards(options_, palette_);

    if (parts.board) {
        boards.paint(painter, *parts.board,
                     {shown, opacity, view.zonesVisible, perspective, boardCaption(view, shown)});
    }
    if (parts.compareFirst && parts.compareNow) {
        if (view.snapshots.empty()) {
            paint_kit::card(painter, *parts.compareFirst, palette_,
                            parts.compareFirst->height() * 0.03);
            painter.setFont(paint_kit::font(options_, 26.0 * paint_kit::unit(options_)));
            painter.setPen(palette_.mutedText);
            painter.drawText(*parts.compareFirst, Qt::AlignCenter, options_.texts.noImage);
        } else {
            const ClientSnapshot &first = view.snapshots.front();
            boards.paint(painter, *parts.compareFirst,
                         {first.board, nullptr, view.zonesVisible, nullptr,
                          joined(options_.texts.firstImage, fromUtf8(first.name))});
        }
        const ClientSnapshot *now = view.shownSnapshot();
        boards.paint(painter, *parts.compareNow,
                     {shown, opacity, view.zonesVisible, nullptr,
                      joined(options_.texts.now, now ? fromUtf8(now->name) : QString())});
    }
}

void OverlayPainter::paintTimedParts(QPainter &painter, const OverlayLayout &parts,
                                     const OverlayFrame &frame) const
{
    const ClientView &view = frame.view;
    if (parts.agenda)
        AgendaPainter(options_, palette_).paint(painter, *parts.agenda, view, frame.monoNow);
    if (parts.timer) {
        const SessionTiming timing = view.timing(frame.monoNow, frame.wallNow);
        TimerPainter(options_, palette_)
            .paint(painter, *parts.timer, TimerModel::of(view, timing, options_));
    }
}

} // namespace coachdeck
