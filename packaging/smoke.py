"""The smoke test: the frozen program's ``--self-test`` as a user's fresh account runs it.

Nothing from the build leaks in: no virtual environment on PATH, no PYTHON*
variables, a new empty HOME. Any line on stderr that is not known to be
harmless fails the test, as qutebrowser's smoke test does.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

# stderr lines that are expected, with why.
HARMLESS_STDERR = [
    # The offscreen platform (CI without a display) cannot resize to size hints.
    re.compile(r"This plugin does not support propagateSizeHints\(\)"),
]


@dataclass(frozen=True)
class SmokeResult:
    """One run of ``--self-test``: where, how, and what it printed."""

    label: str
    returncode: int
    stdout: str
    stderr: str
    unexpected: tuple[str, ...]

    @property
    def passed(self) -> bool:
        if sys.platform == "win32":
            # A windowed Windows program has no stdout or stderr: the exit code tells.
            return self.returncode == 0
        return self.returncode == 0 and not self.unexpected and "self-test passed" in self.stdout

    def report(self) -> str:
        verdict = "PASSED" if self.passed else "FAILED"
        lines = [f"smoke test {verdict}: {self.label} (exit {self.returncode})"]
        if not self.passed:
            lines += ["  stdout: " + line for line in self.stdout.splitlines()[-20:]]
            lines += ["  stderr: " + line for line in self.stderr.splitlines()[-40:]]
            lines += ["  unexpected stderr: " + line for line in self.unexpected]
        return "\n".join(lines)


def unexpected_lines(stderr: str) -> tuple[str, ...]:
    """The lines of ``stderr`` that no HARMLESS_STDERR pattern explains."""
    return tuple(
        line
        for line in stderr.splitlines()
        if line.strip() and not any(p.search(line) for p in HARMLESS_STDERR)
    )


def clean_environment(home: Path, extra: dict[str, str] | None = None) -> dict[str, str]:
    """What a fresh account's session has, and nothing from this build (``env -i``)."""
    if sys.platform == "win32":
        keep = ("SystemRoot", "SystemDrive", "windir", "COMSPEC", "PATHEXT", "NUMBER_OF_PROCESSORS")
        env = {name: os.environ[name] for name in keep if name in os.environ}
        system32 = Path(os.environ.get("SYSTEMROOT", r"C:\Windows")) / "System32"
        env.update(
            PATH=f"{system32};{system32.parent}",
            USERPROFILE=str(home),
            APPDATA=str(home / "AppData" / "Roaming"),
            LOCALAPPDATA=str(home / "AppData" / "Local"),
            TEMP=str(home / "Temp"),
            TMP=str(home / "Temp"),
        )
        for name in ("APPDATA", "LOCALAPPDATA", "TEMP"):
            Path(env[name]).mkdir(parents=True, exist_ok=True)
    else:
        # A desktop session always has a UTF-8 locale; without one Qt warns.
        env = {"HOME": str(home), "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"}
        if sys.platform == "darwin":
            env["TMPDIR"] = str(home)
    env.update(extra or {})
    return env


def run_self_test(
    command: Sequence[str],
    label: str,
    extra_env: dict[str, str] | None = None,
    chroot: Path | None = None,
) -> SmokeResult:
    """Run ``command --self-test`` in a clean environment with a new, empty HOME.

    With ``chroot``, the command runs inside that root (and its HOME is made there).
    """
    parent = (chroot / "tmp") if chroot else None
    with tempfile.TemporaryDirectory(prefix="mentordesk-home-", dir=parent) as home:
        inside = Path("/tmp") / Path(home).name if chroot else Path(home)
        prefix = [shutil.which("chroot") or "/usr/sbin/chroot", str(chroot)] if chroot else []
        result = subprocess.run(
            [*prefix, *command, "--self-test"],
            env=clean_environment(inside, extra_env),
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
    return SmokeResult(
        label,
        result.returncode,
        result.stdout,
        result.stderr,
        unexpected_lines(result.stderr),
    )


@contextlib.contextmanager
def x_server(screen: str = "1280x800x24") -> Iterator[str]:
    """A bare X server (Xvfb, no window manager) for as long as the block runs; yields DISPLAY."""
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        raise SystemExit("The X11 smoke test needs Xvfb: sudo apt-get install xvfb")
    read_end, write_end = os.pipe()
    # -displayfd: Xvfb picks a free display and writes its number once it is ready.
    process = subprocess.Popen(
        [xvfb, "-displayfd", str(write_end), "-screen", "0", screen, "-nolisten", "tcp"],
        pass_fds=(write_end,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    try:
        with os.fdopen(read_end) as pipe:
            number = pipe.readline().strip()
        if not number:
            raise SystemExit("Xvfb did not start")
        yield f":{number}"
    finally:
        process.terminate()
        process.wait(timeout=30)


def smoke_runs(command: Sequence[str], where: str, chroot: Path | None = None) -> list[SmokeResult]:
    """Every smoke run for this platform: offscreen and X11 on Linux, native elsewhere.

    X11 works inside a chroot too: clients reach Xvfb through its abstract socket.
    """
    if not sys.platform.startswith("linux"):
        return [run_self_test(command, where)]
    offscreen = {"QT_QPA_PLATFORM": "offscreen"}
    results = [run_self_test(command, f"{where}, offscreen", offscreen, chroot)]
    with x_server() as display:
        x11 = {"DISPLAY": display}
        results.append(run_self_test(command, f"{where}, X11 {display}", x11, chroot))
    return results
