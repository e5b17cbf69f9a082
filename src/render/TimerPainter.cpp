#include "render/TimerPainter.hpp"

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

} // namespace

TimerModel TimerModel::of(const ClientView &view, const SessionTiming &timing,
                          const RenderOptions &options)
{
    TimerModel model;
    model.status = view.clock.status;
    model.planned = timing.planned;
    model.spent = timing.elapsed;
    if (const ClientAgendaItem *item = view.currentItem())
        model.title = fromUtf8(item->title);
    if (timing.current) {
        model.remaining = timing.current->remaining;
        model.progress = timing.current->progress;
        model.phase = timing.current->phase;
    } else if (!view.agenda.empty()) {
        // Not started: the first item's time, untouched.
        model.title = fromUtf8(view.agenda.front().title);
        model.remaining = view.agenda.front().allotted;
    }
    if (options.showSessionRemaining)
        model.sessionRemaining = timing.remaining;
    if (options.showEndForecast && view.clock.status != ClockStatus::Finished)
        model.endForecast = timing.endForecast;
    return model;
}

TimerPainter::TimerPainter(const RenderOptions &options, const Palette &palette)
    : options_(options), palette_(palette)
{
}

QString TimerPainter::phaseWords(const TimerModel &model) const
{
    const OverlayTexts &t = options_.texts;
    switch (model.status) {
    case ClockStatus::Idle:
        return t.notStarted;
    case ClockStatus::Paused:
        return t.paused;
    case ClockStatus::Finished:
        return t.finished;
    case ClockStatus::Running:
        break;
    }
    switch (model.phase) {
    case Phase::Warning:
        return t.almostUp;
    case Phase::Danger:
        return t.lastMinute;
    case Phase::Overtime:
        return t.overtime;
    case Phase::Normal:
        break;
    }
    return t.left;
}

QColor TimerPainter::ringColour(const TimerModel &model) const
{
    if (model.status == ClockStatus::Idle || model.status == ClockStatus::Finished)
        return palette_.mutedText;
    // Paused keeps its phase colour (a paused overtime is still overtime), the word says paused.
    return palette_.phase(model.phase);
}

QStringList TimerPainter::footerLines(const TimerModel &model) const
{
    const OverlayTexts &t = options_.texts;
    QStringList lines;
    if (model.status == ClockStatus::Finished) {
        lines << time_text::clock(model.spent);
        return lines;
    }
    if (model.sessionRemaining) {
        const Millis left = *model.sessionRemaining;
        lines << (left >= Millis{0} ? t.sessionLeft.arg(time_text::clock(left))
                                    : t.sessionOver.arg(time_text::clock(-left)));
    }
    if (model.endForecast)
        lines << t.endsAt.arg(t.dates.clockTime(*model.endForecast));
    return lines;
}

void TimerPainter::paint(QPainter &painter, const QRectF &area, const TimerModel &model) const
{
    const double corner = std::min(area.width(), area.height()) * 0.06;
    paint_kit::card(painter, area, palette_, corner);

    // Sizes follow the card, so a timer-only overlay reads from across the room.
    const double side = std::min(area.width(), area.height());
    const double pad = side * 0.07;
    const QRectF inner = area.adjusted(pad, pad, -pad, -pad);
    const QFont titleFont = paint_kit::font(options_, side * 0.052, QFont::DemiBold);
    const QFont footerFont = paint_kit::font(options_, side * 0.04);
    const QFontMetricsF titleMetrics(titleFont);
    const QFontMetricsF footerMetrics(footerFont);
    const QStringList footer = footerLines(model);
    const double lineGap = footerFont.pixelSize() * 0.35;

    painter.save();
    const bool wide = inner.width() > inner.height() * 1.7;
    if (wide) {
        // Ring on the left, words on the right.
        const QRectF square(inner.left(), inner.top(), inner.height(), inner.height());
        paintRing(painter, square, model);
        paintCentre(painter, square, model);
        const double x = square.right() + pad;
        const double width = inner.right() - x;
        double y = inner.center().y() -
                   (titleMetrics.height() + footer.size() * (footerMetrics.height() + lineGap)) / 2;
        painter.setFont(titleFont);
        painter.setPen(palette_.text);
        painter.drawText(QPointF(x, y + titleMetrics.ascent()),
                         paint_kit::elided(titleFont, model.title, width));
        y += titleMetrics.height() + lineGap;
        painter.setFont(footerFont);
        painter.setPen(palette_.mutedText);
        for (const QString &line : footer) {
            painter.drawText(QPointF(x, y + footerMetrics.ascent()),
                             paint_kit::elided(footerFont, line, width));
            y += footerMetrics.height() + lineGap;
        }
    } else {
        // Title, ring, then the session lines, stacked and centred.
        painter.setFont(titleFont);
        painter.setPen(palette_.text);
        const QRectF titleRect(inner.left(), inner.top(), inner.width(), titleMetrics.height());
        painter.drawText(titleRect, Qt::AlignHCenter | Qt::AlignTop,
                         paint_kit::elided(titleFont, model.title, inner.width()));
        const double footerHeight = footer.size() * (footerMetrics.height() + lineGap);
        const QRectF ringRoom(inner.left(), titleRect.bottom() + pad * 0.6, inner.width(),
                              inner.height() - titleRect.height() - pad * 0.6 - footerHeight -
                                  (footer.isEmpty() ? 0.0 : pad * 0.4));
        const double ringSide = std::max(0.0, std::min(ringRoom.width(), ringRoom.height()));
        const QRectF square(ringRoom.center().x() - ringSide / 2,
                            ringRoom.center().y() - ringSide / 2, ringSide, ringSide);
        paintRing(painter, square, model);
        paintCentre(painter, square, model);
        painter.setFont(footerFont);
        painter.setPen(palette_.mutedText);
        double y = inner.bottom() - footerHeight + lineGap;
        for (const QString &line : footer) {
            const QRectF lineRect(inner.left(), y, inner.width(), footerMetrics.height());
            painter.drawText(lineRect, Qt::AlignHCenter | Qt::AlignTop,
                             paint_kit::elided(footerFont, line, inner.width()));
            y += footerMetrics.height() + lineGap;
        }
    }
    painter.restore();
}

