#pragma once

#include <obs.h>

#include <condition_variable>
#include <mutex>
#include <thread>

namespace coachdeck::bench {

/// Sets a text source's text once a second from its own thread, counting down from 08:40, as a
/// timer script would. Stops on destruction.
class TextWriter {
public:
    explicit TextWriter(obs_source_t *text);
    ~TextWriter();
    TextWriter(const TextWriter &) = delete;
    TextWriter &operator=(const TextWriter &) = delete;

private:
    void run(obs_source_t *text);

    std::mutex mutex_;
    std::condition_variable stop_;
    bool stopping_ = false;
    std::thread thread_;
};

} // namespace coachdeck::bench
