#pragma once

#include "core/ActionItem.hpp"
#include "core/AgendaItem.hpp"
#include "core/Note.hpp"
#include "core/ReportAudience.hpp"
#include "core/SessionMetadata.hpp"
#include "core/Time.hpp"
#include "render/LocalDates.hpp"
#include "render/RenderOptions.hpp"

#include <QString>
#include <QStringList>

#include <functional>
#include <string_view>

namespace coachdeck {

/// Every word a report writes, already translated, and how it writes dates, times and
/// durations in the report's language. Filled from the locale files (`CoachDeck.Report.*`)
/// through a lookup: obs_module_text in the dock, the files read by LocaleText in the CLI;
/// dates and times through LocalDates for the same language. The defaults are the English
/// texts. `%1`, `%2` are QString::arg placeholders.
struct ReportTexts {
    /// Translates a locale key; returns the key itself when it has no text (as OBS does).
    using Lookup = std::function<QString(const char *key)>;

    /// `localeTag` is the language of the texts the lookup gives ("fr-FR", "en-US").
    static ReportTexts fromLookup(const Lookup &text, std::string_view localeTag);
    /// The same with the dates of the OBS language already at hand (the dock).
    static ReportTexts fromLookup(const Lookup &text, LocalDates dates);

    LocalDates dates;

    QString titleCoach = QStringLiteral("Session report (coach)");
    QString titleClient = QStringLiteral("Session report");
    QString titleSponsor = QStringLiteral("Progress report for the sponsor");
    QString noticeCoach =
        QStringLiteral("Confidential: the coach's own notes, private notes included. Never share.");
    QString noticeClient = QStringLiteral("Shared between coach and coachee.");
    QString noticeSponsor =
        QStringLiteral("Only what the coachee validated in writing for the sponsor.");
    QString sessionOf = QStringLiteral("Session %1 of %2");
    QString coachee = QStringLiteral("Coachee: %1");
    QString engagement = QStringLiteral("Engagement: %1");
    QString sponsor = QStringLiteral("Sponsor: %1");
    QString date = QStringLiteral("Date: %1");
    QString video = QStringLiteral("By video");
    QString inPerson = QStringLiteral("In person");

    QString agenda = QStringLiteral("Agenda");
    QString item = QStringLiteral("Item");
    QString planned = QStringLiteral("Planned");
    QString actual = QStringLiteral("Actual");
    QString total = QStringLiteral("Total");
    QString minutes = QStringLiteral("%1 min");
    QString pending = QStringLiteral("not reached");
    QString active = QStringLiteral("in progress");
    QString done = QStringLiteral("done");
    QString preparation = QStringLiteral("Preparation: %1");

    QString notes = QStringLiteral("Notes");
    QString noNotes = QStringLiteral("No notes.");
    QString visibilityPrivate = QStringLiteral("private");
    QString visibilityClient = QStringLiteral("shared with the coachee");
    QString visibilitySponsor = QStringLiteral("for the sponsor");
    QString validatedOn = QStringLiteral("validated by the coachee on %1");
    QString notValidated = QStringLiteral("not validated yet");
    QString noteOn = QStringLiteral("On: %1");

    QString actions = QStringLiteral("Action items");
    QString noActions = QStringLiteral("No action items.");
    QString what = QStringLiteral("What");
    QString owner = QStringLiteral("Who");
    QString due = QStringLiteral("Due");
    QString status = QStringLiteral("Status");
    QString actionOpen = QStringLiteral("open");
    QString actionDone = QStringLiteral("done");
    QString actionDropped = QStringLiteral("dropped");

    QString images = QStringLiteral("Board images");
    QString takenAt = QStringLiteral("taken at %1");
    QString labelsHidden =
        QStringLiteral("Labels are not shown: the coachee has not validated them for the sponsor.");
    QString step = QStringLiteral("Step %1 of %2");

    QString progress = QStringLiteral("Engagement progress");
    QString progressSessions = QStringLiteral("Sessions: %1 of %2 done");
    QString progressTime = QStringLiteral("Time: %1 of %2 used");
    QString progressNext = QStringLiteral("Next session due: %1");
    /// The footer of a PDF page: %1 the page, %2 the page total ("Page 3 of 4").
    QString page = QStringLiteral("Page %1 of %2");

    QString title(ReportAudience audience) const;
    QString notice(ReportAudience audience) const;
    QString modality(Modality modality) const;
    QString itemStatus(ItemStatus status) const;
    QString visibility(Visibility visibility) const;
    QString actionStatus(ActionStatus status) const;
    /// "Page 3 of 4"; from a locale text that has no place for the total ("Page %1"), the
    /// page alone.
    QString pageOf(int pageNumber, int total) const;

    /// "November 22, 2026" / "22 novembre 2026".
    QString formatDate(const Date &date) const { return dates.longDate(date); }
    /// A wall-clock instant's local clock time: "2:05 PM" / "14:05".
    QString formatTime(WallTime instant) const { return dates.clockTime(instant); }
    /// Whole minutes, rounded to the nearest: "35 min".
    QString formatMinutes(Millis duration) const;
    /// Hours: "7.5 h" / "7,5 h".
    QString formatHours(Millis duration) const { return dates.hours(duration); }
    /// What the board painter writes over an image (its step caption), in this language.
    OverlayTexts overlayTexts() const;
};

/// Small text helpers the report writers share.
namespace report_text {

inline QString utf8(const std::string &text)
{
    return QString::fromUtf8(text.data(), static_cast<int>(text.size()));
}

/// The non-empty `parts` joined by `separator`.
inline QString joinedNonEmpty(const QStringList &parts, const QString &separator)
{
    QStringList kept;
    for (const QString &part : parts) {
        if (!part.isEmpty())
            kept << part;
    }
    return kept.join(separator);
}

} // namespace report_text

} // namespace coachdeck