void TimerPainter::paintRing(QPainter &painter, const QRectF &square, const TimerModel &model) const
{
    const double thickness = square.width() * 0.075;
    const QRectF ring =
        square.adjusted(thickness / 2, thickness / 2, -thickness / 2, -thickness / 2);
    painter.save();
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(palette_.track, thickness, Qt::SolidLine, Qt::FlatCap));
    painter.drawEllipse(ring);

    const double progress =
        model.phase == Phase::Overtime ? 1.0 : std::clamp(model.progress, 0.0, 1.0);
    if (progress > 0.0 && model.status != ClockStatus::Idle) {
        // From twelve o'clock, clockwise.
        const int span = -static_cast<int>(std::lround(progress * 360.0 * 16.0));
        painter.setPen(QPen(ringColour(model), thickness, Qt::SolidLine,
                            progress >= 1.0 ? Qt::FlatCap : Qt::RoundCap));
        painter.drawArc(ring, 90 * 16, span);
    }
    painter.restore();
}

void TimerPainter::paintCentre(QPainter &painter, const QRectF &square,
                               const TimerModel &model) const
{
    const double side = square.width();
    const QString digits = model.status == ClockStatus::Finished
                               ? QStringLiteral("\u2713")
                               : time_text::remaining(model.remaining);
    // Digits fill the ring's inside; a longer text ("+1:02:03") gets a smaller size.
    QFont digitFont = paint_kit::font(options_, side * 0.24, QFont::DemiBold);
    const double room = side * 0.72;
    const double width = paint_kit::textWidth(digitFont, digits);
    if (width > room)
        digitFont =
            paint_kit::font(options_, digitFont.pixelSize() * room / width, QFont::DemiBold);
    const QFont wordFont = paint_kit::font(options_, side * 0.075, QFont::DemiBold);
    const QFontMetricsF digitMetrics(digitFont);
    const QFontMetricsF wordMetrics(wordFont);

    const double total = digitMetrics.height() + wordMetrics.height();
    const double top = square.center().y() - total / 2;
    const bool alert = model.status == ClockStatus::Running &&
                       (model.phase == Phase::Danger || model.phase == Phase::Overtime);

    painter.save();
    painter.setFont(digitFont);
    painter.setPen(alert ? ringColour(model) : palette_.text);
    painter.drawText(QRectF(square.left(), top, side, digitMetrics.height()), Qt::AlignCenter,
                     digits);
    painter.setFont(wordFont);
    painter.setPen(model.status == ClockStatus::Running && model.phase != Phase::Normal
                       ? ringColour(model)
                       : palette_.mutedText);
    const QString words = phaseWords(model);
    painter.drawText(QRectF(square.left(), top + digitMetrics.height(), side, wordMetrics.height()),
                     Qt::AlignCenter, paint_kit::elided(wordFont, words, side * 0.7));
    painter.restore();
}

} // namespace coachdeck
