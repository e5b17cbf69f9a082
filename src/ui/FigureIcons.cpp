#include "ui/FigureIcons.hpp"

#include "render/FigureGeometry.hpp"

#include <QPainter>
#include <QPixmap>

namespace coachdeck::figure_icons {

QIcon shape(FigureShape shape, const QColor &colour, int pixels)
{
    QPixmap pixmap(pixels, pixels);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.translate(pixels / 2.0, pixels / 2.0);
    p.setPen(QPen(QColor(0xf4, 0xf6, 0xf8), 1.2));
    p.setBrush(colour);
    p.drawPath(figure_geometry::body(shape, pixels * 0.36));
    return QIcon(pixmap);
}

QIcon kind(FigureKind kind, int pixels)
{
    const Figure figure = defaultFigure(kind);
    return shape(figure.shape, QColor(figure.colour.r, figure.colour.g, figure.colour.b), pixels);
}

QIcon swatch(const QColor &colour, int pixels)
{
    QPixmap pixmap(pixels, pixels);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(QColor(0xf4, 0xf6, 0xf8), 1.0));
    p.setBrush(colour);
    p.drawRoundedRect(QRectF(1, 1, pixels - 2, pixels - 2), 3, 3);
    return QIcon(pixmap);
}

} // namespace coachdeck::figure_icons
