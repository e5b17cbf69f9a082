#!/usr/bin/env python3
"""A long session under steady remote traffic, in the real OBS: a measurement, not a timed test.

Two runs of OBS with CoachDeck, each for --minutes, in this order:
- "remote": the large session of measure_host.py (40 figures, 300 snapshots) running, two 1080p
  overlays (`everything` and `timer`) in the program scene, and an authenticated obs-websocket
  client sending --rate CoachDeck requests a second, paced, one at a time: figures moved and
  turned, the state read, the time adjusted (+6 s, then -6 s), a snapshot shown and hidden,
  and a snapshot taken every 30 s (--snapshot-every; 0 for none);
- "quiet": the same session and overlays, no remote;
- "bare": OBS without CoachDeck, two plain colour sources of the overlays' size in its place:
  what OBS and its software OpenGL do over the same minutes by themselves (--runs picks the runs,
  --overlay-size the overlays' and colour sources' size).
Printed: requests sent and answered (every one must be answered; a refusal is an answer, but
none is expected), the answer time (median, p99, worst) by request, OBS's resident memory
sampled every 5 s (minute by minute, and its growth from the end of the warm-up,
--warmup-minutes, to the end: the median of the last minute minus the median of the minute
after the warm-up), and the graphics thread's share of frames on time in both runs (OBS's
profiler at exit). Goals (issue 15): every request
answered, growth under 1 MB, frame share within 2 points of the quiet run; the bare run tells
OBS's own growth from ours.

    /usr/bin/python3 tests/obs/soak.py --plugin build/qt5/src/obs/coachdeck.so --data data
    scripts/obs-host run 30 python3 tests/obs/soak.py --plugin build/obs30/src/obs/coachdeck.so \\
        --data data --minutes 10

Exits 1 on an unanswered request, an unclean exit or a leak; the figures are for the reader.
"""

import argparse
import pathlib
import statistics
import sys
import time

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))

from coachdeck_e2e import VENDOR, arguments, check, close_cleanly, wait_started  # noqa: E402
from measure_host import (BareObsSession, add_colour_layers, graphics_figures,  # noqa: E402
                          open_large_session, resident_mb)
from obs_session import ObsSession, ObsSessionError  # noqa: E402
from obsws import ObsWebSocketError  # noqa: E402

SAMPLE_EVERY_S = 5.0


