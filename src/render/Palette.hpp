#pragma once

#include "core/AgendaItem.hpp"
#include "render/RenderOptions.hpp"

#include <QColor>

namespace coachdeck {

/// The colours of one theme with its accent. Phase colours always come with a
/// second cue (a word, a sign, a shape) where they are used.
struct Palette {
    QColor background; ///< transparent in the transparent theme
    QColor card;
    QColor cardBorder;
    QColor boardSurface;
    QColor boardGrid;
    QColor text;
    QColor mutedText;
    QColor track; ///< the empty part of a progress ring or bar
    QColor figureOutline;
    QColor labelBackground;
    QColor labelText;
    QColor accent;
    QColor warning;
    QColor danger;
    QColor overtime;

    QColor phase(Phase phase) const;

    static Palette forOptions(const RenderOptions &options);
};

} // namespace coachdeck
