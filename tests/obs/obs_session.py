"""A real OBS Studio with CoachDeck installed, for end-to-end tests.

Each session gets a throwaway HOME (OBS keeps everything under ~/.config/obs-studio), its own
Xvfb on a display number the X server picks, obs-websocket on a free loopback port with a
password, and the plugin copied into the per-user plugin folder OBS searches:
~/.config/obs-studio/plugins/coachdeck/{bin/64bit,data}.

The OBS under test is a command: Debian 12's `obs` (OBS 29), or `scripts/obs-host run 30 obs`
(or 32), which runs the OBS of a host root with /tmp and the repository at the same paths, so the
HOME, the plugin and the X socket made here are where that OBS looks. `obs --version` tells the
session which OBS it drives.

What OBS needs to start with no dialog:
- global.ini [General] FirstRun=true and LastVersion set: no auto-configuration wizard; from
  OBS 31 on the same in user.ini, where the user's settings (and the window layout) moved;
- obs-websocket's settings: global.ini [OBSWebSocket] for OBS 29, and from OBS 30.2 on
  plugin_config/obs-websocket/config.json;
- --multi: no "OBS is already running" question if another OBS is up;
- --disable-updater, --disable-missing-files-check: nothing to ask about.
It is closed the way a user closes it, with WM_DELETE_WINDOW on the main window: SIGTERM would
skip OBS's shutdown (no saved layout, no module unload, no leak count).

Needs /usr/bin/python3 with Debian's python3-websocket and python3-xlib.
"""

import ctypes
import functools
import json
import os
import pathlib
import re
import secrets
import shlex
import shutil
import signal
import socket
import subprocess
import tempfile
import time

from Xlib import X, display as xdisplay, protocol
from Xlib.error import XError

from obsws import NoAnswer, ObsWebSocket

_PR_SET_PDEATHSIG = 1


class ObsSessionError(AssertionError):
    pass


class HostFault(ObsSessionError):
    """A failure of the OBS host itself, of a kind that host shows without CoachDeck too."""


# The OBS hosts with faults of their own under Xvfb (docs/hosts.md): OBS 32.2.2 (Debian sid) now
# and then crashes in obs-websocket's unload at exit, or at the end of libobs's shutdown with
# sources remaining, and stops answering obs-websocket requests (all measured without CoachDeck),
# and at times libobs reports a source released twice at shutdown ("Double destroy"), then leaks.
HOSTS_WITH_OWN_FAULTS = {32}
# The hosts that may also die of a signal inside obs-websocket's own unload, after every other
# module (CoachDeck included) has unloaded: OBS 32 (above) and OBS 30.2.3, whose obs-websocket 5.5
# shuts its server down the same way (seen once in OBS 30, in a cycle where nothing but a connect
# and a quit happened; docs/hosts.md).
HOSTS_CRASHING_IN_WEBSOCKET_UNLOAD = {30, 32}


def _die_with_parent():
    """In the child before exec: get SIGKILL if the test process dies (ctest timeout)."""
    libc = ctypes.CDLL("libc.so.6", use_errno=True)
    libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)


@functools.lru_cache(maxsize=None)
def obs_version(command):
    """(major, minor, patch) of the OBS that `command` (a tuple of words) starts."""
    try:
        out = subprocess.run(list(command) + ["--version"], stdin=subprocess.DEVNULL,
                             capture_output=True, text=True, timeout=120).stdout
    except (OSError, subprocess.TimeoutExpired) as error:
        raise ObsSessionError(f"could not run {' '.join(command)} --version: {error}") from error
    found = re.search(r"OBS Studio - (\d+)\.(\d+)\.(\d+)", out)
    if not found:
        raise ObsSessionError(f"{' '.join(command)} --version said {out.strip()!r}")
    return tuple(int(part) for part in found.groups())


def obs_command(obs):
    """The words that start OBS: a path, or a command line such as 'scripts/obs-host run 32 obs'."""
    return tuple(obs) if isinstance(obs, (list, tuple)) else tuple(shlex.split(str(obs)))


