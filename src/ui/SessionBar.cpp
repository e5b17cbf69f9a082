#include "ui/SessionBar.hpp"

#include "core/Time.hpp"
#include "ui/MetadataDialog.hpp"
#include "ui/QtText.hpp"
#include "ui/ReportExporter.hpp"
#include "ui/SessionController.hpp"
#include "ui/SessionLibrary.hpp"
#include "ui/TemplateMenu.hpp"

#include "ui_SessionBar.h"

#include <QDateTime>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>

namespace coachdeck {
namespace {

QString pathText(const std::filesystem::path &file)
{
    return QString::fromStdString(file.string());
}

std::filesystem::path withJsonExtension(std::filesystem::path file)
{
    if (file.extension().empty())
        file += ".json";
    return file;
}

} // namespace

SessionBar::SessionBar(SessionController &controller, SessionLibrary &library, TextLookup text,
                       LocalDates dates, QWidget *parent)
    : QWidget(parent), ui(std::make_unique<Ui::SessionBar>()), controller_(controller),
      library_(library), text_(std::move(text)), dates_(std::move(dates))
{
    ui->setupUi(this);
    QFont bold = ui->titleLabel->font();
    bold.setBold(true);
    ui->titleLabel->setFont(bold);
    menu_ = new QMenu(this);
    ui->sessionButton->setMenu(menu_);
    templates_ = new TemplateMenu(library_, text_, this);
    connect(templates_, &TemplateMenu::chosen, this, [this](const std::string &name) {
        if (Status made = newSession(name); !made)
            emit failed(qt_text::from(made.error().message()));
    });
    connect(templates_, &TemplateMenu::failed, this, &SessionBar::failed);
    connect(templates_, &TemplateMenu::saved, this, &SessionBar::notice);
    connect(templates_, &TemplateMenu::removed, this, &SessionBar::notice);
    reports_ = new ReportExporter(controller_, text_, dates_, this);
    connect(reports_, &ReportExporter::failed, this, &SessionBar::failed);
    connect(reports_, &ReportExporter::exported, this, &SessionBar::notice);
    connect(menu_, &QMenu::aboutToShow, this, &SessionBar::rebuildMenu);
    connect(ui->saveButton, &QToolButton::clicked, this, &SessionBar::saveNow);
    connect(ui->detailsButton, &QToolButton::clicked, this, &SessionBar::editDetails);
    connect(ui->undoButton, &QToolButton::clicked, this, [this] { (void)controller_.undo(); });
    connect(ui->redoButton, &QToolButton::clicked, this, [this] { (void)controller_.redo(); });
    connect(&controller_, &SessionController::changed, this, &SessionBar::refresh);
    connect(&controller_, &SessionController::saveStatusChanged, this, &SessionBar::refresh);
    connect(&controller_, &SessionController::fileChanged, this, [this] {
        library_.remember(controller_.file());
        refresh();
    });
    retranslate();
    rebuildMenu();
    refresh();
}

SessionBar::~SessionBar() = default;

void SessionBar::retranslate()
{
    ui->sessionButton->setText(text_("CoachDeck.Dock.Session.Menu"));
    ui->saveButton->setText(text_("CoachDeck.Dock.Session.Save"));
    ui->saveButton->setToolTip(text_("CoachDeck.Dock.Session.Save.Tip"));
    ui->detailsButton->setText(text_("CoachDeck.Dock.Session.Details"));
    ui->detailsButton->setToolTip(text_("CoachDeck.Dock.Session.Details.Tip"));
    ui->undoButton->setText(QStringLiteral("\u21b6"));
    ui->redoButton->setText(QStringLiteral("\u21b7"));
}

QString SessionBar::undoText(const std::string &labelKey) const
{
    return labelKey.empty() ? QString() : text_(labelKey.c_str());
}

void SessionBar::rebuildMenu()
{
    menu_->clear();
    templates_->fill(menu_->addMenu(text_("CoachDeck.Dock.Session.New")));
    QAction *open = menu_->addAction(text_("CoachDeck.Dock.Session.Open"));
    connect(open, &QAction::triggered, this, &SessionBar::chooseAndOpen);
    QAction *save = menu_->addAction(text_("CoachDeck.Dock.Session.Save"));
    connect(save, &QAction::triggered, this, &SessionBar::saveNow);
    QAction *saveAs = menu_->addAction(text_("CoachDeck.Dock.Session.SaveAs"));
    connect(saveAs, &QAction::triggered, this, &SessionBar::chooseAndSaveAs);
    QAction *saveTemplate = menu_->addAction(text_("CoachDeck.Dock.Template.SaveAs"));
    connect(saveTemplate, &QAction::triggered, this,
            [this] { templates_->askAndSave(controller_.outline()); });
    templates_->fillDelete(menu_->addMenu(text_("CoachDeck.Dock.Template.Delete")));
    QMenu *recent = menu_->addMenu(text_("CoachDeck.Dock.Session.Recent"));
    const auto files = library_.recent();
    recent->setEnabled(!files.empty());
    for (const auto &file : files) {
        QAction *entry = recent->addAction(QString::fromStdString(file.filename().string()));
        entry->setToolTip(pathText(file));
        connect(entry, &QAction::triggered, this, [this, file] {
            if (Status opened = openFile(file); !opened)
                emit failed(qt_text::from(opened.error().message()));
        });
    }
    QAction *exportReport = menu_->addAction(text_("CoachDeck.Dock.Session.ExportReport"));
    connect(exportReport, &QAction::triggered, reports_, &ReportExporter::askAndExport);
    menu_->addSeparator();
    QAction *details = menu_->addAction(text_("CoachDeck.Dock.Session.Details"));
    connect(details, &QAction::triggered, this, &SessionBar::editDetails);
}

Status SessionBar::newSession(const std::string &templateName)
{
    for (const SessionTemplate &t : library_.templates()) {
        if (t.name != templateName)
            continue;
        Outline outline = t.outline;
        if (!outline.session.date)
            outline.session.date = utcDate(SystemClock().wallNow());
        // Every new session gets a file of its own: nothing earlier is ever overwritten.
        return controller_.replace(std::move(outline),
                                   library_.newSessionFile(SystemClock().wallNow()));
    }
    // A template of the coach's may be gone since the menu was shown.
    return Error(
        qt_text::to(text_("CoachDeck.Dock.Session.NoTemplate").arg(qt_text::from(templateName))));
}

Status SessionBar::openFile(const std::filesystem::path &file)
{
    Status opened = controller_.open(file);
    if (opened)
        library_.remember(file);
    else if (!std::filesystem::exists(file))
        library_.forget(file);
    return opened;
}

Status SessionBar::saveAsFile(const std::filesystem::path &file)
{
    Status saved = controller_.saveAs(withJsonExtension(file));
    if (saved)
        library_.remember(controller_.file());
    return saved;
}

void SessionBar::saveNow()
{
    controller_.flush();
    if (controller_.saveError().isEmpty())
        savedAt_ = dates_.clockTimeWithSeconds(SystemClock().wallNow());
    refresh();
}

void SessionBar::editDetails()
{
    MetadataDialog dialog(controller_.outline().session, text_, dates_, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const SessionMetadata edited = dialog.metadata();
    if (Status set = controller_.apply([&](Session &s) { return s.setMetadata(edited); }); !set)
        emit failed(qt_text::from(set.error().message()));
}

void SessionBar::chooseAndOpen()
{
    const QString chosen = QFileDialog::getOpenFileName(this, text_("CoachDeck.Dock.Session.Open"),
                                                        pathText(library_.sessionsFolder()),
                                                        text_("CoachDeck.Dock.Session.FileFilter"));
    if (chosen.isEmpty())
        return;
    if (Status opened = openFile(chosen.toStdString()); !opened)
        emit failed(
            text_("CoachDeck.Dock.Session.OpenFailed")
                .arg(QFileInfo(chosen).fileName(), qt_text::from(opened.error().message())));
}

void SessionBar::chooseAndSaveAs()
{
    const QString chosen = QFileDialog::getSaveFileName(
        this, text_("CoachDeck.Dock.Session.SaveAs"), pathText(controller_.file()),
        text_("CoachDeck.Dock.Session.FileFilter"));
    if (chosen.isEmpty())
        return;
    if (Status saved = saveAsFile(chosen.toStdString()); !saved)
        emit failed(qt_text::from(saved.error().message()));
}

void SessionBar::refresh()
{
    const SessionMetadata &meta = controller_.outline().session;
    QStringList title;
    title << (meta.clientPseudonym.empty() ? text_("CoachDeck.Dock.Session.NoClient")
                                           : qt_text::from(meta.clientPseudonym));
    title
        << text_("CoachDeck.Dock.Session.NumberOf").arg(meta.sessionNumber).arg(meta.sessionCount);
    if (meta.date)
        title << dates_.shortDate(*meta.date);
    ui->titleLabel->setText(title.join(QStringLiteral(" \u00b7 ")));
    ui->titleLabel->setToolTip(qt_text::from(meta.engagement));

    const QString name = QString::fromStdString(controller_.file().filename().string());
    QString state =
        controller_.saveError().isEmpty()
            ? (savedAt_.isEmpty() ? text_("CoachDeck.Dock.Session.Autosaved").arg(name)
                                  : text_("CoachDeck.Dock.Session.SavedAt").arg(name, savedAt_))
            : text_("CoachDeck.Dock.Session.NotSaved").arg(name);
    ui->fileLabel->setText(state);
    ui->fileLabel->setToolTip(pathText(controller_.file()));

    const History &history = controller_.session().history();
    ui->undoButton->setEnabled(history.canUndo());
    ui->redoButton->setEnabled(history.canRedo());
    ui->undoButton->setToolTip(
        history.canUndo()
            ? text_("CoachDeck.Dock.Session.UndoWhat").arg(undoText(history.undoLabel()))
            : text_("CoachDeck.Dock.Session.Undo"));
    ui->redoButton->setToolTip(
        history.canRedo()
            ? text_("CoachDeck.Dock.Session.RedoWhat").arg(undoText(history.redoLabel()))
            : text_("CoachDeck.Dock.Session.Redo"));
}

} // namespace coachdeck
