// "Edit engagement…": the plan of the shown engagement, through the engagement dialog.
#include "ui/EngagementPanel.hpp"

#include "ui/QtText.hpp"

namespace coachdeck {

Status EngagementPanel::editPlan(const Engagement &plan)
{
    if (!folder_)
        return Error(qt_text::to(text_("CoachDeck.Engagement.None")));
    // What is on disk now is what changes; a file that does not load is never overwritten.
    Result<Engagement> current = EngagementStore::load(*folder_);
    if (!current)
        return Error(qt_text::to(text_("CoachDeck.Engagement.Edit.LoadFailed")
                                     .arg(qt_text::from(current.error().message()))));
    Engagement edited = std::move(current).value();
    const QString client = qt_text::from(edited.clientPseudonym);
    // The pseudonym names the folder and is in every session: it stays, as do unknown keys.
    edited.sponsor = plan.sponsor;
    edited.sessionsPlanned = plan.sessionsPlanned;
    edited.hoursPlanned = plan.hoursPlanned;
    edited.cadenceDays = plan.cadenceDays;
    edited.startDate = plan.startDate;
    if (Status saved = EngagementStore::save(*folder_, edited); !saved)
        return Error(qt_text::to(text_("CoachDeck.Engagement.Edit.SaveFailed")
                                     .arg(client, qt_text::from(saved.error().message()))));
    reload();
    return ok();
}

void EngagementPanel::askAndEdit()
{
    if (!folder_)
        return;
    Result<Engagement> current = EngagementStore::load(*folder_);
    if (!current) {
        emit failed(text_("CoachDeck.Engagement.Edit.LoadFailed")
                        .arg(qt_text::from(current.error().message())));
        return;
    }
    const std::optional<Engagement> answer = askPlan_(*current);
    if (!answer)
        return;
    if (Status saved = editPlan(*answer); !saved)
        emit failed(qt_text::from(saved.error().message()));
    else
        emit notice(
            text_("CoachDeck.Engagement.Edit.Saved").arg(qt_text::from(current->clientPseudonym)));
}

} // namespace coachdeck