def free_loopback_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class ObsSession:
    def __init__(self, obs, plugin, data, extra_args=(), home=None, language="en-US"):
        self.obs = obs_command(obs)
        self.version = obs_version(self.obs)
        self.language = language
        self.plugin = pathlib.Path(plugin)
        self.data = pathlib.Path(data)
        self.extra_args = list(extra_args)
        self._own_home = home is None
        self.home = pathlib.Path(home or tempfile.mkdtemp(prefix="coachdeck-obs-"))
        self.websocket_port = free_loopback_port()
        self.websocket_password = secrets.token_urlsafe(16)
        self.display = None
        self.xvfb = None
        self.process = None
        self.returncode = None
        self.close_requests = 0
        self.started_at = None

    # --- paths ------------------------------------------------------------------------------
    @property
    def config_dir(self):
        return self.home / ".config" / "obs-studio"

    @property
    def sessions_dir(self):
        """CoachDeck's sessions folder: the only session files a remote may name."""
        return self.config_dir / "plugin_config" / "coachdeck" / "sessions"

    def session_file(self, name):
        """Where the session `name` lives in the sessions folder (made if missing), for a test to
        write an outline a remote then loads with {"name": name}."""
        self.sessions_dir.mkdir(parents=True, exist_ok=True)
        return self.sessions_dir / f"{name}.json"

    @property
    def major(self):
        return self.version[0]

    @property
    def user_ini_path(self):
        """Where OBS keeps the user's settings and window layout: user.ini from OBS 31 on."""
        return self.config_dir / ("user.ini" if self.major >= 31 else "global.ini")

    @property
    def stdout_path(self):
        return self.home / "obs-stdout.txt"

    def log_path(self):
        """The log file of the current OBS run, or None before OBS wrote one."""
        logs = list((self.config_dir / "logs").glob("*.txt"))
        return max(logs, key=lambda p: p.stat().st_mtime) if logs else None

    def log_text(self):
        path = self.log_path()
        return path.read_text(encoding="utf-8", errors="replace") if path else ""

    def stdout_text(self):
        if not self.stdout_path.exists():
            return ""
        return self.stdout_path.read_text(encoding="utf-8", errors="replace")

    def crash_reports(self):
        return sorted((self.config_dir / "crashes").glob("*"))

    # --- lifecycle --------------------------------------------------------------------------
    def __enter__(self):
        try:
            self.start()
        except BaseException:
            self.stop()
            raise
        return self

    def __exit__(self, *exc):
        self.stop()

    def start(self):
        self._write_global_ini()
        self._install_plugin()
        self._start_xvfb()
        self._start_obs()

    def start_again(self):
        """Starts OBS once more in the same HOME and on the same display (after it exited)."""
        if self.process is not None and self.process.poll() is None:
            raise ObsSessionError("OBS is still running")
        self.returncode = None
        self._start_obs()

    def forget_scene_collections(self):
        """Deletes the saved scene collections, keeping global.ini (window layout, settings).

        OBS 29.0.2 itself leaks one allocation whenever it loads a saved scene collection (seen
        with no third-party plugin at all), which would hide a leak of ours on a restart.
        """
        shutil.rmtree(self.config_dir / "basic" / "scenes", ignore_errors=True)

    def stop_obs(self):
        """Kills OBS if it still runs (after a host fault), keeping Xvfb and the HOME."""
        if self.process is not None and self.process.poll() is None:
            self.process.kill()
            self.process.wait(timeout=10)

    def stop(self):
        """Kills whatever is still running; leaves nothing behind but a kept HOME."""
        for proc in (self.process, self.xvfb):
            if proc is not None and proc.poll() is None:
                proc.kill()
                proc.wait(timeout=10)
        if self._own_home and self.home is not None and not os.environ.get("COACHDECK_KEEP_HOME"):
            shutil.rmtree(self.home, ignore_errors=True)

    def _write_global_ini(self):
        self.config_dir.mkdir(parents=True, exist_ok=True)
        ini = self.config_dir / "global.ini"
        if ini.exists():  # a second run in the same HOME keeps what OBS saved
            return
        major, minor, patch = self.version
        # LIBOBS_API_VER of the OBS under test, as "last version run": no first-run wizard.
        general = ("[General]\n"
                   "FirstRun=true\n"
                   f"Language={self.language}\n"
                   f"LastVersion={(major << 24) | (minor << 16) | patch}\n"
                   "ConfirmOnExit=false\n")
        ini.write_text(
            general + "\n"
            "[OBSWebSocket]\n"
            "FirstLoad=false\n"
            "ServerEnabled=true\n"
            f"ServerPort={self.websocket_port}\n"
            "AlertsEnabled=false\n"
            "AuthRequired=true\n"
            f"ServerPassword={self.websocket_password}\n",
            encoding="utf-8")
        if major >= 31:
            (self.config_dir / "user.ini").write_text(general, encoding="utf-8")
        if (major, minor) >= (30, 2):
            websocket = self.config_dir / "plugin_config" / "obs-websocket"
            websocket.mkdir(parents=True, exist_ok=True)
            (websocket / "config.json").write_text(json.dumps({
                "first_load": False, "server_enabled": True, "server_port": self.websocket_port,
                "alerts_enabled": False, "auth_required": True,
                "server_password": self.websocket_password}), encoding="utf-8")

    def _install_plugin(self):
        module_dir = self.config_dir / "plugins" / "coachdeck"
        (module_dir / "bin" / "64bit").mkdir(parents=True, exist_ok=True)
        shutil.copy2(self.plugin, module_dir / "bin" / "64bit" / "coachdeck.so")
        shutil.copytree(self.data, module_dir / "data", dirs_exist_ok=True)

    def _start_xvfb(self):
        read_fd, write_fd = os.pipe()
        try:
            self.xvfb = subprocess.Popen(
                ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "1920x1080x24",
                 "-nolisten", "tcp"],
                pass_fds=(write_fd,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                preexec_fn=_die_with_parent)
            os.close(write_fd)
            write_fd = None
            with os.fdopen(read_fd, "r") as pipe:
                read_fd = None
                number = pipe.readline().strip()
        finally:
            for fd in (read_fd, write_fd):
                if fd is not None:
                    os.close(fd)
        if not number.isdigit():
            raise ObsSessionError("Xvfb did not report a display number")
        self.display = f":{number}"

    def _start_obs(self):
        # Earlier runs' logs move aside: OBS names logs by the second, so a quick restart could
        # reuse a name, and only the current run's log is wanted under logs/.
        previous = self.home / "previous-logs"
        for old in (self.config_dir / "logs").glob("*.txt"):
            previous.mkdir(exist_ok=True)
            old.rename(previous / f"{len(list(previous.iterdir())):02d} {old.name}")
        runtime_dir = self.home / "runtime"
        runtime_dir.mkdir(mode=0o700, exist_ok=True)
        env = {k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "QT_", "WAYLAND"))}
        env.update({
            "HOME": str(self.home),
            "XDG_CONFIG_HOME": str(self.home / ".config"),
            "XDG_RUNTIME_DIR": str(runtime_dir),
            "DISPLAY": self.display,
            "QT_QPA_PLATFORM": "xcb",
            "LANG": "C.UTF-8",
        })
        args = list(self.obs) + ["--multi", "--disable-updater", "--disable-missing-files-check"]
        self.started_at = time.monotonic()
        with open(self.stdout_path, "wb") as out:
            self.process = subprocess.Popen(
                args + self.extra_args, cwd=self.home, env=env, stdin=subprocess.DEVNULL,
                stdout=out, stderr=subprocess.STDOUT, preexec_fn=_die_with_parent)

    # --- observing --------------------------------------------------------------------------
    def wait_for_log(self, pattern, timeout_s=60.0):
        """Waits until the OBS log has a line matching `pattern` (a regex); returns the match."""
        regex = re.compile(pattern)
        deadline = time.monotonic() + timeout_s
        while True:
            match = regex.search(self.log_text())
            if match:
                return match
            if self.process.poll() is not None:
                raise ObsSessionError(
                    f"OBS exited ({self.process.returncode}) before logging /{pattern}/")
            if time.monotonic() >= deadline:
                raise ObsSessionError(f"no /{pattern}/ in the OBS log after {timeout_s:.0f} s")
            time.sleep(0.2)

    def websocket(self, timeout_s=30.0, **kwargs):
        return ObsWebSocket.connect_retrying("127.0.0.1", self.websocket_port,
                                             self.websocket_password, timeout_s=timeout_s,
                                             **kwargs)

    def own_refcount_fault(self):
        """Whether libobs saw, at shutdown, a source released twice ("Double destroy"), in a
        host where that happens by itself: CoachDeck takes no reference to any source (its
        module never calls obs_source_get_ref or looks a source up), so someone else did."""
        return self.major in HOSTS_WITH_OWN_FAULTS and \
            "Double destroy just occurred" in self.log_text()

    def host_fault(self, error):
        """`error` as a HostFault if it is one of this host's own faults, else None."""
        if self.major in HOSTS_WITH_OWN_FAULTS and isinstance(error, NoAnswer):
            return HostFault(f"OBS {self.major} stopped answering obs-websocket: {error}")
        return error if isinstance(error, HostFault) else None

    # --- closing ----------------------------------------------------------------------------
    def window_titles(self, mapped_only=True):
        """Titles of OBS's top-level windows; hidden ones (closed docks) too if not mapped_only."""
        with _XConnection(self.display) as x:
            return [title for _, title in x.top_level_windows(self.process.pid, mapped_only)]

    def close(self, timeout_s=60.0):
        """Closes OBS the way a user does and waits for it to exit; returns its exit code.

        Sends WM_DELETE_WINDOW to the main window, again every 2 s until OBS logs that it is
        shutting down: a close that arrives while OBS is still settling after startup is
        sometimes dropped without a trace (seen in about one run in four under ctest). Never sends
        one more once OBS has begun shutting down.
        """
        self.close_requests = 0
        deadline = time.monotonic() + timeout_s
        while "==== Shutting down" not in self.log_text() and self.process.poll() is None:
            if time.monotonic() >= deadline:
                raise ObsSessionError(f"OBS did not start shutting down in {timeout_s:.0f} s")
            self._send_close_to_main_window()
            resend_at = time.monotonic() + 2.0
            while time.monotonic() < resend_at and self.process.poll() is None:
                if "==== Shutting down" in self.log_text():
                    break
                time.sleep(0.1)
        return self.wait_for_exit(max(deadline - time.monotonic(), 1.0))

    def _send_close_to_main_window(self):
        with _XConnection(self.display) as x:
            windows = [w for w, title in x.top_level_windows(self.process.pid)
                       if title.startswith("OBS ")]
            if not windows:
                return  # not mapped yet; the caller tries again
            for window in windows:
                x.send_delete_window(window)
            self.close_requests += 1

    def wait_for_exit(self, timeout_s=60.0):
        try:
            self.returncode = self.process.wait(timeout=timeout_s)
        except subprocess.TimeoutExpired as error:
            raise ObsSessionError(f"OBS still running {timeout_s:.0f} s after close") from error
        fault = self.own_fault_at_exit()
        if fault:
            raise HostFault(fault)
        return self.returncode

    def own_fault_at_exit(self):
        """What the host did wrong at exit by itself, or None, once every module before it
        (CoachDeck included) has unloaded: a crash inside obs-websocket's unload, or a crash in
        libobs freeing its context with sources remaining (OBS 32 frees the remaining sources
        before the scenes its destruction thread is still destroying; one of those scenes then
        releases a source already freed: backtrace in docs/hosts.md)."""
        if self.returncode is None or self.returncode >= 0 or self.major not in (
                HOSTS_WITH_OWN_FAULTS | HOSTS_CRASHING_IN_WEBSOCKET_UNLOAD):
            return None
        log = self.log_text()
        lines = log.rstrip().splitlines()
        if not lines or ("[coachdeck] loaded" in log and "[coachdeck] unloaded" not in log):
            return None
        if self.major in HOSTS_CRASHING_IN_WEBSOCKET_UNLOAD and \
                "[obs-websocket] [obs_module_unload]" in lines[-1]:
            return (f"OBS {self.major} died of signal {-self.returncode} in obs-websocket's "
                    "unload, after CoachDeck had unloaded")
        if self.major not in HOSTS_WITH_OWN_FAULTS:
            return None
        freeing = log.rfind("Freeing OBS context data")
        if freeing > log.rfind("[coachdeck] unloaded") and \
                re.search(r"\d+ source\(s\) were remaining\s*$", log[freeing:]):
            return (f"OBS {self.major} died of signal {-self.returncode} in libobs freeing its "
                    "context with sources remaining (a scene's late destruction releases a "
                    "source libobs already freed), after CoachDeck had unloaded")
        return None

    def describe_failure(self, lines=60):
        """The tail of the OBS log and of its console output, for a failed test."""
        log_tail = "\n".join(self.log_text().splitlines()[-lines:])
        out_tail = "\n".join(self.stdout_text().splitlines()[-lines // 2:])
        return (f"--- OBS log (last {lines} lines) ---\n{log_tail}\n"
                f"--- OBS console (last {lines // 2} lines) ---\n{out_tail}\n"
                f"--- HOME {self.home} (set COACHDECK_KEEP_HOME=1 to keep it)")


class _XConnection:
    def __init__(self, name):
        self.display = xdisplay.Display(name)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.display.close()

    def top_level_windows(self, pid, mapped_only=True):
        """(window, title) of the top-level windows that process `pid` owns."""
        pid_atom = self.display.intern_atom("_NET_WM_PID")
        found = []
        for window in self.display.screen().root.query_tree().children:
            try:
                if mapped_only and window.get_attributes().map_state != X.IsViewable:
                    continue
                owner = window.get_full_property(pid_atom, X.AnyPropertyType)
                if owner is None or int(owner.value[0]) != pid:
                    continue
                found.append((window, self.title(window)))
            except XError:  # windows come and go while we look
                continue
        return found

    def send_delete_window(self, window):
        protocols = self.display.intern_atom("WM_PROTOCOLS")
        delete = self.display.intern_atom("WM_DELETE_WINDOW")
        event = protocol.event.ClientMessage(
            window=window, client_type=protocols, data=(32, [delete, X.CurrentTime, 0, 0, 0]))
        window.send_event(event, event_mask=X.NoEventMask)
        self.display.flush()

    def title(self, window):
        name = window.get_full_property(self.display.intern_atom("_NET_WM_NAME"),
                                        X.AnyPropertyType)
        if name is not None:
            value = name.value
            return value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)
        return window.get_wm_name() or ""
