#pragma once

#include "core/ClientView.hpp"
#include "render/Palette.hpp"
#include "render/RenderOptions.hpp"

#include <QRectF>
#include <QString>
#include <QStringList>

#include <optional>

class QPainter;

namespace coachdeck {

/// What the timer shows at one instant, worked out from the view and its timing.
struct TimerModel {
    ClockStatus status = ClockStatus::Idle;
    QString title; ///< the current item, empty when none
    Millis remaining{0};
    double progress = 0.0; ///< of the current item, [0, 1]
    Phase phase = Phase::Normal;
    std::optional<Millis> sessionRemaining; ///< when the option asks for it
    std::optional<WallTime> endForecast;    ///< when the option asks for it
    Millis planned{0};                      ///< the whole session's allotted time
    Millis spent{0};                        ///< the whole session's time spent

    static TimerModel of(const ClientView &view, const SessionTiming &timing,
                         const RenderOptions &options);
};

/// Draws the timer card: current item, remaining mm:ss (+mm:ss over time), a
/// progress ring in the phase colour with the phase in words, and optionally the
/// whole session's remaining time and end-time forecast. Stateless; any thread.
class TimerPainter {
public:
    TimerPainter(const RenderOptions &options, const Palette &palette);

    void paint(QPainter &painter, const QRectF &area, const TimerModel &model) const;

    /// The words under the digits for a state and phase.
    QString phaseWords(const TimerModel &model) const;
    /// The colour of the ring and digits.
    QColor ringColour(const TimerModel &model) const;
    /// The lines under the ring ("Session: 48:00 left", "Ends about 11:42").
    QStringList footerLines(const TimerModel &model) const;

private:
    void paintRing(QPainter &painter, const QRectF &square, const TimerModel &model) const;
    void paintCentre(QPainter &painter, const QRectF &square, const TimerModel &model) const;

    RenderOptions options_;
    Palette palette_;
};

} // namespace coachdeck
