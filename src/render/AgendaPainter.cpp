#include "render/AgendaPainter.hpp"

#include "render/PaintKit.hpp"
#include "render/TimeText.hpp"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QPen>

#include <algorithm>
#include <cmath>

namespace coachdeck {
namespace {

QString fromUtf8(const std::string &text)
{
    return QString::fromUtf8(text.data(), static_cast<int>(text.size()));
}

int indexOf(const ClientView &view, const ClientAgendaItem *item)
{
    return item ? static_cast<int>(item - view.agenda.data()) : -1;
}

} // namespace

AgendaPainter::AgendaPainter(const RenderOptions &options, const Palette &palette)
    : options_(options), palette_(palette), unit_(paint_kit::unit(options))
{
}

std::size_t AgendaPainter::firstRow(std::size_t count, std::size_t fitting, int currentIndex)
{
    if (fitting == 0 || count <= fitting)
        return 0;
    // One done item stays above the current one, for context.
    const std::size_t wanted = currentIndex > 0 ? static_cast<std::size_t>(currentIndex) - 1 : 0;
    return std::min(wanted, count - fitting);
}

QString AgendaPainter::timesText(const ClientView &view, const ClientAgendaItem &item,
                                 MonoTime now) const
{
    const OverlayTexts &t = options_.texts;
    const QString planned = t.minutes.arg(time_text::wholeMinutes(item.allotted));
    if (!view.timerVisible) // time spent is the coach's until the timer is shown
        return planned;
    const Millis spent = view.elapsed(item, now);
    if (item.status == ItemStatus::Active)
        return QStringLiteral("%1 / %2").arg(time_text::clock(spent),
                                             time_text::clock(item.allotted));
    if (item.status == ItemStatus::Done)
        return QStringLiteral("%1 / %2")
            .arg(time_text::wholeMinutes(spent))
            .arg(t.minutes.arg(time_text::wholeMinutes(item.allotted)));
    return planned;
}

void AgendaPainter::paint(QPainter &painter, const QRectF &area, const ClientView &view,
                          MonoTime now) const
{
    const double corner = std::min(area.width(), area.height()) * 0.05;
    paint_kit::card(painter, area, palette_, std::min(corner, 28.0 * unit_));

    const double pad = std::max(6.0, 28.0 * unit_);
    const QRectF inner = area.adjusted(pad, pad, -pad, -pad);
    const QFont headFont = paint_kit::font(options_, 30.0 * unit_, QFont::Bold);
    const QFont metaFont = paint_kit::font(options_, 22.0 * unit_);
    const QFontMetricsF headMetrics(headFont);

    painter.save();
    // Header: "Agenda" and "Session 3 of 10".
    painter.setFont(headFont);
    painter.setPen(palette_.text);
    const QRectF head(inner.left(), inner.top(), inner.width(), headMetrics.height());
    const QString session =
        view.sessionCount > 1
            ? options_.texts.sessionOf.arg(view.sessionNumber).arg(view.sessionCount)
            : QString();
    const double sessionWidth = paint_kit::textWidth(metaFont, session);
    painter.drawText(
        head, Qt::AlignLeft | Qt::AlignVCenter,
        paint_kit::elided(headFont, options_.texts.agenda, head.width() - sessionWidth - pad));
    painter.setFont(metaFont);
    painter.setPen(palette_.mutedText);
    painter.drawText(head, Qt::AlignRight | Qt::AlignVCenter, session);

    const QRectF list = inner.adjusted(0, head.height() + pad * 0.6, 0, 0);
    if (view.agenda.empty()) {
        painter.drawText(list, Qt::AlignLeft | Qt::AlignTop, options_.texts.noAgenda);
        painter.restore();
        return;
    }

    const double minRow = std::max(22.0, 52.0 * unit_);
    const double maxRow = std::max(minRow, 76.0 * unit_);
    const auto fitting = std::max<std::size_t>(1, static_cast<std::size_t>(list.height() / minRow));
    const std::size_t count = view.agenda.size();
    const std::size_t shown = std::min(count, fitting);
    const double rowHeight = std::min(maxRow, list.height() / static_cast<double>(shown));
    const std::size_t first = firstRow(count, fitting, indexOf(view, view.currentItem()));

    const double titlePixels = std::min(rowHeight * 0.38, 26.0 * unit_);
    const QFont titleFont = paint_kit::font(options_, titlePixels);
    const QFont currentFont = paint_kit::font(options_, titlePixels, QFont::Bold);
    QFont doneFont = titleFont;
    doneFont.setStrikeOut(true);
    const QFont timeFont = paint_kit::font(options_, titlePixels * 0.87);

    for (std::size_t i = 0; i < shown; ++i) {
        const ClientAgendaItem &item = view.agenda[first + i];
        const QRectF row(list.left(), list.top() + rowHeight * static_cast<double>(i), list.width(),
                         rowHeight);
        const bool current = item.status == ItemStatus::Active ||
                             (view.clock.currentItemId && *view.clock.currentItemId == item.id);
        if (current) {
            QColor band = palette_.accent;
            band.setAlphaF(0.2);
            painter.setPen(Qt::NoPen);
            painter.setBrush(band);
            const QRectF bandRect = row.adjusted(-pad * 0.4, 2, pad * 0.4, -2);
            painter.drawRoundedRect(bandRect, rowHeight * 0.18, rowHeight * 0.18);
            painter.setBrush(palette_.accent);
            painter.drawRoundedRect(QRectF(bandRect.left(), bandRect.top(),
                                           std::max(3.0, 6.0 * unit_), bandRect.height()),
                                    2, 2);
        }
        const double markerSide = rowHeight * 0.44;
        const QRectF marker(row.left() + pad * 0.3, row.center().y() - markerSide / 2, markerSide,
                            markerSide);
        paintMarker(painter, marker, current ? ItemStatus::Active : item.status);

        const QString times = timesText(view, item, now);
        const double timesWidth = paint_kit::textWidth(timeFont, times);
        painter.setFont(timeFont);
        painter.setPen(current ? palette_.text : palette_.mutedText);
        painter.drawText(row, Qt::AlignRight | Qt::AlignVCenter, times);

        const QFont &font = current                           ? currentFont
                            : item.status == ItemStatus::Done ? doneFont
                                                              : titleFont;
        const double titleLeft = marker.right() + markerSide * 0.7;
        const QRectF titleRect(titleLeft, row.top(),
                               row.right() - timesWidth - pad * 0.6 - titleLeft, row.height());
        painter.setFont(font);
        painter.setPen(item.status == ItemStatus::Done && !current ? palette_.mutedText
                                                                   : palette_.text);
        painter.drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter,
                         paint_kit::elided(font, fromUtf8(item.title), titleRect.width()));
    }
    painter.restore();
}

