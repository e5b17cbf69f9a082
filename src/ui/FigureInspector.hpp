#pragma once

#include "core/Figure.hpp"
#include "ui/TextLookup.hpp"

#include <QString>
#include <QWidget>

#include <functional>
#include <memory>
#include <string>

namespace Ui {
class FigureInspector;
}

namespace coachdeck {

class SessionController;

/// The selected figure's details under the board: label, shape, colour, size S/M/L, whether it
/// looks somewhere (an anchor does not), "see from here" (the perspective), delete. Each change
/// is one undoable edit through the controller. UI thread.
class FigureInspector : public QWidget {
    Q_OBJECT

public:
    FigureInspector(SessionController &controller, TextLookup text, QWidget *parent = nullptr);
    ~FigureInspector() override;

    /// Shows (and edits) the figure with this id; empty: none.
    void setFigure(const QString &figureId);

private:
    void retranslate();
    void refresh();
    void edit(const std::function<void(Figure &)> &change);
    void chooseColour(const QColor &colour);

    std::unique_ptr<Ui::FigureInspector> ui;
    SessionController &controller_;
    TextLookup text_;
    std::string figureId_;
};

} // namespace coachdeck
