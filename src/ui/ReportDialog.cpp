#include "ui/ReportDialog.hpp"

#include "ui/QtText.hpp"

#include "ui_ReportDialog.h"

#include <QFileDialog>
#include <QPushButton>

namespace coachdeck {

ReportDialog::ReportDialog(TextLookup text, const std::filesystem::path &folder, QWidget *parent)
    : QDialog(parent), ui(std::make_unique<Ui::ReportDialog>()), text_(std::move(text))
{
    ui->setupUi(this);
    setWindowTitle(text_("CoachDeck.Report.Dialog.Title"));
    ui->audienceLabel->setText(text_("CoachDeck.Report.Dialog.Audience"));
    ui->formatLabel->setText(text_("CoachDeck.Report.Dialog.Format"));
    ui->folderLabel->setText(text_("CoachDeck.Report.Dialog.Folder"));
    ui->browseButton->setText(text_("CoachDeck.Report.Dialog.Browse"));
    ui->audienceCombo->addItem(text_("CoachDeck.Report.Audience.Coach"),
                               static_cast<int>(ReportAudience::Coach));
    ui->audienceCombo->addItem(text_("CoachDeck.Report.Audience.Client"),
                               static_cast<int>(ReportAudience::Client));
    ui->audienceCombo->addItem(text_("CoachDeck.Report.Audience.Sponsor"),
                               static_cast<int>(ReportAudience::Sponsor));
    ui->formatCombo->addItem(text_("CoachDeck.Report.Format.Pdf"),
                             static_cast<int>(ReportFormat::Pdf));
    ui->formatCombo->addItem(text_("CoachDeck.Report.Format.Markdown"),
                             static_cast<int>(ReportFormat::Markdown));
    ui->formatCombo->addItem(text_("CoachDeck.Report.Format.Png"),
                             static_cast<int>(ReportFormat::Png));
    setFolder(folder);
    connect(ui->browseButton, &QToolButton::clicked, this, &ReportDialog::chooseFolder);
    connect(ui->buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(ui->folderEdit, &QLineEdit::textChanged, this, [this](const QString &value) {
        ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(!value.trimmed().isEmpty());
    });
}

ReportDialog::~ReportDialog() = default;

ReportAudience ReportDialog::audience() const
{
    return static_cast<ReportAudience>(ui->audienceCombo->currentData().toInt());
}

ReportFormat ReportDialog::format() const
{
    return static_cast<ReportFormat>(ui->formatCombo->currentData().toInt());
}

std::filesystem::path ReportDialog::folder() const
{
    return qt_text::to(ui->folderEdit->text().trimmed());
}

void ReportDialog::setAudience(ReportAudience audience)
{
    ui->audienceCombo->setCurrentIndex(ui->audienceCombo->findData(static_cast<int>(audience)));
}

void ReportDialog::setFormat(ReportFormat format)
{
    ui->formatCombo->setCurrentIndex(ui->formatCombo->findData(static_cast<int>(format)));
}

void ReportDialog::setFolder(const std::filesystem::path &folder)
{
    ui->folderEdit->setText(qt_text::from(folder.string()));
}

void ReportDialog::chooseFolder()
{
    const QString chosen = QFileDialog::getExistingDirectory(
        this, text_("CoachDeck.Report.Dialog.Folder"), ui->folderEdit->text());
    if (!chosen.isEmpty())
        ui->folderEdit->setText(chosen);
}

} // namespace coachdeck
