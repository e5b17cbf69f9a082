#pragma once

#include <QImage>
#include <QRect>

#include <vector>

namespace coachdeck::picture_diff {

/// Rows per band: the rectangles found are whole bands of rows, trimmed left and right.
inline constexpr int kBandRows = 32;

/// The rectangles of `after` that differ from `before` (same size and 32-bit format): every
/// differing pixel lies in one of them, and a band of rows with no change gives none. Touching
/// bands merge into one rectangle. Writes into `out` (cleared first, its capacity kept, so a
/// caller that reuses it does not allocate). A size or format mismatch gives the whole picture.
void changedRegions(const QImage &before, const QImage &after, std::vector<QRect> &out);

} // namespace coachdeck::picture_diff
