#pragma once

#include "core/Result.hpp"
#include "ui/TextLookup.hpp"

#include <QString>
#include <QWidget>

#include <filesystem>
#include <memory>
#include <string>

class QMenu;

namespace Ui {
class SessionBar;
}

namespace coachdeck {

class SessionController;
class SessionLibrary;

/// The session as a whole: who and which session (with the details dialog), a Session menu
/// (new from a template or empty, open, save, save as, recent sessions), Save, where it is kept,
/// and Undo/Redo naming what they undo. File choices go through the controller; the library
/// remembers recent files. UI thread.
class SessionBar : public QWidget {
    Q_OBJECT

public:
    SessionBar(SessionController &controller, SessionLibrary &library, TextLookup text,
               QWidget *parent = nullptr);
    ~SessionBar() override;

    // What the menu entries do once a file is chosen (tests call these directly).
    Status newSession(const std::string &templateName);
    Status openFile(const std::filesystem::path &file);
    Status saveAsFile(const std::filesystem::path &file);
    /// Writes now and waits for the disk.
    void saveNow();
    void editDetails();

signals:
    /// Something the coach asked for failed: what to show.
    void failed(const QString &message);

private:
    void retranslate();
    void refresh();
    void rebuildMenu();
    void chooseAndOpen();
    void chooseAndSaveAs();
    QString undoText(const std::string &labelKey) const;

    std::unique_ptr<Ui::SessionBar> ui;
    SessionController &controller_;
    SessionLibrary &library_;
    TextLookup text_;
    QMenu *menu_ = nullptr;
    QString savedAt_;
};

} // namespace coachdeck
