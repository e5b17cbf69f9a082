#!/usr/bin/env python3
"""End-to-end: two real OBS on one session, one writer.

OBS A opens a session and edits it through its obs-websocket. OBS B, a second OBS process on the
same machine with its own HOME and websocket but the same CoachDeck folder (a link to A's, as two
OBS profiles or OBS's --multi share it), opens the same session: it must show it read-only and
name A (program, process), write nothing to the file while A goes on saving its edits there, and
refuse to save over it. Then A is killed with SIGKILL (a crash, its lock never let go): B opens
the session again, takes the lock over, names A as the holder that had ended, and from then on
its edits reach the file. B quits cleanly.

Run by ctest (label e2e) with /usr/bin/python3; see tests/obs/CMakeLists.txt.
"""

import json
import pathlib
import signal
import sys
import time

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))

from coachdeck_e2e import (arguments, call, check, close_cleanly, main_with_session,  # noqa: E402
                           outline, refused, wait_started, wait_until)
from obs_session import ObsSession  # noqa: E402

NAME = "séance partagée"
# Longer than the autosave's quiet time (500 ms) with room to spare: what B did not write by
# then, it never writes.
SETTLE_S = 2.0


def figures_on_disk(file):
    board = json.loads(file.read_text(encoding="utf-8")).get("board", {})
    return [f["label"] for f in board.get("figures", [])]


def run(a, args):
    shared = a.session_file(NAME)
    shared.write_text(json.dumps(outline()), encoding="utf-8")
    wait_started(a)
    with a.websocket() as obs_a:
        opened = call(obs_a, "LoadOutline", {"name": NAME})
        check(opened.get("readOnly") is False, f"A's LoadOutline: {opened}")
        call(obs_a, "AddFigure", {"kind": "self", "label": "from A", "x": 300, "y": 300})
        wait_until(lambda: figures_on_disk(shared) == ["from A"],
                   f"A's edit never reached {shared.name}", timeout_s=10)

        b = ObsSession(args.obs, args.plugin, args.data)
        b.config_dir.joinpath("plugin_config").mkdir(parents=True)
        b.config_dir.joinpath("plugin_config", "coachdeck").symlink_to(
            a.config_dir / "plugin_config" / "coachdeck", target_is_directory=True)
        with b:
            wait_started(b)
            with b.websocket() as obs_b:
                held = call(obs_b, "LoadOutline", {"name": NAME})
                holder = held.get("heldBy") or {}
                check(held.get("readOnly") is True and holder.get("pid") == a.process.pid,
                      f"B opened A's session as {held}, A is process {a.process.pid}")
                check(holder.get("program", "").startswith("OBS "), f"holder: {holder}")
                b.wait_for_log(rf"\[coachdeck\] {NAME}\.json: this session is open in OBS "
                               rf"\S+ \(process {a.process.pid} on .+\), opened read-only here")
                state = call(obs_b, "GetState")
                check(state.get("readOnly") is True, f"B's GetState: readOnly {state.get('readOnly')}")
                call(obs_b, "AddFigure", {"kind": "person", "label": "from B", "x": 900, "y": 300})
                check([f["label"] for f in call(obs_b, "GetState")["board"]["figures"]]
                      == ["from A", "from B"], "B's edit is not shown in B")
                error = refused(obs_b, "SaveOutline", {"name": NAME})
                check(f"process {a.process.pid}" in error and "not written" in error,
                      f"B's SaveOutline over A's file: {error}")
                call(obs_a, "AddFigure", {"kind": "goal", "label": "A again", "x": 600, "y": 500})
                wait_until(lambda: figures_on_disk(shared) == ["from A", "A again"],
                           f"A's second edit never reached {shared.name}", timeout_s=10)
                # A pause in the scenario: long enough for an autosave of B's to have happened.
                time.sleep(SETTLE_S)
                check(figures_on_disk(shared) == ["from A", "A again"],
                      f"B wrote over A's session: {figures_on_disk(shared)}")
                print(f"A (process {a.process.pid}) writes {shared.name}; B shows it read-only, "
                      f"names A, refuses to save over it and wrote nothing in {SETTLE_S:.0f} s")

                a.process.send_signal(signal.SIGKILL)  # A crashes: its lock is never let go
                a.process.wait(timeout=30)
                check(shared.with_name(shared.name + ".lock").exists(),
                      "a killed OBS left no lock file (the takeover below would prove nothing)")
                taken = call(obs_b, "LoadOutline", {"name": NAME})
                check(taken.get("readOnly") is False, f"B after A's crash: {taken}")
                b.wait_for_log(rf"\[coachdeck\] {NAME}\.json: took over the lock left by OBS "
                               rf"\S+ \(process {a.process.pid} on .+\), which had ended")
                call(obs_b, "AddFigure", {"kind": "obstacle", "label": "B now", "x": 1200,
                                          "y": 600})
                wait_until(lambda: figures_on_disk(shared) == ["from A", "A again", "B now"],
                           f"B's edit after the takeover never reached {shared.name}",
                           timeout_s=10)
            print(f"after A's SIGKILL, B took the session over (A named as the holder that had "
                  f"ended) and writes it: {figures_on_disk(shared)}")
            close_cleanly(b, "B: ")
            check(not shared.with_name(shared.name + ".lock").exists(),
                  "B left its lock behind after a clean exit")
            print("B closed cleanly (exit 0, 0 leaks) and let go of the lock")


def main():
    args = arguments(__doc__)
    return main_with_session(args, lambda a: run(a, args),
                             "one writer between two real OBS, and a crashed writer taken over")


if __name__ == "__main__":
    sys.exit(main())
