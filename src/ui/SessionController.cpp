#include "ui/SessionController.hpp"

#include "core/OutlineFile.hpp"
#include "core/PathText.hpp"

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
    adopt(lockOf(file_));
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
    const bool ours = file == file_ && !heldBy_;
    session_lock::Outcome outcome = ours ? session_lock::Outcome{} : lockOf(file);
    if (outcome.heldBy)
        return Error(session_lock::describe(*outcome.heldBy) + ": not written");
    if (Status saved = outline_file::save(file, session_.outline()); !saved)
        return saved;
    if (!ours) {
        worker_.flush();
        file_ = file;
        adopt(std::move(outcome));
        emit fileChanged(QString::fromStdString(path_text::utf8(file_)));
    }
    return ok();
}

Status SessionController::openCopy()
{
    const std::filesystem::path copy =
        session_lock::copyPathFor(file_, [](const std::filesystem::path &p) {
            std::error_code ignored;
            return std::filesystem::exists(p, ignored) ||
                   std::filesystem::exists(session_lock::lockFileOf(p), ignored);
        });
    return saveAs(copy);
}

session_lock::Outcome SessionController::lockOf(const std::filesystem::path &file) const
{
    if (file.empty())
        return {};
    Result<session_lock::Outcome> taken = session_lock::take(
        file, session_lock::thisProcess(options_.program, session_.clock().wallNow()));
    // A lock that cannot be made (a read-only folder, a full disk) does not stop the coach:
    // the session is written as before, unguarded.
    return taken ? std::move(taken).value() : session_lock::Outcome{};
}

void SessionController::adopt(session_lock::Outcome outcome)
{
    const bool changed = outcome.heldBy != heldBy_ || outcome.tookOverFrom != tookOverFrom_;
    lock_.reset(); // the file being left is free from now on
    lock_ = std::move(outcome.lock);
    heldBy_ = std::move(outcome.heldBy);
    tookOverFrom_ = std::move(outcome.tookOverFrom);
    if (changed)
        emit lockChanged();
}

void SessionController::retryNow()
{
    autosaveTimer_.stop();
    retryTimer_.stop();
    submitAutosave();
}

void SessionController::setFile(std::filesystem::path file)
{
    if (file == file_ && lock_)
        return; // ours already; a read-only or unguarded file is tried again
    const bool renamed = file != file_;
    worker_.flush(); // the last write to the file being left is done before its lock goes
    lock_.reset();
    file_ = std::move(file);
    adopt(lockOf(file_));
    if (renamed)
        emit fileChanged(QString::fromStdString(path_text::utf8(file_)));
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
    if (file_.empty() || heldBy_) // read-only: another OBS writes this file
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
