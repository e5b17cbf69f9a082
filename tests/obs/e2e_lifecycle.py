#!/usr/bin/env python3
"""End-to-end: OBS with CoachDeck started and quit N times in one home folder, with variations.

Each cycle varies what is going on when the user quits: nothing; the dock shown floating (from
the Docks menu, clicked through X); a session running (loaded and started through the
websocket, figures on the board); an overlay shown in two scenes; the scene collection switched
just before quitting. Every quit must exit 0 with OBS's leak count at 0 and
no crash report. Before each restart the saved scene collections are deleted: OBS 29.0.2 leaks
one allocation whenever it loads one, even with no plugin at all, which would hide ours. The
plugin's own files (last session, hotkeys) and global.ini (dock layout) are kept, so each start
reopens the previous session and restores the dock.

Run by ctest (label e2e) with /usr/bin/python3; see tests/obs/CMakeLists.txt. --cycles sets N.
"""

import json
import pathlib
import sys
import time

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))

from coachdeck_e2e import (HOST_FAULT_ATTEMPTS, arguments, call, check, close_cleanly, main_with_session,  # noqa: E402
                           outline, wait_started)
from dock_screenshot import show_dock_from_menu  # noqa: E402
from obs_session import ObsSessionError  # noqa: E402
from obsws import EVENTS_TRANSITIONS, ObsWebSocketError  # noqa: E402

INPUT = "CoachDeck lifecycle"


def variation(cycle):
    return {
        "dock_floating": cycle % 3 == 2,
        "running": cycle % 2 == 1,
        "two_scenes": cycle % 4 >= 2,
        "switch_collection": cycle % 4 == 3 or cycle % 5 == 4,
    }


def one_cycle(session, cycle):
    v = variation(cycle)
    wait_started(session)
    if v["dock_floating"]:
        show_dock_from_menu(session)
    with session.websocket(event_subscriptions=EVENTS_TRANSITIONS) as obs:
        if cycle and variation(cycle - 1)["running"]:
            check("[coachdeck] session reopened" in session.log_text(),
                  f"cycle {cycle + 1}: the running session of the cycle before was not reopened")
        if v["running"]:
            # A file of its own each cycle: the session reopened at start is autosaved to its own
            # file a moment later, and must not race with the outline written here.
            file = session.session_file(f"lifecycle-{cycle + 1}")
            file.write_text(json.dumps(outline()), encoding="utf-8")
            call(obs, "LoadOutline", {"name": file.stem})
            call(obs, "Start")
            call(obs, "AddFigure", {"kind": "self", "label": f"c{cycle}", "x": 300, "y": 200})
            call(obs, "TakeSnapshot", {"name": f"cycle {cycle}"})
        if v["two_scenes"]:
            scene = obs.request("GetCurrentProgramScene")["currentProgramSceneName"]
            obs.request("CreateInput", {"sceneName": scene, "inputName": INPUT,
                                        "inputKind": "coachdeck_overlay",
                                        "inputSettings": {"view": "everything"}})
            obs.request("CreateScene", {"sceneName": "Second"})
            obs.request("CreateSceneItem", {"sceneName": "Second", "sourceName": INPUT})
            obs.request("SetCurrentProgramScene", {"sceneName": "Second"})
            # The quit comes once the switch has finished, as a user's would: OBS 32 may crash or
            # leak by itself when it quits during the transition (docs/hosts.md).
            obs.wait_for_event("SceneTransitionEnded")
            obs.request("GetSourceScreenshot", {"sourceName": INPUT, "imageFormat": "png",
                                                "imageWidth": 320})
        if v["switch_collection"]:
            obs.request("CreateSceneCollection", {"sceneCollectionName": f"Other {cycle}"})
    close_cleanly(session, f"cycle {cycle + 1} ({', '.join(k for k, on in v.items() if on) or 'idle'}): ")


def run(session, cycles):
    times = []
    faults = 0
    for cycle in range(cycles):
        started = time.monotonic()
        for attempt in range(1, HOST_FAULT_ATTEMPTS + 1):
            if cycle or attempt > 1:
                session.forget_scene_collections()
                session.start_again()
            try:
                one_cycle(session, cycle)
                break
            except (ObsSessionError, ObsWebSocketError) as error:
                fault = session.host_fault(error)
                if not fault or attempt == HOST_FAULT_ATTEMPTS:
                    raise
                faults += 1
                print(f"cycle {cycle + 1}: HOST FAULT (attempt {attempt} of "
                      f"{HOST_FAULT_ATTEMPTS}, the cycle runs again): {fault}")
                session.stop_obs()
        times.append(time.monotonic() - started)
        kinds = ", ".join(k for k, on in variation(cycle).items() if on) or "idle"
        print(f"cycle {cycle + 1}/{cycles} ({kinds}): exit 0, 0 leaks, no crash, "
              f"{times[-1]:.1f} s")
    print(f"{cycles} start/quit cycles: 0 crashes, 0 leaks; "
          f"{sum(times) / len(times):.1f} s per cycle on average; {faults} host fault(s)")


def main():
    args = arguments(__doc__, lambda p: p.add_argument("--cycles", type=int, default=20))
    return main_with_session(args, lambda s: run(s, args.cycles),
                             f"{args.cycles} clean start/quit cycles")


if __name__ == "__main__":
    sys.exit(main())
