#include "render/ReportMarkdownWriter.hpp"

#include <QStringList>

namespace coachdeck {
namespace {

using report_text::utf8;

QString joined(const QStringList &parts)
{
    return report_text::joinedNonEmpty(parts, QStringLiteral(" \u00b7 "));
}

QString cells(const QStringList &values)
{
    QStringList escaped;
    for (const QString &value : values)
        escaped << ReportMarkdownWriter::escaped(value);
    return QStringLiteral("| ") + escaped.join(QStringLiteral(" | ")) + QStringLiteral(" |\n");
}

/// Text of several lines as a block quote, each line escaped.
QString quoted(const QString &text)
{
    QString out;
    for (const QString &line : text.split(QLatin1Char('\n')))
        out += QStringLiteral("> ") + ReportMarkdownWriter::escaped(line) + QStringLiteral("  \n");
    return out;
}

} // namespace

ReportMarkdownWriter::ReportMarkdownWriter(ReportTexts texts) : texts_(std::move(texts)) {}

QString ReportMarkdownWriter::escaped(const QString &text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '&':
            out += QStringLiteral("&amp;");
            break;
        case '<':
            out += QStringLiteral("&lt;");
            break;
        case '>':
            out += QStringLiteral("&gt;");
            break;
        case '\n':
        case '\r':
        case '\t':
            out += QLatin1Char(' ');
            break;
        case '\\':
        case '`':
        case '*':
        case '_':
        case '[':
        case ']':
        case '#':
        case '|':
        case '~':
            out += QLatin1Char('\\');
            out += c;
            break;
        default:
            out += c;
        }
    }
    // What only means something at the start of a line: a list item, a setext rule, "1." or "1)".
    int start = 0;
    while (start < out.size() && out.at(start) == QLatin1Char(' '))
        ++start;
    if (start < out.size()) {
        const QChar first = out.at(start);
        if (first == QLatin1Char('-') || first == QLatin1Char('+') || first == QLatin1Char('=')) {
            out.insert(start, QLatin1Char('\\'));
        } else if (first.isDigit()) {
            int end = start;
            while (end < out.size() && out.at(end).isDigit())
                ++end;
            if (end < out.size() &&
                (out.at(end) == QLatin1Char('.') || out.at(end) == QLatin1Char(')')))
                out.insert(end, QLatin1Char('\\'));
        }
    }
    return out;
}

