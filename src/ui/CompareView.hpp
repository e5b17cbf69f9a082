#pragma once

#include "ui/TextLookup.hpp"

#include <QWidget>

namespace coachdeck {

class SessionController;

/// The first image of the constellation over the board as it is now, painted by the overlay's
/// BoardPainter: where insight shows. Read-only. UI thread.
class CompareView : public QWidget {
    Q_OBJECT

public:
    CompareView(SessionController &controller, TextLookup text, QWidget *parent = nullptr);

    QSize sizeHint() const override { return {340, 390}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    SessionController &controller_;
    TextLookup text_;
};

} // namespace coachdeck
