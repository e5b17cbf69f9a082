#pragma once

#include "core/Figure.hpp"
#include "ui/TextLookup.hpp"

#include <QPoint>
#include <QWidget>

class QToolButton;

namespace coachdeck {

/// One button per figure kind: click to add one in a free place, or drag it onto the board to
/// put it exactly there. UI thread.
class FigurePalette : public QWidget {
    Q_OBJECT

public:
    explicit FigurePalette(TextLookup text, QWidget *parent = nullptr);

    /// The button that adds `kind` (tests click and drag it).
    QToolButton *button(FigureKind kind) const;

signals:
    void addRequested(FigureKind kind);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    TextLookup text_;
    QPoint pressedAt_;
};

} // namespace coachdeck
