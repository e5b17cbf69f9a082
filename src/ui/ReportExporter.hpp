#pragma once

#include "core/ReportAudience.hpp"
#include "core/Result.hpp"
#include "render/LocalDates.hpp"
#include "render/ReportExport.hpp"
#include "ui/TextLookup.hpp"

#include <QObject>
#include <QString>

#include <filesystem>
#include <vector>

class QWidget;

namespace coachdeck {

class SessionController;

/// The session menu's "Export report…": asks (ReportDialog) and writes the report of the live
/// session through the same render-layer writer as `coachdeck export`, in the OBS language.
/// Says what was written, or why not, through its signals. UI thread.
class ReportExporter : public QObject {
    Q_OBJECT

public:
    ReportExporter(SessionController &controller, TextLookup text, LocalDates dates,
                   QWidget *parent);

    /// Asks for audience, format and folder (a dialog over the parent), then exports.
    void askAndExport();
    /// Exports the live session: the files written (the report first), or why not in the
    /// coach's language. Also emits exported() or failed().
    Result<std::vector<std::filesystem::path>>
    exportTo(ReportAudience audience, ReportFormat format, const std::filesystem::path &folder);
    /// Where reports go unless the coach picks another folder: "reports" beside the session.
    std::filesystem::path defaultFolder() const;

signals:
    void exported(const QString &message);
    void failed(const QString &message);

private:
    SessionController &controller_;
    TextLookup text_;
    LocalDates dates_;
    QWidget *parent_;
    ReportAudience lastAudience_ = ReportAudience::Client;
    ReportFormat lastFormat_ = ReportFormat::Pdf;
    std::filesystem::path lastFolder_;
};

} // namespace coachdeck
