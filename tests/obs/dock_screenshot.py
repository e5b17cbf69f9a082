#!/usr/bin/env python3
"""The dock, docked in the real OBS under Xvfb, with a sample session: a picture for the docs.

    /usr/bin/python3 tests/obs/dock_screenshot.py --plugin build/qt5/src/obs/coachdeck.so \
        --data data --sample tests/data/valid/coaching-session.json --out docs/images/dock.png
    scripts/obs-host run 32 python3 tests/obs/dock_screenshot.py \
        --plugin build/obs32/src/obs/coachdeck.so --data data \
        --sample tests/data/valid/coaching-session.json --out docs/images/dock-obs32.png

What it does, as a coach would: the sample session is left where CoachDeck keeps the last session
(plugin_config/coachdeck), so OBS starts with it reopened; the dock is shown from the Docks menu
and docked with a double-click on its title bar; a CoachDeck overlay is added to the scene through
obs-websocket so the preview shows what the client sees; then the screen is captured, cropped to
OBS's main window. The board tab is captured too (<out>-board.png).

Needs /usr/bin/python3 with Debian's python3-xlib and python3-websocket, Xvfb and an OBS with the
build of the plugin made for it (OBS 29 here: build/qt5; OBS 30 or 32 in its root: build/obs30,
build/obs32).
"""

import argparse
import datetime
import json
import os
import pathlib
import shutil
import sys
import tempfile
import time

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))

from Xlib import X, display as xdisplay  # noqa: E402
from Xlib.ext import xtest  # noqa: E402

from obs_session import ObsSession, ObsSessionError, _XConnection  # noqa: E402
from xscreenshot import capture_region  # noqa: E402

WINDOW_SIZE = (1440, 1080)


def iso(moment):
    return moment.strftime("%Y-%m-%dT%H:%M:%S.000Z")


def place_sample(session, sample):
    """Puts the sample where CoachDeck looks for the last session, its clock running now."""
    folder = session.config_dir / "plugin_config" / "coachdeck"
    (folder / "sessions").mkdir(parents=True, exist_ok=True)
    outline = json.loads(pathlib.Path(sample).read_text(encoding="utf-8"))
    now = datetime.datetime.now(datetime.timezone.utc)
    # The current item has run 8 min before this stretch began 7 min ago.
    outline["clock"]["startedAt"] = iso(now - datetime.timedelta(minutes=52))
    outline["clock"]["runningSince"] = iso(now - datetime.timedelta(minutes=7))
    outline["session"]["date"] = now.strftime("%Y-%m-%d")
    outline["board"]["zonesVisible"] = True
    # The client sees the live board, from above.
    outline.setdefault("display", {}).pop("shownSnapshot", None)
    outline["display"].pop("perspective", None)
    file = folder / "sessions" / "claire-4.json"
    file.write_text(json.dumps(outline, ensure_ascii=False, indent=2), encoding="utf-8")
    (folder / "sessions.json").write_text(json.dumps(
        {"format": "coachdeck.sessions", "version": 1, "lastSession": str(file),
         "recent": [str(file)]}), encoding="utf-8")


def windows(session):
    with _XConnection(session.display) as x:
        return [(w, title, w.get_geometry()) for w, title in x.top_level_windows(session.process.pid)]


def window(session, predicate, timeout_s=10.0):
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        for w, title, geometry in windows(session):
            if predicate(title):
                return w, geometry
        time.sleep(0.2)
    raise ObsSessionError(f"no window among {[t for _, t, _ in windows(session)]}")


def click(session, x, y, double=False):
    d = xdisplay.Display(session.display)
    try:
        xtest.fake_input(d, X.MotionNotify, x=x, y=y)
        d.sync()
        time.sleep(0.2)
        for _ in range(2 if double else 1):
            xtest.fake_input(d, X.ButtonPress, 1)
            d.sync()
            time.sleep(0.05)
            xtest.fake_input(d, X.ButtonRelease, 1)
            d.sync()
            time.sleep(0.08)
    finally:
        d.close()


def resize(session, window_id, size):
    d = xdisplay.Display(session.display)
    try:  # no window manager under Xvfb: the window takes the size it is given
        d.create_resource_object("window", window_id).configure(
            x=0, y=0, width=size[0], height=size[1])
        d.sync()
    finally:
        d.close()
    time.sleep(1.0)


