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
    suspendTimer_.setInterval(options_.suspendCheckInterval);
    connect(&suspendTimer_, &QTimer::timeout, this, &SessionController::checkSuspend);
    suspendWatch_.observe(session_.clock());
    suspendTimer_.start();
    // The worker reports on its own thread: hop to ours with a plain value.
    worker_.setListener([this](const SaveWorker::Report &report) {
        QMetaObject::invokeMethod(
            this, [this, report] { onSaveReport(report); }, Qt::QueuedConnection);
    });
    publish();
}

void SessionController::checkSuspend()
{
    const Clock &clock = session_.clock();
    const auto suspend = suspendWatch_.observe(clock);
    if (!suspend || session_.outline().clock.status != ClockStatus::Running)
        return;
    const auto sinceBegan = std::chrono::duration_cast<Millis>(clock.monoNow() - suspend->began);
    emit suspendNoticed(suspend->began, clock.wallNow() - sinceBegan, suspend->lasted);
}

Status SessionController::pauseAt(MonoTime instant)
{
    return apply([instant](Session &s) { return s.pauseAt(instant); });
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

session_recovery::Findings SessionController::reopen(const std::filesystem::path &file)
{
    session_recovery::Findings findings = session_recovery::look(file);
    (void)session_recovery::removeStale(findings); // leftovers; one that stays does no harm
    if (findings.outline) {
        // Read once, by look(): opened from there rather than from the disk a second time.
        Outline outline = std::move(*findings.outline);
        findings.outline.reset();
        if (Status opened = replace(std::move(outline), file); !opened)
            findings.unreadable = opened.error();
    }
    return findings;
}

Status SessionController::restore(const session_recovery::Version &version,
                                  const std::filesystem::path &file)
{
    if (!outline_file::load(file))
        if (Result<std::filesystem::path> kept = session_recovery::keepUnreadable(file); !kept)
            return kept.error();
    if (Status replaced = replace(version.outline, file); !replaced)
        return replaced;
    if (Status saved = saveAs(file); !saved)
        return saved;
    if (version.file != outline_file::backupPath(file)) {
        std::error_code ignored; // a leftover temporary file that stays does no harm
        std::filesystem::remove(version.file, ignored);
    }
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