void AgendaPainter::paintMarker(QPainter &painter, const QRectF &box, ItemStatus status) const
{
    // Shape tells the state without colour: ring = to come, play = now, check = done.
    const double stroke = std::max(1.5, box.width() * 0.12);
    painter.save();
    switch (status) {
    case ItemStatus::Pending:
        painter.setPen(QPen(palette_.mutedText, stroke));
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(box.adjusted(stroke / 2, stroke / 2, -stroke / 2, -stroke / 2));
        break;
    case ItemStatus::Active: {
        painter.setPen(Qt::NoPen);
        painter.setBrush(palette_.accent);
        painter.drawEllipse(box);
        const double s = box.width();
        QPolygonF play;
        play << QPointF(box.left() + s * 0.38, box.top() + s * 0.27)
             << QPointF(box.left() + s * 0.76, box.center().y())
             << QPointF(box.left() + s * 0.38, box.bottom() - s * 0.27);
        painter.setBrush(Qt::white);
        painter.drawPolygon(play);
        break;
    }
    case ItemStatus::Done: {
        painter.setPen(Qt::NoPen);
        painter.setBrush(palette_.mutedText);
        painter.drawEllipse(box);
        const double s = box.width();
        QPainterPath check;
        check.moveTo(box.left() + s * 0.27, box.top() + s * 0.52);
        check.lineTo(box.left() + s * 0.44, box.top() + s * 0.68);
        check.lineTo(box.left() + s * 0.74, box.top() + s * 0.34);
        painter.setPen(QPen(palette_.card.alpha() < 255 ? QColor(Qt::black) : palette_.card, stroke,
                            Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(check);
        break;
    }
    }
    painter.restore();
}

} // namespace coachdeck
