#!/usr/bin/env python3
"""End-to-end: OBS killed with SIGKILL in mid-session, started again, reopens the session.

A session runs (loaded and edited through the websocket: figures, snapshots; its notes come
with the outline file and must survive the rewrites), nothing is touched for a few seconds,
then OBS gets SIGKILL: no shutdown, no save at exit. The next start must reopen the session
with every figure, note and snapshot, and the running clock's elapsed time within 2 s of what
it was at the kill plus the time OBS was down. That OBS then quits cleanly. Then the disk
breaks the session file between two runs: the next start must say why it is not reopened, offer
its backup, and leave the broken file as it was through a whole run and a clean exit.

Run by ctest (label e2e) with /usr/bin/python3; see tests/obs/CMakeLists.txt.
"""

import json
import pathlib
import signal
import sys
import time

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))

from coachdeck_e2e import (arguments, call, check, close_cleanly, main_with_session,  # noqa: E402
                           outline, wait_started)

NOTES = [
    {"id": "n1", "createdAt": "2026-11-22T09:35:00.000Z", "agendaItem": "check-in",
     "visibility": "private", "validatedOn": None, "text": "Tired; do not push."},
    {"id": "n2", "createdAt": "2026-11-22T09:58:00.000Z", "agendaItem": "work",
     "visibility": "client", "validatedOn": None, "text": "Turning towards the goal."},
]
# Edits older than this at the kill must survive (the autosave's promise).
QUIET_BEFORE_KILL_S = 2.5
ELAPSED_TOLERANCE_S = 2.0


def board_of(state):
    return [(f["id"], f["kind"], f["x"], f["y"], f.get("facing")) for f in state["board"]["figures"]]


def run(session):
    file = session.session_file("recovery-outline")
    file.write_text(json.dumps(outline(notes=NOTES)), encoding="utf-8")
    wait_started(session)
    with session.websocket() as obs:
        call(obs, "LoadOutline", {"name": file.stem})
        call(obs, "Start")
        for n, kind in enumerate(["self", "person", "goal", "obstacle"]):
            call(obs, "AddFigure", {"kind": kind, "label": kind, "x": 200 + 150 * n, "y": 300})
        call(obs, "TakeSnapshot", {"name": "Initial image"})
        call(obs, "MoveFigure", {"figureId": "f1", "x": 650, "y": 500})
        call(obs, "RotateFigure", {"figureId": "f1", "degrees": 45})
        call(obs, "NextItem")
        call(obs, "TakeSnapshot", {"name": "Second image"})
        last_edit = time.monotonic()
        before = call(obs, "GetState")
        # A pause in the scenario (not a wait for something): the edits must be 2 s old.
        time.sleep(max(0.0, QUIET_BEFORE_KILL_S - (time.monotonic() - last_edit)))
        at_kill = call(obs, "GetState")
        killed_at = time.monotonic()
        session.process.send_signal(signal.SIGKILL)
        session.process.wait(timeout=30)
    print(f"OBS killed {killed_at - last_edit:.1f} s after the last edit; the clock showed "
          f"{at_kill['clock']['elapsedSeconds']:.1f} s elapsed")

    session.forget_scene_collections()  # OBS 29.0.2's own leak on loading one; see obs_session
    session.start_again()
    wait_started(session)
    session.wait_for_log(r"\[coachdeck\] session reopened")
    with session.websocket() as obs:
        after = call(obs, "GetState")
        downtime = time.monotonic() - killed_at
        check(board_of(after) == board_of(before),
              f"figures lost:\nbefore {board_of(before)}\nafter  {board_of(after)}")
        check(after["snapshots"] == before["snapshots"],
              f"snapshots lost:\nbefore {before['snapshots']}\nafter  {after['snapshots']}")
        check(after["clock"]["status"] == "running"
              and after["clock"]["currentItem"] == before["clock"]["currentItem"],
              f"clock after restart: {after['clock']}")
        expected = at_kill["clock"]["elapsedSeconds"] + downtime
        loss = expected - after["clock"]["elapsedSeconds"]
        check(abs(loss) <= ELAPSED_TOLERANCE_S,
              f"elapsed {after['clock']['elapsedSeconds']:.1f} s, expected {expected:.1f} s")
        copy = session.session_file("after-restart")
        call(obs, "SaveOutline", {"name": copy.stem})
        notes = json.loads(copy.read_text(encoding="utf-8"))["notes"]
        check([(n["id"], n["text"]) for n in notes] == [(n["id"], n["text"]) for n in NOTES],
              f"notes after restart: {notes}")
        # One more edit, written at exit: the file saved above becomes its backup.
        call(obs, "AddFigure", {"kind": "goal", "label": "later", "x": 800, "y": 600})
    print(f"reopened after SIGKILL: {len(board_of(after))} figures, {len(after['snapshots'])} "
          f"snapshots, {len(notes)} notes all there; elapsed off by {loss:+.2f} s "
          f"(OBS down {downtime:.1f} s)")
    close_cleanly(session, "after recovery: ")
    print("OBS closed cleanly after the recovery (exit 0, 0 leaks)")
    check(copy.with_name(copy.name + ".bak").is_file(), "no backup beside the session file")

    # The disk breaks the session file between two runs: OBS must say why it is not reopened,
    # leave it as it is and offer the backup (docs/hardening.md).
    broken = b'{"format": "coachdeck.outline", "agenda": [{"id": "che'
    copy.write_bytes(broken)
    session.forget_scene_collections()
    session.start_again()
    wait_started(session)
    session.wait_for_log(rf"\[coachdeck\] last session {copy.name} not reopened: ")
    session.wait_for_log(rf"\[coachdeck\] a whole version of {copy.name} is offered: "
                         rf"{copy.name}\.bak")
    with session.websocket() as obs:
        figures = call(obs, "GetState")["board"]["figures"]
        check(not figures, f"an unreadable session still showed figures: {figures}")
    close_cleanly(session, "after an unreadable last session: ")
    check(copy.read_bytes() == broken, "the unreadable session file was written over")
    print(f"an unreadable {copy.name}: said why at start, its backup offered, the file left as "
          "it was through a whole run")


def main():
    args = arguments(__doc__)
    return main_with_session(args, run, "a killed OBS reopens the session intact")


if __name__ == "__main__":
    sys.exit(main())
