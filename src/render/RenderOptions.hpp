#pragma once

#include "core/EnumText.hpp"
#include "render/LocalDates.hpp"

#include <QColor>
#include <QString>

namespace coachdeck {

/// What an overlay shows. Views with a timer show it only when the coach has made
/// the timer visible; until then the other parts take the room.
enum class OverlayView { Board = 1, Agenda, Timer, BoardTimer, AgendaTimer, Everything, Compare };
inline constexpr EnumText<OverlayView, 7> kOverlayViewText{{{
    {OverlayView::Board, "board"},
    {OverlayView::Agenda, "agenda"},
    {OverlayView::Timer, "timer"},
    {OverlayView::BoardTimer, "board_timer"},
    {OverlayView::AgendaTimer, "agenda_timer"},
    {OverlayView::Everything, "everything"},
    {OverlayView::Compare, "compare"},
}}};

enum class Theme { Dark = 1, Light, Transparent };
inline constexpr EnumText<Theme, 3> kThemeText{{{
    {Theme::Dark, "dark"},
    {Theme::Light, "light"},
    {Theme::Transparent, "transparent"},
}}};

/// Every word the overlay paints, already translated (the OBS glue fills them
/// from the locale files; the defaults are the English texts). `%1`, `%2` are
/// QString::arg placeholders.
struct OverlayTexts {
    QString sessionOf = QStringLiteral("Session %1 of %2");
    QString agenda = QStringLiteral("Agenda");
    QString minutes = QStringLiteral("%1 min");
    QString left = QStringLiteral("left");
    QString almostUp = QStringLiteral("time almost up");
    QString lastMinute = QStringLiteral("last minute");
    QString overtime = QStringLiteral("overtime");
    QString paused = QStringLiteral("Paused");
    QString notStarted = QStringLiteral("Not started yet");
    QString finished = QStringLiteral("Session complete");
    QString sessionLeft = QStringLiteral("Session: %1 left");
    QString sessionOver = QStringLiteral("Session: %1 over");
    QString endsAt = QStringLiteral("Ends about %1");
    LocalDates dates; ///< how the end-time forecast reads its clock time (the OBS language)
    QString firstImage = QStringLiteral("First image");
    QString now = QStringLiteral("Now");
    QString step = QStringLiteral("Step %1 of %2");
    QString seenFrom = QStringLiteral("Seen from: %1");
    QString noImage = QStringLiteral("No image captured yet");
    QString noAgenda = QStringLiteral("No agenda yet");

    bool operator==(const OverlayTexts &) const = default;
};

/// How one overlay looks: the properties of a `coachdeck_overlay` source.
struct RenderOptions {
    static constexpr int kMinSide = 64;
    static constexpr int kMaxSide = 4096;

    OverlayView view = OverlayView::Everything;
    int width = 1920; ///< pixels
    int height = 1080;
    Theme theme = Theme::Dark;
    QString fontFamily; ///< empty: the system's sans-serif
    QColor accent{0x4f, 0x9d, 0xff};
    bool showEndForecast = true;
    bool showSessionRemaining = true;
    bool showZones = true;
    OverlayTexts texts;

    bool operator==(const RenderOptions &) const = default;

    /// Width and height brought into [kMinSide, kMaxSide].
    RenderOptions clamped() const;
    /// Whether this view has a board, an agenda, a timer part.
    bool hasBoard() const;
    bool hasAgenda() const;
    bool hasTimer() const;
};

} // namespace coachdeck
