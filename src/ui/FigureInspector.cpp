#include "ui/FigureInspector.hpp"

#include "ui/FigureIcons.hpp"
#include "ui/QtText.hpp"
#include "ui/SessionController.hpp"

#include "ui_FigureInspector.h"

#include <QColorDialog>
#include <QMenu>
#include <QSignalBlocker>

#include <array>

namespace coachdeck {
namespace {

// A few colours that read well on both board themes, then "Other...".
constexpr std::array<Rgb, 8> kSwatches{{{0xe8, 0x6a, 0x33},
                                        {0x3f, 0x7f, 0xd1},
                                        {0x7b, 0x5c, 0xc4},
                                        {0x2e, 0xa0, 0x5a},
                                        {0xe0, 0xb0, 0x1a},
                                        {0xc8, 0x3a, 0x3a},
                                        {0x8a, 0x8f, 0x98},
                                        {0xd9, 0x4f, 0x9b}}};

QColor qColour(const Rgb &c)
{
    return QColor(c.r, c.g, c.b);
}

} // namespace

FigureInspector::FigureInspector(SessionController &controller, TextLookup text, QWidget *parent)
    : QWidget(parent), ui(std::make_unique<Ui::FigureInspector>()), controller_(controller),
      text_(std::move(text))
{
    ui->setupUi(this);
    for (const auto &[shape, name] : kFigureShapeText.entries) {
        const std::string key = "CoachDeck.Dock.Figure.Shape." + std::string(name);
        ui->shapeCombo->addItem(figure_icons::shape(shape, QColor(0x9a, 0xa4, 0xb2)),
                                text_(key.c_str()), static_cast<int>(shape));
    }
    auto *colours = new QMenu(ui->colourButton);
    for (const Rgb &rgb : kSwatches) {
        const QColor colour = qColour(rgb);
        QAction *pick = colours->addAction(figure_icons::swatch(colour), colour.name());
        connect(pick, &QAction::triggered, this, [this, colour] { chooseColour(colour); });
    }
    colours->addSeparator();
    QAction *other = colours->addAction(text_("CoachDeck.Dock.Figure.OtherColour"));
    connect(other, &QAction::triggered, this, [this] {
        const Figure *figure = controller_.outline().board.figure(figureId_);
        const QColor chosen =
            QColorDialog::getColor(figure ? qColour(figure->colour) : QColor(Qt::white), this,
                                   text_("CoachDeck.Dock.Figure.Colour"));
        if (chosen.isValid())
            chooseColour(chosen);
    });
    ui->colourButton->setMenu(colours);

    connect(ui->labelEdit, &QLineEdit::editingFinished, this, [this] {
        const std::string label = qt_text::to(ui->labelEdit->text().simplified());
        edit([&](Figure &f) { f.label = label; });
    });
    connect(ui->shapeCombo, qOverload<int>(&QComboBox::activated), this, [this](int index) {
        const auto shape = static_cast<FigureShape>(ui->shapeCombo->itemData(index).toInt());
        edit([&](Figure &f) { f.shape = shape; });
    });
    const auto sizeButton = [this](QToolButton *button, FigureSize size) {
        connect(button, &QToolButton::clicked, this,
                [this, size] { edit([&](Figure &f) { f.size = size; }); });
    };
    sizeButton(ui->smallButton, FigureSize::Small);
    sizeButton(ui->mediumButton, FigureSize::Medium);
    sizeButton(ui->largeButton, FigureSize::Large);
    connect(ui->facingCheck, &QCheckBox::clicked, this, [this](bool facing) {
        edit([&](Figure &f) {
            f.facingDegrees = facing ? std::optional<double>(0.0) : std::nullopt;
        });
    });
    connect(ui->perspectiveButton, &QToolButton::clicked, this, [this](bool on) {
        std::optional<std::string> id;
        if (on)
            id = figureId_;
        (void)controller_.apply([&](Session &s) { return s.setPerspective(id); });
    });
    connect(ui->deleteButton, &QToolButton::clicked, this, [this] {
        const std::string id = figureId_;
        (void)controller_.apply([&](Session &s) { return s.removeFigure(id); });
    });
    connect(&controller_, &SessionController::changed, this, &FigureInspector::refresh);
    retranslate();
    refresh();
}

FigureInspector::~FigureInspector() = default;

void FigureInspector::retranslate()
{
    ui->labelEdit->setPlaceholderText(text_("CoachDeck.Dock.Figure.Label"));
    ui->shapeCombo->setToolTip(text_("CoachDeck.Dock.Figure.Shape"));
    ui->colourButton->setToolTip(text_("CoachDeck.Dock.Figure.Colour"));
    ui->smallButton->setText(text_("CoachDeck.Dock.Figure.Size.S.Short"));
    ui->smallButton->setToolTip(text_("CoachDeck.Dock.Figure.Size.S"));
    ui->mediumButton->setText(text_("CoachDeck.Dock.Figure.Size.M.Short"));
    ui->mediumButton->setToolTip(text_("CoachDeck.Dock.Figure.Size.M"));
    ui->largeButton->setText(text_("CoachDeck.Dock.Figure.Size.L.Short"));
    ui->largeButton->setToolTip(text_("CoachDeck.Dock.Figure.Size.L"));
    ui->facingCheck->setText(text_("CoachDeck.Dock.Figure.Facing"));
    ui->facingCheck->setToolTip(text_("CoachDeck.Dock.Figure.Facing.Tip"));
    ui->perspectiveButton->setText(text_("CoachDeck.Dock.Figure.Perspective"));
    ui->perspectiveButton->setToolTip(text_("CoachDeck.Dock.Figure.Perspective.Tip"));
    ui->deleteButton->setText(text_("CoachDeck.Dock.Figure.Delete"));
}

void FigureInspector::setFigure(const QString &figureId)
{
    figureId_ = qt_text::to(figureId);
    refresh();
}

void FigureInspector::refresh()
{
    const Outline &outline = controller_.outline();
    const Figure *figure = figureId_.empty() ? nullptr : outline.board.figure(figureId_);
    setEnabled(figure != nullptr);
    if (!figure) {
        const QSignalBlocker block(ui->labelEdit);
        ui->labelEdit->clear();
        ui->labelEdit->setPlaceholderText(text_("CoachDeck.Dock.Figure.NoneSelected"));
        return;
    }
    ui->labelEdit->setPlaceholderText(text_("CoachDeck.Dock.Figure.Label"));
    const QSignalBlocker b1(ui->labelEdit), b2(ui->shapeCombo), b3(ui->facingCheck),
        b4(ui->perspectiveButton);
    if (!ui->labelEdit->hasFocus())
        ui->labelEdit->setText(qt_text::from(figure->label));
    ui->shapeCombo->setCurrentIndex(ui->shapeCombo->findData(static_cast<int>(figure->shape)));
    ui->colourButton->setIcon(figure_icons::swatch(qColour(figure->colour), 16));
    ui->smallButton->setChecked(figure->size == FigureSize::Small);
    ui->mediumButton->setChecked(figure->size == FigureSize::Medium);
    ui->largeButton->setChecked(figure->size == FigureSize::Large);
    ui->facingCheck->setChecked(figure->facingDegrees.has_value());
    ui->perspectiveButton->setEnabled(figure->facingDegrees.has_value());
    ui->perspectiveButton->setChecked(outline.display.perspectiveFigureId == figure->id);
}

void FigureInspector::edit(const std::function<void(Figure &)> &change)
{
    const Figure *figure = controller_.outline().board.figure(figureId_);
    if (!figure)
        return;
    Figure edited = *figure;
    change(edited);
    (void)controller_.apply([&](Session &s) { return s.editFigure(edited); });
}

void FigureInspector::chooseColour(const QColor &colour)
{
    const Rgb rgb{static_cast<std::uint8_t>(colour.red()),
                  static_cast<std::uint8_t>(colour.green()),
                  static_cast<std::uint8_t>(colour.blue())};
    edit([&](Figure &f) { f.colour = rgb; });
}

} // namespace coachdeck
