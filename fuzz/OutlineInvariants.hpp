#pragma once

#include <string_view>

// What must hold of every outline CoachDeck accepts, whichever way it came in (a file, a
// request, an edit): it obeys the rules, saves and loads back equal, saves to the same text
// again, projects for the client, and takes each kind of new element under a fresh id while
// staying valid. Shared by the fuzz targets.

#include "FuzzCheck.hpp"

#include "core/Json.hpp"
#include "core/OutlineJson.hpp"
#include "core/OutlineRules.hpp"
#include "core/RequestHandler.hpp"
#include "core/Session.hpp"

#include <chrono>
#include <exception>
#include <string>
#include <vector>

namespace coachdeck::fuzz {

/// Every problem of a refused input must be printable and fit in a JSON reply (the dock, the
/// log, a websocket answer): valid UTF-8.
inline void checkProblems(const Error &error)
{
    check(!error.problems.empty(), "refused without a reason");
    for (const Problem &problem : error.problems) {
        try {
            (void)Json(problem.describe()).dump();
        } catch (const std::exception &e) {
            fail("a problem is not printable", e.what());
        }
    }
}

inline void checkValid(const Outline &outline, const char *what)
{
    const std::vector<Problem> problems = outline_rules::checkOutline(outline);
    if (!problems.empty())
        fail(what, problems.front().describe());
}

/// The outline as a file keeps it: a running clock's monotonic anchor lives in memory only (a
/// session re-anchors it from the wall-clock instant on load).
inline Outline persisted(Outline outline)
{
    outline.clock.runningSince.reset();
    return outline;
}

/// The outline saves, loads back equal and saves to the same text again.
inline void checkRoundTrip(const Outline &live)
{
    const Outline outline = persisted(live);
    std::string text;
    try {
        text = outline_json::serialize(outline);
    } catch (const std::exception &e) {
        fail("a valid outline does not serialize", e.what());
    }
    Result<Outline> again = outline_json::parse(text);
    if (!again)
        fail("the saved text does not load back", again.error().message() + "\n" + text);
    if (!(again.value() == outline))
        fail("the saved text loads back as another outline",
             Json::diff(outline_json::toJson(outline), outline_json::toJson(again.value())).dump() +
                 "\n" + text);
    check(outline_json::serialize(again.value()) == text, "saving the reloaded outline differs");
    Result<Outline> viaDocument = outline_json::fromJson(outline_json::toJson(outline));
    check(viaDocument.ok() && viaDocument.value() == outline, "toJson then fromJson differs");
}

/// New elements of every kind get fresh ids and keep the outline valid.
inline void checkEditsStayValid(const Outline &outline)
{
    using namespace std::chrono_literals;
    ManualClock clock;
    Session session(clock, outline);
    checkValid(session.outline(), "an accepted outline is invalid once in a session");
    try {
        (void)RequestHandler::state(session).dump();
    } catch (const std::exception &e) {
        fail("the remote state of a valid outline does not serialize", e.what());
    }
    (void)session.addItem("Fuzz", 5min);
    checkValid(session.outline(), "adding an agenda item broke the outline");
    (void)session.addFigure(defaultFigure(FigureKind::Person));
    checkValid(session.outline(), "adding a figure broke the outline");
    (void)session.addZone(Zone{});
    checkValid(session.outline(), "adding a zone broke the outline");
    (void)session.takeSnapshot("Fuzz");
    checkValid(session.outline(), "taking a snapshot broke the outline");
    (void)session.addNote("Fuzz");
    checkValid(session.outline(), "adding a note broke the outline");
    ActionItem action;
    action.what = "Fuzz";
    (void)session.addAction(action);
    checkValid(session.outline(), "adding an action broke the outline");
}

inline void checkAcceptedOutline(const Outline &outline)
{
    checkValid(outline, "the loader accepted an outline that breaks the rules");
    checkRoundTrip(outline);
    checkEditsStayValid(outline);
}

/// Loads `text` as the plugin would and checks whichever way it went.
inline void checkParse(std::string_view text)
{
    Result<Outline> outline = outline_json::parse(text);
    if (outline)
        checkAcceptedOutline(outline.value());
    else
        checkProblems(outline.error());
}

} // namespace coachdeck::fuzz
