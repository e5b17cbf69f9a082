#include "core/ViewPublisher.hpp"

#include <utility>

namespace coachdeck {

ViewPublisher::ViewPublisher() : current_(std::make_shared<const ClientView>()) {}

void ViewPublisher::publish(ClientView view)
{
    publish(std::make_shared<const ClientView>(std::move(view)));
}

void ViewPublisher::publish(std::shared_ptr<const ClientView> view)
{
    if (!view)
        return;
    {
        std::lock_guard lock(mutex_);
        current_.swap(view);
        generation_.fetch_add(1, std::memory_order_release);
    }
    // The previous view (now in `view`) is released here, outside the lock.
}

std::shared_ptr<const ClientView> ViewPublisher::current() const
{
    std::lock_guard lock(mutex_);
    return current_;
}

} // namespace coachdeck
