#include "ui/SnapshotStrip.hpp"

#include "render/BoardPainter.hpp"
#include "render/Palette.hpp"
#include "render/TimeText.hpp"
#include "ui/QtText.hpp"
#include "ui/SessionCommands.hpp"
#include "ui/SessionController.hpp"

#include "ui_SnapshotStrip.h"

#include <algorithm>

#include <QPainter>
#include <QSignalBlocker>

namespace coachdeck {
namespace {

constexpr int kIdRole = Qt::UserRole;
constexpr QSize kThumbnail(112, 63);

QPixmap thumbnail(const Board &board)
{
    // Painted at twice the size then scaled down: small labels stay legible.
    RenderOptions options;
    options.view = OverlayView::Board;
    options.width = kThumbnail.width() * 2;
    options.height = kThumbnail.height() * 2;
    options = options.clamped();
    const Palette palette = Palette::forOptions(options);
    QImage image(options.width, options.height, QImage::Format_ARGB32_Premultiplied);
    image.fill(palette.background);
    {
        QPainter p(&image);
        p.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
        BoardPainter(options, palette)
            .paint(p, QRectF(image.rect()), {board, nullptr, board.zonesVisible, nullptr, {}});
    }
    return QPixmap::fromImage(
        image.scaled(kThumbnail, Qt::KeepAspectRatio, Qt::SmoothTransformation));
}

} // namespace

SnapshotStrip::SnapshotStrip(SessionCommands &commands, TextLookup text, LocalDates dates,
                             QWidget *parent)
    : QWidget(parent), ui(std::make_unique<Ui::SnapshotStrip>()), commands_(commands),
      controller_(commands.controller()), text_(std::move(text)), dates_(std::move(dates))
{
    ui->setupUi(this);
    ui->snapshotList->setIconSize(kThumbnail);
    ui->snapshotList->setWrapping(false);
    ui->snapshotList->setGridSize(QSize(kThumbnail.width() + 12, kThumbnail.height() + 34));

    connect(ui->takeButton, &QPushButton::clicked, this, &SnapshotStrip::take);
    connect(ui->nameEdit, &QLineEdit::returnPressed, this, &SnapshotStrip::take);
    connect(ui->previousButton, &QToolButton::clicked, this,
            [this] { (void)commands_.previousSnapshot(); });
    connect(ui->nextButton, &QToolButton::clicked, this,
            [this] { (void)commands_.nextSnapshot(); });
    connect(ui->liveButton, &QToolButton::clicked, this, [this] {
        (void)controller_.apply([](Session &s) { return s.showSnapshot(std::nullopt); });
    });
    connect(ui->restoreButton, &QToolButton::clicked, this, [this] {
        const std::string id = qt_text::to(selectedId());
        (void)controller_.apply([&](Session &s) { return s.restoreSnapshot(id); });
    });
    connect(ui->removeButton, &QToolButton::clicked, this, [this] {
        const std::string id = qt_text::to(selectedId());
        (void)controller_.apply([&](Session &s) { return s.removeSnapshot(id); });
    });
    // Double-click shows that step to the client.
    connect(ui->snapshotList, &QListWidget::itemDoubleClicked, this, [this](QListWidgetItem *row) {
        const std::string id = qt_text::to(row->data(kIdRole).toString());
        (void)controller_.apply([&](Session &s) { return s.showSnapshot(id); });
    });
    connect(ui->snapshotList, &QListWidget::itemChanged, this, [this](QListWidgetItem *row) {
        const std::string id = qt_text::to(row->data(kIdRole).toString());
        const std::string name =
            qt_text::to(row->text().section(QLatin1Char('\n'), 0, 0).trimmed());
        const Snapshot *snapshot = controller_.outline().snapshot(id);
        if (snapshot && !name.empty() && name != snapshot->name)
            (void)controller_.apply([&](Session &s) { return s.renameSnapshot(id, name); });
        else
            rebuild();
    });
    connect(ui->snapshotList, &QListWidget::itemSelectionChanged, this, [this] {
        ui->restoreButton->setEnabled(!selectedId().isEmpty());
        ui->removeButton->setEnabled(!selectedId().isEmpty());
    });
    connect(&controller_, &SessionController::changed, this, &SnapshotStrip::rebuild);
    retranslate();
    rebuild();
}

SnapshotStrip::~SnapshotStrip() = default;

void SnapshotStrip::retranslate()
{
    ui->nameEdit->setPlaceholderText(text_("CoachDeck.Dock.Snapshot.NamePlaceholder"));
    ui->takeButton->setText(text_("CoachDeck.Dock.Snapshot.Take"));
    ui->takeButton->setToolTip(text_("CoachDeck.Dock.Snapshot.Take.Tip"));
    ui->previousButton->setText(text_("CoachDeck.Dock.Snapshot.Previous"));
    ui->previousButton->setToolTip(text_("CoachDeck.Dock.Snapshot.Previous.Tip"));
    ui->nextButton->setText(text_("CoachDeck.Dock.Snapshot.Next"));
    ui->nextButton->setToolTip(text_("CoachDeck.Dock.Snapshot.Next.Tip"));
    ui->liveButton->setText(text_("CoachDeck.Dock.Snapshot.Live"));
    ui->liveButton->setToolTip(text_("CoachDeck.Dock.Snapshot.Live.Tip"));
    ui->restoreButton->setText(text_("CoachDeck.Dock.Snapshot.Restore"));
    ui->restoreButton->setToolTip(text_("CoachDeck.Dock.Snapshot.Restore.Tip"));
    ui->removeButton->setText(text_("CoachDeck.Dock.Snapshot.Remove"));
    ui->snapshotList->setToolTip(text_("CoachDeck.Dock.Snapshot.List.Tip"));
}

QString SnapshotStrip::selectedId() const
{
    const auto rows = ui->snapshotList->selectedItems();
    return rows.isEmpty() ? QString() : rows.front()->data(kIdRole).toString();
}

const QIcon &SnapshotStrip::thumbnailOf(const Snapshot &snapshot)
{
    auto found = thumbnails_.find(snapshot.id);
    if (found == thumbnails_.end() || !(found->second.board == snapshot.board))
        found = thumbnails_
                    .insert_or_assign(snapshot.id,
                                      Thumbnail{snapshot.board, QIcon(thumbnail(snapshot.board))})
                    .first;
    return found->second.icon;
}

void SnapshotStrip::rebuild()
{
    const Outline &outline = controller_.outline();
    if (built_ && shownSnapshots_ == outline.snapshots &&
        shownId_ == outline.display.shownSnapshotId && shownAgenda_ == outline.agenda)
        return;
    built_ = true;
    shownSnapshots_ = outline.snapshots;
    shownId_ = outline.display.shownSnapshotId;
    shownAgenda_ = outline.agenda;
    const QString keep = selectedId();
    const auto &shown = outline.display.shownSnapshotId;
    {
        const QSignalBlocker block(ui->snapshotList);
        ui->snapshotList->clear();
        for (std::size_t i = 0; i < outline.snapshots.size(); ++i) {
            const Snapshot &snapshot = outline.snapshots[i];
            QString stamp = dates_.clockTime(snapshot.takenAt);
            if (snapshot.agendaItemId)
                if (const AgendaItem *item = outline.item(*snapshot.agendaItemId))
                    stamp += QStringLiteral(" \u00b7 ") + qt_text::from(item->title);
            auto *row = new QListWidgetItem(thumbnailOf(snapshot), qt_text::from(snapshot.name),
                                            ui->snapshotList);
            row->setData(kIdRole, qt_text::from(snapshot.id));
            row->setToolTip(QStringLiteral("%1. %2\n%3")
                                .arg(static_cast<int>(i) + 1)
                                .arg(qt_text::from(snapshot.name), stamp));
            row->setFlags(row->flags() | Qt::ItemIsEditable);
            if (shown == snapshot.id) {
                QFont font = row->font();
                font.setBold(true);
                row->setFont(font);
            }
            if (qt_text::from(snapshot.id) == keep)
                row->setSelected(true);
        }
    }
    for (auto it = thumbnails_.begin(); it != thumbnails_.end();) {
        const bool kept = std::any_of(outline.snapshots.begin(), outline.snapshots.end(),
                                      [&](const Snapshot &s) { return s.id == it->first; });
        it = kept ? std::next(it) : thumbnails_.erase(it);
    }
    QString seen = text_("CoachDeck.Dock.Snapshot.ClientSeesLive");
    if (shown)
        for (std::size_t i = 0; i < outline.snapshots.size(); ++i)
            if (outline.snapshots[i].id == *shown)
                seen = text_("CoachDeck.Dock.Snapshot.ClientSeesStep")
                           .arg(static_cast<int>(i) + 1)
                           .arg(static_cast<int>(outline.snapshots.size()))
                           .arg(qt_text::from(outline.snapshots[i].name));
    ui->shownLabel->setText(seen);
    const bool any = !outline.snapshots.empty();
    ui->previousButton->setEnabled(any);
    ui->nextButton->setEnabled(any);
    ui->liveButton->setEnabled(shown.has_value());
    ui->restoreButton->setEnabled(!selectedId().isEmpty());
    ui->removeButton->setEnabled(!selectedId().isEmpty());
}

void SnapshotStrip::take()
{
    if (commands_.takeSnapshot(ui->nameEdit->text()))
        ui->nameEdit->clear();
}

} // namespace coachdeck
