#include "ui/BoardEditor.hpp"

#include "render/BoardHitTest.hpp"
#include "render/BoardPainter.hpp"
#include "render/FigureGeometry.hpp"
#include "render/Palette.hpp"
#include "ui/QtText.hpp"
#include "ui/SessionController.hpp"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMimeData>
#include <QMouseEvent>
#include <QPainter>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>
#include <utility>

namespace coachdeck {
namespace {

namespace hit = board_hit_test;

constexpr int kMergePauseMs = 700;

QPointF eventPosition(const QMouseEvent *event)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
    return event->position();
#else
    return event->localPos();
#endif
}

QPointF eventPosition(const QDropEvent *event)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
    return event->position();
#else
    return QPointF(event->pos());
#endif
}

QPointF eventPosition(const QWheelEvent *event)
{
    return event->position();
}

std::optional<FigureKind> kindOf(const QMimeData *data)
{
    if (!data || !data->hasFormat(QString::fromLatin1(BoardEditor::kFigureKindMime)))
        return std::nullopt;
    const QByteArray name = data->data(QString::fromLatin1(BoardEditor::kFigureKindMime));
    return kFigureKindText.parse(std::string_view(name.constData(), name.size()));
}

/// A place near the middle with no figure within `room` board units, on a widening ring.
BoardPoint freePlace(const Board &board)
{
    constexpr double kRoom = 110.0;
    const auto isFree = [&](BoardPoint p) {
        return std::none_of(board.figures.begin(), board.figures.end(), [&](const Figure &f) {
            return std::hypot(f.position.x - p.x, f.position.y - p.y) < kRoom;
        });
    };
    const BoardPoint middle{};
    if (isFree(middle))
        return middle;
    for (int ring = 1; ring <= 6; ++ring) {
        for (int step = 0; step < 8 * ring; ++step) {
            const double angle = 2 * 3.14159265358979 * step / (8 * ring);
            const BoardPoint p{middle.x + ring * 130.0 * std::sin(angle),
                               middle.y - ring * 100.0 * std::cos(angle)};
            if (p.x > 60 && p.x < kBoardWidth - 60 && p.y > 60 && p.y < kBoardHeight - 60 &&
                isFree(p))
                return p;
        }
    }
    return middle;
}

} // namespace

BoardEditor::BoardEditor(SessionController &controller, TextLookup text, QWidget *parent)
    : QWidget(parent), controller_(controller), text_(std::move(text))
{
    setFocusPolicy(Qt::StrongFocus);
    setAcceptDrops(true);
    setMouseTracking(false);
    setMinimumSize(200, 120);
    QSizePolicy policy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    setToolTip(text_("CoachDeck.Dock.Board.Tip"));
    mergeCloser_.setSingleShot(true);
    mergeCloser_.setInterval(kMergePauseMs);
    connect(&mergeCloser_, &QTimer::timeout, this, &BoardEditor::closeMerge);
    connect(&controller_, &SessionController::changed, this, &BoardEditor::sessionChanged);
}

BoardEditor::~BoardEditor() = default;

QMimeData *BoardEditor::mimeFor(FigureKind kind)
{
    auto *data = new QMimeData;
    const std::string_view name = kFigureKindText.name(kind);
    data->setData(QString::fromLatin1(kFigureKindMime),
                  QByteArray(name.data(), static_cast<int>(name.size())));
    return data;
}

QSize BoardEditor::sizeHint() const
{
    return {340, heightForWidth(340)};
}

int BoardEditor::heightForWidth(int width) const
{
    // The board is 16:9; the card's padding comes on top.
    return static_cast<int>(std::lround(width * kBoardHeight / kBoardWidth)) + 8;
}

RenderOptions BoardEditor::renderOptions() const
{
    RenderOptions options;
    options.view = OverlayView::Board;
    options.width = std::max(width(), RenderOptions::kMinSide);
    options.height = std::max(height(), RenderOptions::kMinSide);
    options.texts.seenFrom = text_("CoachDeck.Overlay.Text.SeenFrom");
    return options.clamped();
}

QString BoardEditor::caption() const
{
    const Outline &outline = controller_.outline();
    QStringList parts;
    if (const auto &shown = outline.display.shownSnapshotId) {
        for (std::size_t i = 0; i < outline.snapshots.size(); ++i)
            if (outline.snapshots[i].id == *shown)
                parts << text_("CoachDeck.Dock.Board.ClientSeesStep")
                             .arg(static_cast<int>(i) + 1)
                             .arg(static_cast<int>(outline.snapshots.size()));
    }
    if (const auto &id = outline.display.perspectiveFigureId)
        if (const Figure *figure = outline.board.figure(*id))
            parts << text_("CoachDeck.Overlay.Text.SeenFrom").arg(qt_text::from(figure->label));
    return parts.join(QStringLiteral("  \u00b7  "));
}

