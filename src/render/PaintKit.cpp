#include "render/PaintKit.hpp"

#include <QFontMetricsF>
#include <QPainter>
#include <QPen>

#include <algorithm>
#include <cmath>

namespace coachdeck::paint_kit {

double unit(const RenderOptions &options)
{
    return std::min(options.width / 1920.0, options.height / 1080.0);
}

QFont font(const RenderOptions &options, double pixels, QFont::Weight weight)
{
    QFont f;
    if (!options.fontFamily.isEmpty())
        f.setFamily(options.fontFamily);
    else
        f.setStyleHint(QFont::SansSerif);
    f.setPixelSize(std::max(1, static_cast<int>(std::lround(std::max(kMinTextPixels, pixels)))));
    f.setWeight(weight);
    f.setStyleStrategy(QFont::PreferAntialias);
    return f;
}

void card(QPainter &painter, const QRectF &rect, const Palette &palette, double radius)
{
    painter.save();
    painter.setPen(QPen(palette.cardBorder, 1.0));
    painter.setBrush(palette.card);
    painter.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), radius, radius);
    painter.restore();
}

QString elided(const QFont &font, const QString &text, double maxWidth)
{
    return QFontMetricsF(font).elidedText(text, Qt::ElideRight, std::max(0.0, maxWidth));
}

double textWidth(const QFont &font, const QString &text)
{
    return QFontMetricsF(font).horizontalAdvance(text);
}

} // namespace coachdeck::paint_kit
