#include "ui/EngagementPanel.hpp"

#include "core/EngagementSessions.hpp"
#include "core/Time.hpp"
#include "ui/EngagementDialog.hpp"
#include "ui/QtText.hpp"
#include "ui/SessionController.hpp"
#include "ui/SessionLibrary.hpp"

#include "ui_EngagementPanel.h"

#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QStringList>

#include <algorithm>

namespace coachdeck {
namespace fs = std::filesystem;
namespace {

bool sameFile(const fs::path &a, const fs::path &b)
{
    if (a.lexically_normal() == b.lexically_normal())
        return true;
    std::error_code ec;
    return fs::equivalent(a, b, ec);
}

QString pathText(const fs::path &path)
{
    return QString::fromStdString(path.string());
}

Date today()
{
    return utcDate(SystemClock().wallNow());
}

/// What the summary needs of a session (details, agenda, clock): boards, images and notes
/// are neither kept nor copied at every edit.
Outline essentials(const Outline &outline)
{
    Outline out;
    out.session = outline.session;
    out.agenda = outline.agenda;
    out.clock = outline.clock;
    return out;
}

} // namespace

EngagementPanel::EngagementPanel(SessionController &controller, SessionLibrary &library,
                                 TextLookup text, LocalDates dates, QWidget *parent)
    : QWidget(parent), ui(std::make_unique<Ui::EngagementPanel>()), controller_(controller),
      library_(library), text_(std::move(text)), dates_(std::move(dates)),
      store_(library.folder() / "engagements")
{
    ui->setupUi(this);
    ask_ = [this](const Engagement &initial) -> std::optional<Engagement> {
        EngagementDialog dialog(initial, text_, dates_, this);
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        return dialog.engagement();
    };
    askPlan_ = [this](const Engagement &initial) -> std::optional<Engagement> {
        EngagementDialog dialog(initial, text_, dates_, this, EngagementDialog::Purpose::EditPlan);
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        return dialog.engagement();
    };
    confirm_ = [this](const QString &title, const QString &question) {
        QMessageBox box(QMessageBox::Warning, title, question, QMessageBox::NoButton, this);
        QPushButton *remove = box.addButton(text_("CoachDeck.Engagement.Delete.Button"),
                                            QMessageBox::DestructiveRole);
        QPushButton *cancel =
            box.addButton(text_("CoachDeck.Engagement.Delete.Cancel"), QMessageBox::RejectRole);
        box.setDefaultButton(cancel);
        box.exec();
        return box.clickedButton() == remove;
    };
    auto *menu = new QMenu(this);
    newAction_ = menu->addAction(QString());
    newAction_->setObjectName(QStringLiteral("newAction"));
    editAction_ = menu->addAction(QString());
    editAction_->setObjectName(QStringLiteral("editAction"));
    menu->addSeparator();
    deleteAction_ = menu->addAction(QString());
    deleteAction_->setObjectName(QStringLiteral("deleteAction"));
    ui->moreButton->setMenu(menu);
    connect(newAction_, &QAction::triggered, this, &EngagementPanel::askAndCreate);
    connect(editAction_, &QAction::triggered, this, &EngagementPanel::askAndEdit);
    connect(ui->nextButton, &QToolButton::clicked, this, [this] {
        if (Status started = startNextSession(); !started)
            emit failed(qt_text::from(started.error().message()));
    });
    connect(deleteAction_, &QAction::triggered, this, &EngagementPanel::confirmAndDelete);
    connect(ui->engagementCombo, qOverload<int>(&QComboBox::activated), this, [this](int index) {
        const QString folder = ui->engagementCombo->itemData(index).toString();
        if (folder.isEmpty())
            return;
        if (Status shown = showEngagement(folder.toStdString()); !shown)
            emit failed(qt_text::from(shown.error().message()));
    });
    connect(&controller_, &SessionController::fileChanged, this, &EngagementPanel::onFileChanged);
    connect(&controller_, &SessionController::changed, this,
            [this](quint64, bool whole) { whole ? reload() : refresh(); });
    retranslate();
    onFileChanged();
}

EngagementPanel::~EngagementPanel() = default;

void EngagementPanel::retranslate()
{
    newAction_->setText(text_("CoachDeck.Engagement.New"));
    newAction_->setToolTip(text_("CoachDeck.Engagement.New.Tip"));
    editAction_->setText(text_("CoachDeck.Engagement.Edit"));
    editAction_->setToolTip(text_("CoachDeck.Engagement.Edit.Tip"));
    ui->nextButton->setText(text_("CoachDeck.Engagement.StartNext"));
    ui->nextButton->setToolTip(text_("CoachDeck.Engagement.StartNext.Tip"));
    deleteAction_->setText(text_("CoachDeck.Engagement.Delete"));
    deleteAction_->setToolTip(text_("CoachDeck.Engagement.Delete.Tip"));
    ui->moreButton->setText(QStringLiteral("\u22ef"));
    ui->moreButton->setToolTip(text_("CoachDeck.Engagement.Menu.Tip"));
    ui->engagementCombo->setToolTip(text_("CoachDeck.Engagement.Pick.Tip"));
}

QString EngagementPanel::summary() const
{
    return ui->summaryLabel->text();
}

bool EngagementPanel::openSessionIsIn(const fs::path &folder) const
{
    const std::optional<fs::path> open = EngagementStore::folderOf(controller_.file());
    return open && sameFile(*open, folder);
}

void EngagementPanel::onFileChanged()
{
    folder_ = EngagementStore::folderOf(controller_.file());
    reload();
}

void EngagementPanel::reload()
{
    engagement_.reset();
    sessions_.clear();
    loadError_.clear();
    if (folder_) {
        Result<Engagement> engagement = EngagementStore::load(*folder_);
        Result<std::vector<EngagementStore::SessionFile>> sessions =
            EngagementStore::sessions(*folder_);
        if (!engagement)
            loadError_ = qt_text::from(engagement.error().message());
        else if (!sessions)
            loadError_ = qt_text::from(sessions.error().message());
        else {
            engagement_ = std::move(engagement).value();
            sessions_ = std::move(sessions).value();
            for (EngagementStore::SessionFile &session : sessions_)
                session.outline = essentials(session.outline);
        }
    }
    rebuildList();
    refresh();
}

void EngagementPanel::rebuildList()
{
    QComboBox *combo = ui->engagementCombo;
    combo->clear();
    combo->addItem(text_("CoachDeck.Engagement.NoneChosen"), QString());
    int current = 0;
    for (const EngagementStore::Entry &entry : store_.list()) {
        combo->addItem(qt_text::from(entry.engagement.clientPseudonym), pathText(entry.folder));
        if (folder_ && sameFile(entry.folder, *folder_))
            current = combo->count() - 1;
    }
    if (folder_ && current == 0) { // outside the root, or its engagement.json does not load
        combo->addItem(pathText(folder_->filename()), pathText(*folder_));
        current = combo->count() - 1;
    }
    combo->setCurrentIndex(current);
}

void EngagementPanel::refresh()
{
    ui->nextButton->setEnabled(folder_ && engagement_);
    deleteAction_->setEnabled(folder_.has_value());
    // Even when engagement.json did not load: choosing it then says why.
    editAction_->setEnabled(folder_.has_value());
    if (!folder_) {
        ui->summaryLabel->setText(text_("CoachDeck.Engagement.None"));
        ui->summaryLabel->setToolTip(QString());
        return;
    }
    if (!engagement_) {
        ui->summaryLabel->setText(text_("CoachDeck.Engagement.LoadFailed").arg(loadError_));
        ui->summaryLabel->setToolTip(pathText(*folder_));
        return;
    }
    const bool openHere = openSessionIsIn(*folder_);
    std::vector<Outline> outlines;
    for (const EngagementStore::SessionFile &session : sessions_)
        outlines.push_back(openHere && sameFile(session.file, controller_.file())
                               ? essentials(controller_.outline())
                               : session.outline);
    const EngagementProgress progress = engagement_sessions::progress(*engagement_, outlines);

    int number = 0;
    if (openHere)
        number = controller_.outline().session.sessionNumber;
    else if (!sessions_.empty())
        number = EngagementStore::sessionNumberOf(sessions_.back().file);
    QStringList parts;
    parts
        << (number > 0
                ? text_("CoachDeck.Engagement.SessionOf").arg(number).arg(progress.sessionsPlanned)
                : text_("CoachDeck.Engagement.NoSessionYet"));
    parts << text_("CoachDeck.Engagement.HoursOf")
                 .arg(dates_.hours(progress.used), dates_.hours(progress.planned));
    if (progress.nextDue)
        parts << text_("CoachDeck.Engagement.NextDue").arg(dates_.longDate(*progress.nextDue));
    ui->summaryLabel->setText(parts.join(QStringLiteral(" \u00b7 ")));
    ui->summaryLabel->setToolTip(text_("CoachDeck.Engagement.Done.Tip")
                                     .arg(qt_text::from(engagement_->clientPseudonym))
                                     .arg(progress.sessionsDone)
                                     .arg(progress.sessionsPlanned));
}

Status EngagementPanel::openSession(const fs::path &file)
{
    // Whatever the open session has not written yet goes to its own file first.
    controller_.flush();
    Status opened = controller_.open(file);
    if (opened)
        library_.remember(file);
    return opened;
}

Status EngagementPanel::showEngagement(const fs::path &folder)
{
    const std::vector<fs::path> files = EngagementStore::sessionFiles(folder);
    if (!files.empty())
        return openSession(files.back());
    folder_ = folder;
    reload();
    return ok();
}

Status EngagementPanel::createEngagement(const Engagement &engagement,
                                         const Outline *agendaTemplate)
{
    Result<fs::path> folder = store_.create(engagement);
    if (!folder)
        return folder.error();
    Result<EngagementStore::SessionFile> first = EngagementStore::startNextSession(
        folder.value(), engagement.startDate.value_or(today()),
        qt_text::to(text_("CoachDeck.Engagement.ReviewTitle")), agendaTemplate);
    if (!first)
        return first.error();
    return openSession(first->file);
}

Status EngagementPanel::startNextSession()
{
    if (!folder_)
        return Error(qt_text::to(text_("CoachDeck.Engagement.None")));
    // The open session's latest edits (its open actions) must be on disk to be carried over.
    controller_.flush();
    Date date = today();
    if (Result<EngagementProgress> progress = EngagementStore::progress(*folder_);
        progress && progress->nextDue)
        date = std::max(date, *progress->nextDue); // prepared ahead: the day it is due
    Result<EngagementStore::SessionFile> next = EngagementStore::startNextSession(
        *folder_, date, qt_text::to(text_("CoachDeck.Engagement.ReviewTitle")));
    if (!next)
        return next.error();
    return openSession(next->file);
}

Result<std::vector<fs::path>> EngagementPanel::deleteClientData()
{
    if (!folder_)
        return Error(qt_text::to(text_("CoachDeck.Engagement.None")));
    const fs::path folder = *folder_;
    // Refused before anything is closed when the folder may not be removed.
    if (Result<std::vector<fs::path>> files = store_.clientFiles(folder); !files)
        return files.error();
    if (openSessionIsIn(folder)) {
        controller_.flush();
        if (Status closed = controller_.replace(Outline{}); !closed)
            return closed.error();
    }
    std::vector<fs::path> remembered = library_.recent();
    if (std::optional<fs::path> last = library_.lastSession())
        remembered.push_back(*last);
    Result<std::vector<fs::path>> removed = store_.deleteClientData(folder);
    // The recent list must not keep the client's file names either.
    for (const fs::path &file : remembered)
        if (!fs::exists(file) && sameFile(file.parent_path(), folder))
            library_.forget(file);
    folder_ = EngagementStore::folderOf(controller_.file());
    reload();
    return removed;
}

void EngagementPanel::askAndCreate()
{
    Engagement initial;
    initial.startDate = today();
    const std::optional<Engagement> answer = ask_(initial);
    if (!answer)
        return;
    if (Status made = createEngagement(*answer); !made)
        emit failed(qt_text::from(made.error().message()));
}

void EngagementPanel::confirmAndDelete()
{
    if (!folder_)
        return;
    Result<std::vector<fs::path>> files = store_.clientFiles(*folder_);
    if (!files) {
        emit failed(qt_text::from(files.error().message()));
        return;
    }
    const QString client =
        engagement_ ? qt_text::from(engagement_->clientPseudonym) : pathText(folder_->filename());
    if (!confirm_(text_("CoachDeck.Engagement.Delete.Title"),
                  text_("CoachDeck.Engagement.Delete.Confirm").arg(client).arg(files->size())))
        return;
    Result<std::vector<fs::path>> removed = deleteClientData();
    if (!removed)
        emit failed(qt_text::from(removed.error().message()));
    else
        emit notice(text_("CoachDeck.Engagement.Delete.Done").arg(client).arg(files->size()));
}

} // namespace coachdeck
