#include "render/NextSecondPainter.hpp"

#include "render/PictureDiff.hpp"

#include <cstring>
#include <utility>

namespace coachdeck {
namespace {

/// Copies `from`'s pixels into `to`, reallocating `to` only when its size or format differ.
void copyPixels(const QImage &from, QImage &to)
{
    if (to.size() != from.size() || to.format() != from.format())
        to = QImage(from.size(), from.format());
    const auto rowBytes = static_cast<std::size_t>(from.bytesPerLine());
    if (to.bytesPerLine() == from.bytesPerLine()) {
        std::memcpy(to.bits(), from.constBits(),
                    rowBytes * static_cast<std::size_t>(from.height()));
        return;
    }
    for (int y = 0; y < from.height(); ++y)
        std::memcpy(to.scanLine(y), from.constScanLine(y), rowBytes);
}

} // namespace

NextSecondPainter::~NextSecondPainter()
{
    {
        std::lock_guard lock(mutex_);
        stopping_ = true;
        pending_.reset();
    }
    wake_.notify_one();
    if (worker_.joinable())
        worker_.join();
}

void NextSecondPainter::request(Job job)
{
    {
        std::lock_guard lock(mutex_);
        pending_ = std::move(job);
        if (!worker_.joinable())
            worker_ = std::thread([this] { run(); });
    }
    wake_.notify_one();
}

void NextSecondPainter::cancel()
{
    std::optional<Job> dropped;
    {
        std::lock_guard lock(mutex_);
        dropped.swap(pending_);
    }
    // `dropped` releases its shared picture here, outside the lock.
}

bool NextSecondPainter::take(std::uint64_t basedOn, const DisplayedTime &shows, QImage &picture,
                             std::vector<QRect> &changed)
{
    std::lock_guard lock(mutex_);
    if (!readyFor_ || readyFor_->first != basedOn || !(readyFor_->second == shows))
        return false;
    picture.swap(ready_);
    changed.swap(readyChanged_);
    readyFor_.reset();
    return true;
}

std::uint64_t NextSecondPainter::painted() const
{
    std::lock_guard lock(mutex_);
    return painted_;
}

void NextSecondPainter::run()
{
    for (;;) {
        std::optional<Job> job;
        {
            std::unique_lock lock(mutex_);
            wake_.wait(lock, [this] { return stopping_ || pending_.has_value(); });
            if (stopping_)
                return;
            job.swap(pending_);
        }

        copyPixels(job->base, canvas_);
        job->painter->paintTimedParts(canvas_, {*job->view, nullptr, job->at, job->wallAt});
        picture_diff::changedRegions(job->base, canvas_, canvasChanged_);
        const std::pair<std::uint64_t, DisplayedTime> paintedFor{job->basedOn, job->shows};
        job.reset(); // the caller's picture is no longer shared once we let go of it

        std::lock_guard lock(mutex_);
        canvas_.swap(ready_);
        canvasChanged_.swap(readyChanged_);
        readyFor_ = paintedFor;
        ++painted_;
    }
}

} // namespace coachdeck
