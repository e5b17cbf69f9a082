#pragma once

#include "render/LocalDates.hpp"
#include "ui/TextLookup.hpp"

#include <QWidget>

#include <memory>

namespace Ui {
class BoardPanel;
}

namespace coachdeck {

class BoardEditor;
class CompareView;
class FigureInspector;
class FigurePalette;
class SessionCommands;
class SnapshotStrip;

/// The constellation tab: the palette over the board editor, zones on/off, compare first and
/// current, the selected figure's details and the snapshot strip. Puts the parts together;
/// each does its own work. UI thread.
class BoardPanel : public QWidget {
    Q_OBJECT

public:
    BoardPanel(SessionCommands &commands, TextLookup text, LocalDates dates = {},
               QWidget *parent = nullptr);
    ~BoardPanel() override;

    BoardEditor *editor() const { return editor_; }
    FigurePalette *palette() const { return palette_; }
    FigureInspector *inspector() const { return inspector_; }
    SnapshotStrip *snapshots() const { return snapshots_; }

private:
    void retranslate();
    void refresh();

    std::unique_ptr<Ui::BoardPanel> ui;
    SessionCommands &commands_;
    TextLookup text_;
    FigurePalette *palette_ = nullptr;
    BoardEditor *editor_ = nullptr;
    CompareView *compare_ = nullptr;
    FigureInspector *inspector_ = nullptr;
    SnapshotStrip *snapshots_ = nullptr;
};

} // namespace coachdeck
