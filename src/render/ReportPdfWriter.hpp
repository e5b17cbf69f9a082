#pragma once

#include "core/Report.hpp"
#include "render/BoardImageRenderer.hpp"
#include "render/ReportTexts.hpp"

#include <QByteArray>

namespace coachdeck {

/// A report as a PDF document (Qt's own PDF writer): A4 portrait, title and session details
/// first, then agenda planned vs actual, notes, actions and engagement progress as the report
/// holds them, then the board images, two to a page, drawn by the overlay's painter.
/// Needs a QGuiApplication (fonts). Writes only what the Report holds.
class ReportPdfWriter {
public:
    ReportPdfWriter(ReportTexts texts, BoardImageRenderer images);

    /// The document's bytes.
    QByteArray pdf(const Report &report) const;

private:
    ReportTexts texts_;
    BoardImageRenderer images_;
};

} // namespace coachdeck
