#include "render/PictureDiff.hpp"

#include <algorithm>
#include <cstdint>
#include <cstring>

namespace coachdeck::picture_diff {
namespace {

/// The first and last differing pixels of a row, or {-1, -1}.
std::pair<int, int> changedSpan(const std::uint32_t *a, const std::uint32_t *b, int width)
{
    int first = 0;
    while (first < width && a[first] == b[first])
        ++first;
    if (first == width)
        return {-1, -1};
    int last = width - 1;
    while (last > first && a[last] == b[last])
        --last;
    return {first, last};
}

} // namespace

void changedRegions(const QImage &before, const QImage &after, std::vector<QRect> &out)
{
    out.clear();
    if (before.size() != after.size() || before.format() != after.format() || after.depth() != 32) {
        out.push_back(after.rect());
        return;
    }
    const int width = after.width();
    const auto rowBytes = static_cast<std::size_t>(width) * sizeof(std::uint32_t);
    for (int top = 0; top < after.height(); top += kBandRows) {
        const int bottom = std::min(after.height(), top + kBandRows); // exclusive
        int left = width;
        int right = -1;
        for (int y = top; y < bottom; ++y) {
            const auto *a = reinterpret_cast<const std::uint32_t *>(before.constScanLine(y));
            const auto *b = reinterpret_cast<const std::uint32_t *>(after.constScanLine(y));
            if (std::memcmp(a, b, rowBytes) == 0)
                continue;
            const auto [first, last] = changedSpan(a, b, width);
            left = std::min(left, first);
            right = std::max(right, last);
        }
        if (right < 0)
            continue;
        const QRect band(QPoint(left, top), QPoint(right, bottom - 1));
        if (!out.empty() && out.back().bottom() + 1 == top)
            out.back() = out.back().united(band);
        else
            out.push_back(band);
    }
}

} // namespace coachdeck::picture_diff
