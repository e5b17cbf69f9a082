#pragma once

#include "core/Board.hpp"
#include "core/ClientView.hpp"
#include "core/Report.hpp"
#include "render/BoardProjection.hpp"
#include "render/RenderOptions.hpp"

#include <QImage>
#include <QSize>
#include <QString>

#include <cstddef>
#include <vector>

namespace coachdeck {

/// Board images for reports and `coachdeck render`, drawn by the overlay's own painter
/// (OverlayPainter, board view, timer never shown) so an exported image is what the client saw.
/// Any thread that may paint on a QImage (a QGuiApplication must exist for text).
class BoardImageRenderer {
public:
    static constexpr int kDefaultWidth = 1600;
    static constexpr int kDefaultHeight = 900;

    /// `theme` light suits paper; `texts` gives the step caption in the report's language.
    explicit BoardImageRenderer(QSize size = {kDefaultWidth, kDefaultHeight},
                                Theme theme = Theme::Light, OverlayTexts texts = {});

    /// Image `index` of `images`, captioned "Step n of N · name" (no name when it is empty).
    QImage render(const std::vector<ReportImage> &images, std::size_t index) const;
    /// One board, no caption (the live board when a session has no snapshot).
    QImage render(const Board &board) const;

    /// Where board units land on render(images, index) (tests probe figures with it).
    BoardProjection projection(const std::vector<ReportImage> &images, std::size_t index) const;

    const RenderOptions &options() const { return options_; }

private:
    static ClientView viewOf(const std::vector<ReportImage> &images, std::size_t index);

    RenderOptions options_;
};

} // namespace coachdeck
