#pragma once

#include <QColor>
#include <QFont>
#include <QImage>
#include <QRectF>
#include <QString>

#include <functional>
#include <vector>

class QPagedPaintDevice;
class QPainter;

namespace coachdeck {

/// Lays text, table rows and images down the pages of a paged device (the PDF writer),
/// top to bottom, starting a new page whenever the next piece would not fit: a line of text,
/// a table row or an image is never cut across pages. Draws the footer of every page.
/// Lengths are device pixels unless named in points. One report, one thread.
class ReportPageFlow {
public:
    struct Column {
        double share = 1.0; ///< of the width, relative to the other columns
        Qt::Alignment align = Qt::AlignLeft;
    };

    /// `footer` is written at the left of every page's footer, `pageLabel(n)` at its right.
    ReportPageFlow(QPagedPaintDevice &device, QPainter &painter, QString footer,
                   std::function<QString(int page)> pageLabel);

    /// A font of the report at a size in points (the device's resolution applied).
    QFont font(double points, bool bold = false, bool italic = false) const;

    /// A heading kept on the same page as the `keepWithNext` pixels that follow it.
    void heading(const QString &text, double points, double keepWithNext = 0.0);
    /// Wrapped text, line by line across pages.
    void paragraph(const QString &text, const QFont &font, const QColor &colour,
                   double indent = 0.0);
    /// One table row: each cell wrapped in its column; the row moves whole to the next page.
    void row(const std::vector<QString> &cells, const std::vector<Column> &columns,
             const QFont &font, const QColor &colour, bool ruled);
    /// An image scaled to `widthShare` of the text width, keeping its shape.
    void image(const QImage &image, double widthShare = 1.0);
    /// A thin line across the text width.
    void rule(const QColor &colour);
    void space(double points);
    /// Moves on to a new page unless the current one is still empty.
    void newPage();
    /// Draws the last page's footer; call once at the end.
    void finish();

    double width() const { return area_.width(); }
    double pixels(double points) const;
    /// Space left on the current page above the footer.
    double room() const { return area_.bottom() - y_; }
    int pageCount() const { return page_; }

private:
    void ensure(double height);
    void paintFooter();

    QPagedPaintDevice &device_;
    QPainter &painter_;
    QString footer_;
    std::function<QString(int page)> pageLabel_;
    QRectF area_;
    double y_ = 0.0;
    int page_ = 1;
};

} // namespace coachdeck
