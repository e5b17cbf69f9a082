#!/usr/bin/env python3
"""End-to-end: the dock as a coach finds it, in each OBS host (29, 30, 32).

OBS starts with the coach's last session (a sample, its clock running). The dock is registered
but hidden; Docks > CoachDeck, clicked through X, shows it. A screenshot of the dock must show
the session: the running item's title and timer drawn (not an empty or black window), in a dock
large enough to work in. OBS saves the dock in its window layout at exit; the next start shows it
again, as large as before, without a click. At each exit OBS takes the dock down: the module logs
it, and OBS exits with 0 and no leak.

Run by ctest (label e2e) with /usr/bin/python3; the screenshots are kept beside the test
(obsNN-dock.png) for a person to look at.
"""

import pathlib
import sys
import time

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))

from coachdeck_e2e import (arguments, check, close_cleanly, main_with_session,  # noqa: E402
                           wait_for_dock_window, wait_started)
from dock_screenshot import dock_mapped, place_sample, show_dock_from_menu, window  # noqa: E402
from xscreenshot import grab_rgb, write_png  # noqa: E402

MIN_DOCK_SIZE = (300, 400)


def dock_picture(session, geometry, path):
    """The dock's pixels; also saved as a PNG at `path`."""
    rows = grab_rgb(session.display, geometry.x, geometry.y, geometry.width, geometry.height)
    write_png(path, rows)
    print(f"screenshot: {path}")
    return rows


def check_shows_a_session(rows, what):
    """A dock that shows the session has text and controls: many colours, and no one colour
    covering nearly all of it (a window that is empty, black or not painted fails)."""
    counts = {}
    for row in rows[::2]:
        for at in range(0, len(row), 6):
            colour = row[at:at + 3]
            counts[colour] = counts.get(colour, 0) + 1
    total = sum(counts.values())
    commonest = max(counts.values())
    check(len(counts) >= 64, f"{what}: only {len(counts)} colours: not a painted dock")
    check(commonest / total <= 0.9,
          f"{what}: one colour covers {100 * commonest / total:.0f} % of the dock")
    return len(counts), commonest / total


def run(session, out_dir):
    host = f"obs{session.major}"
    wait_started(session)
    session.wait_for_log(r"\[coachdeck\] session reopened from claire-4\.json")
    wait_for_dock_window(session)
    check(not dock_mapped(session), "the dock is shown before the coach asks for it")

    _, geometry = show_dock_from_menu(session)
    check(geometry.width >= MIN_DOCK_SIZE[0] and geometry.height >= MIN_DOCK_SIZE[1],
          f"the dock opened at {geometry.width}x{geometry.height}, smaller than {MIN_DOCK_SIZE}")
    time.sleep(1.5)  # the first paint of a new window
    colours, share = check_shows_a_session(
        dock_picture(session, geometry, out_dir / f"{host}-dock.png"), "shown from the menu")
    print(f"{host}: Docks > CoachDeck shows the dock, {geometry.width}x{geometry.height}, "
          f"{colours} colours, the commonest {100 * share:.0f} %")
    close_cleanly(session, "first run: ")
    check("[coachdeck] dock removed coachdeck_dock" in session.log_text(),
          "the dock was not taken down at exit")

    session.forget_scene_collections()
    session.start_again()
    wait_started(session)
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and not dock_mapped(session):
        time.sleep(0.2)
    check(dock_mapped(session), "the dock shown at the last exit is not shown again")
    _, again = window(session, lambda t: t == "CoachDeck")
    check(abs(again.width - geometry.width) <= 2 and abs(again.height - geometry.height) <= 2,
          f"the dock came back at {again.width}x{again.height}, "
          f"not {geometry.width}x{geometry.height}")
    time.sleep(1.5)
    check_shows_a_session(dock_picture(session, again, out_dir / f"{host}-dock-restored.png"),
                          "restored at start")
    print(f"{host}: restored at the next start, {again.width}x{again.height}")
    close_cleanly(session, "second run: ")


def main():
    args = arguments(__doc__, lambda parser: parser.add_argument("--sample", required=True))
    out_dir = pathlib.Path.cwd()

    def prepared(session):
        run(session, out_dir)

    return main_with_session(args, prepared, "the dock opens from the Docks menu and comes back",
                             prepare=lambda session: place_sample(session, args.sample))


if __name__ == "__main__":
    sys.exit(main())
