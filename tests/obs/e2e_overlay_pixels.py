#!/usr/bin/env python3
"""End-to-end: what the coachdeck_overlay input draws in the real OBS, read back through
obs-websocket's GetSourceScreenshot.

- board view: a figure's colour where it stands (the board's centre), and there no more once a
  websocket request moved it (its colour is then left of the centre, where it was sent);
- timer view under a shortened agenda whose clock has been running for minutes already (the
  outline's runningSince is in the past): the overtime colour once the coach shows the timer,
  and none of it before.
Then OBS closes cleanly.

Run by ctest (label e2e) with /usr/bin/python3; see tests/obs/CMakeLists.txt.
"""

import datetime
import json
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))

from coachdeck_e2e import (arguments, call, check, close_cleanly, main_with_session,  # noqa: E402
                           near, outline, screenshot, wait_started, wait_until)

INPUT = "CoachDeck pixels"
FIGURE_COLOUR = (0x20, 0xC0, 0x40)  # set in the outline, unlike any theme colour
OVERTIME = (0xB8, 0x2D, 0x8A)  # src/render/Palette.cpp, dark theme
WIDTH, HEIGHT = 640, 360


def pixels_of(obs, colour):
    width, height, pixel = screenshot(obs, INPUT, WIDTH)
    return [(x, y) for y in range(0, height, 2) for x in range(0, width, 2)
            if near(pixel(x, y), colour, 6)]


def iso(moment):
    return moment.strftime("%Y-%m-%dT%H:%M:%S.000Z")


def run(session):
    now = datetime.datetime.now(datetime.timezone.utc)
    board = session.session_file("pixels-board")
    figure = {"id": "f1", "kind": "self", "label": "Me", "shape": "circle",
              "colour": "#20c040", "size": "L", "x": 800.0, "y": 450.0, "facing": 90.0}
    board.write_text(json.dumps(outline(figures=[figure])), encoding="utf-8")
    late = session.session_file("pixels-overtime")
    started = now - datetime.timedelta(minutes=3)
    late.write_text(json.dumps(outline(
        items=(("short", "Short check-in", 1.0), ("rest", "The rest", 10.0)),
        clock={"status": "running", "currentItem": "short", "startedAt": iso(started),
               "runningSince": iso(started)})), encoding="utf-8")

    wait_started(session)
    with session.websocket() as obs:
        scene = obs.request("GetCurrentProgramScene")["currentProgramSceneName"]
        obs.request("CreateInput", {
            "sceneName": scene, "inputName": INPUT, "inputKind": "coachdeck_overlay",
            "inputSettings": {"view": "board", "width": WIDTH, "height": HEIGHT},
            "sceneItemEnabled": True})
        call(obs, "LoadOutline", {"name": board.stem})

        def figure_at_centre():
            width, height, pixel = screenshot(obs, INPUT, WIDTH)
            return near(pixel(width // 2, height // 2), FIGURE_COLOUR, 6)

        wait_until(figure_at_centre, "the figure's colour is not at the board's centre")
        print("board view: the figure's colour where it stands")

        call(obs, "MoveFigure", {"figureId": "f1", "x": 400, "y": 450})

        def figure_moved_left():
            found = pixels_of(obs, FIGURE_COLOUR)
            if not found or figure_at_centre():
                return False
            mean_x = sum(x for x, _ in found) / len(found)
            return mean_x < WIDTH / 2 - 40 and mean_x

        mean_x = wait_until(figure_moved_left, "the moved figure is not left of the centre")
        print(f"MoveFigure: the figure's colour left the centre, now around x={mean_x:.0f}")

        call(obs, "LoadOutline", {"name": late.stem})
        state = call(obs, "GetState")
        short = state["agenda"][0]
        check(short["phase"] == "overtime", f"the shortened item is not over time: {short}")
        obs.request("SetInputSettings", {"inputName": INPUT, "inputSettings": {"view": "timer"}})
        wait_until(lambda: not pixels_of(obs, FIGURE_COLOUR), "the timer view still shows the board")
        check(not pixels_of(obs, OVERTIME), "the overtime colour shows before the timer is shown")
        call(obs, "SetTimerVisible", {"visible": True})
        found = wait_until(lambda: len(pixels_of(obs, OVERTIME)) > 50 and pixels_of(obs, OVERTIME),
                           "no overtime colour in the timer view")
        print(f"timer view: no overtime colour while hidden; {len(found)} overtime-coloured "
              f"samples once shown ({short['remainingSeconds']:.0f} s left)")
    close_cleanly(session)
    print("OBS closed cleanly (exit 0, 0 leaks)")


def main():
    args = arguments(__doc__)
    return main_with_session(args, run, "the overlay draws the session in the real OBS")


if __name__ == "__main__":
    sys.exit(main())
