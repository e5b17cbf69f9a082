"""What CoachDeck's real-OBS tests share: arguments, the vendor client, screenshots, clean-exit
checks.

Used by the e2e_*.py scripts in this folder (Debian's /usr/bin/python3).
"""

import argparse
import base64
import re
import struct
import sys
import time

from obs_session import HostFault, ObsSession, ObsSessionError
from obsws import ObsWebSocketError

VENDOR = "coachdeck"


def check(condition, message):
    if not condition:
        raise ObsSessionError(message)


def read_bmp(data):
    """(width, height, pixel(x, y) -> (r, g, b)) of an uncompressed 24/32-bit BMP."""
    check(data[:2] == b"BM", "the screenshot is not a BMP")
    offset = struct.unpack_from("<I", data, 10)[0]
    width, height = struct.unpack_from("<ii", data, 18)
    bits = struct.unpack_from("<H", data, 28)[0]
    check(bits in (24, 32), f"unexpected BMP depth {bits}")
    step = bits // 8
    row = (width * step + 3) & ~3
    top_down, height = height < 0, abs(height)

    def pixel(x, y):
        at = offset + (y if top_down else height - 1 - y) * row + x * step
        return data[at + 2], data[at + 1], data[at]

    return width, height, pixel


def screenshot(obs, name, width):
    """What the source `name` draws, `width` pixels wide: (width, height, pixel(x, y))."""
    reply = obs.request("GetSourceScreenshot", {"sourceName": name, "imageFormat": "bmp",
                                                "imageWidth": width})
    return read_bmp(base64.b64decode(reply["imageData"].split(",", 1)[1]))


def near(rgb, expected, tolerance):
    return all(abs(a - b) <= tolerance for a, b in zip(rgb, expected))


class VendorError(ObsSessionError):
    pass


def call(obs, request_type, data=None):
    """One CoachDeck request; its data on success, VendorError with the message otherwise."""
    reply = obs.call_vendor(VENDOR, request_type, data)
    if not reply.get("ok"):
        raise VendorError(f"{request_type}: {reply.get('error')}")
    return reply.get("data") or {}


def refused(obs, request_type, data=None):
    """The error a request must get; fails the test if it was accepted."""
    reply = obs.call_vendor(VENDOR, request_type, data)
    check(reply.get("ok") is False, f"{request_type} {data} was accepted: {reply}")
    check(reply.get("error"), f"{request_type} {data}: refused without a message")
    return reply["error"]


def wait_until(probe, message, timeout_s=30.0, interval_s=0.1):
    """Calls probe() until it returns something true; returns that or fails with message."""
    deadline = time.monotonic() + timeout_s
    while True:
        value = probe()
        if value:
            return value
        check(time.monotonic() < deadline, f"{message} (after {timeout_s:.0f} s)")
        time.sleep(interval_s)


def wait_started(session):
    session.wait_for_log(r"\[coachdeck\] websocket vendor coachdeck registered", timeout_s=120)
    session.wait_for_log(r"==== Startup complete", timeout_s=120)


def wait_for_dock_window(session, title="CoachDeck"):
    """The dock's window exists, shown or not (OBS 30+ creates it a moment after startup)."""
    wait_until(lambda: title in session.window_titles(mapped_only=False),
               f"no {title} dock window among {session.window_titles(mapped_only=False)}",
               timeout_s=15)


def close_cleanly(session, what=""):
    """Closes OBS like a user; requires exit 0, 0 leaks, no crash report, no plugin error."""
    code = session.close(timeout_s=120)
    check(code == 0, f"{what}OBS exited with {code}")
    log = session.log_text()
    check("[coachdeck] unloaded" in log, f"{what}module not unloaded")
    leaks = re.search(r"Number of memory leaks: (\d+)\s*$", log, re.MULTILINE)
    check(leaks, f"{what}OBS did not finish its shutdown (no leak count)")
    if leaks.group(1) != "0" and session.own_refcount_fault():
        raise HostFault(f"{what}OBS {session.major} reports {leaks.group(1)} memory leaks after "
                        "libobs saw a source released twice (CoachDeck holds no source reference)")
    if leaks.group(1) != "0":
        # What OBS itself warned about on the way: the log's tail shows only the shutdown.
        warned = [line for line in session.stdout_text().splitlines()
                  if line.startswith(("warning:", "error:"))]
        check(False, f"{what}OBS reports {leaks.group(1)} memory leaks; its last warnings:\n"
              + "\n".join(warned[-25:]))
    check(not session.crash_reports(), f"{what}crash reports: {session.crash_reports()}")
    errors = [line for line in session.stdout_text().splitlines()
              if line.startswith("error:") and "[coachdeck]" in line]
    check(not errors, f"{what}plugin logged errors:\n" + "\n".join(errors))
    return int(leaks.group(1))


def arguments(description, extra=None):
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--obs", default="obs")
    parser.add_argument("--plugin", required=True, help="the built coachdeck.so")
    parser.add_argument("--data", required=True, help="the plugin's data/ folder")
    if extra:
        extra(parser)
    return parser.parse_args()


# How many times a test runs in all when its host fails by itself (HostFault) each time.
HOST_FAULT_ATTEMPTS = 3


def main_with_session(args, run, passed, session_class=ObsSession, prepare=None, **session_args):
    """Starts OBS, runs run(session), reports PASS/FAIL; returns the exit code. prepare(session),
    if given, runs before OBS starts (files in its HOME). A fault of the host's own
    (obs_session.HOSTS_WITH_OWN_FAULTS) is said and the test runs again in a new home, up to
    HOST_FAULT_ATTEMPTS in all; any other failure fails at once."""
    started = time.monotonic()
    for attempt in range(1, HOST_FAULT_ATTEMPTS + 1):
        session = session_class(args.obs, args.plugin, args.data, **session_args)
        if prepare:
            prepare(session)
        try:
            with session:
                try:
                    run(session)
                except (ObsSessionError, ObsWebSocketError, OSError, KeyError) as error:
                    fault = session.host_fault(error)
                    if fault and attempt < HOST_FAULT_ATTEMPTS:
                        print(f"HOST FAULT (attempt {attempt} of {HOST_FAULT_ATTEMPTS}, the "
                              f"test runs again): {fault}", file=sys.stderr)
                        continue
                    print(f"FAIL: {fault or error}", file=sys.stderr)
                    print(session.describe_failure(), file=sys.stderr)
                    return 1
        except (ObsSessionError, OSError) as error:
            print(f"FAIL: could not start OBS: {error}", file=sys.stderr)
            return 1
        print(f"PASS: {passed} ({time.monotonic() - started:.0f} s"
              f"{f', after {attempt - 1} host fault(s)' if attempt > 1 else ''})")
        return 0
    return 1


def outline(items=(("check-in", "Check-in", 10.0), ("work", "Constellation", 40.0),
                   ("plan", "Action plan", 15.0)), clock=None, figures=(), notes=()):
    """A session outline (docs/outline-format.md) as a dict, ready for json.dump."""
    return {
        "format": "coachdeck.outline",
        "version": 1,
        "session": {"client": "E2E", "sessionNumber": 2, "sessionCount": 10},
        "agenda": [{"id": i, "title": t, "plannedMinutes": m, "warnMinutes": min(3.0, m / 2),
                    "dangerMinutes": min(1.0, m / 4)} for i, t, m in items],
        "clock": clock or {"status": "idle"},
        "board": {"zonesVisible": True, "figures": list(figures), "zones": []},
        "snapshots": [],
        "notes": list(notes),
        "actions": [],
    }
