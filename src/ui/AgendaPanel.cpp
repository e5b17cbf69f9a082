#include "ui/AgendaPanel.hpp"

#include "core/SessionClock.hpp"
#include "render/Palette.hpp"
#include "render/TimeText.hpp"
#include "ui/QtText.hpp"
#include "ui/SessionController.hpp"

#include "ui_AgendaPanel.h"

#include <QHeaderView>
#include <QSignalBlocker>

#include <chrono>
#include <string>

namespace coachdeck {
namespace {

using namespace std::chrono_literals;

enum Column { kStatus = 0, kTitle, kPlanned, kActual, kColumns };

int minutesOf(Millis duration)
{
    return static_cast<int>(time_text::wholeMinutes(duration));
}

QString statusMark(ItemStatus status, bool current)
{
    if (current)
        return QStringLiteral("\u25b6"); // ▶
    return status == ItemStatus::Done ? QStringLiteral("\u2713") : QString();
}

} // namespace

AgendaPanel::AgendaPanel(SessionController &controller, TextLookup text, QWidget *parent)
    : QWidget(parent), ui(std::make_unique<Ui::AgendaPanel>()), controller_(controller),
      text_(std::move(text))
{
    ui->setupUi(this);
    ui->agendaList->setColumnCount(kColumns);
    QHeaderView *header = ui->agendaList->header();
    header->setSectionResizeMode(kStatus, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(kTitle, QHeaderView::Stretch);
    header->setSectionResizeMode(kPlanned, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(kActual, QHeaderView::ResizeToContents);

    connect(ui->agendaList, &AgendaList::moveRequested, this, [this](const QString &id, int to) {
        (void)controller_.apply(
            [&](Session &s) { return s.moveItem(qt_text::to(id), static_cast<std::size_t>(to)); });
    });
    connect(ui->agendaList, &QTreeWidget::itemSelectionChanged, this, &AgendaPanel::showSelected);
    connect(ui->agendaList, &QTreeWidget::itemDoubleClicked, this,
            [this] { ui->titleEdit->setFocus(); });
    connect(ui->addButton, &QPushButton::clicked, this, &AgendaPanel::addItem);
    connect(ui->removeButton, &QPushButton::clicked, this, &AgendaPanel::removeSelected);
    connect(ui->goToButton, &QPushButton::clicked, this, &AgendaPanel::goToSelected);
    connect(ui->titleEdit, &QLineEdit::editingFinished, this, &AgendaPanel::commitEditor);
    for (QSpinBox *spin : {ui->plannedSpin, ui->warnSpin, ui->dangerSpin})
        connect(spin, qOverload<int>(&QSpinBox::valueChanged), this, &AgendaPanel::commitEditor);
    connect(ui->kindCombo, qOverload<int>(&QComboBox::activated), this, &AgendaPanel::commitKind);
    connect(&controller_, &SessionController::changed, this, &AgendaPanel::rebuild);
    ticker_.setInterval(1000);
    connect(&ticker_, &QTimer::timeout, this, &AgendaPanel::refreshTimes);

    retranslate();
    rebuild();
}

AgendaPanel::~AgendaPanel() = default;

void AgendaPanel::retranslate()
{
    ui->agendaList->setHeaderLabels({QString(), text_("CoachDeck.Dock.Agenda.Item"),
                                     text_("CoachDeck.Dock.Agenda.Planned"),
                                     text_("CoachDeck.Dock.Agenda.Actual")});
    ui->addButton->setText(text_("CoachDeck.Dock.Agenda.Add"));
    ui->removeButton->setText(text_("CoachDeck.Dock.Agenda.Remove"));
    ui->goToButton->setText(text_("CoachDeck.Dock.Agenda.GoTo"));
    ui->goToButton->setToolTip(text_("CoachDeck.Dock.Agenda.GoTo.Tip"));
    ui->titleEdit->setPlaceholderText(text_("CoachDeck.Dock.Agenda.Selected"));
    ui->titleLabel->setText(text_("CoachDeck.Dock.Agenda.Title"));
    ui->plannedLabel->setText(text_("CoachDeck.Dock.Agenda.PlannedMinutes"));
    ui->thresholdsLabel->setText(text_("CoachDeck.Dock.Agenda.Thresholds"));
    ui->warnSpin->setToolTip(text_("CoachDeck.Dock.Agenda.WarnAt"));
    ui->dangerSpin->setToolTip(text_("CoachDeck.Dock.Agenda.DangerAt"));
    ui->kindLabel->setText(text_("CoachDeck.Dock.Agenda.Kind"));
    ui->kindCombo->setToolTip(text_("CoachDeck.Dock.Agenda.Kind.Tip"));
    {
        const QSignalBlocker block(ui->kindCombo);
        ui->kindCombo->clear();
        for (const auto &[kind, name] : kItemKindText.entries)
            ui->kindCombo->addItem(
                text_(("CoachDeck.Dock.Agenda.Kind." + std::string(name)).c_str()),
                static_cast<int>(kind));
    }
    const QString minutes = text_("CoachDeck.Dock.Agenda.MinutesSuffix");
    for (QSpinBox *spin : {ui->plannedSpin, ui->warnSpin, ui->dangerSpin})
        spin->setSuffix(minutes);
}

QString AgendaPanel::selectedId() const
{
    const auto rows = ui->agendaList->selectedItems();
    return rows.isEmpty() ? QString() : AgendaList::idOf(rows.front());
}

void AgendaPanel::select(const QString &id)
{
    for (int i = 0; i < ui->agendaList->topLevelItemCount(); ++i) {
        QTreeWidgetItem *row = ui->agendaList->topLevelItem(i);
        if (AgendaList::idOf(row) == id) {
            ui->agendaList->setCurrentItem(row);
            return;
        }
    }
}

void AgendaPanel::rebuild()
{
    const Outline &outline = controller_.outline();
    if (built_ && shownAgenda_ == outline.agenda && shownClock_ == outline.clock)
        return;
    built_ = true;
    shownAgenda_ = outline.agenda;
    shownClock_ = outline.clock;
    const QString keep = selectedId();
    {
        const QSignalBlocker block(ui->agendaList);
        ui->agendaList->clear();
        for (const AgendaItem &item : outline.agenda) {
            auto *row = new QTreeWidgetItem(ui->agendaList);
            row->setData(0, AgendaList::kIdRole, qt_text::from(item.id));
            row->setText(kTitle, qt_text::from(item.title));
            row->setToolTip(kTitle, qt_text::from(item.title));
            row->setTextAlignment(kPlanned, Qt::AlignRight | Qt::AlignVCenter);
            row->setTextAlignment(kActual, Qt::AlignRight | Qt::AlignVCenter);
            row->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsDragEnabled);
        }
    }
    refreshTimes();
    if (!keep.isEmpty())
        select(keep);
    showSelected();
    ui->removeButton->setEnabled(!outline.agenda.empty());
}

void AgendaPanel::refreshTimes()
{
    const Outline &outline = controller_.outline();
    const MonoTime now = controller_.session().clock().monoNow();
    const Palette palette = Palette::forOptions(RenderOptions{});
    for (int i = 0;
         i < ui->agendaList->topLevelItemCount() && i < static_cast<int>(outline.agenda.size());
         ++i) {
        QTreeWidgetItem *row = ui->agendaList->topLevelItem(i);
        const AgendaItem &item = outline.agenda[static_cast<std::size_t>(i)];
        const bool current = outline.clock.currentItemId == item.id &&
                             outline.clock.status != ClockStatus::Idle &&
                             outline.clock.status != ClockStatus::Finished;
        const ItemTiming timing = session_clock::itemTiming(outline, item, now);
        row->setText(kStatus, statusMark(item.status, current));
        QString planned = text_("CoachDeck.Dock.Agenda.Minutes").arg(minutesOf(item.planned));
        if (item.adjustment != Millis{0}) {
            const bool more = item.adjustment > Millis{0};
            planned += QStringLiteral(" %1%2")
                           .arg(more ? QStringLiteral("+") : QStringLiteral("\u2212"))
                           .arg(minutesOf(more ? item.adjustment : -item.adjustment));
        }
        row->setText(kPlanned, planned);
        const bool started = timing.elapsed > Millis{0} || current;
        row->setText(kActual, started ? time_text::clock(timing.elapsed) : QString());
        QFont font = row->font(kTitle);
        font.setBold(current);
        for (int c = 0; c < kColumns; ++c)
            row->setFont(c, font);
        // Over its allotted time: the actual time in the overtime colour.
        const bool over = timing.elapsed > item.allotted() && item.allotted() > Millis{0};
        row->setForeground(kActual, over ? QBrush(palette.overtime) : QBrush());
        if (item.status == ItemStatus::Done)
            row->setForeground(kTitle, QBrush(palette.mutedText));
    }
    const bool running = outline.clock.status == ClockStatus::Running;
    if (running && !ticker_.isActive())
        ticker_.start();
    else if (!running)
        ticker_.stop();
}

void AgendaPanel::showSelected()
{
    const AgendaItem *item = controller_.outline().item(qt_text::to(selectedId()));
    // The editor shows only for a selected item: the list keeps the room otherwise.
    ui->editorBox->setVisible(item != nullptr);
    ui->goToButton->setEnabled(item != nullptr &&
                               controller_.outline().clock.status != ClockStatus::Finished);
    const QSignalBlocker b1(ui->titleEdit), b2(ui->plannedSpin), b3(ui->warnSpin),
        b4(ui->dangerSpin), b5(ui->kindCombo);
    if (!item) {
        ui->titleEdit->clear();
        return;
    }
    if (!ui->titleEdit->hasFocus() || ui->titleEdit->text() != qt_text::from(item->title))
        ui->titleEdit->setText(qt_text::from(item->title));
    ui->plannedSpin->setValue(minutesOf(item->planned));
    ui->warnSpin->setValue(minutesOf(item->warnAt));
    ui->dangerSpin->setValue(minutesOf(item->dangerAt));
    ui->kindCombo->setCurrentIndex(ui->kindCombo->findData(static_cast<int>(item->kind)));
}

void AgendaPanel::addItem()
{
    const QString title = text_("CoachDeck.Dock.Agenda.NewItem");
    // After the selected item, or at the end.
    std::optional<std::size_t> at;
    if (const int index = controller_.outline().itemIndex(qt_text::to(selectedId())); index >= 0)
        at = static_cast<std::size_t>(index) + 1;
    Result<std::string> added =
        controller_.apply([&](Session &s) { return s.addItem(qt_text::to(title), 10min, at); });
    if (added) {
        select(qt_text::from(*added));
        ui->titleEdit->setFocus();
        ui->titleEdit->selectAll();
    }
}

void AgendaPanel::removeSelected()
{
    const std::string id = qt_text::to(selectedId());
    if (id.empty())
        return;
    const int index = controller_.outline().itemIndex(id);
    (void)controller_.apply([&](Session &s) { return s.removeItem(id); });
    const auto count = static_cast<int>(controller_.outline().agenda.size());
    if (count > 0)
        ui->agendaList->setCurrentItem(ui->agendaList->topLevelItem(std::min(index, count - 1)));
}

void AgendaPanel::goToSelected()
{
    const std::string id = qt_text::to(selectedId());
    if (id.empty())
        return;
    // Before the start this only chooses where the session begins.
    (void)controller_.apply([&](Session &s) { return s.goTo(id); });
}

void AgendaPanel::commitEditor()
{
    const AgendaItem *current = controller_.outline().item(qt_text::to(selectedId()));
    if (!current)
        return;
    AgendaItem edited = *current;
    const QString title = ui->titleEdit->text().trimmed();
    if (!title.isEmpty())
        edited.title = qt_text::to(title);
    edited.planned = std::chrono::minutes(ui->plannedSpin->value());
    edited.warnAt = std::chrono::minutes(ui->warnSpin->value());
    edited.dangerAt = std::chrono::minutes(ui->dangerSpin->value());
    (void)controller_.apply([&](Session &s) { return s.editItem(edited); });
}

void AgendaPanel::commitKind(int index)
{
    const std::string id = qt_text::to(selectedId());
    const QVariant kind = ui->kindCombo->itemData(index);
    if (id.empty() || !kind.isValid())
        return;
    (void)controller_.apply(
        [&](Session &s) { return s.setItemKind(id, static_cast<ItemKind>(kind.toInt())); });
}

} // namespace coachdeck