def next_request(n, last_snapshot, snapshot_every_s):
    """The n-th request of the traffic: (type, data)."""
    if snapshot_every_s and time.monotonic() - last_snapshot[0] >= snapshot_every_s:
        last_snapshot[0] = time.monotonic()
        return "TakeSnapshot", {"name": f"soak {n}"}
    figure = f"f{n % 40 + 1}"
    slot = n % 20
    if slot < 10:
        # Inside the 1600 x 900 board.
        return "MoveFigure", {"figureId": figure, "x": 100 + (n * 37) % 1400,
                              "y": 100 + (n * 53) % 700}
    if slot < 14:
        return "RotateFigure", {"figureId": figure, "degrees": (n * 15) % 360}
    if slot < 18:
        return "GetState", None
    if slot == 18:
        return "AdjustTime", {"minutes": 0.1 if (n // 20) % 2 == 0 else -0.1}
    return "ShowSnapshot", ({"snapshotId": "s1"} if (n // 20) % 2 == 0 else None)


def run_once(args, label):
    remote = label == "remote"
    session = (BareObsSession if label == "bare" else ObsSession)(args.obs, args.plugin, args.data)
    with session:
        if label == "bare":
            session.wait_for_log(r"==== Startup complete", timeout_s=120)
        else:
            wait_started(session)
        samples = []  # (seconds since the window began, resident MB)
        times_ms = []
        by_type = {}  # type -> answer times (ms)
        refusals = {}  # message -> count
        sent = answered = refused = 0
        with session.websocket() as obs:
            if label == "bare":
                add_colour_layers(obs, args.overlay_size)
            else:
                open_large_session(session, obs, size=args.overlay_size)
            started = time.monotonic()
            end = started + args.minutes * 60
            next_sample = started
            last_snapshot = [started]
            period = 1.0 / args.rate
            n = 0
            while True:
                now = time.monotonic()
                if now >= next_sample:
                    samples.append((now - started, resident_mb(session.process.pid)))
                    next_sample += SAMPLE_EVERY_S
                if now >= end:
                    break
                if not remote:
                    time.sleep(min(next_sample, end) - now if next_sample > now else 0.05)
                    continue
                request_type, data = next_request(n, last_snapshot, args.snapshot_every)
                before = time.monotonic()
                reply = obs.call_vendor(VENDOR, request_type, data)
                times_ms.append((time.monotonic() - before) * 1000)
                by_type.setdefault(request_type, []).append(times_ms[-1])
                sent += 1
                if "ok" in reply:
                    answered += 1
                    if reply["ok"] is not True:
                        refused += 1
                        reason = f"{request_type}: {reply.get('error')}"
                        refusals[reason] = refusals.get(reason, 0) + 1
                obs.events.clear()  # a long run: events are not what is measured here
                n += 1
                # Paced, not bursting: the n-th request goes at started + n / rate.
                time.sleep(max(0.0, started + n * period - time.monotonic()))
        if label == "bare":
            code = session.close(timeout_s=120)
            check(code == 0, f"OBS without CoachDeck exited with {code}")
        else:
            close_cleanly(session, f"{label} run: ")
        share, median, p99 = graphics_figures(session.log_text())
    return {"samples": samples, "times_ms": times_ms, "by_type": by_type, "refusals": refusals,
            "sent": sent, "answered": answered,
            "refused": refused, "share": share, "median_ms": median, "p99_ms": p99}


def runs_of(text):
    """'remote,quiet' as ['remote', 'quiet']."""
    runs = text.split(",")
    for run in runs:
        if run not in ("remote", "quiet", "bare"):
            raise argparse.ArgumentTypeError(f"no run called '{run}'")
    return runs


def size_of(text):
    """'1920x1080' as (1920, 1080)."""
    width, _, height = text.partition("x")
    if not (width.isdigit() and height.isdigit()):
        raise argparse.ArgumentTypeError(f"not a WIDTHxHEIGHT size: {text}")
    return int(width), int(height)


def growth_mb(samples, warmup_s):
    after_warmup = [mb for t, mb in samples if warmup_s <= t < warmup_s + 60]
    last = samples[-1][0]
    last_minute = [mb for t, mb in samples if t >= last - 60]
    check(after_warmup and last_minute, "the run is too short for its warm-up (--minutes)")
    return statistics.median(last_minute) - statistics.median(after_warmup)


def main():
    def extra(parser):
        parser.add_argument("--minutes", type=float, default=10.0)
        parser.add_argument("--warmup-minutes", type=float, default=2.0)
        parser.add_argument("--rate", type=float, default=20.0, help="requests a second")
        parser.add_argument("--snapshot-every", type=float, default=30.0,
                            help="seconds between two TakeSnapshot (0: none)")
        parser.add_argument("--runs", default="remote,quiet", type=runs_of,
                            help="which runs, in order: remote, quiet, bare")
        parser.add_argument("--overlay-size", default="1920x1080", type=size_of,
                            help="the overlays' size, WIDTHxHEIGHT")

    args = arguments(__doc__, extra)
    results = {}
    for label in args.runs:
        try:
            results[label] = run_once(args, label)
        except (ObsSessionError, ObsWebSocketError, OSError, KeyError) as error:
            print(f"FAIL ({label} run): {error}", file=sys.stderr)
            return 1
        r = results[label]
        minutes = [statistics.median([mb for t, mb in r["samples"] if m * 60 <= t < m * 60 + 60])
                   for m in range(int(args.minutes)) if any(m * 60 <= t < m * 60 + 60
                                                           for t, _ in r["samples"])]
        print(f"{label:6}: resident memory minute by minute (MB): " +
              " ".join(f"{mb:.1f}" for mb in minutes))
        print(f"{label:6}: {args.minutes:.0f} min, obs_graphics_thread {r['share']:.1f}% of frames "
              f"on time, median {r['median_ms']:.3f} ms, p99 {r['p99_ms']:.3f} ms; resident memory "
              f"{r['samples'][0][1]:.1f} -> {r['samples'][-1][1]:.1f} MB, after the warm-up "
              f"{growth_mb(r['samples'], args.warmup_minutes * 60):+.2f} MB", flush=True)
    warmup_s = args.warmup_minutes * 60
    if "quiet" in results and "bare" in results:
        quiet, bare = results["quiet"], results["bare"]
        print(f"quiet vs bare (OBS alone, two colour sources): memory growth after the warm-up "
              f"{growth_mb(quiet['samples'], warmup_s):+.2f} vs "
              f"{growth_mb(bare['samples'], warmup_s):+.2f} MB, frame share "
              f"{quiet['share']:.1f} vs {bare['share']:.1f}%")
    if "remote" not in results:
        return 0
    loud = results["remote"]
    times = sorted(loud["times_ms"])
    print(f"remote: {loud['sent']} requests at {loud['sent'] / (args.minutes * 60):.1f} a second, "
          f"{loud['answered']} answered ({loud['refused']} refused); answer time median "
          f"{statistics.median(times):.1f} ms, p99 {times[int(len(times) * 0.99)]:.1f} ms, worst "
          f"{times[-1]:.1f} ms")
    for request_type, spent in sorted(loud["by_type"].items()):
        spent = sorted(spent)
        print(f"  {request_type:13} {len(spent):6} answered, median {statistics.median(spent):.1f} "
              f"ms, p99 {spent[int(len(spent) * 0.99)]:.1f} ms, worst {spent[-1]:.1f} ms")
    for reason, count in loud["refusals"].items():
        print(f"  refused {count} times: {reason}")
    growth = growth_mb(loud["samples"], warmup_s)
    if "quiet" in results:
        quiet = results["quiet"]
        print(f"remote vs quiet: frame share {loud['share'] - quiet['share']:+.1f} points (goal: "
              f"within 2), memory growth after the warm-up {growth:+.2f} MB (goal: under 1 MB; "
              f"quiet {growth_mb(quiet['samples'], warmup_s):+.2f} MB)")
    if "bare" in results:
        print(f"remote vs bare: memory growth after the warm-up {growth:+.2f} vs "
              f"{growth_mb(results['bare']['samples'], warmup_s):+.2f} MB")
    if loud["answered"] != loud["sent"]:
        print(f"FAIL: {loud['sent'] - loud['answered']} requests unanswered", file=sys.stderr)
        return 1
    print("PASS: measured (figures above)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
