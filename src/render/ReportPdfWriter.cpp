#include "render/ReportPdfWriter.hpp"

#include "render/ReportPageFlow.hpp"

#include <QBuffer>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

namespace coachdeck {
namespace {

const QColor kText(0x1f, 0x23, 0x28);
const QColor kMuted(0x57, 0x60, 0x6a);
const QColor kRule(0xd0, 0xd7, 0xde);
constexpr int kDotsPerInch = 300;

using report_text::utf8;

QString joined(const QStringList &parts)
{
    return report_text::joinedNonEmpty(parts, QStringLiteral("  \u00b7  "));
}

/// Writes one report through a page flow; one instance per document. `pictures` are the
/// report's board images, drawn already (one per ReportImage).
class PdfSections {
public:
    PdfSections(const Report &report, const ReportTexts &texts, const std::vector<QImage> &pictures,
                ReportPageFlow &flow)
        : report_(report), t_(texts), pictures_(pictures), flow_(flow), body_(flow.font(10.5)),
          small_(flow.font(8.5)), bold_(flow.font(10.5, true))
    {
    }

    void all()
    {
        header();
        if (report_.progress)
            progress();
        if (report_.audience != ReportAudience::Sponsor)
            agenda();
        notes();
        if (report_.audience != ReportAudience::Sponsor)
            actions();
        if (!report_.images.empty())
            boardImages();
    }

private:
    void header()
    {
        const SessionMetadata &s = report_.session;
        flow_.paragraph(t_.title(report_.audience), flow_.font(20, true), kText);
        flow_.space(4);
        flow_.paragraph(
            joined({t_.sessionOf.arg(s.sessionNumber).arg(s.sessionCount),
                    s.date ? t_.formatDate(*s.date) : QString(), t_.modality(s.modality)}),
            flow_.font(12), kText);
        flow_.space(6);
        if (!s.clientPseudonym.empty())
            flow_.paragraph(t_.coachee.arg(utf8(s.clientPseudonym)), body_, kText);
        if (!s.engagement.empty())
            flow_.paragraph(t_.engagement.arg(utf8(s.engagement)), body_, kText);
        if (s.sponsor)
            flow_.paragraph(t_.sponsor.arg(utf8(*s.sponsor)), body_, kText);
        flow_.space(6);
        flow_.paragraph(t_.notice(report_.audience), flow_.font(9.5, false, true), kMuted);
        flow_.space(4);
        flow_.rule(kRule);
    }

    void progress()
    {
        const EngagementProgress &p = *report_.progress;
        flow_.heading(t_.progress, 14, flow_.pixels(30));
        flow_.paragraph(t_.progressSessions.arg(p.sessionsDone).arg(p.sessionsPlanned), body_,
                        kText);
        flow_.paragraph(t_.progressTime.arg(t_.formatHours(p.used), t_.formatHours(p.planned)),
                        body_, kText);
        if (p.nextDue)
            flow_.paragraph(t_.progressNext.arg(t_.formatDate(*p.nextDue)), body_, kText);
    }

    void agenda()
    {
        const std::vector<ReportPageFlow::Column> columns{{4.2, Qt::AlignLeft},
                                                          {2.0, Qt::AlignRight},
                                                          {1.3, Qt::AlignRight},
                                                          {1.8, Qt::AlignLeft}};
        flow_.heading(t_.agenda, 14, flow_.pixels(40));
        flow_.row({t_.item, t_.planned, t_.actual, t_.status}, columns, bold_, kText, true);
        for (const ReportAgendaRow &row : report_.agenda) {
            QString planned = t_.formatMinutes(row.planned);
            if (row.allotted != row.planned)
                planned += QStringLiteral(" (%1)").arg(t_.formatMinutes(row.allotted));
            flow_.row(
                {utf8(row.title), planned, t_.formatMinutes(row.actual), t_.itemStatus(row.status)},
                columns, body_, kText, row.preparation.empty());
            if (!row.preparation.empty()) {
                flow_.paragraph(t_.preparation.arg(utf8(row.preparation)), small_, kMuted,
                                flow_.pixels(12));
                flow_.rule(kRule);
            }
        }
        flow_.row({t_.total, t_.formatMinutes(report_.plannedTotal),
                   t_.formatMinutes(report_.actualTotal), QString()},
                  columns, bold_, kText, false);
    }

