#!/usr/bin/env python3
"""End-to-end: CoachDeck installed from its .deb is loaded by OBS from the system plugin folder.

Runs where the package was just installed with apt (scripts/obs-host package-check HOST does so in
a throwaway overlay of the host's root, so the host itself is left as it was). OBS starts with
no per-user plugin in its HOME; the test requires that the module OBS mapped is the packaged one,
that its overlay source and websocket vendor answer, and a clean exit.
"""

import argparse
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))

from coachdeck_e2e import call, check, close_cleanly, main_with_session, wait_started  # noqa: E402
from obs_session import ObsSession  # noqa: E402


class PackagedObsSession(ObsSession):
    """OBS with nothing in the per-user plugin folder: what it loads comes from the package."""

    def _install_plugin(self):
        check(not (self.config_dir / "plugins").exists(), "a per-user plugin folder exists")


def mapped_modules(pid):
    maps = pathlib.Path(f"/proc/{pid}/maps").read_text(encoding="utf-8", errors="replace")
    return sorted({line.split(None, 5)[5] for line in maps.splitlines()
                   if len(line.split(None, 5)) == 6 and line.endswith("coachdeck.so")})


def run(session, module):
    wait_started(session)
    modules = mapped_modules(session.process.pid)
    check(modules == [module], f"OBS mapped {modules}, not only {module}")
    print(f"OBS {'.'.join(map(str, session.version))} loaded {module}")
    with session.websocket() as obs:
        kinds = obs.request("GetInputKindList", {"unversioned": True})["inputKinds"]
        check("coachdeck_overlay" in kinds, f"no coachdeck_overlay among {len(kinds)} input kinds")
        state = call(obs, "GetState")
        check("revision" in state and "agenda" in state, f"GetState said {state}")
        obs.request("CreateInput", {"sceneName": "Scene", "inputName": "Overlay",
                                    "inputKind": "coachdeck_overlay"})
    close_cleanly(session)


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--obs", default="obs")
    parser.add_argument("--module", required=True, help="where the package put coachdeck.so")
    args = parser.parse_args()
    args.plugin, args.data = args.module, pathlib.Path(args.module).parent
    return main_with_session(args, lambda session: run(session, args.module),
                             "the packaged CoachDeck loads from the system plugin folder",
                             session_class=PackagedObsSession)


if __name__ == "__main__":
    sys.exit(main())
