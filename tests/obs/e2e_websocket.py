#!/usr/bin/env python3
"""End-to-end: CoachDeck's obs-websocket vendor requests in the real OBS.

The module loads, coachdeck_overlay is an input kind and the dock exists; a session is loaded,
started, advanced and edited through CallVendorRequest and GetState shows each step; vendor
events arrive; bad requests get an error and change nothing; OBS then closes cleanly.

Run by ctest (label e2e) with /usr/bin/python3; see tests/obs/CMakeLists.txt.
"""

import json
import pathlib
import re
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))

from coachdeck_e2e import (arguments, call, check, close_cleanly, main_with_session,  # noqa: E402
                           outline, refused, wait_for_dock_window, wait_started, wait_until)
from obsws import EVENTS_VENDORS, ObsWebSocket  # noqa: E402


def vendor_events(obs, event_type):
    return [e["eventData"]["eventData"] for e in obs.events
            if e.get("eventType") == "VendorEvent"
            and e["eventData"].get("vendorName") == "coachdeck"
            and e["eventData"].get("eventType") == event_type]


DOCS = pathlib.Path(__file__).resolve().parents[2] / "docs" / "websocket.md"


def walkthrough():
    """(request, documented answer) pairs of docs/websocket.md's Walkthrough section."""
    text = DOCS.read_text(encoding="utf-8").split("\n## Walkthrough", 1)[1].split("\n## ", 1)[0]
    blocks = [json.loads(b) for b in re.findall(r"```json\n(.*?)\n```", text, re.DOTALL)]
    check(len(blocks) % 2 == 0 and blocks, "the walkthrough is not request/answer pairs")
    return list(zip(blocks[0::2], blocks[1::2]))


def replay_walkthrough(obs, session):
    pairs = walkthrough()
    session.session_file("claire-2").write_text(json.dumps(outline()), encoding="utf-8")
    for request, documented in pairs:
        data = request.get("requestData")
        reply = obs.call_vendor("coachdeck", request["requestType"], data)
        what = f"docs walkthrough {request['requestType']} {json.dumps(data)}"
        check(reply.get("ok") == documented["ok"], f"{what}: answered {reply}")
        if not documented["ok"]:
            check(reply.get("error") == documented["error"], f"{what}: answered {reply}")
        elif request["requestType"] == "GetState":
            check(set(reply["data"]) == set(documented["data"]), f"{what}: answered {reply}")
        else:
            check(reply.get("data", {}) == documented["data"], f"{what}: answered {reply}")
    print(f"docs/websocket.md walkthrough replayed: {len(pairs)} requests answered as documented")


