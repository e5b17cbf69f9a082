#include "cli/RenderCommand.hpp"

#include "cli/CommandLine.hpp"
#include "cli/CommandOptions.hpp"
#include "cli/OffscreenGui.hpp"
#include "cli/ReportCommandSupport.hpp"
#include "cli/TerminalText.hpp"
#include "core/Report.hpp"
#include "render/BoardImageRenderer.hpp"
#include "render/RenderOptions.hpp"
#include "render/ReportExport.hpp"

#include <algorithm>
#include <charconv>

namespace coachdeck::cli {
namespace {

/// "1280x720" -> {1280, 720} when both sides are within what the painter draws.
std::optional<QSize> parseSize(const std::string &text)
{
    const auto x = text.find('x');
    if (x == std::string::npos)
        return std::nullopt;
    int width = 0, height = 0;
    const char *begin = text.data();
    const auto w = std::from_chars(begin, begin + x, width);
    const auto h = std::from_chars(begin + x + 1, begin + text.size(), height);
    if (w.ec != std::errc{} || w.ptr != begin + x || h.ec != std::errc{} ||
        h.ptr != begin + text.size())
        return std::nullopt;
    if (width < RenderOptions::kMinSide || width > RenderOptions::kMaxSide ||
        height < RenderOptions::kMinSide || height > RenderOptions::kMaxSide)
        return std::nullopt;
    return QSize(width, height);
}

Exit render(const std::vector<std::string> &args, std::ostream &out, std::ostream &err)
{
    const Command &self = renderCommand();
    auto parsed = parseOneOutline(self, args,
                                  {"snapshot", "output", "size", "audience", "lang", "locale-dir"},
                                  {{"-o", "output"}}, out, err);
    if (const Exit *done = std::get_if<Exit>(&parsed))
        return *done;
    const CommandOptions &options = std::get<CommandOptions>(parsed);
    const std::string *snapshot = options.value("snapshot");
    const std::string *file = options.value("output");
    if (!snapshot || !file || file->empty())
        return usageError(self, !snapshot ? "--snapshot is required" : "-o FILE.png is required",
                          err);
    QSize size(BoardImageRenderer::kDefaultWidth, BoardImageRenderer::kDefaultHeight);
    if (const std::string *sizeText = options.value("size")) {
        const std::optional<QSize> parsed = parseSize(*sizeText);
        if (!parsed)
            return usageError(self,
                              "bad size '" + terminalSafe(*sizeText) +
                                  "' (WIDTHxHEIGHT, each from 64 to 4096)",
                              err);
        size = *parsed;
    }
    const std::optional<ReportAudience> audience = parseAudience(self, options, err);
    if (!audience)
        return Exit::Usage;

    const std::optional<Outline> outline = loadOutline(options.operands.front(), err);
    if (!outline)
        return Exit::Invalid;
    // The first snapshot with that id or that name.
    const auto found =
        std::find_if(outline->snapshots.begin(), outline->snapshots.end(),
                     [&](const Snapshot &s) { return s.id == *snapshot || s.name == *snapshot; });
    if (found == outline->snapshots.end()) {
        err << "coachdeck render: no snapshot named '" << terminalSafe(*snapshot) << "'";
        if (outline->snapshots.empty())
            err << " (the outline has none)";
        err << '\n';
        for (const Snapshot &s : outline->snapshots)
            err << "  " << terminalSafe(s.id) << "  " << terminalSafe(s.name) << '\n';
        return Exit::Refused;
    }

    const OffscreenGui gui;
    const std::optional<ReportTexts> texts = reportTexts(self, options, err);
    if (!texts)
        return Exit::Usage;
    // What this reader may see, decided as for the exports: refused (nothing written) or drawn.
    const Result<QImage> image = reportBoardImage(
        *outline, *audience, static_cast<std::size_t>(found - outline->snapshots.begin()), size,
        *texts);
    if (!image) {
        err << "coachdeck render: " << terminalSafe(image.error().message()) << '\n';
        return isSponsorRefusal(image.error()) ? Exit::Refused : Exit::Invalid;
    }
    if (Status written = writePng(*image, *file); !written) {
        err << "coachdeck render: " << terminalSafe(written.error().message()) << '\n';
        return Exit::WriteFailed;
    }
    out << terminalSafe(*file) << '\n';
    return Exit::Ok;
}

} // namespace

const Command &renderCommand()
{
    static const Command kRender{
        "render",
        "render OUTLINE --snapshot NAME -o FILE.png [--audience coach|client|sponsor] [--size WxH]",
        "one board image of a session as a PNG file",
        "Draws the board snapshot NAME (its id or its name) of OUTLINE with the overlay's\n"
        "own painter, light theme, captioned with its step (\"Step 2 of 4\") and name, and\n"
        "writes it to FILE.png (owner-only, written whole), as `coachdeck export` draws it\n"
        "for the same audience:\n"
        "\n"
        "  coach, client  the board as it was, every label (the default: coach)\n"
        "  sponsor        only once the coachee validated the board images\n"
        "                 (session.boardImagesValidatedOn), else refused and nothing is\n"
        "                 written; figure and zone labels and the snapshot's name only with\n"
        "                 session.figureLabelsValidatedOn\n"
        "\n"
        "Options:\n"
        "  --snapshot NAME     the snapshot's id or name\n"
        "  -o, --output FILE   the PNG file to write\n"
        "  --audience WHO      coach (default), client or sponsor\n"
        "  --size WxH          pixels, each side from 64 to 4096 (default 1600x900)\n"
        "  --lang LANG         the caption's language: en-US (default) or fr-FR\n"
        "  --locale-dir DIR    where en-US.ini and fr-FR.ini are (default: the plugin's)\n"
        "\n"
        "Exit status: 0 written, 1 the outline is invalid or unreadable, 2 wrong usage,\n"
        "3 no snapshot of that name, or refused: the sponsor may not see the board images,\n"
        "4 the image could not be written.\n",
        render};
    return kRender;
}

} // namespace coachdeck::cli
