#pragma once

#include "core/Outline.hpp"
#include "render/LocalDates.hpp"
#include "ui/TextLookup.hpp"

#include <QIcon>
#include <QString>
#include <QWidget>

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace Ui {
class SnapshotStrip;
}

namespace coachdeck {

class SessionCommands;
class SessionController;

/// The steps of the constellation: take a named snapshot (stamped with the time and the agenda
/// item by the session), see them as thumbnails, step the client's view back and forth through
/// them (the overlay glides from one to the next), go back to the live board, restore one onto
/// the board (undoable), rename (F2) or remove one. UI thread.
class SnapshotStrip : public QWidget {
    Q_OBJECT

public:
    SnapshotStrip(SessionCommands &commands, TextLookup text, LocalDates dates = {},
                  QWidget *parent = nullptr);
    ~SnapshotStrip() override;

    QString selectedId() const;

private:
    void retranslate();
    void rebuild();
    void take();

    std::unique_ptr<Ui::SnapshotStrip> ui;
    SessionCommands &commands_;
    SessionController &controller_;
    TextLookup text_;
    LocalDates dates_;
    /// What the strip shows, to repaint thumbnails only when it changed (not on every drag).
    std::vector<Snapshot> shownSnapshots_;
    std::optional<std::string> shownId_;
    std::vector<AgendaItem> shownAgenda_;
    bool built_ = false;
    /// Each snapshot's thumbnail, painted once for the board it shows: a rebuild (a snapshot
    /// taken or shown, the time adjusted) repaints none of the others (300 boards took a second).
    struct Thumbnail {
        Board board;
        QIcon icon;
    };
    std::map<std::string, Thumbnail> thumbnails_;
    const QIcon &thumbnailOf(const Snapshot &snapshot);
};

} // namespace coachdeck