def dock_mapped(session, title="CoachDeck"):
    return title in session.window_titles(mapped_only=True)


def show_dock_from_menu(session, title="CoachDeck"):
    """Opens Docks > CoachDeck as a user would (OBS 29, 30 and 32 show it floating); returns the
    dock's window. A dock shown at the last quit is restored shown (and a click would hide it)."""
    deadline = time.monotonic() + 3
    while time.monotonic() < deadline and not dock_mapped(session, title):
        time.sleep(0.2)
    for _ in range(3):  # a click that lands while OBS is busy starting may go unseen: retry
        if dock_mapped(session, title):
            return window(session, lambda t: t == title)
        main, _ = window(session, lambda t: t.startswith("OBS "), timeout_s=60)
        resize(session, main.id, WINDOW_SIZE)
        _, geometry = window(session, lambda t: t.startswith("OBS "))
        click(session, geometry.x + 149, geometry.y + 13)  # the Docks menu
        try:
            _, menu = window(session, lambda t: t == "obs", timeout_s=5)
        except ObsSessionError:
            continue
        # Plugin docks come last in the menu in OBS 29, 30 and 32.
        click(session, menu.x + 60, menu.y + menu.height - 20)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and not dock_mapped(session, title):
            time.sleep(0.2)
    if dock_mapped(session, title):
        return window(session, lambda t: t == title)
    raise ObsSessionError(f"the {title} dock could not be shown from the Docks menu")


def dock_into_main_window(session):
    _, dock = show_dock_from_menu(session)
    main, geometry = window(session, lambda t: t.startswith("OBS "))
    click(session, dock.x + dock.width // 2, dock.y + 8, double=True)  # dock it
    time.sleep(1.5)
    # Without a window manager nothing repaints where the floating dock was: a resize does.
    resize(session, main.id, (WINDOW_SIZE[0], WINDOW_SIZE[1] - 2))
    resize(session, main.id, WINDOW_SIZE)
    return geometry


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--obs", default="obs")
    parser.add_argument("--plugin", required=True)
    parser.add_argument("--data", required=True)
    parser.add_argument("--sample", required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--language", default="en-US")
    parser.add_argument("--board-tab", type=lambda text: tuple(map(int, text.split(","))),
                        default=(274, 498),
                        help="the dock's Board tab: pixels from the window's right, from its top")
    parser.add_argument("--figure", type=lambda text: tuple(map(int, text.split(","))),
                        default=(204, 666),
                        help="a figure to select on the dock's board, measured the same way")
    args = parser.parse_args()

    home = pathlib.Path(tempfile.mkdtemp(prefix="coachdeck-dock-"))
    session = ObsSession(args.obs, args.plugin, args.data, home=home, language=args.language)
    place_sample(session, args.sample)  # before OBS starts: it reopens the last session
    with session:
        session.wait_for_log(r"\[coachdeck\] dock registered")
        session.wait_for_log(r"==== Startup complete")
        with session.websocket() as obs:
            obs.request("CreateInput", {
                "sceneName": "Scene", "inputName": "CoachDeck overlay",
                "inputKind": "coachdeck_overlay",
                "inputSettings": {"view": "everything", "width": 1920, "height": 1080}})
        geometry = dock_into_main_window(session)
        time.sleep(2.0)
        out = pathlib.Path(args.out)
        out.parent.mkdir(parents=True, exist_ok=True)
        width, height = WINDOW_SIZE
        capture_region(session.display, str(out), geometry.x, geometry.y, width, height, 9)
        print(f"wrote {out}")
        click(session, geometry.x + width - args.board_tab[0], geometry.y + args.board_tab[1])
        time.sleep(1.0)
        click(session, geometry.x + width - args.figure[0], geometry.y + args.figure[1])
        time.sleep(1.0)
        board = out.with_name(out.stem + "-board" + out.suffix)
        capture_region(session.display, str(board), geometry.x, geometry.y, width, height, 9)
        print(f"wrote {board}")
        code = session.close()
        print(f"OBS exited with {code}")
        print("\n".join(line for line in session.log_text().splitlines()
                        if "[coachdeck]" in line or "memory leaks" in line))
    if not os.environ.get("COACHDECK_KEEP_HOME"):
        shutil.rmtree(home, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
