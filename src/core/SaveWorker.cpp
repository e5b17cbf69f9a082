#include "core/SaveWorker.hpp"

#include <algorithm>
#include <utility>

namespace coachdeck {

SaveWorker::SaveWorker(Writer writer) : writer_(std::move(writer)), thread_([this] { run(); }) {}

SaveWorker::~SaveWorker()
{
    {
        std::lock_guard lock(mutex_);
        stopping_ = true;
    }
    wake_.notify_all();
    thread_.join();
}

void SaveWorker::submit(std::filesystem::path file, std::shared_ptr<const Outline> outline,
                        std::uint64_t revision)
{
    {
        std::lock_guard lock(mutex_);
        pending_ = Job{std::move(file), std::move(outline), revision};
    }
    wake_.notify_one();
}

void SaveWorker::flush()
{
    std::unique_lock lock(mutex_);
    idle_.wait(lock, [&] { return !pending_ && !busy_; });
}

SaveWorker::Report SaveWorker::report() const
{
    std::lock_guard lock(mutex_);
    return report_;
}

void SaveWorker::setListener(std::function<void(const Report &)> listener)
{
    std::lock_guard lock(mutex_);
    listener_ = std::move(listener);
}

void SaveWorker::run()
{
    std::unique_lock lock(mutex_);
    for (;;) {
        wake_.wait(lock, [&] { return pending_ || stopping_; });
        if (!pending_) // stopping with nothing left to write
            return;
        Job job = std::move(*pending_);
        pending_.reset();
        busy_ = true;
        lock.unlock();

        Status written = Error("nothing to write");
        try {
            written = writer_(job.file, *job.outline);
        } catch (const std::exception &e) {
            written = Error(std::string("cannot save: ") + e.what());
        }

        lock.lock();
        busy_ = false;
        if (written) {
            report_.savedRevision = std::max(report_.savedRevision, job.revision);
            report_.lastError.reset();
        } else {
            report_.failedRevision = job.revision;
            report_.lastError = written.error();
        }
        const Report report = report_;
        auto listener = listener_;
        lock.unlock();
        if (listener)
            listener(report);
        lock.lock();
        if (!pending_)
            idle_.notify_all();
    }
}

} // namespace coachdeck
