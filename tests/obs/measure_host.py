#!/usr/bin/env python3
"""What CoachDeck costs inside the real OBS: a measurement, not a timed test.

Five runs of OBS in the same harness, each for the same window of --seconds:
- without CoachDeck (the module is not installed), the default scene;
- without CoachDeck, two plain 1080p colour sources in the scene: under Xvfb OBS composites
  with software OpenGL (llvmpipe), so two full-frame layers cost a lot by themselves;
- with CoachDeck loaded but idle (empty session, no overlay), and with the large session open
  but no overlay, to tell the costs apart;
- with CoachDeck: a large session open (40 figures, 300 snapshots), its clock running and the
  timer shown, and two overlays (`everything` and `timer`, 1920 x 1080) in the program scene.
Printed for each: OBS's own profiler lines at exit for obs_graphics_thread (the share of frames
within 2% of the frame time, the median and 99th-percentile render time) and OBS's resident
memory (VmRSS) at the end of the window; then the differences. Goals (issue 7): frame share no
worse, memory under 30 MB more. Only generous sanity bounds fail the run (exit 1): an unclean
exit, a leak, or more than 200 MB of extra memory.

  /usr/bin/python3 tests/obs/measure_host.py --plugin build-e2e-qt5/src/obs/coachdeck.so \
      --data data --seconds 60      # the full measurement
ctest runs it with --seconds 5 (obsNN_e2e_measure_host).
"""

import datetime
import json
import pathlib
import re
import sys
import time

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))

from coachdeck_e2e import arguments, call, check, close_cleanly, outline, wait_started  # noqa: E402
from obs_session import ObsSession, ObsSessionError  # noqa: E402
from obsws import ObsWebSocketError  # noqa: E402

MEMORY_SANITY_MB = 200


class BareObsSession(ObsSession):
    """OBS with no CoachDeck installed: the baseline."""

    def _install_plugin(self):
        pass


