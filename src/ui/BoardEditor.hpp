#pragma once

#include "core/Figure.hpp"
#include "core/Result.hpp"
#include "render/BoardProjection.hpp"
#include "render/RenderOptions.hpp"
#include "ui/TextLookup.hpp"

#include <QString>
#include <QTimer>
#include <QWidget>

#include <optional>
#include <string>

class QLineEdit;
class QMimeData;

namespace coachdeck {

class SessionController;

/// The constellation board, editable: painted by the overlay's BoardPainter so the coach sees
/// what the client sees, with the selection and a rotation handle drawn on top.
///
/// Mouse: click selects, drag moves (one undo step per drag), the handle beyond the nose turns
/// the figure, the wheel turns the figure under the pointer, double-click edits the label in
/// place; figures dropped from the palette are added where they land. Keys: arrows move
/// (Shift: further), [ ] or R / Shift+R turn by 15 degrees, 1 2 3 set the size, F2 or Enter
/// edits the label, Delete removes, Escape deselects. Every edit goes through the controller.
/// UI thread.
class BoardEditor : public QWidget {
    Q_OBJECT

public:
    /// What a palette drag carries: the figure kind's JSON name ("person", "goal"...).
    static constexpr const char *kFigureKindMime = "application/x-coachdeck-figure-kind";
    static constexpr double kRotateStepDegrees = 15.0;
    static constexpr double kNudgeUnits = 10.0;

    BoardEditor(SessionController &controller, TextLookup text, QWidget *parent = nullptr);
    ~BoardEditor() override;

    static QMimeData *mimeFor(FigureKind kind);

    QString selectedId() const { return QString::fromStdString(selected_); }
    void select(const QString &figureId);

    /// Adds a figure of `kind` at `at` (board units), or at a free place near the middle; the
    /// new figure is selected.
    Result<std::string> addFigure(FigureKind kind, std::optional<BoardPoint> at = {});

    /// Where the board is on screen now (tests and the label editor use it).
    BoardProjection projection() const;
    /// A figure's centre and its rotation handle on screen, pixels.
    QPointF figurePixel(const QString &figureId) const;
    QPointF handlePixel(const QString &figureId) const;

    QSize sizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

signals:
    void selectionChanged(const QString &figureId);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    enum class Gesture { None, Move, Rotate };

    RenderOptions renderOptions() const;
    QString caption() const;
    const Figure *selectedFigure() const;
    void sessionChanged();
    void closeMerge();
    void turnBy(const std::string &id, double degrees);
    void nudge(double dx, double dy);
    void setSize(FigureSize size);
    void removeSelected();
    void editLabel();
    void commitLabel();

    SessionController &controller_;
    TextLookup text_;
    std::string selected_;
    Gesture gesture_ = Gesture::None;
    QPointF grabOffset_;
    QTimer mergeCloser_; ///< ends a run of wheel turns as one undo step
    QLineEdit *labelEditor_ = nullptr;
    std::string labelFigure_;
};

} // namespace coachdeck
