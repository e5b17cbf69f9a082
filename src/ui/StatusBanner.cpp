#include "ui/StatusBanner.hpp"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>

namespace coachdeck {
namespace {

QString styleFor(StatusBanner::Kind kind)
{
    // Background and border carry the kind; the text says it too (never colour alone).
    switch (kind) {
    case StatusBanner::Kind::Error:
        return QStringLiteral("QFrame#statusBanner { background: #5c1f24; border: 1px solid "
                              "#e83f3f; border-radius: 4px; } QLabel { color: #ffe9e9; }");
    case StatusBanner::Kind::Warning:
        return QStringLiteral("QFrame#statusBanner { background: #4d3a12; border: 1px solid "
                              "#f2a93b; border-radius: 4px; } QLabel { color: #fff3dc; }");
    case StatusBanner::Kind::Info:
        break;
    }
    return QStringLiteral("QFrame#statusBanner { background: #173250; border: 1px solid #4f9dff; "
                          "border-radius: 4px; } QLabel { color: #e8f1ff; }");
}

} // namespace

StatusBanner::StatusBanner(QWidget *parent)
    : QFrame(parent), label_(new QLabel(this)), action_(new QPushButton(this)),
      close_(new QToolButton(this))
{
    setObjectName(QStringLiteral("statusBanner"));
    label_->setWordWrap(true);
    label_->setTextFormat(Qt::PlainText);
    label_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    close_->setText(QStringLiteral("\u2715"));
    close_->setAutoRaise(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 4, 4, 4);
    layout->addWidget(label_, 1);
    layout->addWidget(action_, 0, Qt::AlignVCenter);
    layout->addWidget(close_, 0, Qt::AlignTop);
    connect(action_, &QPushButton::clicked, this, &StatusBanner::actionClicked);
    connect(close_, &QToolButton::clicked, this, &StatusBanner::clear);
    hide();
}

void StatusBanner::showMessage(const QString &text, Kind kind, const QString &action)
{
    kind_ = kind;
    setStyleSheet(styleFor(kind));
    label_->setText(text);
    action_->setText(action);
    action_->setVisible(!action.isEmpty());
    show();
}

void StatusBanner::clear()
{
    label_->clear();
    hide();
}

QString StatusBanner::text() const
{
    return isVisible() || !isHidden() ? label_->text() : QString();
}

} // namespace coachdeck
