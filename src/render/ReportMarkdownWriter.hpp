#pragma once

#include "core/Report.hpp"
#include "render/ReportTexts.hpp"

#include <string>
#include <vector>

namespace coachdeck {

/// A report as Markdown (CommonMark with pipe tables): the same sections as the PDF, the
/// board images linked by relative path (the PNG files written beside it). Text from the
/// session is escaped so it cannot turn into markup, links or HTML.
class ReportMarkdownWriter {
public:
    explicit ReportMarkdownWriter(ReportTexts texts);

    /// The document, UTF-8. `imageFiles[i]` is the file name of `report.images[i]`.
    std::string markdown(const Report &report, const std::vector<std::string> &imageFiles) const;

    /// `text` safe inside a Markdown paragraph or table cell (one line).
    static QString escaped(const QString &text);

private:
    ReportTexts texts_;
};

} // namespace coachdeck
