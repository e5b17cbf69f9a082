#include "ui/ReportExporter.hpp"

#include "core/EngagementStore.hpp"
#include "core/Report.hpp"
#include "ui/QtText.hpp"
#include "ui/ReportDialog.hpp"
#include "ui/SessionController.hpp"

#include <QWidget>

namespace coachdeck {

ReportExporter::ReportExporter(SessionController &controller, TextLookup text, LocalDates dates,
                               QWidget *parent)
    : QObject(parent), controller_(controller), text_(std::move(text)), dates_(std::move(dates)),
      parent_(parent)
{
}

std::filesystem::path ReportExporter::defaultFolder() const
{
    return controller_.file().parent_path() / "reports";
}

void ReportExporter::askAndExport()
{
    ReportDialog dialog(text_, lastFolder_.empty() ? defaultFolder() : lastFolder_, parent_);
    dialog.setAudience(lastAudience_);
    dialog.setFormat(lastFormat_);
    if (dialog.exec() != QDialog::Accepted)
        return;
    lastAudience_ = dialog.audience();
    lastFormat_ = dialog.format();
    lastFolder_ = dialog.folder();
    (void)exportTo(lastAudience_, lastFormat_, lastFolder_);
}

Result<std::vector<std::filesystem::path>>
ReportExporter::exportTo(ReportAudience audience, ReportFormat format,
                         const std::filesystem::path &folder)
{
    ReportTexts texts = ReportTexts::fromLookup(text_, dates_);
    ReportRequest request;
    request.audience = audience;
    request.format = format;
    request.folder = folder;
    request.baseName = reportBaseName(controller_.file(), audience);
    // The engagement the session's file belongs to, if any; without it, no progress section.
    std::optional<EngagementProgress> progress;
    if (EngagementStore::folderOf(controller_.file())) {
        if (Result<EngagementProgress> found = EngagementStore::progressOf(controller_.file()))
            progress = *found;
    }
    auto written = exportReport(controller_.outline(), request, texts, progress);
    if (!written) {
        const Error &error = written.error();
        QString why = qt_text::from(error.message());
        if (isSponsorRefusal(error))
            why = error.problems.front().reason == kSponsorNoImage
                      ? text_("CoachDeck.Report.NoImageValidated")
                      : text_("CoachDeck.Report.NothingValidated");
        const QString message = text_("CoachDeck.Report.Failed").arg(why);
        emit failed(message);
        return Error(qt_text::to(message));
    }
    emit exported(text_("CoachDeck.Report.Exported").arg(qt_text::from(written->front().string())));
    return written;
}

} // namespace coachdeck
