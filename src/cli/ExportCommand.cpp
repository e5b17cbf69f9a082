#include "cli/ExportCommand.hpp"

#include "cli/CommandLine.hpp"
#include "cli/CommandOptions.hpp"
#include "cli/OffscreenGui.hpp"
#include "cli/ReportCommandSupport.hpp"
#include "cli/TerminalText.hpp"
#include "core/EngagementStore.hpp"
#include "core/Report.hpp"
#include "render/ReportExport.hpp"

namespace coachdeck::cli {
namespace {

/// The engagement progress a report shows: that of the engagement folder the outline lives in
/// (EngagementStore), none for a session outside any engagement. A folder whose progress
/// cannot be read gives a warning, not a failed report.
std::optional<EngagementProgress> progressFor(const std::string &file, std::ostream &err)
{
    if (!EngagementStore::folderOf(file))
        return std::nullopt;
    Result<EngagementProgress> progress = EngagementStore::progressOf(file);
    if (progress)
        return *progress;
    err << "coachdeck export: warning: no engagement progress: "
        << terminalSafe(progress.error().message()) << '\n';
    return std::nullopt;
}

Exit exportReportCommand(const std::vector<std::string> &args, std::ostream &out, std::ostream &err)
{
    const Command &self = exportCommand();
    auto parsed =
        parseOneOutline(self, args, {"format", "audience", "output", "lang", "locale-dir"},
                        {{"-o", "output"}}, out, err);
    if (const Exit *done = std::get_if<Exit>(&parsed))
        return *done;
    const CommandOptions &options = std::get<CommandOptions>(parsed);
    const std::string *format = options.value("format");
    const std::string *audience = options.value("audience");
    const std::string *folder = options.value("output");
    if (!format || !audience || !folder)
        return usageError(self,
                          !format     ? "--format is required (md, pdf or png)"
                          : !audience ? "--audience is required (coach, client or sponsor)"
                                      : "-o DIR is required",
                          err);
    ReportRequest request;
    const auto parsedFormat = kReportFormatText.parse(*format);
    if (!parsedFormat)
        return usageError(self, "unknown format '" + terminalSafe(*format) + "' (md, pdf or png)",
                          err);
    const std::optional<ReportAudience> parsedAudience = parseAudience(self, options, err);
    if (!parsedAudience)
        return Exit::Usage;
    if (folder->empty())
        return usageError(self, "-o needs a folder", err);

    const std::string &file = options.operands.front();
    const std::optional<Outline> outline = loadOutline(file, err);
    if (!outline)
        return Exit::Invalid;
    const OffscreenGui gui;
    const std::optional<ReportTexts> texts = reportTexts(self, options, err);
    if (!texts)
        return Exit::Usage;

    request.format = *parsedFormat;
    request.audience = *parsedAudience;
    request.folder = *folder;
    request.baseName = reportBaseName(file, request.audience);
    const auto written = exportReport(*outline, request, *texts, progressFor(file, err));
    if (!written) {
        err << "coachdeck export: " << terminalSafe(written.error().message()) << '\n';
        // Nothing for this audience is a refusal; anything else is the disk saying no.
        return isSponsorRefusal(written.error()) ? Exit::Refused : Exit::WriteFailed;
    }
    for (const auto &path : *written)
        out << terminalSafe(path.string()) << '\n';
    return Exit::Ok;
}

} // namespace

const Command &exportCommand()
{
    static const Command kExport{
        "export", "export OUTLINE --format md|pdf|png --audience coach|client|sponsor -o DIR",
        "a session report for the coach, the client or the sponsor",
        "Writes the report of one session outline for one audience into DIR (created\n"
        "owner-only when missing) and prints the files written, the report first:\n"
        "\n"
        "  pdf  OUTLINE-AUDIENCE.pdf, A4, board images drawn by the overlay's painter\n"
        "  md   OUTLINE-AUDIENCE.md and its board images OUTLINE-AUDIENCE-1.png, -2.png...\n"
        "  png  one image per board snapshot (OUTLINE-AUDIENCE-1.png...), or the board\n"
        "\n"
        "Audiences:\n"
        "  coach    everything: private notes, agenda planned vs actual with preparation,\n"
        "           every board image in order, action items\n"
        "  client   no private note, no preparation; shared notes, images, actions\n"
        "  sponsor  only the notes reportable to the sponsor that carry the coachee's\n"
        "           validation date, plus engagement progress; board images only once the\n"
        "           coachee validated them (session.boardImagesValidatedOn), their labels\n"
        "           only with session.figureLabelsValidatedOn. With nothing validated the\n"
        "           export is refused and nothing is written.\n"
        "\n"
        "Options:\n"
        "  --format FORMAT     md, pdf or png\n"
        "  --audience WHO      coach, client or sponsor\n"
        "  -o, --output DIR    the folder to write into\n"
        "  --lang LANG         en-US (default) or fr-FR\n"
        "  --locale-dir DIR    where en-US.ini and fr-FR.ini are (default: the plugin's)\n"
        "\n"
        "Files are owner-only (0600) and written whole: a failed export leaves no half\n"
        "file, and an earlier report of the same name is replaced only on success.\n"
        "\n"
        "Exit status: 0 written, 1 the outline is invalid or unreadable, 2 wrong usage,\n"
        "3 refused: nothing is validated for the sponsor, 4 the report could not be written.\n",
        exportReportCommand};
    return kExport;
}

} // namespace coachdeck::cli