def run(session):
    wait_started(session)
    wait_for_dock_window(session)
    file = session.session_file("e2e-outline")
    file.write_text(json.dumps(outline()), encoding="utf-8")

    with ObsWebSocket.connect_retrying("127.0.0.1", session.websocket_port,
                                       session.websocket_password,
                                       event_subscriptions=EVENTS_VENDORS) as obs:
        kinds = obs.request("GetInputKindList")["inputKinds"]
        check("coachdeck_overlay" in kinds, f"coachdeck_overlay not among {kinds}")
        print("module loaded: coachdeck_overlay is an input kind, the dock exists")

        call(obs, "LoadOutline", {"name": "e2e-outline"})
        state = call(obs, "GetState")
        check([i["id"] for i in state["agenda"]] == ["check-in", "work", "plan"],
              f"agenda after LoadOutline: {state['agenda']}")
        check(state["clock"]["status"] == "idle", f"clock: {state['clock']}")

        call(obs, "Start")
        call(obs, "NextItem")
        state = call(obs, "GetState")
        check(state["clock"]["status"] == "running", f"clock after Start: {state['clock']}")
        check(state["clock"]["currentItem"] == "work", f"item after NextItem: {state['clock']}")
        call(obs, "AdjustTime", {"minutes": 5})
        state = call(obs, "GetState")
        work = next(i for i in state["agenda"] if i["id"] == "work")
        check(work["allottedSeconds"] == 45 * 60, f"AdjustTime +5: {work}")
        print("session loaded, started, advanced to 'work', +5 min")

        me = call(obs, "AddFigure", {"kind": "self", "label": "Me", "x": 400, "y": 300})
        boss = call(obs, "AddFigure", {"kind": "person", "label": "CEO", "x": 900, "y": 300,
                                       "facing": 180})
        call(obs, "MoveFigure", {"figureId": me["figureId"], "x": 500, "y": 350})
        call(obs, "RotateFigure", {"figureId": me["figureId"], "degrees": 90})
        snap = call(obs, "TakeSnapshot", {"name": "Initial image"})
        call(obs, "RemoveFigure", {"figureId": boss["figureId"]})
        call(obs, "ShowSnapshot", {"snapshotId": snap["snapshotId"]})
        call(obs, "SetTimerVisible", {"visible": True})
        state = call(obs, "GetState")
        figures = {f["id"]: f for f in state["board"]["figures"]}
        check(list(figures) == [me["figureId"]], f"figures: {state['board']['figures']}")
        check((figures[me["figureId"]]["x"], figures[me["figureId"]]["y"]) == (500, 350),
              f"moved figure: {figures[me['figureId']]}")
        check(figures[me["figureId"]]["facing"] == 90, f"rotated: {figures[me['figureId']]}")
        check([s["name"] for s in state["snapshots"]] == ["Initial image"],
              f"snapshots: {state['snapshots']}")
        check(state["display"]["shownSnapshot"] == snap["snapshotId"]
              and state["display"]["timerVisible"] is True, f"display: {state['display']}")
        check("notes" not in state, "GetState shows notes")
        call(obs, "PreviousItem")
        call(obs, "GoToItem", {"itemId": "plan"})
        call(obs, "Pause")
        paused = call(obs, "GetState")
        check(paused["clock"]["status"] == "paused"
              and paused["clock"]["currentItem"] == "plan", f"clock: {paused['clock']}")
        call(obs, "Resume")
        print("board edited (add, move, rotate, remove), snapshot taken and shown, "
              "timer shown, items navigated, paused and resumed: GetState agrees")

        wait_until(lambda: vendor_events(obs, "SnapshotTaken")
                   and vendor_events(obs, "ItemChanged")
                   and vendor_events(obs, "StateChanged"),
                   "vendor events StateChanged, ItemChanged, SnapshotTaken", timeout_s=10)
        obs.request("GetVersion")  # reads the events queued before its answer
        taken = vendor_events(obs, "SnapshotTaken")
        check(taken[0]["snapshotId"] == snap["snapshotId"], f"SnapshotTaken: {taken}")
        items = [e.get("itemId") for e in vendor_events(obs, "ItemChanged")]
        check(items == ["check-in", "work", "check-in", "plan"], f"ItemChanged: {items}")
        print(f"events: {len(vendor_events(obs, 'StateChanged'))} StateChanged, "
              f"ItemChanged {items}, SnapshotTaken {taken[0]['snapshotId']}")

        # Bad requests: an error each, and the state exactly as before.
        before = call(obs, "GetState")
        bad = [
            ("AddFigure", {"kind": "dragon", "x": 1, "y": 1}),
            ("AddFigure", {"kind": "self", "x": "left", "y": 1}),
            ("AddFigure", {"kind": "self"}),
            ("MoveFigure", {"figureId": "nobody", "x": 1, "y": 1}),
            ("RotateFigure", {"figureId": me["figureId"], "degrees": "north"}),
            ("RemoveFigure", {"figureId": "nobody"}),
            ("GoToItem", {"itemId": "lunch"}),
            ("GoToItem", {"itemId": 3}),
            ("AdjustTime", {"minutes": 100000}),
            ("AdjustTime", {"minutes": "five"}),
            ("ShowSnapshot", {"snapshotId": "s999"}),
            ("SetTimerVisible", {"visible": "yes"}),
            ("LoadOutline", {"name": "missing"}),
            ("LoadOutline", {}),
            # A remote reaches the sessions folder only (docs/websocket.md).
            ("LoadOutline", {"path": "/etc/passwd"}),
            ("LoadOutline", {"path": "/dev/zero.json"}),
            ("LoadOutline", {"name": "../../global.ini"}),
            ("SaveOutline", {"path": str(session.home / ".bashrc")}),
            ("SaveOutline", {"path": str(session.home / "any" / "folder" / "x.json")}),
            ("SaveOutline", {"name": "../escaped"}),
            ("SaveOutline", {"name": "new-folder/x.json"}),
            ("SaveOutline", {"name": "Séance\n2"}),
            ("NewSession", {"template": "nonsense"}),
            ("Resume", {}),
        ]
        for request_type, data in bad:
            message = refused(obs, request_type, data)
            print(f"  {request_type} {json.dumps(data)} -> {message}")
        after = call(obs, "GetState")
        for state in (before, after):
            state.pop("clock")  # running: elapsed times move on
            for item in state["agenda"]:
                for key in ("elapsedSeconds", "remainingSeconds", "phase"):
                    item.pop(key, None)
        check(before == after, f"bad requests changed the state:\n{before}\n{after}")
        print(f"{len(bad)} bad requests refused with a message; state unchanged")

        written = [session.home / ".bashrc", session.home / "any",
                   session.sessions_dir.parent / "escaped.json", session.sessions_dir / "new-folder"]
        check(not any(p.exists() for p in written),
              f"a refused request wrote a file: {[str(p) for p in written if p.exists()]}")
        saved = session.session_file("Séance enregistrée")
        call(obs, "SaveOutline", {"name": "Séance enregistrée"})
        check(json.loads(saved.read_text(encoding="utf-8"))["board"]["figures"],
              "SaveOutline wrote no figures")
        listed = call(obs, "ListSessions")["sessions"]
        names = [entry["name"] for entry in listed]
        on_disk = sorted(p.stem for p in session.sessions_dir.glob("*.json") if p.is_file())
        check(names[0] == "Séance enregistrée" and sorted(names) == on_disk,
              f"ListSessions: {listed}, on disk: {on_disk}")
        print(f"ListSessions named {names}, newest first")

        call(obs, "NewSession", {"template": "empty"})
        check(call(obs, "GetState")["board"]["figures"] == [], "NewSession kept the figures")
        print("SaveOutline wrote the file; NewSession started an empty session")
        call(obs, "LoadOutline", {"name": names[0]})
        check(call(obs, "GetState")["board"]["figures"], "LoadOutline of a listed name lost the board")
        print("LoadOutline took a listed name back, figures and all")
        replay_walkthrough(obs, session)
        check((session.sessions_dir / "claire-2 copie.json").is_file(),
              "the walkthrough's SaveOutline wrote no claire-2 copie.json")

        # Time alone moves an item through its phases: a 6 s item warns at 3 s, is in danger
        # at 4.5 s and over time at 6 s; each transition is one PhaseChanged event.
        short = session.session_file("short-outline")
        short.write_text(json.dumps(outline(items=(("short", "Short", 0.1),
                                                   ("next", "Next", 10.0)))), encoding="utf-8")
        call(obs, "LoadOutline", {"name": "short-outline"})
        obs.events.clear()
        call(obs, "Start")

        def phases():
            obs.request("GetVersion")  # collects the events sent meanwhile
            seen = [e["phase"] for e in vendor_events(obs, "PhaseChanged")
                    if e.get("itemId") == "short"]
            return seen if "overtime" in seen else None

        seen = wait_until(phases, "no PhaseChanged to overtime", timeout_s=60, interval_s=0.5)
        check(seen == ["warning", "danger", "overtime"], f"PhaseChanged: {seen}")
        print(f"PhaseChanged events as time passed: {seen}")

    close_cleanly(session)
    print("OBS closed cleanly (exit 0, 0 leaks)")


def main():
    args = arguments(__doc__)
    return main_with_session(args, run, "CoachDeck's websocket requests work in the real OBS")


if __name__ == "__main__":
    sys.exit(main())
