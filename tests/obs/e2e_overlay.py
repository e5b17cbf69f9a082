#!/usr/bin/env python3
"""End-to-end: the coachdeck_overlay source inside the real OBS, in French.

Adds an overlay to the program scene through obs-websocket, checks its localized properties
dialog, reads what it draws (GetSourceScreenshot) in two views, and requires OBS to close
cleanly afterwards (exit 0, no leak). With no session loaded the overlay shows an empty agenda,
and its timer view stays empty: the timer is the coach's until shown.

Run by ctest (label e2e) with /usr/bin/python3; see tests/obs/CMakeLists.txt.
"""

import pathlib
import sys
import time

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))

from coachdeck_e2e import (arguments, check, close_cleanly, main_with_session, near,  # noqa: E402
                           screenshot)

INPUT = "Superposition CoachDeck e2e"
# The dark theme's colours (src/render/Palette.cpp).
BACKGROUND = (0x0F, 0x12, 0x16)
CARD = (0x17, 0x1B, 0x21)
FRENCH_VIEWS = {
    "board": "Constellation",
    "agenda": "Ordre du jour",
    "timer": "Minuteur",
    "board_timer": "Constellation et minuteur",
    "agenda_timer": "Ordre du jour et minuteur",
    "everything": "Tout",
    "compare": "Comparer la première image et l'image actuelle",
}


def close_to(rgb, expected):
    return near(rgb, expected, 3)


def eventually(obs, name, test, timeout_s=10.0):
    """Screenshots until `test(width, height, pixel)` returns None (all good) or time is up;
    the last complaint is the failure."""
    deadline = time.monotonic() + timeout_s
    while True:
        complaint = test(*screenshot(obs, name, 640))
        if complaint is None:
            return
        check(time.monotonic() < deadline, complaint)
        time.sleep(0.1)


def run(session):
    session.wait_for_log(r"\[coachdeck\] overlay source coachdeck_overlay registered")
    session.wait_for_log(r"==== Startup complete")
    with session.websocket() as obs:
        kinds = obs.request("GetInputKindList")["inputKinds"]
        check("coachdeck_overlay" in kinds, f"coachdeck_overlay not among {kinds}")

        scene = obs.request("GetCurrentProgramScene")["currentProgramSceneName"]
        obs.request("CreateInput", {
            "sceneName": scene, "inputName": INPUT, "inputKind": "coachdeck_overlay",
            "inputSettings": {"view": "agenda", "width": 640, "height": 360},
            "sceneItemEnabled": True})

        items = obs.request("GetInputPropertiesListPropertyItems", {
            "inputName": INPUT, "propertyName": "view"})["propertyItems"]
        shown = {item["itemValue"]: item["itemName"] for item in items}
        check(shown == FRENCH_VIEWS, f"the view list reads {shown}")
        print("overlay added; its view list is in French")

        # The agenda card of an empty session: its place, its colour, its words.
        def agenda_drawn(width, height, pixel):
            if (width, height) != (640, 360):
                return f"screenshot is {width}x{height}"
            if not close_to(pixel(2, 2), BACKGROUND):
                return f"background reads {pixel(2, 2)}"
            if not close_to(pixel(320, 300), CARD):
                return f"agenda card reads {pixel(320, 300)}"
            bright = sum(1 for y in range(20, 120) for x in range(20, 320)
                         if min(pixel(x, y)) > 180)
            if bright < 100:
                return f"no text on the agenda card ({bright} bright pixels)"
            return None

        eventually(obs, INPUT, agenda_drawn)
        print("agenda view drawn: card and text where expected")

        # The timer view: nothing but the background while the coach keeps the timer.
        obs.request("SetInputSettings", {"inputName": INPUT, "inputSettings": {"view": "timer"}})

        def only_background(width, height, pixel):
            other = [(x, y) for y in range(0, height, 4) for x in range(0, width, 4)
                     if not close_to(pixel(x, y), BACKGROUND)]
            return f"the hidden timer view drew at {other[:5]}" if other else None

        eventually(obs, INPUT, only_background)
        print("timer view empty while the timer is hidden")

    close_cleanly(session)
    print("OBS closed cleanly (exit 0, 0 leaks)")


def main():
    return main_with_session(
        arguments(__doc__), run,
        "the overlay draws in the real OBS, in French, and OBS shuts down cleanly",
        language="fr-FR")


if __name__ == "__main__":
    sys.exit(main())