    void notes()
    {
        flow_.heading(t_.notes, 14, flow_.pixels(30));
        if (report_.notes.empty()) {
            flow_.paragraph(t_.noNotes, body_, kMuted);
            return;
        }
        for (const ReportNote &note : report_.notes) {
            QString validation;
            if (note.visibility == Visibility::ReportableToSponsor)
                validation = note.validatedOn ? t_.validatedOn.arg(t_.formatDate(*note.validatedOn))
                                              : t_.notValidated;
            const QString about = note.agendaItemTitle.empty()
                                      ? QString()
                                      : t_.noteOn.arg(utf8(note.agendaItemTitle));
            const QString visibility = report_.audience == ReportAudience::Coach
                                           ? t_.visibility(note.visibility)
                                           : QString();
            flow_.space(4);
            flow_.paragraph(joined({t_.formatTime(note.createdAt), about, visibility, validation}),
                            small_, kMuted);
            flow_.paragraph(utf8(note.text), body_, kText, flow_.pixels(8));
        }
    }

    void actions()
    {
        const std::vector<ReportPageFlow::Column> columns{
            {4.4, Qt::AlignLeft}, {1.6, Qt::AlignLeft}, {2.4, Qt::AlignLeft}, {1.4, Qt::AlignLeft}};
        flow_.heading(t_.actions, 14, flow_.pixels(40));
        if (report_.actions.empty()) {
            flow_.paragraph(t_.noActions, body_, kMuted);
            return;
        }
        flow_.row({t_.what, t_.owner, t_.due, t_.status}, columns, bold_, kText, true);
        for (const ActionItem &action : report_.actions)
            flow_.row({utf8(action.what), utf8(action.owner),
                       action.due ? t_.formatDate(*action.due) : QString(),
                       t_.actionStatus(action.status)},
                      columns, body_, kText, true);
    }

    void boardImages()
    {
        flow_.newPage();
        flow_.heading(t_.images, 14);
        if (!report_.figureLabelsShown)
            flow_.paragraph(t_.labelsHidden, flow_.font(9.5, false, true), kMuted);
        for (std::size_t i = 0; i < report_.images.size(); ++i) {
            const ReportImage &image = report_.images[i];
            const QImage &picture = pictures_[i];
            const double height =
                flow_.width() * 0.9 * picture.height() / std::max(1, picture.width());
            const QString caption = joined(
                {t_.step.arg(static_cast<int>(i + 1)).arg(static_cast<int>(report_.images.size())),
                 utf8(image.name), t_.takenAt.arg(t_.formatTime(image.takenAt))});
            // Caption and image stay together on one page.
            if (flow_.room() < height + flow_.pixels(28))
                flow_.newPage();
            flow_.space(8);
            flow_.paragraph(caption, bold_, kText);
            flow_.space(3);
            flow_.image(picture, 0.9);
        }
    }

    const Report &report_;
    const ReportTexts &t_;
    const std::vector<QImage> &pictures_;
    ReportPageFlow &flow_;
    QFont body_;
    QFont small_;
    QFont bold_;
};

} // namespace

ReportPdfWriter::ReportPdfWriter(ReportTexts texts, BoardImageRenderer images)
    : texts_(std::move(texts)), images_(std::move(images))
{
}

QByteArray ReportPdfWriter::pdf(const Report &report) const
{
    std::vector<QImage> pictures;
    for (std::size_t i = 0; i < report.images.size(); ++i)
        pictures.push_back(images_.render(report.images, i));
    // The footer names the page total, known once the pages are laid out: a first pass lays
    // them out into a throwaway document (same device, same fonts, so the same pages).
    QByteArray bytes;
    const int total = writeDocument(report, pictures, 0, bytes);
    bytes.clear();
    writeDocument(report, pictures, total, bytes);
    return bytes;
}

int ReportPdfWriter::writeDocument(const Report &report, const std::vector<QImage> &pictures,
                                   int pageTotal, QByteArray &bytes) const
{
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(kDotsPerInch);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageOrientation(QPageLayout::Portrait);
    writer.setPageMargins(QMarginsF(18, 16, 18, 14), QPageLayout::Millimeter);
    writer.setTitle(texts_.title(report.audience));
    writer.setCreator(QStringLiteral("CoachDeck"));
    QPainter painter(&writer);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    const SessionMetadata &s = report.session;
    ReportPageFlow flow(writer, painter,
                        joined({texts_.title(report.audience),
                                texts_.sessionOf.arg(s.sessionNumber).arg(s.sessionCount)}),
                        [&](int page) { return texts_.pageOf(page, pageTotal); });
    PdfSections(report, texts_, pictures, flow).all();
    flow.finish();
    painter.end();
    return flow.pageCount();
}

} // namespace coachdeck
