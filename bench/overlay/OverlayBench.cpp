// coachdeck_overlay_bench: what coachdeck_overlay costs OBS, measured in one run against OBS's own
// sources, inside headless libobs (OpenGL on a private Xvfb).
//
//   coachdeck_overlay_bench [--frames N] [--rounds N] [--memory-frames N] [--only TEXT]
//
// --only runs the per-frame scenarios whose name contains TEXT or one of its comma-separated parts
// ("idle", "timer", "text", "PNG,idle").
//
// Per-frame cost of a source = its share of tick_sources (the span from OBS's tick callbacks to
// the start of the main render, minus the same span with no source) + its video_render, both
// in CPU time of OBS's graphics thread (see FrameProbe). CPU time, not wall time: Mesa's
// llvmpipe rasterizes on its own threads and a wall-clock span would charge one source for
// another's pixels (and for whatever else the machine runs). Every source is drawn into the
// same small texture, so the GPU work is the same for all. OBS's own average frame time is
// printed beside it. Printed with the ratios the issue sets as goals.

#include "BenchCost.hpp"
#include "FrameProbe.hpp"
#include "HeadlessObs.hpp"
#include "OverlaySample.hpp"
#include "TextWriter.hpp"

#include "core/OutlineFile.hpp"
#include "render/OverlayPainter.hpp"
#include "render/PictureDiff.hpp"

#include <QGuiApplication>
#include <QImage>

#include <obs.h>
#include <util/platform.h>