BoardProjection BoardEditor::projection() const
{
    const RenderOptions options = renderOptions();
    const Board &board = controller_.outline().board;
    const auto &perspective = controller_.outline().display.perspectiveFigureId;
    const BoardScene scene{board, nullptr, board.zonesVisible,
                           perspective ? &*perspective : nullptr, caption()};
    return BoardPainter(options, Palette::forOptions(options)).projection(QRectF(rect()), scene);
}

QPointF BoardEditor::figurePixel(const QString &figureId) const
{
    const Figure *figure = controller_.outline().board.figure(qt_text::to(figureId));
    return figure ? projection().map(figure->position) : QPointF();
}

QPointF BoardEditor::handlePixel(const QString &figureId) const
{
    const Figure *figure = controller_.outline().board.figure(qt_text::to(figureId));
    return figure ? hit::rotationHandle(projection(), *figure) : QPointF();
}

const Figure *BoardEditor::selectedFigure() const
{
    return selected_.empty() ? nullptr : controller_.outline().board.figure(selected_);
}

void BoardEditor::select(const QString &figureId)
{
    std::string id = qt_text::to(figureId);
    if (!id.empty() && !controller_.outline().board.figure(id))
        id.clear();
    if (id == selected_)
        return;
    closeMerge();
    selected_ = std::move(id);
    update();
    emit selectionChanged(selectedId());
}

Result<std::string> BoardEditor::addFigure(FigureKind kind, std::optional<BoardPoint> at)
{
    Figure figure = defaultFigure(kind);
    figure.label = qt_text::to(
        text_(("CoachDeck.Dock.Figure.Kind." + std::string(kFigureKindText.name(kind))).c_str()));
    figure.position = at.value_or(freePlace(controller_.outline().board));
    Result<std::string> added = controller_.apply([&](Session &s) { return s.addFigure(figure); });
    if (added)
        select(qt_text::from(*added));
    return added;
}

void BoardEditor::sessionChanged()
{
    if (!selected_.empty() && !controller_.outline().board.figure(selected_)) {
        selected_.clear();
        emit selectionChanged({});
    }
    update();
}

void BoardEditor::closeMerge()
{
    mergeCloser_.stop();
    (void)controller_.apply([](Session &s) {
        s.closeMerge();
        return ok();
    });
}

void BoardEditor::paintEvent(QPaintEvent *)
{
    const RenderOptions options = renderOptions();
    const Palette palette = Palette::forOptions(options);
    const Outline &outline = controller_.outline();
    const Board &board = outline.board;
    const auto &perspective = outline.display.perspectiveFigureId;
    const BoardScene scene{board, nullptr, board.zonesVisible,
                           perspective ? &*perspective : nullptr, caption()};
    const BoardPainter painter(options, palette);

    QPainter p(this);
    p.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    p.fillRect(rect(), palette.background);
    painter.paint(p, QRectF(rect()), scene);

    if (board.figures.empty()) {
        p.setPen(palette.mutedText);
        p.drawText(rect().adjusted(12, 12, -12, -12), Qt::AlignCenter | Qt::TextWordWrap,
                   text_("CoachDeck.Dock.Board.Empty"));
    }
    const Figure *figure = selectedFigure();
    if (!figure)
        return;
    // The selection: a ring in the accent colour, and the handle that turns the figure.
    const BoardProjection proj = painter.projection(QRectF(rect()), scene);
    const QPointF centre = proj.map(figure->position);
    const double r = hit::radiusPixels(proj, *figure);
    QPen ring(palette.accent, 2.0, Qt::DashLine);
    p.setPen(ring);
    p.setBrush(Qt::NoBrush);
    p.drawEllipse(centre, r * 1.55 + 3, r * 1.55 + 3);
    if (figure->facingDegrees) {
        const QPointF handle = hit::rotationHandle(proj, *figure);
        p.setPen(QPen(palette.accent, 1.5));
        p.drawLine(centre +
                       (handle - centre) *
                           (r * 1.7 / std::hypot(handle.x() - centre.x(), handle.y() - centre.y())),
                   handle);
        p.setBrush(palette.accent);
        p.setPen(QPen(palette.figureOutline, 1.5));
        p.drawEllipse(handle, hit::kHandleRadius, hit::kHandleRadius);
    }
}

