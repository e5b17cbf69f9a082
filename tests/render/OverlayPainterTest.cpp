// The timer, the agenda and the views: what the client sees of time, and only when shown.

#include "RenderFixtures.hpp"
#include "ScopedTimeZone.hpp"

#include "render/AgendaPainter.hpp"
#include "render/OverlayPainter.hpp"
#include "render/TimerPainter.hpp"

#include <gtest/gtest.h>

namespace coachdeck {
namespace {

using namespace render_test;

RenderOptions viewOptions(OverlayView view, int width = 1280, int height = 720)
{
    RenderOptions options;
    options.view = view;
    options.width = width;
    options.height = height;
    return options;
}

struct TimerPicture {
    QImage image;
    Palette palette;
    QRectF timer;
};

/// The timer view of a 10-minute item with `spent` gone, painted at kStart.
TimerPicture timerAfter(Millis spent, bool timerVisible = true,
                        OverlayView view = OverlayView::Timer)
{
    const ClientView clientView = makeClientView(runningOutline(10min, spent, timerVisible), 1);
    const OverlayPainter painter(viewOptions(view));
    TimerPicture out{
        painter.render({clientView, nullptr, kStart, kWallNow}), painter.palette(), {}};
    if (const auto timer = painter.layout(clientView).timer)
        out.timer = *timer;
    return out;
}

TEST(TimerTest, EachPhaseShowsItsColourAndNoOther)
{
    struct Case {
        Millis spent;
        QColor Palette::*shown;
    };
    const Case cases[] = {
        {2min, &Palette::accent},
        {7min, &Palette::warning},
        {9min + 30s, &Palette::danger},
        {11min, &Palette::overtime},
    };
    for (const Case &c : cases) {
        const TimerPicture p = timerAfter(c.spent);
        ASSERT_FALSE(p.timer.isEmpty());
        for (QColor Palette::*phase :
             {&Palette::accent, &Palette::warning, &Palette::danger, &Palette::overtime}) {
            const int count = countNear(p.image, p.timer, p.palette.*phase, 3);
            if (phase == c.shown)
                EXPECT_GT(count, 2000) << c.spent.count();
            else
                EXPECT_EQ(count, 0) << c.spent.count();
        }
    }
}

TEST(TimerTest, PhasesAreAlsoToldInWords)
{
    const RenderOptions options = viewOptions(OverlayView::Timer);
    const TimerPainter timer(options, Palette::forOptions(options));
    TimerModel model;
    model.status = ClockStatus::Running;
    model.phase = Phase::Normal;
    EXPECT_EQ(timer.phaseWords(model), options.texts.left);
    model.phase = Phase::Danger;
    EXPECT_EQ(timer.phaseWords(model), options.texts.lastMinute);
    model.phase = Phase::Overtime;
    EXPECT_EQ(timer.phaseWords(model), options.texts.overtime);
    model.status = ClockStatus::Paused;
    EXPECT_EQ(timer.phaseWords(model), options.texts.paused);
}

TEST(TimerTest, OvertimeCountsUpWithAPlus)
{
    const ClientView view = makeClientView(runningOutline(10min, 11min + 5s, true), 1);
    const RenderOptions options = viewOptions(OverlayView::Timer);
    const TimerModel model = TimerModel::of(view, view.timing(kStart, kWallNow), options);
    EXPECT_EQ(model.phase, Phase::Overtime);
    EXPECT_EQ(model.remaining, -(1min + 5s));
    EXPECT_EQ(model.title, "Exploration");
}

TEST(TimerTest, SessionRemainingAndForecastFollowTheOptions)
{
    const ClientView view = makeClientView(runningOutline(10min, 4min, true), 1);
    RenderOptions options = viewOptions(OverlayView::Timer);
    const SessionTiming timing = view.timing(kStart, kWallNow);
    const TimerPainter painter(options, Palette::forOptions(options));

    // 6 min left on this item, 15 on the next: 21 min, ending 21 min after 10:41 UTC.
    const QStringList both = painter.footerLines(TimerModel::of(view, timing, options));
    ASSERT_EQ(both.size(), 2);
    EXPECT_EQ(both[0], QStringLiteral("Session: 21:00 left"));
    EXPECT_TRUE(both[1].startsWith(QStringLiteral("Ends about "))) << both[1].toStdString();

    options.showEndForecast = false;
    options.showSessionRemaining = false;
    EXPECT_TRUE(painter.footerLines(TimerModel::of(view, timing, options)).isEmpty());
}

TEST(TimerTest, TheEndForecastReadsInTheObsLanguage)
{
    const testing::ScopedTimeZone paris("Europe/Paris");
    const ClientView view = makeClientView(runningOutline(10min, 4min, true), 1);
    RenderOptions options = viewOptions(OverlayView::Timer);
    options.showSessionRemaining = false;
    const SessionTiming timing = view.timing(kStart, kWallNow);

    // The session ends at 11:02 UTC, 12:02 in Paris.
    options.texts.endsAt = QString::fromUtf8("Fin prévue vers %1");
    options.texts.dates = LocalDates("fr-FR");
    const TimerPainter french(options, Palette::forOptions(options));
    EXPECT_EQ(french.footerLines(TimerModel::of(view, timing, options)),
              QStringList{QString::fromUtf8("Fin prévue vers 12:02")});

    options.texts.endsAt = QStringLiteral("Ends about %1");
    options.texts.dates = LocalDates("en-US");
    const TimerPainter english(options, Palette::forOptions(options));
    EXPECT_EQ(english.footerLines(TimerModel::of(view, timing, options)),
              QStringList{QStringLiteral("Ends about 12:02 PM")});
}

TEST(TimerTest, NoTimerUnlessTheCoachShowsIt)
{
    // The timer view is then empty: nothing but the background.
    const TimerPicture hidden = timerAfter(9min + 30s, false);
    EXPECT_TRUE(hidden.timer.isEmpty());
    EXPECT_EQ(countNear(hidden.image, QRectF(0, 0, 1280, 720), hidden.palette.background, 0),
              1280 * 720);

    // Views that combine it give its room to the rest, and its colours are nowhere.
    for (const OverlayView view :
         {OverlayView::BoardTimer, OverlayView::AgendaTimer, OverlayView::Everything}) {
        const TimerPicture p = timerAfter(9min + 30s, false, view);
        EXPECT_TRUE(p.timer.isEmpty());
        EXPECT_EQ(countNear(p.image, QRectF(0, 0, 1280, 720), p.palette.danger, 3), 0);
        const TimerPicture shown = timerAfter(9min + 30s, true, view);
        EXPECT_GT(countNear(shown.image, QRectF(0, 0, 1280, 720), shown.palette.danger, 3), 500);
    }
}

TEST(AgendaTest, TimeSpentShowsOnlyWithTheTimer)
{
    Outline o = runningOutline(10min, 2min, false);
    o.agenda[1].status = ItemStatus::Done;
    o.agenda[1].actual = 12min + 10s;
    const RenderOptions options = viewOptions(OverlayView::Agenda);
    const AgendaPainter agenda(options, Palette::forOptions(options));

    const ClientView hidden = makeClientView(o, 1);
    EXPECT_EQ(agenda.timesText(hidden, hidden.agenda[0], kStart + 30s), "10 min");
    EXPECT_EQ(agenda.timesText(hidden, hidden.agenda[1], kStart), "15 min");

    o.display.timerVisible = true;
    const ClientView shown = makeClientView(o, 1);
    EXPECT_EQ(agenda.timesText(shown, shown.agenda[0], kStart + 30s), "02:30 / 10:00");
    EXPECT_EQ(agenda.timesText(shown, shown.agenda[1], kStart), "12 / 15 min");
}

TEST(AgendaTest, TheCurrentItemStaysInSight)
{
    EXPECT_EQ(AgendaPainter::firstRow(5, 10, 3), 0u);
    EXPECT_EQ(AgendaPainter::firstRow(20, 6, 0), 0u);
    EXPECT_EQ(AgendaPainter::firstRow(20, 6, 9), 8u);
    EXPECT_EQ(AgendaPainter::firstRow(20, 6, 19), 14u);
}

TEST(AgendaTest, TheCurrentItemIsHighlighted)
{
    const ClientView view = makeClientView(runningOutline(10min, 2min, false), 1);
    const OverlayPainter painter(viewOptions(OverlayView::Agenda));
    const QImage image = painter.render({view, nullptr, kStart, kWallNow});
    // The accent marks the current row (a bar and a play marker), in the top part of the list.
    const int accent = countNear(image, QRectF(0, 0, 1280, 720), painter.palette().accent, 3);
    EXPECT_GT(accent, 300);
    EXPECT_EQ(countNear(image, QRectF(0, 360, 1280, 360), painter.palette().accent, 3), 0);
}

TEST(OverlayPainterTest, TheShownTimeChangesOncePerSecondAndOnlyWhenShown)
{
    const ClientView shown = makeClientView(runningOutline(10min, 2min, true), 1);
    const RenderOptions timer = viewOptions(OverlayView::Timer);
    const auto at = [&](const ClientView &v, const RenderOptions &o, MonoTime t) {
        return OverlayPainter::displayedTime(v, o, t, kWallNow);
    };
    EXPECT_EQ(at(shown, timer, kStart + 100ms), at(shown, timer, kStart + 999ms));
    EXPECT_NE(at(shown, timer, kStart + 999ms), at(shown, timer, kStart + 1000ms));
    EXPECT_EQ(at(shown, timer, kStart).itemSecond, 120);

    // No time on screen: nothing to repaint for, whatever the clock does.
    const ClientView hidden = makeClientView(runningOutline(10min, 2min, false), 1);
    EXPECT_EQ(at(hidden, timer, kStart), DisplayedTime{});
    EXPECT_EQ(at(hidden, timer, kStart + 5min), DisplayedTime{});
    EXPECT_EQ(at(shown, viewOptions(OverlayView::Board), kStart + 5min), DisplayedTime{});

    // The per-frame form reads the same time as the view's own clock.
    const RenderOptions agenda = viewOptions(OverlayView::Agenda);
    const DisplayedTimeBasis basis = DisplayedTimeBasis::of(shown, agenda);
    for (const Millis later : {Millis{0}, Millis{999}, Millis{1000}, Millis{61500}, Millis{3h}}) {
        EXPECT_EQ(basis.at(kStart + later, kWallNow).itemSecond,
                  shown.elapsed(shown.agenda[0], kStart + later).count() / 1000);
        // And the instant the next second begins, when the overlay paints it ahead.
        const Millis next = *basis.untilNextSecond(kStart + later);
        EXPECT_NE(basis.at(kStart + later + next, kWallNow).itemSecond,
                  basis.at(kStart + later + next - 1ms, kWallNow).itemSecond);
    }
    EXPECT_EQ(DisplayedTimeBasis::of(hidden, agenda).untilNextSecond(kStart), std::nullopt);

    // Paused: still.
    Outline paused = runningOutline(10min, 2min, true);
    paused.clock.status = ClockStatus::Paused;
    paused.clock.runningSince.reset();
    RenderOptions noForecast = timer;
    noForecast.showEndForecast = false;
    const ClientView still = makeClientView(paused, 1);
    EXPECT_EQ(at(still, noForecast, kStart), at(still, noForecast, kStart + 10min));
}

TEST(OverlayPainterTest, ANewSecondRepaintsToTheSamePixelsAsAWholeRepaint)
{
    Outline o = runningOutline(10min, 2min, true);
    o.board.figures.push_back(figureAt("f", {800, 450}, {0xd0, 0x30, 0x90}, 45.0));
    const ClientView view = makeClientView(o, 1);
    for (const Theme theme : {Theme::Dark, Theme::Light, Theme::Transparent}) {
        RenderOptions options = viewOptions(OverlayView::Everything);
        options.theme = theme;
        const OverlayPainter painter(options);
        QImage updated = painter.render({view, nullptr, kStart, kWallNow});
        painter.paintTimedParts(updated, {view, nullptr, kStart + 61s, kWallNow + 61s});
        const QImage whole = painter.render({view, nullptr, kStart + 61s, kWallNow + 61s});
        EXPECT_TRUE(updated == whole) << kThemeText.name(theme);
        EXPECT_FALSE(updated == painter.render({view, nullptr, kStart, kWallNow}));
    }
}

TEST(OverlayPainterTest, LayoutsGiveEachPartItsPlace)
{
    const auto layout = [](OverlayView view, bool timer) {
        return OverlayLayout::of(viewOptions(view, 1920, 1080), timer);
    };
    const OverlayLayout everything = layout(OverlayView::Everything, true);
    ASSERT_TRUE(everything.board && everything.agenda && everything.timer);
    EXPECT_LT(everything.board->right(), everything.agenda->left());
    EXPECT_LT(everything.agenda->bottom(), everything.timer->top());
    EXPECT_FALSE(everything.board->intersects(*everything.timer));

    const OverlayLayout noTimer = layout(OverlayView::Everything, false);
    EXPECT_FALSE(noTimer.timer);
    EXPECT_GT(noTimer.agenda->height(), everything.agenda->height());

    EXPECT_GT(layout(OverlayView::BoardTimer, false).board->width(),
              layout(OverlayView::BoardTimer, true).board->width());
    EXPECT_FALSE(layout(OverlayView::Board, true).agenda);
    EXPECT_FALSE(layout(OverlayView::Agenda, true).timer);
    const OverlayLayout compare = layout(OverlayView::Compare, true);
    ASSERT_TRUE(compare.compareFirst && compare.compareNow);
    EXPECT_LT(compare.compareFirst->right(), compare.compareNow->left());
}

TEST(OverlayPainterTest, CompareShowsTheFirstImageBesideTheCurrentBoard)
{
    Outline o;
    Snapshot first;
    first.id = "s1";
    first.name = "Initial";
    first.board.figures.push_back(figureAt("a", {400, 450}, {0xd0, 0x30, 0x90}, 0.0));
    o.snapshots.push_back(first);
    o.board.figures.push_back(figureAt("a", {1200, 450}, {0xd0, 0x30, 0x90}, 0.0));
    const ClientView view = makeClientView(o, 1);
    const OverlayPainter painter(viewOptions(OverlayView::Compare));
    const QImage image = painter.render({view, nullptr, kStart, kWallNow});
    const OverlayLayout parts = painter.layout(view);
    const QColor magenta(0xd0, 0x30, 0x90);
    // Left card: the figure on the left of its board; right card: on the right of its board.
    const QRectF left = *parts.compareFirst;
    const QRectF right = *parts.compareNow;
    EXPECT_GT(countNear(image, left.adjusted(0, 0, -left.width() / 2, 0), magenta, 2), 100);
    EXPECT_EQ(countNear(image, left.adjusted(left.width() / 2, 0, 0, 0), magenta, 2), 0);
    EXPECT_GT(countNear(image, right.adjusted(right.width() / 2, 0, 0, 0), magenta, 2), 100);
    EXPECT_EQ(countNear(image, right.adjusted(0, 0, -right.width() / 2, 0), magenta, 2), 0);
}

} // namespace
} // namespace coachdeck
