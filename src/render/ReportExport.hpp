#pragma once

#include "core/EngagementProgress.hpp"
#include "core/EnumText.hpp"
#include "core/Outline.hpp"
#include "core/ReportAudience.hpp"
#include "core/Result.hpp"
#include "render/ReportTexts.hpp"

#include <QImage>
#include <QSize>

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace coachdeck {

enum class ReportFormat { Markdown = 1, Pdf, Png };
inline constexpr EnumText<ReportFormat, 3> kReportFormatText{{{
    {ReportFormat::Markdown, "md"},
    {ReportFormat::Pdf, "pdf"},
    {ReportFormat::Png, "png"},
}}};

/// One export asked for by the dock or `coachdeck export`.
struct ReportRequest {
    ReportAudience audience = ReportAudience::Coach;
    ReportFormat format = ReportFormat::Pdf;
    std::filesystem::path folder; ///< created owner-only (0700) when missing
    /// File names start with this: "<base>.pdf", "<base>.md" + "<base>-1.png"..., "<base>-1.png"...
    std::string baseName;
    QSize imageSize{1600, 900}; ///< of each board image, pixels; empty: 1600 x 900
};

/// The one way a report reaches the disk, shared by the dock and the command line: builds the
/// audience's Report (core, where all filtering happens), writes it in the format asked for,
/// and returns the files written, the main file first.
///
/// Every file is 0600 and written whole under a temporary name, then renamed: a failed export
/// never leaves a half file, and an existing report of the same name is replaced only on
/// success. Markdown writes its PNGs first and the .md last. PNG writes one image per board
/// image of the report, or the live board when the session has none (not for the sponsor).
/// Nothing is written when the audience may see nothing (the sponsor rule): the core's Error.
/// Needs a QGuiApplication (text); UI thread or any thread that may paint on QImage.
Result<std::vector<std::filesystem::path>>
exportReport(const Outline &outline, const ReportRequest &request, const ReportTexts &texts,
             const std::optional<EngagementProgress> &progress);

/// Board snapshot `snapshotIndex` of `outline` (an index into outline.snapshots) drawn as the
/// exports draw it for `audience` (buildReport decides what it may see): for the sponsor, an
/// Error (kSponsorNoImage, a refusal) unless the board images are validated, and no figure or
/// zone label and no snapshot name unless the labels are validated too. `size` empty: 1600 x 900.
/// Same threads as exportReport.
Result<QImage> reportBoardImage(const Outline &outline, ReportAudience audience,
                                std::size_t snapshotIndex, QSize size, const ReportTexts &texts);

/// "<outline file stem>-<audience>", e.g. "claire-session-4-client"; "session-<audience>" when
/// there is no file name.
std::string reportBaseName(const std::filesystem::path &outlineFile, ReportAudience audience);

/// Writes `image` as a PNG file with the same rules as a report (0600, whole or not at all).
Status writePng(const QImage &image, const std::filesystem::path &file);

} // namespace coachdeck