void BoardEditor::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    setFocus(Qt::MouseFocusReason);
    commitLabel();
    const QPointF at = eventPosition(event);
    const BoardProjection proj = projection();
    if (const Figure *figure = selectedFigure(); figure && figure->facingDegrees) {
        const QPointF handle = hit::rotationHandle(proj, *figure);
        if (std::hypot(at.x() - handle.x(), at.y() - handle.y()) <= hit::kHandleRadius + 4) {
            closeMerge();
            gesture_ = Gesture::Rotate;
            return;
        }
    }
    const Board &board = controller_.outline().board;
    const int index = hit::figureAt(proj, board, at);
    if (index < 0) {
        select({});
        gesture_ = Gesture::None;
        return;
    }
    const Figure &figure = board.figures[static_cast<std::size_t>(index)];
    select(qt_text::from(figure.id));
    closeMerge();
    gesture_ = Gesture::Move;
    grabOffset_ = at - proj.map(figure.position);
}

void BoardEditor::mouseMoveEvent(QMouseEvent *event)
{
    const Figure *figure = selectedFigure();
    if (gesture_ == Gesture::None || !figure || !(event->buttons() & Qt::LeftButton)) {
        QWidget::mouseMoveEvent(event);
        return;
    }
    const QPointF at = eventPosition(event);
    const BoardProjection proj = projection();
    const std::string id = figure->id;
    if (gesture_ == Gesture::Move) {
        const BoardPoint to = hit::toBoard(proj, at - grabOffset_);
        (void)controller_.apply([&](Session &s) { return s.moveFigure(id, to, true); });
    } else {
        double degrees = hit::facingToward(proj, *figure, at);
        if (event->modifiers() & Qt::ShiftModifier)
            degrees = normalizedDegrees(std::round(degrees / 45.0) * 45.0);
        (void)controller_.apply([&](Session &s) { return s.rotateFigure(id, degrees, true); });
    }
}

void BoardEditor::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && gesture_ != Gesture::None) {
        gesture_ = Gesture::None;
        closeMerge(); // the drag is one undo step
        return;
    }
    QWidget::mouseReleaseEvent(event);
}

void BoardEditor::mouseDoubleClickEvent(QMouseEvent *event)
{
    const int index =
        hit::figureAt(projection(), controller_.outline().board, eventPosition(event));
    if (index < 0) {
        QWidget::mouseDoubleClickEvent(event);
        return;
    }
    select(qt_text::from(controller_.outline().board.figures[static_cast<std::size_t>(index)].id));
    editLabel();
}

void BoardEditor::wheelEvent(QWheelEvent *event)
{
    const int index =
        hit::figureAt(projection(), controller_.outline().board, eventPosition(event));
    const Figure *figure =
        index >= 0 ? &controller_.outline().board.figures[static_cast<std::size_t>(index)]
                   : selectedFigure();
    const int notches = event->angleDelta().y() / 120;
    if (!figure || !figure->facingDegrees || notches == 0) {
        event->ignore();
        return;
    }
    select(qt_text::from(figure->id));
    turnBy(figure->id, notches * kRotateStepDegrees);
    mergeCloser_.start(); // a quick run of notches is one undo step
    event->accept();
}

void BoardEditor::turnBy(const std::string &id, double degrees)
{
    const Figure *figure = controller_.outline().board.figure(id);
    if (!figure || !figure->facingDegrees)
        return;
    const double to = normalizedDegrees(*figure->facingDegrees + degrees);
    (void)controller_.apply([&](Session &s) { return s.rotateFigure(id, to, true); });
}

void BoardEditor::nudge(double dx, double dy)
{
    const Figure *figure = selectedFigure();
    if (!figure)
        return;
    const BoardPoint to{std::clamp(figure->position.x + dx, 0.0, kBoardWidth),
                        std::clamp(figure->position.y + dy, 0.0, kBoardHeight)};
    const std::string id = figure->id;
    (void)controller_.apply([&](Session &s) { return s.moveFigure(id, to, true); });
}

void BoardEditor::setSize(FigureSize size)
{
    const Figure *figure = selectedFigure();
    if (!figure)
        return;
    Figure edited = *figure;
    edited.size = size;
    (void)controller_.apply([&](Session &s) { return s.editFigure(edited); });
}

void BoardEditor::removeSelected()
{
    const std::string id = selected_;
    if (!id.empty())
        (void)controller_.apply([&](Session &s) { return s.removeFigure(id); });
}

