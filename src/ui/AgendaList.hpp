#pragma once

#include <QString>
#include <QTreeWidget>

class QMimeData;

namespace coachdeck {

/// The agenda's rows, reorderable by drag. The list never moves a row itself: a drop asks for
/// the move (moveRequested) and the list is rebuilt from the session, so the one model stays
/// the truth. Each row keeps its item id in Qt::UserRole. UI thread.
class AgendaList : public QTreeWidget {
    Q_OBJECT

public:
    static constexpr const char *kMimeType = "application/x-coachdeck-agenda-item";
    static constexpr int kIdRole = Qt::UserRole;

    explicit AgendaList(QWidget *parent = nullptr);

    /// The id of the row's item.
    static QString idOf(const QTreeWidgetItem *row);
    /// What a drag of the row with `id` carries.
    static QMimeData *mimeFor(const QString &id);
    /// The index the dragged item goes to when dropped at `position` (viewport pixels).
    int dropIndex(const QPoint &position, int fromIndex) const;

signals:
    void moveRequested(const QString &id, int toIndex);

protected:
    QStringList mimeTypes() const override;
#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
    QMimeData *mimeData(const QList<QTreeWidgetItem *> &items) const override;
#else
    QMimeData *mimeData(const QList<QTreeWidgetItem *> items) const override;
#endif
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
};

} // namespace coachdeck
