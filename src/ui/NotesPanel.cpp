#include "ui/NotesPanel.hpp"

#include "ui/LocalDateEdit.hpp"
#include "ui/QtText.hpp"
#include "ui/SessionController.hpp"

#include "ui_NotesPanel.h"

#include <QDate>
#include <QKeyEvent>
#include <QSignalBlocker>

namespace coachdeck {
namespace {

constexpr int kIdRole = Qt::UserRole;

Date fromQDate(const QDate &date)
{
    return Date{date.year(), date.month(), date.day()};
}

void fillVisibility(QComboBox *combo, const std::function<QString(Visibility)> &text)
{
    for (const auto &[visibility, name] : kVisibilityText.entries)
        combo->addItem(text(visibility), static_cast<int>(visibility));
}

Visibility visibilityOf(const QComboBox *combo)
{
    return static_cast<Visibility>(combo->currentData().toInt());
}

} // namespace

NotesPanel::NotesPanel(SessionController &controller, TextLookup text, LocalDates dates,
                       QWidget *parent)
    : QWidget(parent), ui(std::make_unique<Ui::NotesPanel>()), controller_(controller),
      text_(std::move(text)), dates_(std::move(dates))
{
    ui->setupUi(this);
    const auto visibility = [this](Visibility v) { return visibilityText(v); };
    fillVisibility(ui->visibilityCombo, visibility);
    fillVisibility(ui->selectedVisibilityCombo, visibility);
    localizeDateEdit(ui->validatedDate, dates_);
    ui->validatedDate->setDate(QDate::currentDate());
    ui->noteEdit->installEventFilter(this);

    connect(ui->addButton, &QPushButton::clicked, this, [this] { (void)addNote(); });
    connect(ui->visibilityCombo, qOverload<int>(&QComboBox::currentIndexChanged), this,
            &NotesPanel::refreshEntry);
    connect(ui->validatedCheck, &QCheckBox::toggled, this, &NotesPanel::refreshEntry);
    connect(ui->notesList, &QListWidget::itemSelectionChanged, this, &NotesPanel::showSelected);
    connect(ui->selectedVisibilityCombo, qOverload<int>(&QComboBox::activated), this,
            [this] { editSelected(visibilityOf(ui->selectedVisibilityCombo)); });
    connect(ui->removeButton, &QPushButton::clicked, this, [this] {
        const std::string id = qt_text::to(selectedId());
        (void)controller_.apply([&](Session &s) { return s.removeNote(id); });
    });
    connect(&controller_, &SessionController::changed, this, &NotesPanel::rebuild);
    retranslate();
    rebuild();
}

NotesPanel::~NotesPanel() = default;

QString NotesPanel::visibilityText(Visibility visibility) const
{
    switch (visibility) {
    case Visibility::SharedWithClient:
        return text_("CoachDeck.Dock.Notes.Visibility.Client");
    case Visibility::ReportableToSponsor:
        return text_("CoachDeck.Dock.Notes.Visibility.Sponsor");
    case Visibility::CoachPrivate:
        break;
    }
    return text_("CoachDeck.Dock.Notes.Visibility.Private");
}

void NotesPanel::retranslate()
{
    ui->noteEdit->setPlaceholderText(text_("CoachDeck.Dock.Notes.Placeholder"));
    ui->addButton->setText(text_("CoachDeck.Dock.Notes.Add"));
    ui->addButton->setToolTip(text_("CoachDeck.Dock.Notes.Add.Tip"));
    ui->visibilityCombo->setToolTip(text_("CoachDeck.Dock.Notes.Visibility.Tip"));
    ui->validatedCheck->setText(text_("CoachDeck.Dock.Notes.ValidatedOn"));
    ui->removeButton->setText(text_("CoachDeck.Dock.Notes.Remove"));
    ui->selectedVisibilityCombo->setToolTip(text_("CoachDeck.Dock.Notes.SelectedVisibility.Tip"));
}

bool NotesPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == ui->noteEdit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            (key->modifiers() & Qt::ControlModifier)) {
            (void)addNote();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

bool NotesPanel::addNote()
{
    const QString typed = ui->noteEdit->toPlainText().trimmed();
    if (typed.isEmpty())
        return false;
    const Visibility visibility = visibilityOf(ui->visibilityCombo);
    std::optional<Date> validated;
    if (visibility == Visibility::ReportableToSponsor && ui->validatedCheck->isChecked())
        validated = fromQDate(ui->validatedDate->date());
    const Result<std::string> added = controller_.apply([&](Session &s) -> Result<std::string> {
        Result<std::string> id = s.addNote(qt_text::to(typed), visibility);
        if (id && validated) {
            // Stamped and validated in two edits; the validation belongs with the note.
            const Note *created = nullptr;
            for (const Note &n : s.outline().notes)
                if (n.id == *id)
                    created = &n;
            if (created) {
                Note edited = *created;
                edited.validatedOn = validated;
                (void)s.editNote(edited);
            }
        }
        return id;
    });
    if (!added)
        return false;
    ui->noteEdit->clear();
    // Private is the default: each note is shared only on purpose.
    ui->visibilityCombo->setCurrentIndex(0);
    ui->validatedCheck->setChecked(false);
    return true;
}

QString NotesPanel::selectedId() const
{
    const auto rows = ui->notesList->selectedItems();
    return rows.isEmpty() ? QString() : rows.front()->data(kIdRole).toString();
}

void NotesPanel::refreshEntry()
{
    const bool sponsor = visibilityOf(ui->visibilityCombo) == Visibility::ReportableToSponsor;
    ui->validatedCheck->setVisible(sponsor);
    ui->validatedDate->setVisible(sponsor);
    ui->validatedDate->setEnabled(ui->validatedCheck->isChecked());
    const Outline &outline = controller_.outline();
    QString item;
    if (outline.clock.status != ClockStatus::Idle && outline.clock.currentItemId)
        if (const AgendaItem *current = outline.item(*outline.clock.currentItemId))
            item = qt_text::from(current->title);
    ui->stampLabel->setText(item.isEmpty() ? text_("CoachDeck.Dock.Notes.StampNoItem")
                                           : text_("CoachDeck.Dock.Notes.Stamp").arg(item));
}

void NotesPanel::rebuild()
{
    const Outline &outline = controller_.outline();
    refreshEntry(); // the current item may have changed
    if (built_ && shownNotes_ == outline.notes && shownAgenda_ == outline.agenda)
        return;
    built_ = true;
    shownNotes_ = outline.notes;
    shownAgenda_ = outline.agenda;
    const QString keep = selectedId();
    {
        const QSignalBlocker block(ui->notesList);
        ui->notesList->clear();
        // Newest first: the note just typed is where the eye is.
        for (auto it = outline.notes.rbegin(); it != outline.notes.rend(); ++it) {
            const Note &note = *it;
            QStringList head{dates_.clockTime(note.createdAt)};
            if (note.agendaItemId)
                if (const AgendaItem *item = outline.item(*note.agendaItemId))
                    head << qt_text::from(item->title);
            QString kind = visibilityText(note.visibility);
            if (note.visibility == Visibility::ReportableToSponsor)
                kind = note.validatedOn ? text_("CoachDeck.Dock.Notes.ValidatedOnDate")
                                              .arg(kind, dates_.shortDate(*note.validatedOn))
                                        : text_("CoachDeck.Dock.Notes.NotValidated").arg(kind);
            head << kind;
            auto *row = new QListWidgetItem(head.join(QStringLiteral(" \u00b7 ")) +
                                                QLatin1Char('\n') + qt_text::from(note.text),
                                            ui->notesList);
            row->setData(kIdRole, qt_text::from(note.id));
            if (qt_text::from(note.id) == keep)
                row->setSelected(true);
        }
    }
    showSelected();
}

void NotesPanel::showSelected()
{
    const std::string id = qt_text::to(selectedId());
    const Note *note = nullptr;
    for (const Note &n : controller_.outline().notes)
        if (n.id == id)
            note = &n;
    ui->selectedVisibilityCombo->setEnabled(note != nullptr);
    ui->removeButton->setEnabled(note != nullptr);
    if (note) {
        const QSignalBlocker block(ui->selectedVisibilityCombo);
        ui->selectedVisibilityCombo->setCurrentIndex(
            ui->selectedVisibilityCombo->findData(static_cast<int>(note->visibility)));
    }
}

void NotesPanel::editSelected(Visibility visibility)
{
    const std::string id = qt_text::to(selectedId());
    for (const Note &n : controller_.outline().notes) {
        if (n.id != id)
            continue;
        Note edited = n;
        edited.visibility = visibility;
        if (visibility != Visibility::ReportableToSponsor)
            edited.validatedOn.reset();
        else if (!edited.validatedOn && ui->validatedCheck->isChecked())
            edited.validatedOn = fromQDate(ui->validatedDate->date());
        (void)controller_.apply([&](Session &s) { return s.editNote(edited); });
        return;
    }
}

} // namespace coachdeck