void BoardEditor::keyPressEvent(QKeyEvent *event)
{
    const bool shift = event->modifiers() & Qt::ShiftModifier;
    const double step = shift ? kNudgeUnits * 5 : kNudgeUnits;
    const bool plain = !(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier));
    if (!plain || !selectedFigure()) {
        if (event->key() == Qt::Key_Escape)
            select({});
        QWidget::keyPressEvent(event);
        return;
    }
    switch (event->key()) {
    case Qt::Key_Left:
        nudge(-step, 0);
        break;
    case Qt::Key_Right:
        nudge(step, 0);
        break;
    case Qt::Key_Up:
        nudge(0, -step);
        break;
    case Qt::Key_Down:
        nudge(0, step);
        break;
    case Qt::Key_BracketLeft:
        turnBy(selected_, -kRotateStepDegrees);
        break;
    case Qt::Key_BracketRight:
        turnBy(selected_, kRotateStepDegrees);
        break;
    case Qt::Key_R:
        turnBy(selected_, shift ? -kRotateStepDegrees : kRotateStepDegrees);
        break;
    case Qt::Key_1:
        setSize(FigureSize::Small);
        break;
    case Qt::Key_2:
        setSize(FigureSize::Medium);
        break;
    case Qt::Key_3:
        setSize(FigureSize::Large);
        break;
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        removeSelected();
        break;
    case Qt::Key_F2:
    case Qt::Key_Return:
    case Qt::Key_Enter:
        editLabel();
        break;
    case Qt::Key_Escape:
        select({});
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void BoardEditor::keyReleaseEvent(QKeyEvent *event)
{
    // Holding a key repeats it: the whole hold is one undo step.
    if (!event->isAutoRepeat())
        closeMerge();
    QWidget::keyReleaseEvent(event);
}

void BoardEditor::editLabel()
{
    const Figure *figure = selectedFigure();
    if (!figure)
        return;
    if (!labelEditor_) {
        labelEditor_ = new QLineEdit(this);
        labelEditor_->setObjectName(QStringLiteral("boardLabelEditor"));
        labelEditor_->setPlaceholderText(text_("CoachDeck.Dock.Figure.Label"));
        labelEditor_->setAlignment(Qt::AlignCenter);
        labelEditor_->installEventFilter(this);
        connect(labelEditor_, &QLineEdit::editingFinished, this, &BoardEditor::commitLabel);
    }
    labelFigure_ = figure->id;
    const QPointF centre = projection().map(figure->position);
    const int w = std::min(width() - 8, 180);
    const int h = labelEditor_->sizeHint().height();
    const int x = std::clamp(static_cast<int>(centre.x()) - w / 2, 4, std::max(4, width() - w - 4));
    const int y = std::clamp(static_cast<int>(centre.y()) + 14, 4, std::max(4, height() - h - 4));
    labelEditor_->setGeometry(x, y, w, h);
    labelEditor_->setText(qt_text::from(figure->label));
    labelEditor_->selectAll();
    labelEditor_->show();
    labelEditor_->setFocus();
}

bool BoardEditor::eventFilter(QObject *watched, QEvent *event)
{
    // Enter and Escape end the in-place edit here, so they never reach the board's own keys.
    if (watched == labelEditor_ && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter || key == Qt::Key_Escape) {
            if (key == Qt::Key_Escape)
                labelFigure_.clear(); // cancelled: nothing to commit
            commitLabel();
            labelEditor_->hide();
            setFocus(Qt::OtherFocusReason);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void BoardEditor::commitLabel()
{
    if (!labelEditor_ || !labelEditor_->isVisible() || labelFigure_.empty())
        return;
    const std::string id = std::exchange(labelFigure_, {});
    const std::string label = qt_text::to(labelEditor_->text().simplified());
    labelEditor_->hide();
    const Figure *figure = controller_.outline().board.figure(id);
    if (!figure || figure->label == label)
        return;
    Figure edited = *figure;
    edited.label = label;
    (void)controller_.apply([&](Session &s) { return s.editFigure(edited); });
}

void BoardEditor::dragEnterEvent(QDragEnterEvent *event)
{
    if (kindOf(event->mimeData()))
        event->acceptProposedAction();
    else
        event->ignore();
}

void BoardEditor::dragMoveEvent(QDragMoveEvent *event)
{
    if (kindOf(event->mimeData()))
        event->acceptProposedAction();
    else
        event->ignore();
}

void BoardEditor::dropEvent(QDropEvent *event)
{
    const std::optional<FigureKind> kind = kindOf(event->mimeData());
    if (!kind) {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
    (void)addFigure(*kind, hit::toBoard(projection(), eventPosition(event)));
    setFocus(Qt::OtherFocusReason);
}

} // namespace coachdeck
