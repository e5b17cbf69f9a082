#pragma once

#include "core/Outline.hpp"
#include "core/Result.hpp"

#include <condition_variable>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>

namespace coachdeck {

/// Writes outlines on a thread of its own so the UI never waits on a disk.
/// Newest wins: a burst of edits submitted while a write is under way costs a
/// single further write, of the latest outline.
class SaveWorker {
public:
    /// How an outline reaches the disk; outline_file::save in the product,
    /// something that fails on demand in tests.
    using Writer = std::function<Status(const std::filesystem::path &, const Outline &)>;

    /// What the last write did. Read from any thread.
    struct Report {
        std::uint64_t savedRevision = 0; ///< the newest revision safely on disk
        std::uint64_t failedRevision = 0;
        std::optional<Error> lastError; ///< set while the newest attempt failed
        bool operator==(const Report &) const = default;
    };

    explicit SaveWorker(Writer writer);
    /// Writes what is pending, then stops.
    ~SaveWorker();
    SaveWorker(const SaveWorker &) = delete;
    SaveWorker &operator=(const SaveWorker &) = delete;

    /// Queues `outline` (an immutable copy) to be written to `file`. Cheap; any thread.
    void submit(std::filesystem::path file, std::shared_ptr<const Outline> outline,
                std::uint64_t revision);
    /// Blocks until everything submitted so far has been written or has failed.
    void flush();
    Report report() const;
    /// Called on the worker thread after each attempt.
    void setListener(std::function<void(const Report &)> listener);

private:
    struct Job {
        std::filesystem::path file;
        std::shared_ptr<const Outline> outline;
        std::uint64_t revision = 0;
    };
    void run();

    Writer writer_;
    mutable std::mutex mutex_;
    std::condition_variable wake_;
    std::condition_variable idle_;
    std::optional<Job> pending_;
    bool busy_ = false;
    bool stopping_ = false;
    Report report_;
    std::function<void(const Report &)> listener_;
    std::thread thread_;
};

} // namespace coachdeck
