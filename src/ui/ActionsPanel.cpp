#include "ui/ActionsPanel.hpp"

#include "ui/LocalDateEdit.hpp"
#include "ui/QtText.hpp"
#include "ui/SessionController.hpp"

#include "ui_ActionsPanel.h"

#include <QDate>
#include <QHeaderView>
#include <QSignalBlocker>

namespace coachdeck {
namespace {

constexpr int kIdRole = Qt::UserRole;
enum Column { kWhat = 0, kOwner, kDue, kStatus };

} // namespace

ActionsPanel::ActionsPanel(SessionController &controller, TextLookup text, LocalDates dates,
                           QWidget *parent)
    : QWidget(parent), ui(std::make_unique<Ui::ActionsPanel>()), controller_(controller),
      text_(std::move(text)), dates_(std::move(dates))
{
    ui->setupUi(this);
    for (const auto &[status, name] : kActionStatusText.entries)
        ui->statusCombo->addItem(statusText(status), static_cast<int>(status));
    QHeaderView *header = ui->actionsList->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(kWhat, QHeaderView::Stretch);
    for (int c : {kOwner, kDue, kStatus})
        header->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    localizeDateEdit(ui->dueDate, dates_);
    ui->dueDate->setDate(QDate::currentDate().addDays(21));
    ui->dueDate->setEnabled(false);

    connect(ui->dueCheck, &QCheckBox::toggled, ui->dueDate, &QDateEdit::setEnabled);
    connect(ui->addButton, &QPushButton::clicked, this, [this] { (void)addAction(); });
    connect(ui->whatEdit, &QLineEdit::returnPressed, this, [this] {
        if (selectedId().isEmpty())
            (void)addAction();
        else
            (void)updateSelected();
    });
    connect(ui->updateButton, &QPushButton::clicked, this, [this] { (void)updateSelected(); });
    connect(ui->removeButton, &QPushButton::clicked, this, [this] {
        const std::string id = qt_text::to(selectedId());
        (void)controller_.apply([&](Session &s) { return s.removeAction(id); });
    });
    connect(ui->actionsList, &QTreeWidget::itemSelectionChanged, this, &ActionsPanel::showSelected);
    connect(&controller_, &SessionController::changed, this, &ActionsPanel::rebuild);
    retranslate();
    rebuild();
}

ActionsPanel::~ActionsPanel() = default;

QString ActionsPanel::statusText(ActionStatus status) const
{
    switch (status) {
    case ActionStatus::Done:
        return text_("CoachDeck.Dock.Actions.Status.Done");
    case ActionStatus::Dropped:
        return text_("CoachDeck.Dock.Actions.Status.Dropped");
    case ActionStatus::Open:
        break;
    }
    return text_("CoachDeck.Dock.Actions.Status.Open");
}

void ActionsPanel::retranslate()
{
    ui->actionsList->setHeaderLabels(
        {text_("CoachDeck.Dock.Actions.What"), text_("CoachDeck.Dock.Actions.Owner"),
         text_("CoachDeck.Dock.Actions.Due"), text_("CoachDeck.Dock.Actions.Status")});
    ui->whatLabel->setText(text_("CoachDeck.Dock.Actions.What"));
    ui->whatEdit->setPlaceholderText(text_("CoachDeck.Dock.Actions.What.Placeholder"));
    ui->ownerLabel->setText(text_("CoachDeck.Dock.Actions.Owner"));
    ui->dueCheck->setText(text_("CoachDeck.Dock.Actions.Due"));
    ui->statusLabel->setText(text_("CoachDeck.Dock.Actions.Status"));
    ui->addButton->setText(text_("CoachDeck.Dock.Actions.Add"));
    ui->updateButton->setText(text_("CoachDeck.Dock.Actions.Update"));
    ui->removeButton->setText(text_("CoachDeck.Dock.Actions.Remove"));
}

QString ActionsPanel::selectedId() const
{
    const auto rows = ui->actionsList->selectedItems();
    return rows.isEmpty() ? QString() : rows.front()->data(0, kIdRole).toString();
}

ActionItem ActionsPanel::fromForm(ActionItem base) const
{
    base.what = qt_text::to(ui->whatEdit->text().trimmed());
    base.owner = qt_text::to(ui->ownerEdit->text().trimmed());
    base.due.reset();
    if (ui->dueCheck->isChecked()) {
        const QDate d = ui->dueDate->date();
        base.due = Date{d.year(), d.month(), d.day()};
    }
    base.status = static_cast<ActionStatus>(ui->statusCombo->currentData().toInt());
    return base;
}

bool ActionsPanel::addAction()
{
    if (ui->whatEdit->text().trimmed().isEmpty())
        return false;
    const ActionItem action = fromForm({});
    const Result<std::string> added =
        controller_.apply([&](Session &s) { return s.addAction(action); });
    if (!added)
        return false;
    ui->whatEdit->clear();
    ui->actionsList->clearSelection();
    return true;
}

bool ActionsPanel::updateSelected()
{
    const std::string id = qt_text::to(selectedId());
    for (const ActionItem &a : controller_.outline().actions)
        if (a.id == id)
            return controller_.apply([&](Session &s) { return s.editAction(fromForm(a)); }).ok();
    return false;
}

void ActionsPanel::rebuild()
{
    const Outline &outline = controller_.outline();
    if (built_ && shownActions_ == outline.actions)
        return;
    built_ = true;
    shownActions_ = outline.actions;
    const QString keep = selectedId();
    {
        const QSignalBlocker block(ui->actionsList);
        ui->actionsList->clear();
        for (const ActionItem &action : outline.actions) {
            auto *row = new QTreeWidgetItem(ui->actionsList);
            row->setData(0, kIdRole, qt_text::from(action.id));
            row->setText(kWhat, qt_text::from(action.what));
            row->setToolTip(kWhat, qt_text::from(action.what));
            row->setText(kOwner, qt_text::from(action.owner));
            row->setText(kDue, action.due ? dates_.shortDate(*action.due) : QString());
            row->setText(kStatus, statusText(action.status));
            if (qt_text::from(action.id) == keep)
                row->setSelected(true);
        }
    }
    // The owner most actions have: the coachee, by pseudonym.
    if (ui->ownerEdit->text().isEmpty() && selectedId().isEmpty())
        ui->ownerEdit->setText(qt_text::from(outline.session.clientPseudonym));
    showSelected();
}

void ActionsPanel::showSelected()
{
    const std::string id = qt_text::to(selectedId());
    const ActionItem *action = nullptr;
    for (const ActionItem &a : controller_.outline().actions)
        if (a.id == id)
            action = &a;
    ui->updateButton->setEnabled(action != nullptr);
    ui->removeButton->setEnabled(action != nullptr);
    if (!action)
        return;
    ui->whatEdit->setText(qt_text::from(action->what));
    ui->ownerEdit->setText(qt_text::from(action->owner));
    ui->dueCheck->setChecked(action->due.has_value());
    if (action->due)
        ui->dueDate->setDate(QDate(action->due->year, action->due->month, action->due->day));
    ui->statusCombo->setCurrentIndex(ui->statusCombo->findData(static_cast<int>(action->status)));
}

} // namespace coachdeck
