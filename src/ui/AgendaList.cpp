#include "ui/AgendaList.hpp"

#include <QDropEvent>
#include <QHeaderView>
#include <QMimeData>

namespace coachdeck {
namespace {

QPoint positionOf(const QDropEvent *event)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
    return event->position().toPoint();
#else
    return event->pos();
#endif
}

} // namespace

AgendaList::AgendaList(QWidget *parent) : QTreeWidget(parent)
{
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setDragEnabled(true);
    setAcceptDrops(true);
    setDropIndicatorShown(true);
    setDragDropMode(QAbstractItemView::DragDrop);
    setDefaultDropAction(Qt::MoveAction);
    header()->setStretchLastSection(false);
}

QString AgendaList::idOf(const QTreeWidgetItem *row)
{
    return row ? row->data(0, kIdRole).toString() : QString();
}

QMimeData *AgendaList::mimeFor(const QString &id)
{
    auto *data = new QMimeData;
    data->setData(QString::fromLatin1(kMimeType), id.toUtf8());
    return data;
}

QStringList AgendaList::mimeTypes() const
{
    return {QString::fromLatin1(kMimeType)};
}

#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
QMimeData *AgendaList::mimeData(const QList<QTreeWidgetItem *> &items) const
#else
QMimeData *AgendaList::mimeData(const QList<QTreeWidgetItem *> items) const
#endif
{
    return items.isEmpty() ? nullptr : mimeFor(idOf(items.front()));
}

int AgendaList::dropIndex(const QPoint &position, int fromIndex) const
{
    const QTreeWidgetItem *row = itemAt(position);
    if (!row)
        return topLevelItemCount() - 1; // below the last row: to the end
    int index = indexOfTopLevelItem(const_cast<QTreeWidgetItem *>(row));
    const QRect rect = visualItemRect(row);
    const bool lowerHalf = position.y() > rect.center().y();
    // The item leaves its place first: rows after it move up by one.
    if (lowerHalf && index < fromIndex)
        ++index;
    else if (!lowerHalf && index > fromIndex)
        --index;
    return index;
}

void AgendaList::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasFormat(QString::fromLatin1(kMimeType)))
        event->acceptProposedAction();
    else
        event->ignore();
}

void AgendaList::dragMoveEvent(QDragMoveEvent *event)
{
    // The base class draws the drop indicator; the decision stays ours.
    QTreeWidget::dragMoveEvent(event);
    if (event->mimeData()->hasFormat(QString::fromLatin1(kMimeType))) {
        event->setDropAction(Qt::MoveAction);
        event->accept();
    } else {
        event->ignore();
    }
}

void AgendaList::dropEvent(QDropEvent *event)
{
    const QString id = QString::fromUtf8(event->mimeData()->data(QString::fromLatin1(kMimeType)));
    int from = -1;
    for (int i = 0; i < topLevelItemCount(); ++i)
        if (idOf(topLevelItem(i)) == id)
            from = i;
    if (from < 0) {
        event->ignore();
        return;
    }
    // Ignored for Qt (nothing for it to remove at the source); the model does the move.
    event->setDropAction(Qt::IgnoreAction);
    event->accept();
    const int to = dropIndex(positionOf(event), from);
    if (to >= 0 && to != from)
        emit moveRequested(id, to);
}

} // namespace coachdeck
