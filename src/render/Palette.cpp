#include "render/Palette.hpp"

namespace coachdeck {
namespace {

Palette darkPalette()
{
    Palette p;
    p.background = QColor(0x0f, 0x12, 0x16);
    p.card = QColor(0x17, 0x1b, 0x21);
    p.cardBorder = QColor(0x2a, 0x30, 0x3a);
    p.boardSurface = QColor(0x1d, 0x23, 0x2b);
    p.boardGrid = QColor(0x2e, 0x36, 0x41);
    p.text = QColor(0xee, 0xf1, 0xf5);
    p.mutedText = QColor(0x9a, 0xa4, 0xb2);
    p.track = QColor(0x2b, 0x32, 0x3c);
    p.figureOutline = QColor(0xf4, 0xf6, 0xf8);
    p.labelBackground = QColor(0x0c, 0x0e, 0x12, 0xd8);
    p.labelText = QColor(0xf4, 0xf6, 0xf8);
    return p;
}

Palette lightPalette()
{
    Palette p;
    p.background = QColor(0xec, 0xef, 0xf3);
    p.card = QColor(0xff, 0xff, 0xff);
    p.cardBorder = QColor(0xd5, 0xdb, 0xe3);
    p.boardSurface = QColor(0xf6, 0xf7, 0xf9);
    p.boardGrid = QColor(0xdc, 0xe1, 0xe8);
    p.text = QColor(0x1b, 0x21, 0x29);
    p.mutedText = QColor(0x58, 0x62, 0x71);
    p.track = QColor(0xe1, 0xe5, 0xeb);
    p.figureOutline = QColor(0x1b, 0x21, 0x29);
    p.labelBackground = QColor(0xff, 0xff, 0xff, 0xeb);
    p.labelText = QColor(0x1b, 0x21, 0x29);
    return p;
}

Palette transparentPalette()
{
    // Cards stay opaque enough for the text to read over any camera picture.
    Palette p = darkPalette();
    p.background = Qt::transparent;
    p.card = QColor(0x10, 0x13, 0x18, 0xd0);
    p.cardBorder = QColor(0xff, 0xff, 0xff, 0x1c);
    p.boardSurface = QColor(0x18, 0x1d, 0x24, 0xb8);
    p.boardGrid = QColor(0xff, 0xff, 0xff, 0x18);
    p.track = QColor(0xff, 0xff, 0xff, 0x26);
    return p;
}

} // namespace

QColor Palette::phase(Phase value) const
{
    switch (value) {
    case Phase::Warning:
        return warning;
    case Phase::Danger:
        return danger;
    case Phase::Overtime:
        return overtime;
    case Phase::Normal:
        break;
    }
    return accent;
}

Palette Palette::forOptions(const RenderOptions &options)
{
    Palette p;
    switch (options.theme) {
    case Theme::Light:
        p = lightPalette();
        break;
    case Theme::Transparent:
        p = transparentPalette();
        break;
    case Theme::Dark:
        p = darkPalette();
        break;
    }
    p.accent = options.accent.isValid() ? options.accent : RenderOptions{}.accent;
    p.warning = QColor(0xf2, 0xa9, 0x3b);
    p.danger = QColor(0xe8, 0x3f, 0x3f);
    p.overtime = QColor(0xb8, 0x2d, 0x8a);
    return p;
}

} // namespace coachdeck