std::string ReportMarkdownWriter::markdown(const Report &report,
                                           const std::vector<std::string> &imageFiles) const
{
    const ReportTexts &t = texts_;
    const SessionMetadata &s = report.session;
    QString md;
    md += QStringLiteral("# ") + escaped(t.title(report.audience)) + QStringLiteral("\n\n");
    md += escaped(joined({t.sessionOf.arg(s.sessionNumber).arg(s.sessionCount),
                          s.date ? t.formatDate(*s.date) : QString(), t.modality(s.modality)})) +
          QStringLiteral("\n\n");
    if (!s.clientPseudonym.empty())
        md += QStringLiteral("- ") + escaped(t.coachee.arg(utf8(s.clientPseudonym))) +
              QLatin1Char('\n');
    if (!s.engagement.empty())
        md += QStringLiteral("- ") + escaped(t.engagement.arg(utf8(s.engagement))) +
              QLatin1Char('\n');
    if (s.sponsor)
        md += QStringLiteral("- ") + escaped(t.sponsor.arg(utf8(*s.sponsor))) + QLatin1Char('\n');
    md += QStringLiteral("\n*") + escaped(t.notice(report.audience)) + QStringLiteral("*\n");

    if (report.progress) {
        const EngagementProgress &p = *report.progress;
        md += QStringLiteral("\n## ") + escaped(t.progress) + QStringLiteral("\n\n");
        md += QStringLiteral("- ") +
              escaped(t.progressSessions.arg(p.sessionsDone).arg(p.sessionsPlanned)) +
              QLatin1Char('\n');
        md += QStringLiteral("- ") +
              escaped(t.progressTime.arg(t.formatHours(p.used), t.formatHours(p.planned))) +
              QLatin1Char('\n');
        if (p.nextDue)
            md += QStringLiteral("- ") + escaped(t.progressNext.arg(t.formatDate(*p.nextDue))) +
                  QLatin1Char('\n');
    }

    if (report.audience != ReportAudience::Sponsor) {
        md += QStringLiteral("\n## ") + escaped(t.agenda) + QStringLiteral("\n\n");
        md += cells({t.item, t.planned, t.actual, t.status});
        md += QStringLiteral("|---|---:|---:|---|\n");
        for (const ReportAgendaRow &row : report.agenda) {
            QString planned = t.formatMinutes(row.planned);
            if (row.allotted != row.planned)
                planned += QStringLiteral(" (%1)").arg(t.formatMinutes(row.allotted));
            md += cells(
                {utf8(row.title), planned, t.formatMinutes(row.actual), t.itemStatus(row.status)});
        }
        md += cells({t.total, t.formatMinutes(report.plannedTotal),
                     t.formatMinutes(report.actualTotal), QString()});
        for (const ReportAgendaRow &row : report.agenda)
            if (!row.preparation.empty())
                md += QStringLiteral("\n**") + escaped(utf8(row.title)) + QStringLiteral("**\n\n") +
                      quoted(t.preparation.arg(utf8(row.preparation)));
    }

    md += QStringLiteral("\n## ") + escaped(t.notes) + QStringLiteral("\n\n");
    if (report.notes.empty())
        md += escaped(t.noNotes) + QLatin1Char('\n');
    for (const ReportNote &note : report.notes) {
        QString validation;
        if (note.visibility == Visibility::ReportableToSponsor)
            validation = note.validatedOn ? t.validatedOn.arg(t.formatDate(*note.validatedOn))
                                          : t.notValidated;
        const QString about =
            note.agendaItemTitle.empty() ? QString() : t.noteOn.arg(utf8(note.agendaItemTitle));
        const QString visibility =
            report.audience == ReportAudience::Coach ? t.visibility(note.visibility) : QString();
        md += QStringLiteral("**") +
              escaped(joined({t.formatTime(note.createdAt), about, visibility, validation})) +
              QStringLiteral("**\n\n") + quoted(utf8(note.text)) + QLatin1Char('\n');
    }

    if (report.audience != ReportAudience::Sponsor) {
        md += QStringLiteral("\n## ") + escaped(t.actions) + QStringLiteral("\n\n");
        if (report.actions.empty()) {
            md += escaped(t.noActions) + QLatin1Char('\n');
        } else {
            md += cells({t.what, t.owner, t.due, t.status});
            md += QStringLiteral("|---|---|---|---|\n");
            for (const ActionItem &a : report.actions)
                md += cells({utf8(a.what), utf8(a.owner), a.due ? t.formatDate(*a.due) : QString(),
                             t.actionStatus(a.status)});
        }
    }

    if (!report.images.empty()) {
        md += QStringLiteral("\n## ") + escaped(t.images) + QStringLiteral("\n\n");
        if (!report.figureLabelsShown)
            md += QLatin1Char('*') + escaped(t.labelsHidden) + QStringLiteral("*\n\n");
        const int count = static_cast<int>(report.images.size());
        for (int i = 0; i < count && i < static_cast<int>(imageFiles.size()); ++i) {
            const ReportImage &image = report.images[static_cast<std::size_t>(i)];
            const QString caption = escaped(joined({t.step.arg(i + 1).arg(count), utf8(image.name),
                                                    t.takenAt.arg(t.formatTime(image.takenAt))}));
            // The file name is ours (ASCII, no spaces): safe in a link as it is.
            md += QStringLiteral("### ") + caption + QStringLiteral("\n\n![") + caption +
                  QStringLiteral("](") + utf8(imageFiles[static_cast<std::size_t>(i)]) +
                  QStringLiteral(")\n\n");
        }
    }
    const QByteArray bytes = md.toUtf8();
    return std::string(bytes.constData(), static_cast<std::size_t>(bytes.size()));
}

} // namespace coachdeck
