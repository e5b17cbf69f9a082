#pragma once

#include "core/Engagement.hpp"
#include "core/EngagementStore.hpp"
#include "core/Result.hpp"
#include "render/LocalDates.hpp"
#include "ui/TextLookup.hpp"

#include <QString>
#include <QWidget>

#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QAction;

namespace Ui {
class EngagementPanel;
}

namespace coachdeck {

class SessionController;
class SessionLibrary;

/// The engagement of the open session at a glance ("Session 4 of 10 · 7.5 h of 20 h · next
/// session due 12 December 2026", dates in the OBS language), a list to switch engagement
/// (opens its latest session), Next session, and a menu with New engagement…, Edit
/// engagement… (its plan) and Delete this client's data…. Engagements live under the library's
/// folder, in engagements/; sessions always open from their engagement folder, through the
/// controller. UI thread.
class EngagementPanel : public QWidget {
    Q_OBJECT

public:
    /// Asks the coach for a new engagement; nothing when cancelled.
    using AskEngagement = std::function<std::optional<Engagement>(const Engagement &initial)>;
    /// Asks the coach to confirm (title, question); true to go ahead.
    using Confirm = std::function<bool(const QString &title, const QString &question)>;

    EngagementPanel(SessionController &controller, SessionLibrary &library, TextLookup text,
                    LocalDates dates, QWidget *parent = nullptr);
    ~EngagementPanel() override;

    /// Where the engagements live: the library's folder + "engagements".
    const EngagementStore &store() const { return store_; }
    /// The engagement folder shown (the open session's, or the one chosen in the list).
    const std::optional<std::filesystem::path> &folder() const { return folder_; }
    QString summary() const;

    // The dialogs, replaceable (tests answer them without a modal loop).
    void setAskEngagement(AskEngagement ask) { ask_ = std::move(ask); }
    /// Asks the coach for the shown engagement's new plan (the dialog, to edit).
    void setAskPlan(AskEngagement ask) { askPlan_ = std::move(ask); }
    void setConfirm(Confirm confirm) { confirm_ = std::move(confirm); }

    // What the buttons do once the coach has answered (tests may call these directly).
    /// Creates the engagement and its first session (the agenda of `agendaTemplate`, or none),
    /// and opens that session.
    Status createEngagement(const Engagement &engagement, const Outline *agendaTemplate = nullptr);
    /// Writes the plan of `plan` (sponsor, sessions and hours planned, days between sessions,
    /// first session) into the shown engagement's engagement.json, read again first: its
    /// pseudonym and unknown keys stay. A file that does not load is never written; on any
    /// failure the file is as it was.
    Status editPlan(const Engagement &plan);
    /// Writes session n+1 of the shown engagement (open actions carried over) and opens it.
    Status startNextSession();
    /// Removes every file of the shown engagement; the open session is closed first if it is
    /// one of them. Returns the paths removed.
    Result<std::vector<std::filesystem::path>> deleteClientData();
    /// Shows `folder`'s engagement and opens its latest session, if it has one.
    Status showEngagement(const std::filesystem::path &folder);

signals:
    /// Something the coach asked for failed: what to show.
    void failed(const QString &message);
    /// Something worth saying happened (the client's data was deleted).
    void notice(const QString &message);

private:
    void retranslate();
    void onFileChanged();
    void reload();
    void refresh();
    void rebuildList();
    void askAndCreate();
    void askAndEdit();
    void confirmAndDelete();
    bool openSessionIsIn(const std::filesystem::path &folder) const;
    Status openSession(const std::filesystem::path &file);

    std::unique_ptr<Ui::EngagementPanel> ui;
    QAction *newAction_ = nullptr;
    QAction *editAction_ = nullptr;
    QAction *deleteAction_ = nullptr;
    SessionController &controller_;
    SessionLibrary &library_;
    TextLookup text_;
    LocalDates dates_;
    EngagementStore store_;
    AskEngagement ask_;
    AskEngagement askPlan_;
    Confirm confirm_;
    std::optional<std::filesystem::path> folder_;
    // What was read of the shown engagement; the open session's live outline stands in for
    // its file when the summary is computed.
    std::optional<Engagement> engagement_;
    std::vector<EngagementStore::SessionFile> sessions_;
    QString loadError_;
    bool rebuilding_ = false;
};

} // namespace coachdeck
