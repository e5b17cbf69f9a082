#include "ui/BoardPanel.hpp"

#include "ui/BoardEditor.hpp"
#include "ui/CompareView.hpp"
#include "ui/FigureInspector.hpp"
#include "ui/FigurePalette.hpp"
#include "ui/SessionCommands.hpp"
#include "ui/SessionController.hpp"
#include "ui/SnapshotStrip.hpp"

#include "ui_BoardPanel.h"

#include <QSignalBlocker>

namespace coachdeck {

BoardPanel::BoardPanel(SessionCommands &commands, TextLookup text, LocalDates dates,
                       QWidget *parent)
    : QWidget(parent), ui(std::make_unique<Ui::BoardPanel>()), commands_(commands),
      text_(std::move(text))
{
    ui->setupUi(this);
    SessionController &controller = commands_.controller();
    palette_ = new FigurePalette(text_, this);
    ui->paletteRow->addWidget(palette_);
    editor_ = new BoardEditor(controller, text_, ui->editorPage);
    ui->editorLayout->addWidget(editor_);
    compare_ = new CompareView(controller, text_, ui->comparePage);
    ui->compareLayout->addWidget(compare_);
    inspector_ = new FigureInspector(controller, text_, this);
    ui->inspectorLayout->addWidget(inspector_);
    snapshots_ = new SnapshotStrip(commands_, text_, std::move(dates), ui->snapshotBox);
    ui->snapshotLayout->addWidget(snapshots_);

    connect(palette_, &FigurePalette::addRequested, this, [this](FigureKind kind) {
        (void)editor_->addFigure(kind);
        editor_->setFocus(Qt::OtherFocusReason);
    });
    connect(editor_, &BoardEditor::selectionChanged, inspector_, &FigureInspector::setFigure);
    connect(ui->zonesCheck, &QCheckBox::clicked, this, [&controller](bool visible) {
        (void)controller.apply([&](Session &s) { return s.setZonesVisible(visible); });
    });
    connect(ui->compareCheck, &QCheckBox::toggled, this, [this](bool compare) {
        ui->boardStack->setCurrentWidget(compare ? ui->comparePage : ui->editorPage);
    });
    connect(&controller, &SessionController::changed, this, &BoardPanel::refresh);
    retranslate();
    refresh();
}

BoardPanel::~BoardPanel() = default;

void BoardPanel::retranslate()
{
    ui->zonesCheck->setText(text_("CoachDeck.Dock.Board.Zones"));
    ui->zonesCheck->setToolTip(text_("CoachDeck.Dock.Board.Zones.Tip"));
    ui->compareCheck->setText(text_("CoachDeck.Dock.Board.Compare"));
    ui->compareCheck->setToolTip(text_("CoachDeck.Dock.Board.Compare.Tip"));
    ui->snapshotBox->setTitle(text_("CoachDeck.Dock.Snapshot.Title"));
}

void BoardPanel::refresh()
{
    const Board &board = commands_.controller().outline().board;
    const QSignalBlocker block(ui->zonesCheck);
    ui->zonesCheck->setChecked(board.zonesVisible);
    ui->zonesCheck->setEnabled(!board.zones.empty());
}

} // namespace coachdeck
