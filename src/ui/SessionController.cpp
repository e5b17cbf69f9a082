#include "ui/SessionController.hpp"

#include "core/OutlineFile.hpp"

namespace coachdeck {

SessionController::SessionController(const Clock &clock, ViewPublisher &publisher,
                                     SaveWorker::Writer writer, Options options, QObject *parent)
    : QObject(parent), publisher_(publisher), options_(std::move(options)), session_(clock),
      file_(options_.autosaveFile), worker_(std::move(writer))
{
    autosaveTimer_.setSingleShot(true);
    autosaveTimer_.setInterval(options_.autosaveDelay);
    connect(&autosaveTimer_, &QTimer::timeout, this, &SessionController::submitAutosave);
    retryTimer_.setSingleShot(true);
    retryTimer_.setInterval(options_.retryDelay);
    connect(&retryTimer_, &QTimer::timeout, this, &SessionController::submitAutosave);
    // The worker reports on its own thread: hop to ours with a plain value.
    worker_.setListener([this](const SaveWorker::Report &report) {
        QMetaObject::invokeMethod(
            this, [this, report] { onSaveReport(report); }, Qt::QueuedConnection);
    });
    publish();
}

SessionController::~SessionController()
{
    worker_.setListener({});
    flush();
}

Status SessionController::open(const std::filesystem::path &file)
{
    Result<Outline> loaded = outline_file::load(file);
    if (!loaded)
        return loaded.error();
    flush(); // the session being left keeps its last edits in its own file
    if (Status reset = session_.reset(std::move(loaded).value()); !reset)
        return reset;
    setFile(file);
    afterChange(true);
    return ok();
}

Status SessionController::replace(Outline outline, std::filesystem::path file)
{
    flush(); // the session being left keeps its last edits in its own file
    if (Status reset = session_.reset(std::move(outline)); !reset)
        return reset;
    setFile(file.empty() ? options_.autosaveFile : std::move(file));
    afterChange(true);
    return ok();
}

Status SessionController::saveAs(const std::filesystem::path &file)
{
    if (Status saved = outline_file::save(file, session_.outline()); !saved)
        return saved;
    setFile(file);
    return ok();
}

void SessionController::retryNow()
{
    autosaveTimer_.stop();
    retryTimer_.stop();
    submitAutosave();
}

void SessionController::setFile(std::filesystem::path file)
{
    if (file == file_)
        return;
    file_ = std::move(file);
    emit fileChanged(QString::fromStdString(file_.string()));
}

void SessionController::flush()
{
    if (autosaveTimer_.isActive() || retryTimer_.isActive()) {
        autosaveTimer_.stop();
        retryTimer_.stop();
        submitAutosave();
    }
    worker_.flush();
}

void SessionController::afterChange(bool whole)
{
    publish();
    autosaveTimer_.start();
    emit changed(session_.revision(), whole);
}

void SessionController::publish()
{
    publisher_.publish(makeClientView(session_.outline(), session_.revision()));
}

void SessionController::submitAutosave()
{
    if (file_.empty())
        return;
    worker_.submit(file_, std::make_shared<const Outline>(session_.outline()), session_.revision());
}

void SessionController::onSaveReport(const SaveWorker::Report &report)
{
    const QString error =
        report.lastError ? QString::fromStdString(report.lastError->message()) : QString();
    if (report.lastError && !retryTimer_.isActive())
        retryTimer_.start();
    if (error != saveError_) {
        saveError_ = error;
        emit saveStatusChanged(error);
    }
}

} // namespace coachdeck
