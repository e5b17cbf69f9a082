#pragma once

// A session as a client would see it mid-way, for golden screenshots and benchmarks.

#include "core/ClientView.hpp"
#include "core/Outline.hpp"

#include <chrono>
#include <string>

namespace coachdeck::overlay_sample {

using namespace std::chrono_literals;

/// The instant the sample is shown at: 31 min 20 s into the constellation item.
inline constexpr MonoTime kRunningSince = MonoTime{} + 2h;
inline constexpr MonoTime kNow = kRunningSince + 11min + 20s;
/// 10:41 UTC on the session day.
inline constexpr WallTime kWallNow{Millis{1'795'084'860'000}};

inline Figure figure(FigureKind kind, std::string id, std::string label, BoardPoint at,
                     std::optional<double> facing)
{
    Figure f = defaultFigure(kind);
    f.id = std::move(id);
    f.label = std::move(label);
    f.position = at;
    if (f.facingDegrees || facing)
        f.facingDegrees = facing;
    return f;
}

inline Board initialBoard()
{
    Board b;
    b.figures = {
        figure(FigureKind::Self, "me", "Me", {560, 560}, 300.0),
        figure(FigureKind::Person, "manager", "My manager", {1120, 300}, 200.0),
        figure(FigureKind::Group, "team", "The team", {1220, 640}, 270.0),
        figure(FigureKind::Goal, "goal", "Head of engineering", {1380, 170}, std::nullopt),
        figure(FigureKind::Obstacle, "habits", "Old habits", {640, 260}, std::nullopt),
        figure(FigureKind::Resource, "mentor", "Mentor", {250, 720}, std::nullopt),
    };
    Zone company;
    company.id = "company";
    company.label = "Company";
    company.topLeft = {70, 50};
    company.width = 1460;
    company.height = 800;
    company.colour = {0x8a, 0x94, 0xa3};
    Zone team;
    team.id = "team-zone";
    team.label = "Team";
    team.shape = ZoneShape::Ellipse;
    team.topLeft = {930, 430};
    team.width = 560;
    team.height = 380;
    team.colour = {0x5b, 0x9b, 0xd5};
    b.zones = {company, team};
    return b;
}

inline Board resolutionBoard()
{
    Board b = initialBoard();
    b.figure("me")->position = {860, 470};
    b.figure("me")->facingDegrees = 80.0;
    b.figure("manager")->position = {1140, 330};
    b.figure("manager")->facingDegrees = 235.0;
    b.figure("team")->position = {1180, 620};
    b.figure("team")->facingDegrees = 300.0;
    b.figure("habits")->position = {260, 200};
    return b;
}

inline AgendaItem item(std::string id, std::string title, Millis planned, ItemStatus status,
                       Millis actual)
{
    AgendaItem i;
    i.id = std::move(id);
    i.title = std::move(title);
    i.planned = planned;
    i.status = status;
    i.actual = actual;
    return i;
}

/// Session 4 of 10, the constellation item running with 8:40 left, timer shown.
inline Outline outline()
{
    Outline o;
    o.session.clientPseudonym = "Camille";
    o.session.sessionNumber = 4;
    o.session.sessionCount = 10;
    o.agenda = {
        item("checkin", "Check-in", 10min, ItemStatus::Done, 9min + 12s),
        item("review", "Review of last actions", 15min, ItemStatus::Done, 17min + 40s),
        item("explore", "Exploration: the new role", 30min, ItemStatus::Done, 28min + 5s),
        item("constellation", "Constellation", 40min, ItemStatus::Active, 20min),
        item("plan", "Action plan", 15min, ItemStatus::Pending, 0min),
        item("closing", "Closing", 10min, ItemStatus::Pending, 0min),
    };
    o.agenda[0].notes = "Private preparation: ask about the weekend";
    o.clock.status = ClockStatus::Running;
    o.clock.currentItemId = "constellation";
    o.clock.runningSince = kRunningSince;
    o.clock.runningSinceWall = kWallNow - std::chrono::duration_cast<Millis>(kNow - kRunningSince);
    o.clock.startedAt = kWallNow - 86min;
    o.board = resolutionBoard();
    Snapshot first;
    first.id = "snap-1";
    first.name = "Initial image";
    first.board = initialBoard();
    Snapshot second;
    second.id = "snap-2";
    second.name = "Resolution image";
    second.board = resolutionBoard();
    o.snapshots = {first, second};
    Note note;
    note.id = "note-1";
    note.text = "Private: hesitates to name the conflict";
    o.notes = {note};
    o.display.timerVisible = true;
    return o;
}

} // namespace coachdeck::overlay_sample
