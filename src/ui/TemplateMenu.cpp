#include "ui/TemplateMenu.hpp"

#include "ui/QtText.hpp"
#include "ui/SessionLibrary.hpp"

#include <QInputDialog>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QWidget>

#include <vector>

namespace coachdeck {

TemplateMenu::TemplateMenu(SessionLibrary &library, TextLookup text, QWidget *parent)
    : QObject(parent), library_(library), text_(std::move(text)), parent_(parent)
{
}

void TemplateMenu::fill(QMenu *menu)
{
    menu->clear();
    std::vector<std::string> problems;
    bool ownSection = false;
    for (const SessionTemplate &t : library_.templates(&problems)) {
        if (t.own && !ownSection) {
            menu->addSection(text_("CoachDeck.Dock.Template.Own"));
            ownSection = true;
        }
        const QString title = t.title.empty() ? text_(t.titleKey.c_str()) : qt_text::from(t.title);
        QAction *action = menu->addAction(title);
        action->setData(qt_text::from(t.name));
        const std::string name = t.name;
        connect(action, &QAction::triggered, this, [this, name] { emit chosen(name); });
        if (name == "empty")
            menu->addSeparator(); // the empty session apart from the agendas
    }
    QStringList unreadable;
    for (const std::string &line : problems)
        unreadable << qt_text::from(line);
    if (!unreadable.isEmpty() && unreadable != reported_)
        emit failed(
            text_("CoachDeck.Dock.Template.Unreadable").arg(unreadable.join(QStringLiteral("; "))));
    reported_ = unreadable;
}

void TemplateMenu::askAndSave(const Outline &outline)
{
    if (outline.agenda.empty()) {
        emit failed(text_("CoachDeck.Dock.Template.EmptyAgenda"));
        return;
    }
    bool accepted = false;
    const QString name = QInputDialog::getText(
        parent_, text_("CoachDeck.Dock.Template.SaveAs.Title"),
        text_("CoachDeck.Dock.Template.SaveAs.Name"), QLineEdit::Normal, QString(), &accepted);
    if (!accepted || name.trimmed().isEmpty())
        return;
    Result<QString> done = save(outline, name);
    if (done)
        emit saved(*done);
    else
        emit failed(qt_text::from(done.error().message()));
}

Result<QString> TemplateMenu::save(const Outline &outline, const QString &name)
{
    const QString title = name.trimmed();
    if (outline.agenda.empty())
        return Error(qt_text::to(text_("CoachDeck.Dock.Template.EmptyAgenda")));
    for (const SessionTemplate &t : library_.templates())
        if (t.own && qt_text::from(t.title) == title)
            return Error(qt_text::to(text_("CoachDeck.Dock.Template.Exists").arg(title)));
    const Result<std::filesystem::path> file = library_.saveTemplate(outline, qt_text::to(title));
    if (!file)
        return Error(qt_text::to(text_("CoachDeck.Dock.Template.SaveFailed")
                                     .arg(qt_text::from(file.error().message()))));
    return text_("CoachDeck.Dock.Template.Saved").arg(title);
}

QString TemplateMenu::titleOf(const std::string &name) const
{
    for (const SessionTemplate &t : library_.templates())
        if (t.own && t.name == name)
            return qt_text::from(t.title);
    return qt_text::from(name);
}

void TemplateMenu::fillDelete(QMenu *menu)
{
    menu->clear();
    for (const SessionTemplate &t : library_.templates()) {
        if (!t.own)
            continue; // the built-in agendas are never removed
        QAction *action = menu->addAction(qt_text::from(t.title));
        action->setData(qt_text::from(t.name));
        const std::string name = t.name;
        connect(action, &QAction::triggered, this, [this, name] { confirmAndRemove(name); });
    }
    menu->setEnabled(!menu->isEmpty());
}

void TemplateMenu::confirmAndRemove(const std::string &name)
{
    QMessageBox box(QMessageBox::Warning, text_("CoachDeck.Dock.Template.Delete.Title"),
                    text_("CoachDeck.Dock.Template.Delete.Confirm").arg(titleOf(name)),
                    QMessageBox::NoButton, parent_);
    QPushButton *remove =
        box.addButton(text_("CoachDeck.Dock.Template.Delete.Button"), QMessageBox::DestructiveRole);
    QPushButton *cancel =
        box.addButton(text_("CoachDeck.Dock.Template.Delete.Cancel"), QMessageBox::RejectRole);
    box.setDefaultButton(cancel);
    box.exec();
    if (box.clickedButton() != remove)
        return;
    Result<QString> done = this->remove(name);
    if (done)
        emit removed(*done);
    else
        emit failed(qt_text::from(done.error().message()));
}

Result<QString> TemplateMenu::remove(const std::string &name)
{
    const QString title = titleOf(name);
    if (Status removed = library_.deleteTemplate(name); !removed)
        return Error(qt_text::to(text_("CoachDeck.Dock.Template.DeleteFailed")
                                     .arg(title, qt_text::from(removed.error().message()))));
    return text_("CoachDeck.Dock.Template.Deleted").arg(title);
}

} // namespace coachdeck
