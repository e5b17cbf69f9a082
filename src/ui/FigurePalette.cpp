#include "ui/FigurePalette.hpp"

#include "ui/BoardEditor.hpp"
#include "ui/FigureIcons.hpp"

#include <QApplication>
#include <QDrag>
#include <QHBoxLayout>
#include <QMouseEvent>
#include <QToolButton>

#include <string>

namespace coachdeck {
namespace {

constexpr const char *kKindProperty = "coachdeckFigureKind";

} // namespace

FigurePalette::FigurePalette(TextLookup text, QWidget *parent)
    : QWidget(parent), text_(std::move(text))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    for (const auto &[kind, name] : kFigureKindText.entries) {
        auto *button = new QToolButton(this);
        const std::string key = "CoachDeck.Dock.Figure.Kind." + std::string(name);
        button->setObjectName(QStringLiteral("add_") +
                              QString::fromLatin1(name.data(), static_cast<int>(name.size())));
        button->setIcon(figure_icons::kind(kind));
        button->setIconSize(QSize(22, 22));
        button->setAutoRaise(true);
        button->setToolTip(text_("CoachDeck.Dock.Figure.AddTip").arg(text_(key.c_str())));
        button->setAccessibleName(text_(key.c_str()));
        button->setProperty(kKindProperty, static_cast<int>(kind));
        button->installEventFilter(this);
        const FigureKind chosen = kind;
        connect(button, &QToolButton::clicked, this, [this, chosen] { emit addRequested(chosen); });
        layout->addWidget(button);
    }
    layout->addStretch(1);
}

QToolButton *FigurePalette::button(FigureKind kind) const
{
    for (QToolButton *b : findChildren<QToolButton *>())
        if (b->property(kKindProperty).toInt() == static_cast<int>(kind))
            return b;
    return nullptr;
}

bool FigurePalette::eventFilter(QObject *watched, QEvent *event)
{
    auto *button = qobject_cast<QToolButton *>(watched);
    if (!button)
        return QWidget::eventFilter(watched, event);
    if (event->type() == QEvent::MouseButtonPress) {
        pressedAt_ = static_cast<QMouseEvent *>(event)->pos();
    } else if (event->type() == QEvent::MouseMove) {
        auto *move = static_cast<QMouseEvent *>(event);
        if ((move->buttons() & Qt::LeftButton) &&
            (move->pos() - pressedAt_).manhattanLength() >= QApplication::startDragDistance()) {
            const auto kind = static_cast<FigureKind>(button->property(kKindProperty).toInt());
            button->setDown(false); // a drag is not a click
            auto *drag = new QDrag(button);
            drag->setMimeData(BoardEditor::mimeFor(kind));
            drag->setPixmap(figure_icons::kind(kind, 32).pixmap(32, 32));
            drag->setHotSpot(QPoint(16, 16));
            drag->exec(Qt::CopyAction);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace coachdeck
