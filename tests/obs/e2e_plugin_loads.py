#!/usr/bin/env python3
"""End-to-end: the built coachdeck.so loads into the real OBS, registers its dock, and OBS
closes cleanly (exit code 0, no leak, no crash); OBS saves the dock in its window layout, and a
second start in the same home folder (which restores that layout) goes just as well.

Run by ctest (label e2e) with /usr/bin/python3; see tests/obs/CMakeLists.txt.
"""

import base64
import configparser
import pathlib
import re
import sys
import time

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))

from coachdeck_e2e import arguments, main_with_session, wait_for_dock_window  # noqa: E402
from obs_session import ObsSessionError  # noqa: E402

DOCK_ID = "coachdeck_dock"


def check(condition, message):
    if not condition:
        raise ObsSessionError(message)


def saved_dock_state(session):
    """The object names in OBS's saved main-window layout (DockState in global.ini; user.ini
    from OBS 31 on)."""
    ini = configparser.ConfigParser(interpolation=None, strict=False)
    ini.optionxform = str
    ini.read(session.user_ini_path, encoding="utf-8")
    state = ini.get("BasicWindow", "DockState", fallback="")
    return base64.b64decode(state) if state else b""


def run_once(session, version, step):
    session.wait_for_log(r"\[coachdeck\] loaded version " + re.escape(version))
    session.wait_for_log(r"\[coachdeck\] dock registered " + DOCK_ID)
    session.wait_for_log(r"==== Startup complete")
    print(f"[{step}] plugin loaded and dock registered, "
          f"{time.monotonic() - session.started_at:.1f} s after OBS started")

    with session.websocket() as obs:
        reply = obs.request("GetVersion")
    check(reply.get("obsVersion"), f"GetVersion without obsVersion: {reply}")
    print(f"[{step}] obs-websocket: OBS {reply['obsVersion']}, "
          f"obs-websocket {reply.get('obsWebSocketVersion')}")

    # On first start the dock is a hidden floating window titled from the locale.
    wait_for_dock_window(session)

    code = session.close()
    check(code == 0, f"OBS exited with {code}")

    log = session.log_text()
    check("[coachdeck] dock removed " + DOCK_ID in log, "dock not removed at exit")
    check("[coachdeck] unloaded" in log, "module not unloaded")
    check(re.search(r"Number of memory leaks: 0\s*$", log, re.MULTILINE),
          "OBS reports memory leaks (or did not finish its shutdown)")
    check(not session.crash_reports(), f"crash reports: {session.crash_reports()}")
    errors = [line for line in session.stdout_text().splitlines()
              if line.startswith("error:") and "[coachdeck]" in line]
    check(not errors, "plugin logged errors:\n" + "\n".join(errors))
    print(f"[{step}] OBS closed cleanly (exit 0, 0 leaks, {session.close_requests} close "
          f"request(s)), {time.monotonic() - session.started_at:.1f} s after it started")


def run(session, version):
    run_once(session, version, "first start")
    check(DOCK_ID.encode("utf-16-be") in saved_dock_state(session),
          "dock missing from the layout OBS saved")
    print("[first start] OBS saved the dock in its window layout")
    # Same HOME again: OBS restores its saved layout, which must find our dock.
    session.forget_scene_collections()
    session.start_again()
    run_once(session, version, "restart")


def main():
    args = arguments(__doc__, lambda parser: parser.add_argument(
        "--version", required=True, help="the version the plugin must log"))
    return main_with_session(
        args, lambda session: run(session, args.version),
        "CoachDeck loads into OBS, registers its dock and OBS shuts down cleanly")


if __name__ == "__main__":
    sys.exit(main())
