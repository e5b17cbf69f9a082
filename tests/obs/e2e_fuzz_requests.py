#!/usr/bin/env python3
"""End-to-end fuzz: malformed and hostile vendor requests through the real obs-websocket to the
real OBS, for a bounded time.

A session is loaded by name, started and given figures; then, until --seconds have passed,
requests are made from CoachDeck's own request types (and a few that do not exist) with data
that is wrong in every way a remote can be wrong: missing, of the wrong JSON type, out of range,
huge, deeply nested, with control characters, names of files outside the sessions folder,
through "..", links and absolute paths. Every answer must be well formed (`ok` true with a `data`
object, or false with an error message), every refused request must leave the session as it
was (GetState, clock readings aside), no file may appear outside the sessions folder, OBS must
keep answering and at the end close cleanly (exit 0, 0 leaks).

The seed is printed; --seed replays a run. Run by ctest (label e2e) in every OBS host with
/usr/bin/python3; see tests/obs/CMakeLists.txt.
"""

import json
import pathlib
import random
import secrets
import sys
import time

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))

from coachdeck_e2e import (VENDOR, arguments, call, check, close_cleanly,  # noqa: E402
                           main_with_session, outline, wait_started)
from obsws import RequestFailed  # noqa: E402

TYPES = ["GetState", "ListSessions", "LoadOutline", "SaveOutline", "NewSession", "Start",
         "Pause", "Resume", "NextItem", "PreviousItem", "GoToItem", "AdjustTime", "AddFigure",
         "MoveFigure", "RotateFigure", "RemoveFigure", "TakeSnapshot", "ShowSnapshot",
         "SetTimerVisible"]
FIELDS = ["name", "path", "template", "itemId", "minutes", "kind", "label", "x", "y", "facing",
          "figureId", "degrees", "snapshotId", "visible"]
# Requests that change the session or its file when they succeed: a fuzzed one that is
# accepted may change the state, and that is its right.
CHANGING = set(TYPES) - {"GetState", "ListSessions", "SaveOutline"}


class Hostile:
    """Values a careless or hostile remote sends."""

    def __init__(self, rng, canary):
        self.rng = rng
        self.canary = canary

    def path(self):
        c = self.canary
        return self.rng.choice([
            str(c / "outside.json"), str(c / "new" / "folder" / "x.json"), "../outside.json",
            "../../../../../../../.." + str(c / "deep.json"), "/etc/passwd", "/dev/zero", "/dev/null.json",
            "/proc/self/environ", f"../{c.name}/x.json", "sub/../../x.json", ".", "..", "",
            "a\nb", "a\x00b", "é" * 300, "x" * 5000 + ".json", "C:\\Windows\\win.ini",
            "\\\\server\\share\\x.json", "~/.bashrc", "file:///etc/passwd", "Séance 1",
            "Séance 1.json", "autosave", "./e2e-fuzz.json", "e2e-fuzz"])

    def scalar(self):
        r = self.rng
        return r.choice([
            None, True, False, 0, -1, 1, 2 ** 31, -2 ** 63, 2 ** 64, 1e308, -1e308, 1e-308, 0.5,
            "", " ", "0", "true", "null", "self", "f1", "s1", "work", "empty", "user:", "user:../x",
            "\u202e", "\ud83d\ude00", "\x01\x02\x7f", "'; DROP TABLE x; --", "%s%s%n",
            "x" * r.choice([10, 1000, 100000]), self.path()])

    def value(self, depth=0):
        r = self.rng
        kind = r.random()
        if depth > 3 or kind < 0.6:
            return self.scalar()
        if kind < 0.75:
            return [self.value(depth + 1) for _ in range(r.randint(0, 4))]
        if kind < 0.85:
            nested = 0
            for _ in range(r.choice([10, 63, 64, 65, 500])):
                nested = [nested]
            return nested
        return {r.choice(FIELDS + ["", "\x00", "a" * 300]): self.value(depth + 1)
                for _ in range(r.randint(0, 4))}

    def request(self):
        r = self.rng
        request_type = r.choice(TYPES) if r.random() < 0.93 else r.choice(
            ["", "getstate", "GetState ", "Explode", "\x00", "x" * 10000, "LoadOutline\n"])
        shape = r.random()
        if shape < 0.05:
            return request_type, None
        if shape < 0.12:  # not an object at all
            return request_type, r.choice([[], [1, 2], "text", 3, True])
        data = {}
        for _ in range(r.randint(1, 4)):
            field = r.choice(FIELDS)
            data[field] = self.path() if field in ("name", "path") and r.random() < 0.7 \
                else self.value()
        return request_type, data


def comparable(state):
    """GetState without what time alone changes."""
    state = json.loads(json.dumps(state))
    state.pop("clock", None)
    for item in state.get("agenda", []):
        for key in ("elapsedSeconds", "remainingSeconds", "phase"):
            item.pop(key, None)
    return state


def well_formed(request_type, data, reply):
    what = f"{request_type!r} {json.dumps(data)[:200]}"
    check(isinstance(reply, dict) and isinstance(reply.get("ok"), bool),
          f"{what}: answer without ok: {str(reply)[:300]}")
    if reply["ok"]:
        check(isinstance(reply.get("data", {}), dict), f"{what}: data is not an object: {reply}")
    else:
        check(isinstance(reply.get("error"), str) and reply["error"].strip(),
              f"{what}: refused without a message: {reply}")


