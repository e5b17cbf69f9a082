#include "core/History.hpp"

#include <iterator>

namespace coachdeck {
namespace {

const std::string kNone;

/// Folds `later` into `earlier` when both change the same single element:
/// the merged step goes from the first "before" to the last "after".
bool foldInto(Command &earlier, const Command &later)
{
    if (earlier.edits.size() != later.edits.size())
        return false;
    for (size_t i = 0; i < earlier.edits.size(); ++i) {
        bool merged = std::visit(
            [&](auto &first) {
                using E = std::decay_t<decltype(first)>;
                const E *second = std::get_if<E>(&later.edits[i]);
                if constexpr (requires {
                                  first.before.id;
                                  first.after;
                              }) {
                    if (second && second->before.id == first.before.id) {
                        first.after = second->after;
                        return true;
                    }
                } else if constexpr (requires {
                                         first.before;
                                         first.after;
                                     }) {
                    if (second) {
                        first.after = second->after;
                        return true;
                    }
                }
                return false;
            },
            earlier.edits[i]);
        if (!merged)
            return false;
    }
    return true;
}

} // namespace

void History::perform(Outline &outline, Command command)
{
    for (const Edit &edit : command.edits)
        apply(outline, edit);
    undone_.clear();
    if (mergeOpen_ && !command.mergeKey.empty() && !done_.empty() &&
        done_.back().mergeKey == command.mergeKey) {
        Command candidate = done_.back();
        if (foldInto(candidate, command)) {
            done_.back() = std::move(candidate);
            return;
        }
    }
    mergeOpen_ = !command.mergeKey.empty();
    done_.push_back(std::move(command));
    if (done_.size() > capacity_)
        done_.pop_front();
}

bool History::undo(Outline &outline)
{
    if (done_.empty())
        return false;
    Command command = std::move(done_.back());
    done_.pop_back();
    for (auto it = command.edits.rbegin(); it != command.edits.rend(); ++it)
        revert(outline, *it);
    undone_.push_back(std::move(command));
    mergeOpen_ = false;
    return true;
}

bool History::redo(Outline &outline)
{
    if (undone_.empty())
        return false;
    Command command = std::move(undone_.back());
    undone_.pop_back();
    for (const Edit &edit : command.edits)
        apply(outline, edit);
    done_.push_back(std::move(command));
    mergeOpen_ = false;
    return true;
}

void History::clear()
{
    done_.clear();
    undone_.clear();
    mergeOpen_ = false;
}

const std::string &History::undoLabel() const
{
    return done_.empty() ? kNone : done_.back().label;
}

const std::string &History::redoLabel() const
{
    return undone_.empty() ? kNone : undone_.back().label;
}

} // namespace coachdeck
