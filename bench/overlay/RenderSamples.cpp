// coachdeck_render_samples: renders the golden screenshots of the overlay (docs/images) from the
// sample session. Usage: coachdeck_render_samples <output-folder>

#include "OverlaySample.hpp"
#include "render/OverlayPainter.hpp"

#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>

#include <cstdio>
#include <cstdlib>
#include <ctime>

namespace coachdeck {
namespace {

struct Sample {
    const char *name;
    OverlayView view;
    Theme theme = Theme::Dark;
    bool perspective = false;
    bool timerVisible = true;
    const char *shownSnapshot = nullptr;
};

/// A transparent overlay is shown over a plain grey-blue "camera" so its cards read in the docs.
QImage onBackdrop(const QImage &overlay)
{
    QImage out(overlay.size(), QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&out);
    QLinearGradient backdrop(0, 0, overlay.width(), overlay.height());
    backdrop.setColorAt(0, QColor(0x5d, 0x6b, 0x7a));
    backdrop.setColorAt(1, QColor(0x2c, 0x34, 0x3d));
    painter.fillRect(out.rect(), backdrop);
    painter.drawImage(0, 0, overlay);
    return out;
}

bool renderSample(const QDir &folder, const Sample &sample, int width, int height)
{
    Outline outline = overlay_sample::outline();
    outline.display.timerVisible = sample.timerVisible;
    if (sample.perspective)
        outline.display.perspectiveFigureId = "me";
    if (sample.shownSnapshot)
        outline.display.shownSnapshotId = sample.shownSnapshot;
    const ClientView view = makeClientView(outline, 1);

    RenderOptions options;
    options.view = sample.view;
    options.theme = sample.theme;
    options.width = width;
    options.height = height;
    const OverlayPainter painter(options);
    QImage image = painter.render({view, nullptr, overlay_sample::kNow, overlay_sample::kWallNow});
    if (sample.theme == Theme::Transparent)
        image = onBackdrop(image);

    const QString file = folder.filePath(
        QStringLiteral("overlay-%1-%2x%3.png").arg(sample.name).arg(width).arg(height));
    if (!image.save(file)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(file));
        return false;
    }
    std::printf("%s\n", qPrintable(file));
    return true;
}

} // namespace
} // namespace coachdeck

int main(int argc, char **argv)
{
    using namespace coachdeck;
    if (argc != 2) {
        std::fprintf(stderr, "usage: coachdeck_render_samples <output-folder>\n");
        return 2;
    }
    // Deterministic pictures: the end-time forecast reads in UTC, fonts from the system.
    setenv("TZ", "UTC", 1);
    tzset();
    if (!std::getenv("QT_QPA_PLATFORM"))
        setenv("QT_QPA_PLATFORM", "offscreen", 1);
    QGuiApplication app(argc, argv);

    const QDir folder(QString::fromLocal8Bit(argv[1]));
    if (!folder.exists() && !QDir().mkpath(folder.path()))
        return 1;

    const Sample samples[] = {
        {"board", OverlayView::Board},
        {"agenda", OverlayView::Agenda},
        {"timer", OverlayView::Timer},
        {"board-timer", OverlayView::BoardTimer},
        {"agenda-timer", OverlayView::AgendaTimer},
        {"everything", OverlayView::Everything},
        {"compare", OverlayView::Compare},
        {"everything-light", OverlayView::Everything, Theme::Light},
        {"everything-transparent", OverlayView::Everything, Theme::Transparent},
        {"everything-timer-hidden", OverlayView::Everything, Theme::Dark, false, false},
        {"perspective", OverlayView::Board, Theme::Dark, true},
        {"board-step", OverlayView::BoardTimer, Theme::Dark, false, true, "snap-1"},
    };
    bool ok = true;
    for (const Sample &sample : samples) {
        ok = renderSample(folder, sample, 1920, 1080) && ok;
        ok = renderSample(folder, sample, 640, 360) && ok;
    }
    return ok ? 0 : 1;
}