def files_outside(home, before):
    """Files that appeared under `home` since `before`, outside OBS's own settings folder (where
    the sessions folder is, and where OBS and its plugins keep their files) and the caches
    (Mesa's shaders)."""
    own = (home / ".config" / "obs-studio", home / ".cache")
    return sorted(str(p) for p in home.rglob("*")
                  if p.is_file() and p not in before and not any(o in p.parents for o in own))


def running_session(session, obs):
    """The fuzz's session, written afresh (the fuzz may have saved over it, and edits autosave
    to it), loaded by name and started, with figures on the board."""
    session.session_file("e2e-fuzz").write_text(json.dumps(outline()), encoding="utf-8")
    call(obs, "LoadOutline", {"name": "e2e-fuzz"})
    call(obs, "Start")
    for n in range(4):
        call(obs, "AddFigure", {"kind": "person", "label": f"p{n}", "x": 300 + 200 * n, "y": 400})
    call(obs, "TakeSnapshot", {"name": "start"})
    return comparable(call(obs, "GetState"))


def run(session, seconds, seed):
    rng = random.Random(seed)
    canary = session.home / "outside-the-sessions-folder"
    canary.mkdir()
    hostile = Hostile(rng, canary)
    wait_started(session)
    counts = {"accepted": 0, "refused": 0, "refused by obs-websocket": 0}
    by_type = {}
    with session.websocket() as obs:
        home_files = {p for p in session.home.rglob("*") if p.is_file()}
        state = running_session(session, obs)
        reloads = 0
        deadline = time.monotonic() + seconds
        sent = 0
        while time.monotonic() < deadline:
            request_type, data = hostile.request()
            sent += 1
            try:
                payload = {"vendorName": VENDOR, "requestType": request_type}
                if data is not None:
                    payload["requestData"] = data
                reply = obs.request("CallVendorRequest", payload).get("responseData")
            except RequestFailed as failure:
                # obs-websocket itself refused it (not a vendor request it can pass on): fine,
                # as long as it says why and CoachDeck saw nothing.
                check(failure.code and failure.comment is not None,
                      f"obs-websocket refused {request_type!r} without a code: {failure}")
                counts["refused by obs-websocket"] += 1
                after = comparable(call(obs, "GetState"))
                check(after == state, f"{request_type!r} refused by obs-websocket changed the "
                      f"session")
                continue
            reply = reply if reply is not None else {}
            well_formed(request_type, data, reply)
            kind = "accepted" if reply["ok"] else "refused"
            counts[kind] += 1
            by_type.setdefault(request_type if request_type in TYPES else "(unknown)",
                               {"accepted": 0, "refused": 0})[kind] += 1
            after = comparable(call(obs, "GetState"))
            if not reply["ok"]:
                check(after == state, f"refused {request_type!r} {json.dumps(data)[:200]} "
                      f"({reply['error'][:200]}) changed the session")
            elif request_type not in CHANGING:
                check(after == state, f"{request_type!r} changed the session")
            state = after
            if not state["agenda"] or rng.random() < 0.02:
                # An accepted NewSession (or LoadOutline) left an empty session: back to one
                # with an agenda, a running clock and figures, so every request has a target.
                state = running_session(session, obs)
                reloads += 1
        call(obs, "GetState")  # still answering
    leaked = files_outside(session.home, home_files)
    check(not leaked, f"files written outside the sessions folder: {leaked[:10]}")
    check(not any(canary.iterdir()), f"files written in {canary}: {list(canary.iterdir())}")
    # Where the relative paths above would land, one folder up from the sessions folder.
    escaped = [session.sessions_dir.parent / name for name in ("outside.json", "x.json")]
    check(not any(p.exists() for p in escaped), f"files written beside the sessions folder: "
          f"{[str(p) for p in escaped if p.exists()]}")
    print(f"seed {seed}: {sent} requests in {seconds:.0f} s: {counts['accepted']} accepted, "
          f"{counts['refused']} refused by CoachDeck with a message, "
          f"{counts['refused by obs-websocket']} refused by obs-websocket ({reloads} reloads of "
          "the running session); every answer well formed, every refusal left the session as it "
          "was, no file outside the sessions folder")
    for request_type, seen in sorted(by_type.items()):
        print(f"  {request_type:16} {seen['accepted']:5} accepted {seen['refused']:5} refused")
    close_cleanly(session, f"after {sent} fuzzed requests: ")
    print("OBS closed cleanly (exit 0, 0 leaks)")


def main():
    args = arguments(__doc__, lambda p: (
        p.add_argument("--seconds", type=float, default=20.0),
        p.add_argument("--seed", type=int, default=None)))
    seed = args.seed if args.seed is not None else secrets.randbelow(2 ** 32)
    return main_with_session(args, lambda s: run(s, args.seconds, seed),
                             f"fuzzed requests through obs-websocket (seed {seed})")


if __name__ == "__main__":
    sys.exit(main())
