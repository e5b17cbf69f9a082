#include "render/BoardImageRenderer.hpp"

#include "render/OverlayPainter.hpp"

#include <string>

namespace coachdeck {

BoardImageRenderer::BoardImageRenderer(QSize size, Theme theme, OverlayTexts texts)
{
    options_.view = OverlayView::Board;
    options_.width = size.width();
    options_.height = size.height();
    options_.theme = theme;
    options_.texts = std::move(texts);
    options_ = options_.clamped();
}

ClientView BoardImageRenderer::viewOf(const std::vector<ReportImage> &images, std::size_t index)
{
    // A view that only ever holds what the report holds: its images, one of them on show.
    ClientView view;
    view.snapshots.reserve(images.size());
    for (std::size_t i = 0; i < images.size(); ++i)
        view.snapshots.push_back(
            {"image-" + std::to_string(i + 1), images[i].name, images[i].board});
    view.shownSnapshotId = view.snapshots[index].id;
    view.board = images[index].board;
    view.zonesVisible = images[index].board.zonesVisible;
    return view;
}

QImage BoardImageRenderer::render(const std::vector<ReportImage> &images, std::size_t index) const
{
    if (index >= images.size())
        return {};
    return OverlayPainter(options_).render(OverlayFrame{viewOf(images, index)});
}

BoardProjection BoardImageRenderer::projection(const std::vector<ReportImage> &images,
                                               std::size_t index) const
{
    const ClientView view = viewOf(images, index);
    return *OverlayPainter(options_).boardProjection(view, view.shownBoard());
}

QImage BoardImageRenderer::render(const Board &board) const
{
    ClientView view;
    view.board = board;
    view.zonesVisible = board.zonesVisible;
    return OverlayPainter(options_).render(OverlayFrame{view});
}

} // namespace coachdeck
