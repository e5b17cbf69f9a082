#pragma once

#include "core/Outline.hpp"
#include "core/Result.hpp"
#include "ui/TextLookup.hpp"

#include <QObject>
#include <QString>
#include <QStringList>

#include <string>

class QMenu;
class QWidget;

namespace coachdeck {

class SessionLibrary;

/// The templates part of the session menu: the "New session" entries (empty, the built-in
/// agendas in the OBS language, the coach's own), "Save agenda as template…", which asks for
/// a name, and "Delete a template", which offers the coach's own only and asks before removing
/// the file. A template file that cannot be read is said once, then left out. UI thread.
class TemplateMenu : public QObject {
    Q_OBJECT

public:
    TemplateMenu(SessionLibrary &library, TextLookup text, QWidget *parent);

    /// Adds an entry per template to `menu` (cleared first); each emits chosen() with its name.
    void fill(QMenu *menu);
    /// Asks for a name (a dialog over the parent) and saves the agenda of `outline` under it.
    void askAndSave(const Outline &outline);
    /// Saves the agenda of `outline` as the template `name` (trimmed): the message to show, or
    /// why not, in the coach's language.
    Result<QString> save(const Outline &outline, const QString &name);
    /// Adds an entry per template of the coach's to `menu` (cleared first; disabled when there
    /// is none); each asks confirmAndRemove().
    void fillDelete(QMenu *menu);
    /// Asks (a question naming the template, over the parent) and removes the coach's template
    /// `name` when the coach agrees.
    void confirmAndRemove(const std::string &name);
    /// Removes the coach's template `name`: the message to show, or why not.
    Result<QString> remove(const std::string &name);

signals:
    void chosen(const std::string &templateName);
    void failed(const QString &message);
    void saved(const QString &message);
    void removed(const QString &message);

private:
    /// The title the coach knows the template `name` by (the name itself when it is gone).
    QString titleOf(const std::string &name) const;

    SessionLibrary &library_;
    TextLookup text_;
    QWidget *parent_;
    QStringList reported_; ///< unreadable template files already said
};

} // namespace coachdeck
