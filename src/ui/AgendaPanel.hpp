#pragma once

#include "core/Outline.hpp"
#include "ui/TextLookup.hpp"

#include <QString>
#include <QTimer>
#include <QWidget>

#include <memory>
#include <string>
#include <vector>

namespace Ui {
class AgendaPanel;
}

namespace coachdeck {

class SessionController;

/// The agenda, editable at any time, even while the session runs: each item's title, planned
/// minutes, phase thresholds and kind (what it is for); add, remove, reorder by drag; go to an
/// item. Each row shows planned vs actual time. Edits go through the controller (undoable). UI
/// thread.
class AgendaPanel : public QWidget {
    Q_OBJECT

public:
    AgendaPanel(SessionController &controller, TextLookup text, QWidget *parent = nullptr);
    ~AgendaPanel() override;

    /// The selected item's id, empty when none.
    QString selectedId() const;
    void select(const QString &id);

private:
    void retranslate();
    void rebuild();
    void refreshTimes();
    void showSelected();
    void addItem();
    void removeSelected();
    void goToSelected();
    void commitEditor();
    void commitKind(int index);

    std::unique_ptr<Ui::AgendaPanel> ui;
    SessionController &controller_;
    TextLookup text_;
    QTimer ticker_;
    std::vector<AgendaItem> shownAgenda_; ///< to rebuild the rows only when the agenda changed
    ClockState shownClock_;
    bool built_ = false;
};

} // namespace coachdeck
