#include "ui/SessionLibrary.hpp"

#include "core/BuiltInTemplates.hpp"
#include "core/OutlineFile.hpp"
#include "core/PathText.hpp"
#include "core/TemplateStore.hpp"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <system_error>

namespace coachdeck {
namespace {

constexpr const char *kFormat = "coachdeck.sessions";

// Through UTF-8 on every platform (path::string() is not UTF-8 on Windows).
QString toText(const std::filesystem::path &path)
{
    return QString::fromStdString(path_text::utf8(path));
}

std::filesystem::path toPath(const QString &text)
{
    return path_text::fromUtf8(text.toStdString());
}

bool isFile(const std::filesystem::path &file)
{
    std::error_code error;
    return std::filesystem::is_regular_file(file, error);
}

} // namespace

SessionLibrary::SessionLibrary(std::filesystem::path folder) : folder_(std::move(folder))
{
    read();
}

std::filesystem::path SessionLibrary::newSessionFile(WallTime now) const
{
    const QDateTime local =
        QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(now.time_since_epoch().count()));
    const std::string stem =
        "session-" + local.toString(QStringLiteral("yyyy-MM-dd-HHmmss")).toStdString();
    std::filesystem::path file = sessionsFolder() / (stem + ".json");
    for (int n = 2; isFile(file); ++n)
        file = sessionsFolder() / (stem + "-" + std::to_string(n) + ".json");
    return file;
}

bool SessionLibrary::beginRun()
{
    const std::filesystem::path marker = folder_ / "running.marker";
    crashed_ = isFile(marker);
    const QString stamp = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    (void)outline_file::writeAtomically(marker, stamp.toStdString() + "\n");
    return crashed_;
}

void SessionLibrary::endRun()
{
    std::error_code error;
    std::filesystem::remove(folder_ / "running.marker", error);
}

std::optional<std::filesystem::path> SessionLibrary::lastSession() const
{
    if (last_ && isFile(*last_))
        return last_;
    return std::nullopt;
}

std::vector<std::filesystem::path> SessionLibrary::recent() const
{
    std::vector<std::filesystem::path> out;
    std::copy_if(recent_.begin(), recent_.end(), std::back_inserter(out), isFile);
    return out;
}

void SessionLibrary::remember(const std::filesystem::path &file)
{
    if (file.empty())
        return;
    recent_.erase(std::remove(recent_.begin(), recent_.end(), file), recent_.end());
    recent_.insert(recent_.begin(), file);
    if (recent_.size() > kMaxRecent)
        recent_.resize(kMaxRecent);
    last_ = file;
    write();
}

void SessionLibrary::forget(const std::filesystem::path &file)
{
    recent_.erase(std::remove(recent_.begin(), recent_.end(), file), recent_.end());
    if (last_ == file)
        last_.reset();
    write();
}

std::vector<SessionTemplate> SessionLibrary::templates(std::vector<std::string> *problems) const
{
    std::vector<SessionTemplate> out{{"empty", "CoachDeck.Dock.Template.Empty", {}, false, {}}};
    for (const AgendaTemplate &t : built_in_templates::all(contentLanguageFor(locale_)))
        out.push_back({t.id, {}, t.title, false, agenda_template::makeOutline(t)});
    TemplateStore::Listing own = TemplateStore(templatesFolder()).load();
    for (const AgendaTemplate &t : own.templates)
        out.push_back({t.id, {}, t.title, true, agenda_template::makeOutline(t)});
    if (problems)
        *problems = std::move(own.problems);
    return out;
}

Result<std::filesystem::path> SessionLibrary::saveTemplate(const Outline &outline,
                                                           const std::string &title) const
{
    return TemplateStore(templatesFolder()).save(agenda_template::fromOutline(outline, title));
}

Status SessionLibrary::deleteTemplate(const std::string &name) const
{
    return TemplateStore(templatesFolder()).remove(name);
}

void SessionLibrary::read()
{
    std::ifstream in(folder_ / "sessions.json", std::ios::binary);
    if (!in)
        return;
    std::ostringstream bytes;
    bytes << in.rdbuf();
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromStdString(bytes.str()));
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toString() != QLatin1String(kFormat))
        return; // unreadable memory is forgotten, never fatal
    const QString last = root.value(QStringLiteral("lastSession")).toString();
    if (!last.isEmpty())
        last_ = toPath(last);
    for (const QJsonValue &entry : root.value(QStringLiteral("recent")).toArray())
        if (entry.isString() && recent_.size() < kMaxRecent)
            recent_.push_back(toPath(entry.toString()));
}

void SessionLibrary::write() const
{
    QJsonObject root;
    root.insert(QStringLiteral("format"), QLatin1String(kFormat));
    root.insert(QStringLiteral("version"), 1);
    if (last_)
        root.insert(QStringLiteral("lastSession"), toText(*last_));
    QJsonArray list;
    for (const auto &file : recent_)
        list.append(toText(file));
    root.insert(QStringLiteral("recent"), list);
    (void)outline_file::writeAtomically(folder_ / "sessions.json",
                                        QJsonDocument(root).toJson().toStdString());
}

} // namespace coachdeck
