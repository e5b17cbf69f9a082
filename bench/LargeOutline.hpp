#pragma once

#include "core/Outline.hpp"
#include "core/WallTimeText.hpp"

#include <cstddef>
#include <string>

namespace coachdeck {

/// A large but plausible outline: a long session whose constellation was
/// captured at every step. Deterministic, valid under outline_rules, with text
/// of realistic length (accents included). The defaults are the benchmark's
/// size: 100 agenda items, 40 figures, 300 snapshots of a full board, 500
/// notes, 50 actions. Used by bench/ and by tests that need a big file.
struct LargeOutline {
    std::size_t agendaItems = 100;
    std::size_t figures = 40;
    std::size_t snapshots = 300;
    std::size_t notes = 500;
    std::size_t actions = 50;

    Outline build() const
    {
        using std::chrono::minutes;
        using std::chrono::seconds;
        const WallTime start = *parseWallTime("2026-11-22T09:00:00.000Z");

        Outline o;
        o.session.clientPseudonym = "Claire D.";
        o.session.engagement = "Prise de poste — direction commerciale, accompagnement 2026";
        o.session.sessionNumber = 4;
        o.session.sessionCount = 10;
        o.session.date = Date{2026, 11, 22};
        o.session.sponsor = "DRH, Groupe Martin";

        const std::size_t current = agendaItems / 2;
        for (std::size_t i = 0; i < agendaItems; ++i) {
            AgendaItem item;
            item.id = "item-" + std::to_string(i + 1);
            item.title =
                "Point " + std::to_string(i + 1) + " : exploration de la situation avec l'équipe";
            item.planned = minutes(5 + static_cast<int>(i % 25));
            item.adjustment = i % 7 == 0 ? minutes(2) : minutes(0);
            item.notes = "Préparation : revenir sur ce qui a changé depuis la dernière séance, "
                         "questions d'échelle, ce que la cliente veut garder.";
            item.status = i < current    ? ItemStatus::Done
                          : i == current ? ItemStatus::Active
                                         : ItemStatus::Pending;
            item.actual = i <= current ? seconds(240 + static_cast<int>(i * 7 % 600)) : seconds(0);
            o.agenda.push_back(std::move(item));
        }
        if (agendaItems > 0) {
            o.clock.status = ClockStatus::Running;
            o.clock.currentItemId = o.agenda[current].id;
            o.clock.startedAt = start;
            o.clock.runningSinceWall = start + minutes(95);
        }

        o.board = boardAt(0);
        for (std::size_t s = 0; s < snapshots; ++s) {
            Snapshot snapshot;
            snapshot.id = "snap-" + std::to_string(s + 1);
            snapshot.name = "Étape " + std::to_string(s + 1) + " : la cliente déplace une figure";
            snapshot.takenAt = start + seconds(60 + static_cast<int>(s) * 20);
            if (agendaItems > 0)
                snapshot.agendaItemId = o.agenda[s % agendaItems].id;
            snapshot.board = boardAt(s + 1);
            o.snapshots.push_back(std::move(snapshot));
        }

        for (std::size_t i = 0; i < notes; ++i) {
            Note note;
            note.id = "note-" + std::to_string(i + 1);
            note.createdAt = start + seconds(30 + static_cast<int>(i) * 11);
            if (agendaItems > 0 && i % 4 != 0)
                note.agendaItemId = o.agenda[i % agendaItems].id;
            note.text = "Observation " + std::to_string(i + 1) +
                        " : elle se tourne vers le CEO puis recule d'un pas ; le regard va vers "
                        "l'équipe. Elle dit « je n'ose pas déranger ». Revenir sur ce mouvement "
                        "à la prochaine séance et sur ce qu'il dit de sa place au comité.";
            note.visibility = static_cast<Visibility>(1 + i % 3);
            if (note.visibility == Visibility::ReportableToSponsor && i % 2 == 0)
                note.validatedOn = Date{2026, 11, 23};
            o.notes.push_back(std::move(note));
        }

        for (std::size_t i = 0; i < actions; ++i) {
            ActionItem action;
            action.id = "action-" + std::to_string(i + 1);
            action.what = "Action " + std::to_string(i + 1) +
                          " : demander un point mensuel au CEO et préparer trois sujets";
            action.owner = i % 2 == 0 ? "Claire" : "Coach";
            if (i % 5 != 0)
                action.due = Date{2026, 12, 1 + static_cast<int>(i % 28)};
            action.status = static_cast<ActionStatus>(1 + i % 3);
            o.actions.push_back(std::move(action));
        }

        if (figures > 0)
            o.display.perspectiveFigureId = "f1";
        if (snapshots > 0)
            o.display.shownSnapshotId = o.snapshots.back().id;
        return o;
    }

private:
    /// The board at step `step`: every figure a little elsewhere, turned a little.
    Board boardAt(std::size_t step) const
    {
        Board board;
        for (std::size_t i = 0; i < figures; ++i) {
            Figure f = defaultFigure(static_cast<FigureKind>(1 + i % 7));
            f.id = "f" + std::to_string(i + 1);
            f.label = "Représentant " + std::to_string(i + 1);
            f.position.x = 40.0 + static_cast<double>((i * 37 + step * 13) % 1520) + 0.25;
            f.position.y = 40.0 + static_cast<double>((i * 53 + step * 7) % 820) + 0.5;
            if (f.facingDegrees)
                f.facingDegrees = static_cast<double>((i * 45 + step * 10) % 360);
            board.figures.push_back(std::move(f));
        }
        Zone outer;
        outer.id = "z1";
        outer.label = "L'entreprise";
        Zone inner;
        inner.id = "z2";
        inner.label = "Le comité de direction";
        inner.shape = ZoneShape::Ellipse;
        inner.topLeft = {400, 200};
        inner.width = 800;
        inner.height = 500;
        board.zones = {outer, inner};
        return board;
    }
};

} // namespace coachdeck
