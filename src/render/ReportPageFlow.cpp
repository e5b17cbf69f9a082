#include "render/ReportPageFlow.hpp"

#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextLayout>

#include <algorithm>
#include <numeric>

namespace coachdeck {
namespace {

constexpr double kFooterPoints = 8.0;

} // namespace

ReportPageFlow::ReportPageFlow(QPagedPaintDevice &device, QPainter &painter, QString footer,
                               std::function<QString(int page)> pageLabel)
    : device_(device), painter_(painter), footer_(std::move(footer)),
      pageLabel_(std::move(pageLabel))
{
    const double footerBand = pixels(kFooterPoints * 3);
    area_ = QRectF(0, 0, device.width(), device.height() - footerBand);
    y_ = area_.top();
}

double ReportPageFlow::pixels(double points) const
{
    return points * device_.logicalDpiY() / 72.0;
}

QFont ReportPageFlow::font(double points, bool bold, bool italic) const
{
    QFont f;
    f.setStyleHint(QFont::SansSerif);
    f.setPointSizeF(points);
    f.setBold(bold);
    f.setItalic(italic);
    return f;
}

void ReportPageFlow::ensure(double height)
{
    // Something taller than a whole page goes on a fresh page and overflows it rather than
    // looping forever; nothing in a report is that tall.
    if (y_ + height > area_.bottom() && y_ > area_.top())
        newPage();
}

void ReportPageFlow::newPage()
{
    if (y_ <= area_.top())
        return;
    paintFooter();
    device_.newPage();
    ++page_;
    y_ = area_.top();
}

void ReportPageFlow::finish()
{
    paintFooter();
}

void ReportPageFlow::paintFooter()
{
    painter_.save();
    painter_.setFont(font(kFooterPoints));
    painter_.setPen(QColor(0x57, 0x60, 0x6a));
    const QRectF band(area_.left(), area_.bottom() + pixels(kFooterPoints), area_.width(),
                      pixels(kFooterPoints * 2));
    painter_.drawText(band, Qt::AlignLeft | Qt::AlignVCenter, footer_);
    painter_.drawText(band, Qt::AlignRight | Qt::AlignVCenter, pageLabel_(page_));
    painter_.restore();
}

void ReportPageFlow::heading(const QString &text, double points, double keepWithNext)
{
    const QFont f = font(points, true);
    const double lineHeight = QFontMetricsF(f, &device_).lineSpacing();
    space(points * 0.6);
    ensure(lineHeight * 1.3 + keepWithNext);
    paragraph(text, f, QColor(0x1f, 0x23, 0x28));
    space(points * 0.25);
}

void ReportPageFlow::paragraph(const QString &text, const QFont &font, const QColor &colour,
                               double indent)
{
    painter_.save();
    painter_.setFont(font);
    painter_.setPen(colour);
    const double lineWidth = std::max(1.0, area_.width() - indent);
    for (const QString &part : text.split(QLatin1Char('\n'))) {
        QTextLayout layout(part, font, &device_);
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout.setTextOption(option);
        layout.beginLayout();
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine())
            line.setLineWidth(lineWidth);
        layout.endLayout();
        if (layout.lineCount() == 0) {
            const double blank = QFontMetricsF(font, &device_).lineSpacing();
            ensure(blank);
            y_ += blank;
            continue;
        }
        for (int i = 0; i < layout.lineCount(); ++i) {
            const QTextLine line = layout.lineAt(i);
            ensure(line.height());
            line.draw(&painter_, QPointF(area_.left() + indent, y_ - line.y()));
            y_ += line.height();
        }
    }
    painter_.restore();
}

void ReportPageFlow::row(const std::vector<QString> &cells, const std::vector<Column> &columns,
                         const QFont &font, const QColor &colour, bool ruled)
{
    const double shares =
        std::accumulate(columns.begin(), columns.end(), 0.0,
                        [](double sum, const Column &c) { return sum + c.share; });
    const double gap = pixels(6);
    std::vector<QRectF> boxes;
    double x = area_.left();
    double height = 0.0;
    painter_.save();
    painter_.setFont(font);
    for (std::size_t i = 0; i < columns.size(); ++i) {
        const double w = area_.width() * columns[i].share / shares;
        const QString text = i < cells.size() ? cells[i] : QString();
        const QRectF needed = painter_.boundingRect(QRectF(x, 0, w - gap, 1e6),
                                                    int(columns[i].align) | Qt::TextWordWrap, text);
        height = std::max(height, needed.height());
        boxes.emplace_back(x, 0, w - gap, 0);
        x += w;
    }
    const double padding = pixels(2);
    ensure(height + 2 * padding);
    painter_.setPen(colour);
    for (std::size_t i = 0; i < boxes.size(); ++i) {
        QRectF box = boxes[i];
        box.moveTop(y_ + padding);
        box.setHeight(height);
        painter_.drawText(box, int(columns[i].align) | Qt::TextWordWrap,
                          i < cells.size() ? cells[i] : QString());
    }
    y_ += height + 2 * padding;
    painter_.restore();
    if (ruled)
        rule(QColor(0xd0, 0xd7, 0xde));
}

void ReportPageFlow::image(const QImage &picture, double widthShare)
{
    if (picture.isNull())
        return;
    const double w = area_.width() * std::clamp(widthShare, 0.1, 1.0);
    const double h = w * picture.height() / std::max(1, picture.width());
    ensure(h);
    const QRectF target(area_.left() + (area_.width() - w) / 2, y_, w, h);
    painter_.save();
    painter_.setRenderHint(QPainter::SmoothPixmapTransform);
    painter_.drawImage(target, picture);
    painter_.restore();
    y_ += h;
}

void ReportPageFlow::rule(const QColor &colour)
{
    painter_.save();
    painter_.setPen(QPen(colour, pixels(0.5)));
    painter_.drawLine(QPointF(area_.left(), y_), QPointF(area_.right(), y_));
    painter_.restore();
    y_ += pixels(1);
}

void ReportPageFlow::space(double points)
{
    if (y_ > area_.top())
        y_ = std::min(area_.bottom(), y_ + pixels(points));
}

} // namespace coachdeck
