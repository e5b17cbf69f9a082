#pragma once

#include "core/ReportAudience.hpp"
#include "render/ReportExport.hpp"
#include "ui/TextLookup.hpp"

#include <QDialog>

#include <filesystem>
#include <memory>

namespace Ui {
class ReportDialog;
}

namespace coachdeck {

/// Asks who a session report is for, in which format and into which folder. Only asks: the
/// export itself is ReportExporter's. UI thread.
class ReportDialog : public QDialog {
    Q_OBJECT

public:
    ReportDialog(TextLookup text, const std::filesystem::path &folder, QWidget *parent = nullptr);
    ~ReportDialog() override;

    ReportAudience audience() const;
    ReportFormat format() const;
    std::filesystem::path folder() const;

    void setAudience(ReportAudience audience);
    void setFormat(ReportFormat format);
    void setFolder(const std::filesystem::path &folder);

private:
    void chooseFolder();

    std::unique_ptr<Ui::ReportDialog> ui;
    TextLookup text_;
};

} // namespace coachdeck
