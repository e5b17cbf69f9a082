#!/usr/bin/env python3
"""How often an OBS host fails by itself, without CoachDeck: a measurement, not a test.

Runs N start/quit cycles of the OBS under test with no CoachDeck installed, varied as the e2e
lifecycle test varies them (a 1080p colour source in two scenes, a screenshot of it, a new scene
collection just before quitting), in one home folder, and counts how each cycle ended: a clean
exit (0, no leak), a crash at exit, obs-websocket not answering, leaks. The faults this finds are
the ones obs_session.HOSTS_WITH_OWN_FAULTS names (docs/hosts.md).

    scripts/obs-host run 32 python3 tests/obs/host_baseline.py --cycles 60
    /usr/bin/python3 tests/obs/host_baseline.py --cycles 60          # Debian 12's OBS 29
"""

import argparse
import collections
import pathlib
import re
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))

from measure_host import BareObsSession  # noqa: E402
from obsws import NoAnswer  # noqa: E402


def one_cycle(session, cycle):
    """How this cycle ended, in a few words."""
    try:
        with session.websocket() as obs:
            if cycle % 4 >= 2:
                scene = obs.request("GetCurrentProgramScene")["currentProgramSceneName"]
                obs.request("CreateInput", {"sceneName": scene, "inputName": "Colour",
                                            "inputKind": "color_source_v3",
                                            "inputSettings": {"width": 1920, "height": 1080}})
                obs.request("CreateScene", {"sceneName": "Second"})
                obs.request("CreateSceneItem", {"sceneName": "Second", "sourceName": "Colour"})
                obs.request("SetCurrentProgramScene", {"sceneName": "Second"})
                obs.request("GetSourceScreenshot", {"sourceName": "Colour", "imageFormat": "png",
                                                    "imageWidth": 320})
            if cycle % 4 == 3 or cycle % 5 == 4:
                obs.request("CreateSceneCollection", {"sceneCollectionName": f"Other {cycle}"})
    except NoAnswer:
        session.stop_obs()
        return "obs-websocket did not answer"
    session.close(timeout_s=120)  # returns the exit code: the host's faults are counted here
    code = session.returncode
    leaks = re.search(r"Number of memory leaks: (\d+)\s*$", session.log_text(), re.MULTILINE)
    if code != 0:
        return f"exit {code}"
    if not leaks:
        return "no leak count"
    return "clean" if leaks.group(1) == "0" else "leaks"


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--obs", default="obs")
    parser.add_argument("--cycles", type=int, default=40)
    args = parser.parse_args()

    session = BareObsSession(args.obs, "/nonexistent", "/nonexistent")
    # Counted, not raised: what the harness calls a host fault is what this measures.
    session.own_fault_at_exit = lambda: None
    endings = collections.Counter()
    with session:
        for cycle in range(args.cycles):
            if cycle:
                session.forget_scene_collections()
                session.start_again()
            session.wait_for_log(r"==== Startup complete", timeout_s=120)
            ending = one_cycle(session, cycle)
            endings[ending] += 1
            print(f"cycle {cycle + 1}/{args.cycles}: {ending}", flush=True)
    version = ".".join(map(str, session.version))
    print(f"OBS {version} without CoachDeck, {args.cycles} cycles: " +
          ", ".join(f"{count} {ending}" for ending, count in endings.most_common()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
