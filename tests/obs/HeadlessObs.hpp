#pragma once

// libobs without a frontend, for tests and benchmarks: a private Xvfb, OpenGL through EGL on it,
// the video pipeline running, and helpers to run work on the graphics thread.

#include <QImage>

#include <obs.h>

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <sys/types.h>
#include <vector>

namespace coachdeck::test {

/// An X server of our own (`Xvfb -displayfd`), stopped on destruction.
class XvfbServer {
public:
    /// Starts Xvfb and waits until it accepts clients; an empty name on failure.
    XvfbServer();
    ~XvfbServer();
    XvfbServer(const XvfbServer &) = delete;
    XvfbServer &operator=(const XvfbServer &) = delete;

    const std::string &display() const { return display_; }

private:
    pid_t pid_ = -1;
    std::string display_;
};

struct VideoSettings {
    std::uint32_t width = 1280;
    std::uint32_t height = 720;
    std::uint32_t fps = 30;
};

/// obs_startup + obs_reset_video (libobs-opengl) on a private X display. One per process.
class HeadlessObs {
public:
    /// Starts everything, or returns nullptr with `error` set.
    static std::unique_ptr<HeadlessObs> start(const VideoSettings &video, std::string &error);
    ~HeadlessObs();
    HeadlessObs(const HeadlessObs &) = delete;
    HeadlessObs &operator=(const HeadlessObs &) = delete;

    /// obs_open_module + obs_init_module.
    bool loadModule(const std::string &binary, const std::string &data, std::string &error);

    /// Returns once the graphics thread has ticked every source at least `count` more times
    /// (a source created or updated before the call has then ticked). False on a 10 s timeout.
    bool waitTicks(int count);
    std::uint64_t ticks() const { return ticks_.load(); }

    /// Runs `task(param)` on the graphics thread and waits for it.
    static void onGraphicsThread(void (*task)(void *), void *param);

    /// Draws `source` at its own size into a texture and reads it back (graphics thread).
    /// RGBA premultiplied, as OBS composes it over transparent black.
    static QImage renderSource(obs_source_t *source);

    /// Resident set size of this process, bytes.
    static std::size_t residentBytes();

    /// The lines libobs logged since start() (every module's, each also written to stderr)
    /// that contain `text`.
    static std::vector<std::string> loggedLinesWith(std::string_view text);

private:
    HeadlessObs() = default;
    static void onTick(void *self, float seconds);

    std::unique_ptr<XvfbServer> xvfb_;
    void *display_ = nullptr;
    bool started_ = false;
    std::atomic<std::uint64_t> ticks_{0};
    std::mutex tickMutex_;
    std::condition_variable tickSignal_;
};

} // namespace coachdeck::test
