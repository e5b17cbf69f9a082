#include "HeadlessObs.hpp"

#include <obs-nix-platform.h>

#include <X11/Xlib.h>

#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstdarg>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

namespace coachdeck::test {
namespace {

std::mutex logMutex;
std::vector<std::string> logLines;

void keepLogLine(int, const char *format, va_list args, void *)
{
    char line[4096];
    va_list copy;
    va_copy(copy, args);
    std::vsnprintf(line, sizeof line, format, copy);
    va_end(copy);
    std::fprintf(stderr, "%s\n", line);
    std::lock_guard lock(logMutex);
    logLines.emplace_back(line);
}

} // namespace

std::vector<std::string> HeadlessObs::loggedLinesWith(std::string_view text)
{
    std::lock_guard lock(logMutex);
    std::vector<std::string> found;
    for (const std::string &line : logLines)
        if (line.find(text) != std::string::npos)
            found.push_back(line);
    return found;
}

XvfbServer::XvfbServer()
{
    int fds[2];
    if (pipe(fds) != 0)
        return;
    // Xvfb writes its display number to this descriptor once it accepts connections.
    const std::string fd = std::to_string(fds[1]);
    const char *argv[] = {"Xvfb",         "-displayfd", fd.c_str(), "-screen",  "0",
                          "1920x1080x24", "-nolisten",  "tcp",      "-noreset", nullptr};
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addclose(&actions, fds[0]);
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
    const int spawned =
        posix_spawnp(&pid_, "Xvfb", &actions, nullptr, const_cast<char *const *>(argv), environ);
    posix_spawn_file_actions_destroy(&actions);
    close(fds[1]);
    if (spawned != 0) {
        pid_ = -1;
        close(fds[0]);
        return;
    }
    std::string number;
    pollfd ready{fds[0], POLLIN, 0};
    char c = 0;
    while (poll(&ready, 1, 10'000) > 0 && read(fds[0], &c, 1) == 1 && c != '\n')
        number += c;
    close(fds[0]);
    if (!number.empty())
        display_ = ":" + number;
}

XvfbServer::~XvfbServer()
{
    if (pid_ > 0) {
        kill(pid_, SIGTERM);
        int status = 0;
        waitpid(pid_, &status, 0);
    }
}

std::unique_ptr<HeadlessObs> HeadlessObs::start(const VideoSettings &video, std::string &error)
{
    std::unique_ptr<HeadlessObs> obs(new HeadlessObs);
    obs->xvfb_ = std::make_unique<XvfbServer>();
    if (obs->xvfb_->display().empty()) {
        error = "Xvfb did not start (is the xvfb package installed?)";
        return nullptr;
    }
    // libobs opens its own connections too (hotkeys): they read DISPLAY.
    setenv("DISPLAY", obs->xvfb_->display().c_str(), 1);
    obs->display_ = XOpenDisplay(obs->xvfb_->display().c_str());
    if (!obs->display_) {
        error = "cannot open X display " + obs->xvfb_->display();
        return nullptr;
    }
    // libobs 29 on Linux: OpenGL through EGL on an X11 display (GLX is deprecated).
    base_set_log_handler(keepLogLine, nullptr);
    obs_set_nix_platform(OBS_NIX_PLATFORM_X11_EGL);
    obs_set_nix_platform_display(obs->display_);
    if (!obs_startup("en-US", nullptr, nullptr)) {
        error = "obs_startup failed";
        return nullptr;
    }
    obs->started_ = true;
    // Without a frontend there is no UI event loop: the thread that started OBS is the UI
    // thread, and UI tasks run right there.
    obs_set_ui_task_handler([](obs_task_t task, void *param, bool) { task(param); });

    obs_video_info ovi = {};
    ovi.graphics_module = "libobs-opengl";
    ovi.fps_num = video.fps;
    ovi.fps_den = 1;
    ovi.base_width = video.width;
    ovi.base_height = video.height;
    ovi.output_width = video.width;
    ovi.output_height = video.height;
    ovi.output_format = VIDEO_FORMAT_BGRA;
    ovi.adapter = 0;
    ovi.gpu_conversion = true;
    ovi.colorspace = VIDEO_CS_SRGB;
    ovi.range = VIDEO_RANGE_FULL;
    ovi.scale_type = OBS_SCALE_BICUBIC;
    if (const int reset = obs_reset_video(&ovi); reset != OBS_VIDEO_SUCCESS) {
        error = "obs_reset_video failed with " + std::to_string(reset);
        return nullptr;
    }
    obs_add_tick_callback(onTick, obs.get());
    return obs;
}

HeadlessObs::~HeadlessObs()
{
    if (started_) {
        obs_remove_tick_callback(onTick, this);
        obs_shutdown();
    }
    if (display_)
        XCloseDisplay(static_cast<Display *>(display_));
    xvfb_.reset();
}

bool HeadlessObs::loadModule(const std::string &binary, const std::string &data, std::string &error)
{
    obs_module_t *module = nullptr;
    if (const int opened = obs_open_module(&module, binary.c_str(), data.c_str());
        opened != MODULE_SUCCESS) {
        error = "obs_open_module(" + binary + ") failed with " + std::to_string(opened);
        return false;
    }
    if (!obs_init_module(module)) {
        error = "obs_init_module(" + binary + ") failed";
        return false;
    }
    return true;
}

void HeadlessObs::onTick(void *self, float)
{
    auto *obs = static_cast<HeadlessObs *>(self);
    {
        std::lock_guard lock(obs->tickMutex_);
        obs->ticks_.fetch_add(1);
    }
    obs->tickSignal_.notify_all();
}

bool HeadlessObs::waitTicks(int count)
{
    // Tick callbacks run before the sources tick: count + 1 callbacks means `count` whole ticks.
    const std::uint64_t target = ticks_.load() + static_cast<std::uint64_t>(count) + 1;
    std::unique_lock lock(tickMutex_);
    return tickSignal_.wait_for(lock, std::chrono::seconds(10),
                                [&] { return ticks_.load() >= target; });
}

void HeadlessObs::onGraphicsThread(void (*task)(void *), void *param)
{
    obs_queue_task(OBS_TASK_GRAPHICS, task, param, true);
}

namespace {

struct RenderJob {
    obs_source_t *source = nullptr;
    QImage image;
};

void renderJob(void *param)
{
    auto &job = *static_cast<RenderJob *>(param);
    const std::uint32_t width = obs_source_get_width(job.source);
    const std::uint32_t height = obs_source_get_height(job.source);
    if (width == 0 || height == 0)
        return;
    obs_enter_graphics();
    gs_texrender_t *target = gs_texrender_create(GS_RGBA, GS_ZS_NONE);
    gs_stagesurf_t *stage = gs_stagesurface_create(width, height, GS_RGBA);
    if (gs_texrender_begin(target, width, height)) {
        vec4 clear;
        vec4_zero(&clear);
        gs_clear(GS_CLEAR_COLOR, &clear, 0.0f, 0);
        gs_ortho(0.0f, static_cast<float>(width), 0.0f, static_cast<float>(height), -100.0f,
                 100.0f);
        obs_source_video_render(job.source);
        gs_texrender_end(target);
        gs_stage_texture(stage, gs_texrender_get_texture(target));
        uint8_t *data = nullptr;
        uint32_t lineSize = 0;
        if (gs_stagesurface_map(stage, &data, &lineSize)) {
            QImage image(static_cast<int>(width), static_cast<int>(height),
                         QImage::Format_RGBA8888_Premultiplied);
            for (std::uint32_t y = 0; y < height; ++y)
                std::memcpy(image.scanLine(static_cast<int>(y)), data + y * lineSize, width * 4);
            gs_stagesurface_unmap(stage);
            job.image = image.convertToFormat(QImage::Format_ARGB32_Premultiplied);
        }
    }
    gs_stagesurface_destroy(stage);
    gs_texrender_destroy(target);
    obs_leave_graphics();
}

} // namespace

QImage HeadlessObs::renderSource(obs_source_t *source)
{
    RenderJob job{source, {}};
    onGraphicsThread(renderJob, &job);
    return job.image;
}

std::size_t HeadlessObs::residentBytes()
{
    long pages = 0;
    long resident = 0;
    if (FILE *statm = std::fopen("/proc/self/statm", "r")) {
        if (std::fscanf(statm, "%ld %ld", &pages, &resident) != 2)
            resident = 0;
        std::fclose(statm);
    }
    return static_cast<std::size_t>(resident) * static_cast<std::size_t>(sysconf(_SC_PAGESIZE));
}

} // namespace coachdeck::test
