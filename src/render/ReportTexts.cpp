#include "render/ReportTexts.hpp"

#include "render/TimeText.hpp"

namespace coachdeck {
namespace {

/// The text of `key`, or `fallback` when the lookup has none (it returns the key).
void take(const ReportTexts::Lookup &text, const char *key, QString &target)
{
    const QString found = text(key);
    if (!found.isEmpty() && found != QLatin1String(key))
        target = found;
}

} // namespace

ReportTexts ReportTexts::fromLookup(const Lookup &text, std::string_view localeTag)
{
    return fromLookup(text, LocalDates(localeTag));
}

ReportTexts ReportTexts::fromLookup(const Lookup &text, LocalDates dates)
{
    ReportTexts t;
    t.dates = std::move(dates);
    take(text, "CoachDeck.Report.Title.Coach", t.titleCoach);
    take(text, "CoachDeck.Report.Title.Client", t.titleClient);
    take(text, "CoachDeck.Report.Title.Sponsor", t.titleSponsor);
    take(text, "CoachDeck.Report.Notice.Coach", t.noticeCoach);
    take(text, "CoachDeck.Report.Notice.Client", t.noticeClient);
    take(text, "CoachDeck.Report.Notice.Sponsor", t.noticeSponsor);
    take(text, "CoachDeck.Report.SessionOf", t.sessionOf);
    take(text, "CoachDeck.Report.Coachee", t.coachee);
    take(text, "CoachDeck.Report.Engagement", t.engagement);
    take(text, "CoachDeck.Report.Sponsor", t.sponsor);
    take(text, "CoachDeck.Report.Date", t.date);
    take(text, "CoachDeck.Report.Modality.Video", t.video);
    take(text, "CoachDeck.Report.Modality.InPerson", t.inPerson);
    take(text, "CoachDeck.Report.Agenda", t.agenda);
    take(text, "CoachDeck.Report.Item", t.item);
    take(text, "CoachDeck.Report.Planned", t.planned);
    take(text, "CoachDeck.Report.Actual", t.actual);
    take(text, "CoachDeck.Report.Total", t.total);
    take(text, "CoachDeck.Report.Minutes", t.minutes);
    take(text, "CoachDeck.Report.Item.Pending", t.pending);
    take(text, "CoachDeck.Report.Item.Active", t.active);
    take(text, "CoachDeck.Report.Item.Done", t.done);
    take(text, "CoachDeck.Report.Preparation", t.preparation);
    take(text, "CoachDeck.Report.Notes", t.notes);
    take(text, "CoachDeck.Report.NoNotes", t.noNotes);
    take(text, "CoachDeck.Report.Visibility.Private", t.visibilityPrivate);
    take(text, "CoachDeck.Report.Visibility.Client", t.visibilityClient);
    take(text, "CoachDeck.Report.Visibility.Sponsor", t.visibilitySponsor);
    take(text, "CoachDeck.Report.ValidatedOn", t.validatedOn);
    take(text, "CoachDeck.Report.NotValidated", t.notValidated);
    take(text, "CoachDeck.Report.NoteOn", t.noteOn);
    take(text, "CoachDeck.Report.Actions", t.actions);
    take(text, "CoachDeck.Report.NoActions", t.noActions);
    take(text, "CoachDeck.Report.What", t.what);
    take(text, "CoachDeck.Report.Owner", t.owner);
    take(text, "CoachDeck.Report.Due", t.due);
    take(text, "CoachDeck.Report.Status", t.status);
    take(text, "CoachDeck.Report.Action.Open", t.actionOpen);
    take(text, "CoachDeck.Report.Action.Done", t.actionDone);
    take(text, "CoachDeck.Report.Action.Dropped", t.actionDropped);
    take(text, "CoachDeck.Report.Images", t.images);
    take(text, "CoachDeck.Report.TakenAt", t.takenAt);
    take(text, "CoachDeck.Report.LabelsHidden", t.labelsHidden);
    take(text, "CoachDeck.Overlay.Text.Step", t.step);
    take(text, "CoachDeck.Report.Progress", t.progress);
    take(text, "CoachDeck.Report.Progress.Sessions", t.progressSessions);
    take(text, "CoachDeck.Report.Progress.Time", t.progressTime);
    take(text, "CoachDeck.Report.Progress.Next", t.progressNext);
    take(text, "CoachDeck.Report.Page", t.page);
    return t;
}

QString ReportTexts::title(ReportAudience audience) const
{
    switch (audience) {
    case ReportAudience::Coach:
        return titleCoach;
    case ReportAudience::Client:
        return titleClient;
    case ReportAudience::Sponsor:
        return titleSponsor;
    }
    return titleClient;
}

QString ReportTexts::notice(ReportAudience audience) const
{
    switch (audience) {
    case ReportAudience::Coach:
        return noticeCoach;
    case ReportAudience::Client:
        return noticeClient;
    case ReportAudience::Sponsor:
        return noticeSponsor;
    }
    return noticeClient;
}

QString ReportTexts::modality(Modality value) const
{
    return value == Modality::InPerson ? inPerson : video;
}

QString ReportTexts::itemStatus(ItemStatus value) const
{
    switch (value) {
    case ItemStatus::Pending:
        return pending;
    case ItemStatus::Active:
        return active;
    case ItemStatus::Done:
        return done;
    }
    return pending;
}

QString ReportTexts::visibility(Visibility value) const
{
    switch (value) {
    case Visibility::CoachPrivate:
        return visibilityPrivate;
    case Visibility::SharedWithClient:
        return visibilityClient;
    case Visibility::ReportableToSponsor:
        return visibilitySponsor;
    }
    return visibilityPrivate;
}

QString ReportTexts::actionStatus(ActionStatus value) const
{
    switch (value) {
    case ActionStatus::Open:
        return actionOpen;
    case ActionStatus::Done:
        return actionDone;
    case ActionStatus::Dropped:
        return actionDropped;
    }
    return actionOpen;
}

QString ReportTexts::pageOf(int pageNumber, int total) const
{
    // A locale file of before the total ("Page %1") still gives the page number.
    if (page.contains(QLatin1String("%2")))
        return page.arg(pageNumber).arg(total);
    return page.arg(pageNumber);
}

QString ReportTexts::formatMinutes(Millis duration) const
{
    return minutes.arg(time_text::wholeMinutes(duration));
}

OverlayTexts ReportTexts::overlayTexts() const
{
    OverlayTexts texts;
    texts.step = step;
    return texts;
}

} // namespace coachdeck
