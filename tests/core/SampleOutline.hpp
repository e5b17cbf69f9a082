#pragma once

#include "core/Session.hpp"

namespace coachdeck::samples {

/// A session as a coach leaves it: every part filled, the clock paused mid-way.
inline Outline sampleOutline()
{
    using namespace std::chrono_literals;
    ManualClock clock;
    Session session(clock);
    SessionMetadata meta;
    meta.clientPseudonym = "Eric";
    meta.engagement = "Évolution professionnelle OMEGA";
    meta.sessionNumber = 3;
    meta.sessionCount = 10;
    meta.date = Date{2026, 11, 22};
    meta.sponsor = "Direction technique";
    (void)session.setMetadata(meta);
    (void)session.addItem("Accueil", 10min);
    const std::string explore = session.addItem("Exploration", 40min).value();
    (void)session.addItem("Constellation", 50min);
    (void)session.addItem("Plan d'action", 15min);
    (void)session.start();
    clock.advance(11min);
    (void)session.next();
    Figure self = defaultFigure(FigureKind::Self);
    self.label = "Moi";
    self.position = {800, 450};
    const std::string me = session.addFigure(self).value();
    Figure boss = defaultFigure(FigureKind::Person);
    boss.label = "La direction";
    boss.position = {1300, 200};
    boss.facingDegrees = 225;
    (void)session.addFigure(boss);
    Figure goal = defaultFigure(FigureKind::Goal);
    goal.label = "Responsable technique";
    goal.position = {1400, 700};
    (void)session.addFigure(goal);
    Zone zone;
    zone.label = "OMEGA";
    (void)session.addZone(zone);
    (void)session.takeSnapshot("Image initiale");
    (void)session.moveFigure(me, {1000, 400});
    (void)session.rotateFigure(me, 45);
    (void)session.takeSnapshot("Image de résolution");
    (void)session.addNote("Hésite à nommer le conflit", Visibility::CoachPrivate);
    (void)session.addNote("Se sent reconnu techniquement", Visibility::SharedWithClient);
    const std::string sponsor =
        session.addNote("Prêt à présenter son projet", Visibility::ReportableToSponsor).value();
    Note validated = session.outline().notes.back();
    validated.validatedOn = Date{2026, 11, 22};
    (void)session.editNote(validated);
    ActionItem action;
    action.what = "Préparer l'entretien avec la direction";
    action.owner = "Eric";
    action.due = Date{2026, 12, 10};
    (void)session.addAction(action);
    (void)session.setTimerVisible(true);
    clock.advance(7min);
    (void)session.pause();
    (void)explore;
    (void)sponsor;
    return session.outline();
}

} // namespace coachdeck::samples
