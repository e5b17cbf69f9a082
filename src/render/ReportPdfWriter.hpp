#pragma once

#include "core/Report.hpp"
#include "render/BoardImageRenderer.hpp"
#include "render/ReportTexts.hpp"

#include <QByteArray>
#include <QImage>

#include <vector>

namespace coachdeck {

/// A report as a PDF document (Qt's own PDF writer): A4 portrait, title and session details
/// first, then agenda planned vs actual, notes, actions and engagement progress as the report
/// holds them, then the board images, two to a page, drawn by the overlay's painter.
/// Every page's footer says "Page n of N". Needs a QGuiApplication (fonts). Writes only what
/// the Report holds.
class ReportPdfWriter {
public:
    ReportPdfWriter(ReportTexts texts, BoardImageRenderer images);

    /// The document's bytes.
    QByteArray pdf(const Report &report) const;

private:
    /// One pass over the document into `bytes`; returns its number of pages. `pageTotal` is
    /// what the footers name (0 while it is not known yet).
    int writeDocument(const Report &report, const std::vector<QImage> &pictures, int pageTotal,
                      QByteArray &bytes) const;

    ReportTexts texts_;
    BoardImageRenderer images_;
};

} // namespace coachdeck
