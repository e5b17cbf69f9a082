#include "TextWriter.hpp"

#include <chrono>
#include <cstdio>

namespace coachdeck::bench {

TextWriter::TextWriter(obs_source_t *text) : thread_([this, text] { run(text); }) {}

TextWriter::~TextWriter()
{
    {
        std::lock_guard lock(mutex_);
        stopping_ = true;
    }
    stop_.notify_all();
    thread_.join();
}

void TextWriter::run(obs_source_t *text)
{
    int left = 8 * 60 + 40;
    std::unique_lock lock(mutex_);
    while (!stop_.wait_for(lock, std::chrono::seconds(1), [&] { return stopping_; })) {
        char digits[16];
        std::snprintf(digits, sizeof digits, "%02d:%02d", left / 60, left % 60);
        --left;
        obs_data_t *update = obs_data_create();
        obs_data_set_string(update, "text", digits);
        obs_source_update(text, update);
        obs_data_release(update);
    }
}

} // namespace coachdeck::bench
