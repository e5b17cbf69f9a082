#pragma once

#include "core/Outline.hpp"
#include "render/LocalDates.hpp"
#include "ui/TextLookup.hpp"

#include <QString>
#include <QWidget>

#include <memory>
#include <vector>

namespace Ui {
class NotesPanel;
}

namespace coachdeck {

class SessionController;

/// Quick notes: type, Ctrl+Enter (or Add), and the note is stamped with the time and the current
/// agenda item. Private to the coach by default; shared with the client; or reportable to the
/// sponsor with "validated by the coachee on DATE". The selected note's visibility can change
/// later. UI thread.
class NotesPanel : public QWidget {
    Q_OBJECT

public:
    NotesPanel(SessionController &controller, TextLookup text, LocalDates dates = {},
               QWidget *parent = nullptr);
    ~NotesPanel() override;

    /// Adds what is typed with the chosen visibility; false when there is nothing to add.
    bool addNote();
    QString selectedId() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void rebuild();
    void refreshEntry();
    void showSelected();
    void editSelected(Visibility visibility);
    QString visibilityText(Visibility visibility) const;

    std::unique_ptr<Ui::NotesPanel> ui;
    SessionController &controller_;
    TextLookup text_;
    LocalDates dates_;
    std::vector<Note> shownNotes_; ///< to rebuild the list only when the notes changed
    std::vector<AgendaItem> shownAgenda_;
    bool built_ = false;
};

} // namespace coachdeck