#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace coachdeck {
namespace {

using namespace std::chrono_literals;
using namespace bench;

constexpr const char *kObsPlugins = "/usr/lib/x86_64-linux-gnu/obs-plugins";
constexpr const char *kObsData = "/usr/share/obs/obs-plugins";

obs_source_t *createShown(const char *id, obs_data_t *settings)
{
    obs_source_t *source = obs_source_create_private(id, id, settings);
    obs_data_release(settings);
    if (source)
        obs_source_inc_showing(source);
    return source;
}

void destroyShown(obs_source_t *source)
{
    if (!source)
        return;
    obs_source_dec_showing(source);
    obs_source_release(source);
}

obs_data_t *overlaySettings(const char *view, int width, int height)
{
    obs_data_t *settings = obs_data_create();
    obs_data_set_string(settings, "view", view);
    obs_data_set_int(settings, "width", width);
    obs_data_set_int(settings, "height", height);
    return settings;
}

bool loadOutline(const std::filesystem::path &file)
{
    calldata_t data = {};
    calldata_set_string(&data, "path", file.c_str());
    proc_handler_call(obs_get_proc_handler(), "coachdeck_load_outline", &data);
    const bool ok = calldata_bool(&data, "ok");
    if (!ok)
        std::fprintf(stderr, "load %s: %s\n", file.c_str(), calldata_string(&data, "error"));
    calldata_free(&data);
    return ok;
}

/// The sample session as a file, running from now (or paused), showing a snapshot or not.
std::filesystem::path writeSample(const std::filesystem::path &folder, const std::string &name,
                                  bool running, std::optional<std::string> shownSnapshot)
{
    Outline outline = overlay_sample::outline();
    const WallTime now = SystemClock().wallNow();
    outline.clock.startedAt = now - 86min;
    if (running) {
        outline.clock.runningSinceWall = now;
    } else {
        outline.clock.status = ClockStatus::Paused;
        outline.clock.runningSince.reset();
        outline.clock.runningSinceWall.reset();
        outline.agenda[3].actual += 11min + 20s;
    }
    outline.display.shownSnapshotId = std::move(shownSnapshot);
    const auto file = folder / name;
    const Status saved = outline_file::save(file, outline);
    if (!saved)
        std::fprintf(stderr, "save %s: %s\n", file.c_str(), saved.error().message().c_str());
    return file;
}

/// A full repaint of a view (QPainter on a reused QImage): medians of wall time and of the
/// painting thread's CPU time, milliseconds. CPU time does not count other processes' turns.
struct RepaintTime {
    double wallMs = 0;
    double cpuMs = 0;
};

RenderOptions viewOptions(OverlayView view, int width, int height)
{
    RenderOptions options;
    options.view = view;
    options.width = width;
    options.height = height;
    return options;
}

RepaintTime repaintTime(OverlayView view, int width, int height, int rounds)
{
    const OverlayPainter painter(viewOptions(view, width, height));
    const ClientView clientView = makeClientView(overlay_sample::outline(), 1);
    QImage image(width, height, QImage::Format_ARGB32_Premultiplied);
    std::vector<double> wall;
    std::vector<double> cpu;
    for (int i = 0; i < rounds; ++i) {
        const auto start = std::chrono::steady_clock::now();
        const std::uint64_t cpuStart = threadCpuNs();
        painter.paint(image, {clientView, nullptr, overlay_sample::kNow + std::chrono::seconds(i),
                              overlay_sample::kWallNow});
        cpu.push_back(static_cast<double>(threadCpuNs() - cpuStart) / 1e6);
        wall.push_back(
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
                .count());
    }
    return {percentile(wall, 0.5), percentile(cpu, 0.5)};
}

/// What a new second sends to the texture: the rectangles where the picture of one displayed
/// second differs from the one before, over a minute, as a share of the picture.
void printChangedArea(const char *name, OverlayView view, int width, int height)
{
    const OverlayPainter painter(viewOptions(view, width, height));
    const ClientView clientView = makeClientView(overlay_sample::outline(), 1);
    QImage before =
        painter.render({clientView, nullptr, overlay_sample::kNow, overlay_sample::kWallNow});
    std::vector<QRect> regions;
    constexpr int kSeconds = 60;
    double bytes = 0;
    for (int i = 1; i <= kSeconds; ++i) {
        const auto at = overlay_sample::kNow + std::chrono::seconds(i);
        const QImage after = painter.render(
            {clientView, nullptr, at, overlay_sample::kWallNow + std::chrono::seconds(i)});
        picture_diff::changedRegions(before, after, regions);
        for (const QRect &r : regions)
            bytes += 4.0 * r.width() * r.height();
        before = after;
    }
    const double whole = 4.0 * width * height;
    std::printf("  %-24s %7.1f KB a second of %7.1f KB (%.1f %%)\n", name, bytes / kSeconds / 1024,
                whole / 1024, 100.0 * bytes / kSeconds / whole);
    std::fflush(stdout);
}

void printRepaint(const char *name, OverlayView view, int width, int height, const char *note)
{
    const RepaintTime time = repaintTime(view, width, height, 200);
    std::printf("  %-24s wall %6.2f ms  CPU %6.2f ms   %s\n", name, time.wallMs, time.cpuMs, note);
    std::fflush(stdout);
}

std::string stringArgument(int argc, char **argv, const char *name, const char *fallback)
{
    for (int i = 1; i + 1 < argc; ++i) {
        if (std::strcmp(argv[i], name) == 0)
            return argv[i + 1];
    }
    return fallback;
}

int intArgument(int argc, char **argv, const char *name, int fallback)
{
    for (int i = 1; i + 1 < argc; ++i) {
        if (std::strcmp(argv[i], name) == 0)
            return std::atoi(argv[i + 1]);
    }
    return fallback;
}

/// Whether `name` contains one of the comma-separated parts of `only` (an empty one: all).
bool selected(const std::string &name, const std::string &only)
{
    std::size_t start = 0;
    for (;;) {
        const std::size_t end = only.find(',', start);
        const std::string part = only.substr(start, end - start);
        if (name.find(part) != std::string::npos)
            return true;
        if (end == std::string::npos)
            return false;
        start = end + 1;
    }
}

/// A source to measure: how to make it (and the session it shows), and what drives it.
struct Scenario {
    std::string name;
    std::function<obs_source_t *()> create;
    bool textEverySecond = false; ///< a writer thread sets its text once a second
};

obs_data_t *textSettings()
{
    obs_data_t *settings = obs_data_create();
    obs_data_t *font = obs_data_create();
    obs_data_set_string(font, "face", "DejaVu Sans");
    obs_data_set_int(font, "size", 160);
    obs_data_set_obj(settings, "font", font);
    obs_data_release(font);
    obs_data_set_string(settings, "text", "08:40");
    return settings;
}

int run(int argc, char **argv)
{
    const int frames = intArgument(argc, argv, "--frames", 300);
    const int rounds = intArgument(argc, argv, "--rounds", 3);
    const int memoryFrames = intArgument(argc, argv, "--memory-frames", 10'000);
    const std::string only = stringArgument(argc, argv, "--only", "");
    constexpr std::uint32_t kFps = 60; // what most OBS setups run at

    const auto folder = std::filesystem::temp_directory_path() /
                        ("coachdeck-overlay-bench-" + std::to_string(getpid()));
    std::filesystem::create_directories(folder);

    std::printf("== full repaint, QPainter on a reused QImage (medians of 200)\n");
    printRepaint("everything 1920x1080", OverlayView::Everything, 1920, 1080, "(goal < 8 ms)");
    printRepaint("board 1920x1080", OverlayView::Board, 1920, 1080, "(each frame of a glide)");
    printRepaint("timer 1920x1080", OverlayView::Timer, 1920, 1080, "");
    printRepaint("timer 640x360", OverlayView::Timer, 640, 360, "");
    std::printf("== uploaded each second while the clock runs: the changed rectangles (60 s)\n");
    printChangedArea("everything 1920x1080", OverlayView::Everything, 1920, 1080);
    printChangedArea("timer 1920x1080", OverlayView::Timer, 1920, 1080);
    printChangedArea("timer 640x360", OverlayView::Timer, 640, 360);

    std::string error;
    // A small canvas: the sources are drawn into the probe's own texture, not the canvas.
    auto obs = test::HeadlessObs::start({640, 360, kFps}, error);
    if (!obs) {
        std::fprintf(stderr, "%s\n", error.c_str());
        return 1;
    }
    const std::string plugins = kObsPlugins;
    const std::string data = kObsData;
    if (!obs->loadModule(COACHDECK_MODULE_PATH, COACHDECK_DATA_DIR, error) ||
        !obs->loadModule(plugins + "/image-source.so", data + "/image-source", error) ||
        !obs->loadModule(plugins + "/text-freetype2.so", data + "/text-freetype2", error)) {
        std::fprintf(stderr, "%s\n", error.c_str());
        return 1;
    }

    // The same picture as a PNG, for image_source.
    const auto png = folder / "everything.png";
    {
        const ClientView view = makeClientView(overlay_sample::outline(), 1);
        OverlayPainter(RenderOptions{})
            .render({view, nullptr, overlay_sample::kNow, overlay_sample::kWallNow})
            .save(QString::fromStdString(png.string()));
    }
    const auto paused = writeSample(folder, "paused.json", false, std::nullopt);
    const auto running = writeSample(folder, "running.json", true, std::nullopt);
    const auto firstStep = writeSample(folder, "step-1.json", true, std::string("snap-1"));
    const auto secondStep = writeSample(folder, "step-2.json", true, std::string("snap-2"));

    // The text source's size, for a timer overlay of the same size.
    obs_source_t *probeText = createShown("text_ft2_source", textSettings());
    obs->waitTicks(3);
    const int textWidth = static_cast<int>(obs_source_get_width(probeText));
    const int textHeight = static_cast<int>(obs_source_get_height(probeText));
    destroyShown(probeText);

    const auto overlay = [&](const char *view, int width, int height,
                             const std::filesystem::path &session) {
        return [=] {
            loadOutline(session);
            return createShown("coachdeck_overlay", overlaySettings(view, width, height));
        };
    };
    const std::string sameSize =
        "coachdeck_overlay timer " + std::to_string(textWidth) + "x" + std::to_string(textHeight);
    std::vector<Scenario> scenarios = {
        {"image_source, PNG 1920x1080",
         [&] {
             obs_data_t *settings = obs_data_create();
             obs_data_set_string(settings, "file", png.c_str());
             return createShown("image_source", settings);
         }},
        {"coachdeck_overlay everything 1920x1080, idle", overlay("everything", 1920, 1080, paused)},
        {"text_ft2_source, text set every second",
         [] { return createShown("text_ft2_source", textSettings()); }, true},
        {sameSize + ", running", overlay("timer", textWidth, textHeight, running)},
        {"coachdeck_overlay timer 640x360, running", overlay("timer", 640, 360, running)},
        {"coachdeck_overlay timer 1920x1080, running", overlay("timer", 1920, 1080, running)},
        {"coachdeck_overlay everything 1920x1080, running",
         overlay("everything", 1920, 1080, running)},
        // The timer at the text's size with the clock paused: the draw alone, no new seconds.
        {sameSize + ", paused", overlay("timer", textWidth, textHeight, paused)},
        // The first source again, last: how much a source's place in the round weighs.
        {"image_source, PNG 1920x1080 (again, control)",
         [&] {
             obs_data_t *settings = obs_data_create();
             obs_data_set_string(settings, "file", png.c_str());
             return createShown("image_source", settings);
         }},
    };

    FrameProbe probe;
    probe.attach();
    std::printf("== per-frame cost on OBS's graphics thread, CPU time (%d rounds of %d frames at "
                "%u fps; medians)\n",
                rounds, frames, kFps);
    Cost baseline{"nothing (the span without a source)", {}};
    std::vector<Cost> costs;
    for (const Scenario &scenario : scenarios)
        costs.push_back({scenario.name, {}});
    for (int round = 0; round < rounds; ++round) {
        for (std::size_t i = 0; i < scenarios.size(); ++i) {
            if (!selected(scenarios[i].name, only))
                continue;
            // The span without a source, taken again right before each source: whatever else
            // the machine does drifts over a round and would be charged to later sources.
            const Sample empty = sampleOf(probe, nullptr, frames, 0.0, *obs);
            baseline.rounds.push_back(empty);
            obs_source_t *source = scenarios[i].create();
            std::optional<TextWriter> writer;
            if (scenarios[i].textEverySecond)
                writer.emplace(source);
            costs[i].rounds.push_back(sampleOf(probe, source, frames, empty.tickUs, *obs));
            writer.reset();
            destroyShown(source);
        }
    }
    print(baseline);
    for (const Cost &cost : costs) {
        if (!cost.rounds.empty())
            print(cost);
    }

    // The ratio of two sources in each round (measured one after the other, so the machine's
    // drift over a run weighs little), then the median of the rounds, with the lowest and
    // highest. A ratio whose sources were left out by --only reads as nan.
    struct Ratio {
        double median = std::nan("");
        double low = std::nan("");
        double high = std::nan("");
    };
    const auto ratioOf = [&](std::size_t a, std::size_t b) {
        Ratio r;
        const std::size_t n = std::min(costs[a].rounds.size(), costs[b].rounds.size());
        std::vector<double> values;
        for (std::size_t i = 0; i < n; ++i) {
            const Sample &x = costs[a].rounds[i];
            const Sample &y = costs[b].rounds[i];
            values.push_back((x.tickUs + x.renderUs) / (y.tickUs + y.renderUs));
        }
        if (!values.empty()) {
            r.median = percentile(values, 0.5);
            r.low = percentile(values, 0.0);
            r.high = percentile(values, 1.0);
        }
        return r;
    };
    const auto printRatio = [&](const char *name, std::size_t a, std::size_t b) {
        const Ratio r = ratioOf(a, b);
        std::printf("  %-52s %5.2f   (rounds %.2f-%.2f)\n", name, r.median, r.low, r.high);
    };
    std::printf("== ratios of total per-frame cost, median of the rounds' ratios (goal <= 1.0)\n");
    printRatio("idle everything 1920x1080 / image_source 1920x1080", 1, 0);
    printRatio("running timer, same size / text_ft2 every second", 3, 2);
    printRatio("running timer 640x360 / text_ft2 every second", 4, 2);
    printRatio("running timer 1920x1080 / text_ft2 every second", 5, 2);
    printRatio("paused timer, same size / text_ft2 every second", 7, 2);
    printRatio("control: image_source measured last / measured first", 8, 0);
    std::fflush(stdout);

    // Memory: the everything view, the clock running and the coach stepping between two
    // snapshots every second (a glide each time), for `memoryFrames` frames.
    std::printf("== resident memory over %d frames (everything 1920x1080, timer running, a step "
                "every second)\n",
                memoryFrames);
    loadOutline(firstStep);
    obs_source_t *live =
        createShown("coachdeck_overlay", overlaySettings("everything", 1920, 1080));
    probe.draw(live);
    obs->waitTicks(static_cast<int>(kFps) * 5); // warm: every path has run and kept what it keeps
    const std::size_t before = test::HeadlessObs::residentBytes();
    const std::uint64_t start = obs->ticks();
    bool second = false;
    while (obs->ticks() - start < static_cast<std::uint64_t>(memoryFrames)) {
        obs->waitTicks(static_cast<int>(kFps));
        second = !second;
        loadOutline(second ? secondStep : firstStep);
    }
    const std::size_t after = test::HeadlessObs::residentBytes();
    probe.draw(nullptr);
    destroyShown(live);
    std::printf("  before %.1f MiB, after %.1f MiB: growth %+ld KiB (goal: none)\n",
                static_cast<double>(before) / (1024 * 1024),
                static_cast<double>(after) / (1024 * 1024),
                (static_cast<long>(after) - static_cast<long>(before)) / 1024);

    probe.detach();
    obs.reset();
    std::error_code ignored;
    std::filesystem::remove_all(folder, ignored);
    return 0;
}

} // namespace
} // namespace coachdeck

int main(int argc, char **argv)
{
    setenv("QT_QPA_PLATFORM", "offscreen", 1);
    QGuiApplication app(argc, argv);
    return coachdeck::run(argc, argv);
}