def large_outline():
    kinds = ["self", "person", "group", "element", "goal", "resource", "obstacle"]
    figures = [{"id": f"f{n + 1}", "kind": kinds[n % len(kinds)], "label": f"Figure {n + 1}",
                "shape": "circle", "colour": "#4080c0", "size": "SML"[n % 3],
                "x": 100.0 + (n % 10) * 150, "y": 100.0 + (n // 10) * 200,
                "facing": float(n * 9 % 360)} for n in range(40)]
    started = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.000Z")
    doc = outline(figures=figures, clock={"status": "running", "currentItem": "work",
                                          "startedAt": started, "runningSince": started})
    doc["agenda"][0]["status"] = "done"
    doc["agenda"][1]["status"] = "active"
    doc["snapshots"] = [{
        "id": f"s{n + 1}", "name": f"Step {n + 1}", "takenAt": started, "agendaItem": "work",
        "board": {"zonesVisible": True,
                  "figures": [dict(f, x=f["x"] + n % 7) for f in figures], "zones": []},
    } for n in range(300)]
    doc["display"] = {"timerVisible": True, "perspective": None, "shownSnapshot": None}
    return doc


def graphics_figures(log):
    """(share within 2 % of the frame time, median ms, 99th percentile ms) from the exit lines."""
    # OBS writes a no-break space between a number and "ms".
    ms = r"[\d.]+\s*ms"
    share = re.search(rf"obs_graphics_thread\({ms}\): .*?([\d.]+)% within ±2%", log)
    times = re.search(rf"obs_graphics_thread\({ms}\): min={ms}, median=([\d.]+)\s*ms, "
                      rf"max={ms}, 99th percentile=([\d.]+)\s*ms", log)
    check(share and times, "no obs_graphics_thread profiler lines in the log")
    return float(share.group(1)), float(times.group(1)), float(times.group(2))


def resident_mb(pid):
    status = pathlib.Path(f"/proc/{pid}/status").read_text()
    return int(re.search(r"VmRSS:\s+(\d+) kB", status).group(1)) / 1024


def open_large_session(session, obs, overlays=True, size=(1920, 1080)):
    """The large session loaded whole and running, and (with `overlays`) the two overlays
    (`everything` and `timer`, `size`) in the program scene. Soak uses it too."""
    file = session.session_file("large-session")
    file.write_text(json.dumps(large_outline()), encoding="utf-8")
    call(obs, "LoadOutline", {"name": file.stem})
    state = call(obs, "GetState")
    check(len(state["board"]["figures"]) == 40 and len(state["snapshots"]) == 300
          and state["clock"]["status"] == "running", "the large session did not load whole")
    scene = obs.request("GetCurrentProgramScene")["currentProgramSceneName"]
    shown = (("CoachDeck board", "everything"), ("CoachDeck timer", "timer"))
    for name, view in shown if overlays else ():
        obs.request("CreateInput", {
            "sceneName": scene, "inputName": name, "inputKind": "coachdeck_overlay",
            "inputSettings": {"view": view, "width": size[0], "height": size[1]},
            "sceneItemEnabled": True})


def add_colour_layers(obs, size=(1920, 1080)):
    """Two plain colour sources of `size` in the program scene: the same compositing as the two
    overlays, with nothing of CoachDeck's."""
    scene = obs.request("GetCurrentProgramScene")["currentProgramSceneName"]
    for name in ("Colour 1", "Colour 2"):
        obs.request("CreateInput", {
            "sceneName": scene, "inputName": name, "inputKind": "color_source_v3",
            "inputSettings": {"width": size[0], "height": size[1], "color": 0xFF996633},
            "sceneItemEnabled": True})


def measure(session, seconds, with_coachdeck, large=True, overlays=True):
    """Runs one OBS for the window; without CoachDeck, `overlays` adds two plain 1080p colour
    sources instead (what compositing two full layers costs by itself)."""
    if with_coachdeck and not large:
        wait_started(session)
    elif with_coachdeck:
        wait_started(session)
        with session.websocket() as obs:
            open_large_session(session, obs, overlays)
    else:
        session.wait_for_log(r"==== Startup complete", timeout_s=120)
        with session.websocket() as obs:
            if overlays:
                add_colour_layers(obs)
    window_start = time.monotonic()
    # The measurement window itself: OBS renders on its own while we wait.
    time.sleep(max(0.0, seconds - (time.monotonic() - window_start)))
    rss = resident_mb(session.process.pid)
    if with_coachdeck:
        close_cleanly(session, "with CoachDeck: ")
    else:
        code = session.close(timeout_s=120)
        check(code == 0, f"OBS without CoachDeck exited with {code}")
    share, median, p99 = graphics_figures(session.log_text())
    return {"rss_mb": rss, "share": share, "median_ms": median, "p99_ms": p99}


def main():
    args = arguments(__doc__, lambda p: p.add_argument("--seconds", type=float, default=60.0))
    results = {}
    runs = (("without CoachDeck", BareObsSession, False, False, False),
            ("two colour layers", BareObsSession, False, False, True),
            ("CoachDeck, idle", ObsSession, True, False, False),
            ("large, no overlay", ObsSession, True, True, False),
            ("with CoachDeck", ObsSession, True, True, True))
    for label, kind, with_coachdeck, large, overlays in runs:
        session = kind(args.obs, args.plugin, args.data)
        try:
            with session:
                results[label] = measure(session, args.seconds, with_coachdeck, large, overlays)
        except (ObsSessionError, ObsWebSocketError, OSError, KeyError) as error:
            print(f"FAIL ({label}): {error}", file=sys.stderr)
            print(session.describe_failure(), file=sys.stderr)
            return 1
        r = results[label]
        print(f"{label:18}: obs_graphics_thread {r['share']:.1f}% of frames within ±2% of the "
              f"frame time, median {r['median_ms']:.3f} ms, p99 {r['p99_ms']:.3f} ms; "
              f"resident memory {r['rss_mb']:.1f} MB")
    base, ours = results["without CoachDeck"], results["with CoachDeck"]
    idle = results["CoachDeck, idle"]
    print(f"CoachDeck loaded with an empty session and no overlay: "
          f"{idle['rss_mb'] - base['rss_mb']:+.1f} MB, frame share "
          f"{idle['share'] - base['share']:+.1f} points")
    bare = results["large, no overlay"]
    print(f"the large session open, no overlay: {bare['rss_mb'] - base['rss_mb']:+.1f} MB, "
          f"frame share {bare['share'] - base['share']:+.1f} points")
    extra = ours["rss_mb"] - base["rss_mb"]
    layers = results["two colour layers"]
    print(f"versus two plain 1080p colour sources, no CoachDeck (the same compositing): frame "
          f"share {ours['share'] - layers['share']:+.1f} points, median render "
          f"x{ours['median_ms'] / layers['median_ms']:.2f}, memory "
          f"{ours['rss_mb'] - layers['rss_mb']:+.1f} MB")
    print(f"window {args.seconds:.0f} s each: frame share {ours['share'] - base['share']:+.1f} "
          f"points (goal: no worse), median render x{ours['median_ms'] / base['median_ms']:.2f}, "
          f"memory {extra:+.1f} MB (goal: < 30 MB, large session + two 1080p overlays)")
    if extra > MEMORY_SANITY_MB:
        print(f"FAIL: {extra:.0f} MB more memory is beyond the sanity bound", file=sys.stderr)
        return 1
    print("PASS: measured (figures above)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
