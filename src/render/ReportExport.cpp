#include "render/ReportExport.hpp"

#include "core/OutlineFile.hpp"
#include "core/Report.hpp"
#include "core/ReportFiles.hpp"
#include "render/BoardImageRenderer.hpp"
#include "render/ReportMarkdownWriter.hpp"
#include "render/ReportPdfWriter.hpp"

#include <QBuffer>
#include <QByteArray>

namespace coachdeck {
namespace fs = std::filesystem;
namespace {

std::string bytesOf(const QByteArray &bytes)
{
    return std::string(bytes.constData(), static_cast<std::size_t>(bytes.size()));
}

/// The PNG files of a report's images, in order: "<base>-1.png", "<base>-2.png", ...
Result<std::vector<fs::path>> writeImages(const Report &report, const ReportRequest &request,
                                          const BoardImageRenderer &renderer)
{
    std::vector<fs::path> files;
    for (std::size_t i = 0; i < report.images.size(); ++i) {
        const fs::path file =
            request.folder / (request.baseName + "-" + std::to_string(i + 1) + ".png");
        if (Status written = writePng(renderer.render(report.images, i), file); !written)
            return written.error();
        files.push_back(file);
    }
    return files;
}

/// The painter of a report's board images, at `size` (empty: the default).
BoardImageRenderer rendererFor(QSize size, const ReportTexts &texts)
{
    if (size.isEmpty())
        size = QSize(BoardImageRenderer::kDefaultWidth, BoardImageRenderer::kDefaultHeight);
    return BoardImageRenderer(size, Theme::Light, texts.overlayTexts());
}

} // namespace

Status writePng(const QImage &image, const fs::path &file)
{
    if (image.isNull())
        return Error("cannot draw the image for " + file.filename().string());
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "PNG"))
        return Error("cannot encode " + file.filename().string() + " as PNG");
    return report_files::write(file, bytesOf(bytes));
}

Result<QImage> reportBoardImage(const Outline &outline, ReportAudience audience,
                                std::size_t snapshotIndex, QSize size, const ReportTexts &texts)
{
    if (snapshotIndex >= outline.snapshots.size())
        return Error("the session has no board snapshot " + std::to_string(snapshotIndex + 1));
    Result<Report> built = buildReport(outline, audience, std::nullopt);
    if (!built && !isSponsorRefusal(built.error()))
        return built.error();
    // The report holds one image per snapshot, in order, or none when the sponsor may not see
    // them (nothing validated at all is the same refusal, for an image).
    if (!built || built->images.size() != outline.snapshots.size())
        return Error(std::string(kSponsorNoImage));
    return rendererFor(size, texts).render(built->images, snapshotIndex);
}

std::string reportBaseName(const fs::path &outlineFile, ReportAudience audience)
{
    std::string stem = outlineFile.stem().string();
    if (stem.empty() || stem.front() == '.')
        stem = "session";
    return stem + "-" + std::string(kReportAudienceText.name(audience));
}

Result<std::vector<fs::path>> exportReport(const Outline &outline, const ReportRequest &request,
                                           const ReportTexts &texts,
                                           const std::optional<EngagementProgress> &progress)
{
    if (request.baseName.empty() || request.baseName.find('/') != std::string::npos)
        return Error("the report needs a file name without a folder in it");
    Result<Report> built = buildReport(outline, request.audience, progress);
    if (!built)
        return built.error();
    const Report &report = *built;
    const BoardImageRenderer renderer = rendererFor(request.imageSize, texts);
    if (Status folder = outline_file::ensureFolder(request.folder); !folder)
        return folder.error();

    switch (request.format) {
    case ReportFormat::Pdf: {
        const fs::path file = request.folder / (request.baseName + ".pdf");
        const QByteArray pdf = ReportPdfWriter(texts, renderer).pdf(report);
        if (pdf.isEmpty())
            return Error("cannot make the PDF document");
        if (Status written = report_files::write(file, bytesOf(pdf)); !written)
            return written.error();
        return std::vector<fs::path>{file};
    }
    case ReportFormat::Markdown: {
        Result<std::vector<fs::path>> images = writeImages(report, request, renderer);
        if (!images)
            return images.error();
        std::vector<std::string> names;
        for (const fs::path &image : *images)
            names.push_back(image.filename().string());
        const fs::path file = request.folder / (request.baseName + ".md");
        if (Status written =
                report_files::write(file, ReportMarkdownWriter(texts).markdown(report, names));
            !written)
            return written.error();
        std::vector<fs::path> files{file};
        files.insert(files.end(), images->begin(), images->end());
        return files;
    }
    case ReportFormat::Png: {
        if (!report.images.empty())
            return writeImages(report, request, renderer);
        if (request.audience == ReportAudience::Sponsor)
            return Error(std::string(kSponsorNoImage));
        const fs::path file = request.folder / (request.baseName + ".png");
        if (Status written = writePng(renderer.render(outline.board), file); !written)
            return written.error();
        return std::vector<fs::path>{file};
    }
    }
    return Error("unknown report format");
}

} // namespace coachdeck
