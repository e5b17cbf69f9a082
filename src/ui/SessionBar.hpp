#pragma once

#include "core/Result.hpp"
#include "render/LocalDates.hpp"
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

class ReportExporter;
class SessionController;
class SessionLibrary;
class TemplateMenu;

/// The session as a whole: who and which session (with the details dialog), a Session menu
/// (new from a template or empty, open, save, save as, save agenda as template, recent sessions),
/// Save, where it is kept, and Undo/Redo naming what they undo. File choices go through the
/// controller; the library remembers recent files and keeps the templates. UI thread.
class SessionBar : public QWidget {
    Q_OBJECT

public:
    SessionBar(SessionController &controller, SessionLibrary &library, TextLookup text,
               LocalDates dates = {}, QWidget *parent = nullptr);
    ~SessionBar() override;

    // What the menu entries do once a file is chosen (tests call these directly).
    Status newSession(const std::string &templateName);
    Status openFile(const std::filesystem::path &file);
    Status saveAsFile(const std::filesystem::path &file);
    /// Writes now and waits for the disk.
    void saveNow();
    void editDetails();
    /// The New session entries and "Save agenda as template…".
    TemplateMenu *templateMenu() const { return templates_; }
    /// "Export report…": the dialog and the export of the live session.
    ReportExporter *reportExporter() const { return reports_; }

signals:
    /// Something the coach asked for failed: what to show.
    void failed(const QString &message);
    /// Something the coach asked for was done and is worth saying (a template saved).
    void notice(const QString &message);

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
    LocalDates dates_;
    QMenu *menu_ = nullptr;
    TemplateMenu *templates_ = nullptr;
    ReportExporter *reports_ = nullptr;
    QString savedAt_;
};

} // namespace coachdeck
