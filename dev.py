#!/usr/bin/env python3
"""Set up MentorDesk in a local virtual environment, then run it or its tests.

    python3 dev.py run    # set up (first time) and launch the app
    python3 dev.py test   # set up (first time) and run pytest, ruff and mypy
    python3 dev.py test-windows   # the Windows build, installer and core tests under wine
    python3 dev.py missing-packages   # the Debian packages both still need (for .ci/run)

Both are idempotent: the environment is rebuilt only when pyproject.toml changes.
"""

from __future__ import annotations

import ctypes
import hashlib
import importlib.util
import os
import shutil
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
STAMP = VENV / ".mentordesk-installed"


def venv_python() -> Path:
    if os.name == "nt":
        return VENV / "Scripts" / "python.exe"
    return VENV / "bin" / "python"


def wanted_stamp(extras: str) -> str:
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    return f"{digest} {extras}\n"


def ensure_environment(extras: str) -> Path:
    """Create .venv and install MentorDesk (editable) with ``extras`` if needed."""
    if sys.version_info < (3, 11):  # noqa: UP036 - dev.py may run on an old Python
        sys.exit(f"MentorDesk needs Python 3.11 or newer; this is {sys.version.split()[0]}.")
    python = venv_python()
    if not python.exists():
        print("Creating the virtual environment in .venv ...", flush=True)
        try:
            venv.EnvBuilder(with_pip=True, clear=VENV.exists()).create(VENV)
        except Exception as error:  # ensurepip missing on some Linux distributions
            sys.exit(
                f"Could not create a virtual environment ({error}).\n"
                "On Debian or Ubuntu: " + _qtcheck().apt_get_install(["python3-venv"])
            )
    have = STAMP.read_text() if STAMP.exists() else ""
    # The test extras include everything the app needs, so either satisfies "app".
    if have not in {wanted_stamp(extras), wanted_stamp("test")}:
        target = f"{ROOT}[{extras}]" if extras != "app" else str(ROOT)
        print(f"Installing MentorDesk ({extras}) into .venv ...", flush=True)
        subprocess.run(
            [str(python), "-m", "pip", "install", "--quiet", "--upgrade", "pip"], check=True
        )
        subprocess.run([str(python), "-m", "pip", "install", "--quiet", "-e", target], check=True)
        STAMP.write_text(wanted_stamp(extras))
    return python


def _qtcheck() -> ModuleType:
    """mentordesk/qtcheck.py, loaded by path: it needs nothing outside the standard library."""
    spec = importlib.util.spec_from_file_location("qtcheck", ROOT / "mentordesk" / "qtcheck.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def missing_test_packages() -> dict[str, str]:
    """What the test suite needs from a Linux system and lacks: {what: Debian package}."""
    if not sys.platform.startswith("linux"):
        return {}
    qtcheck = _qtcheck()
    # Qt itself, and the X11 libraries for the tests that open real windows on Xvfb.
    libraries = {**qtcheck.QT_LIBRARIES, **qtcheck.XCB_LIBRARIES}
    missing = {lib: libraries[lib] for lib in qtcheck.missing_libraries(libraries)}
    programs = {
        "Xvfb": "xvfb",  # a bare X server for the X11 tests and the frozen smoke test
        "xauth": "xauth",  # xvfb-run needs it
        # PyInstaller reads libraries with objdump; icu_data.py links ICU's data with as and ld.
        "objdump": "binutils",
        "makensis": "nsis",  # the Windows installer script is compiled in a test
        "strace": "strace",  # fault injection (full disk, unwritable files) and the network audit
        # Reminders on a desktop without a tray (a session bus) and with one (trayer),
        # the tray message clicked with xdotool (tests/e2e/test_reminders_closed.py).
        "dbus-daemon": "dbus",
        "trayer": "trayer",
        "xdotool": "xdotool",
    }
    missing.update({name: package for name, package in programs.items() if not shutil.which(name)})
    # PyInstaller bundles the Python library; Debian ships it in its own package.
    soname = sysconfig.get_config_var("INSTSONAME") or ""
    if soname.startswith("libpython") and ".so" in soname:
        try:
            ctypes.CDLL(soname)
        except OSError:
            missing[soname] = f"libpython{sys.version_info[0]}.{sys.version_info[1]}"
    # Without any font Qt warns on every window, and warnings fail the tests.
    fonts = Path("/usr/share/fonts")
    if not (fonts.is_dir() and any(fonts.rglob("*.[ot]tf"))):
        missing["a font"] = "fonts-dejavu-core"
    return missing


def missing_windows_packages() -> dict[str, str]:
    """What the Windows run under wine needs from Debian and lacks: {program: package}.

    The list is packaging/windows_wine.py's own, loaded by path (it needs only the
    standard library), so what is installed and what is checked never drift.
    """
    if not sys.platform.startswith("linux"):
        return {}
    sys.path.insert(0, str(ROOT / "packaging"))
    try:
        module = importlib.import_module("windows_wine")
    finally:
        sys.path.remove(str(ROOT / "packaging"))
    missing: dict[str, str] = module.missing_tools()
    return missing


def check_system_for_tests(windows: bool = False) -> bool:
    """Name what is missing and the exact install line, instead of a pytest INTERNALERROR."""
    missing = missing_test_packages()
    if windows:
        missing.update(missing_windows_packages())
    if not missing:
        return True
    packages = sorted(set(missing.values()))
    print(
        "The tests need system packages that are missing ("
        + ", ".join(sorted(missing))
        + ").\nOn Debian or Ubuntu install them with:\n\n    "
        + _qtcheck().apt_get_install(packages)
        + "\n",
        file=sys.stderr,
    )
    return False


def run_app(args: list[str]) -> int:
    python = ensure_environment("app")
    return subprocess.call([str(python), "-m", "mentordesk", *args], cwd=ROOT)


def parallel(args: list[str]) -> list[str]:
    """pytest-xdist's options: one worker per CPU, each test file on one worker.

    A file's tests share module fixtures (the frozen build, the fault sweep's
    database), so files, not single tests, are spread. Left out when the caller
    names its own -n or -p no:xdist (e.g. to debug one test)."""
    if any(a.startswith("-n") or a in {"no:xdist", "-pno:xdist"} for a in args):
        return []
    return ["-n", "auto", "--dist", "loadfile"]


def run_tests(args: list[str]) -> int:
    if not check_system_for_tests():
        return 1
    python = ensure_environment("test")
    # The build scripts in packaging/ import each other by file name, so mypy
    # checks them from inside that folder.
    build_scripts = sorted(p.name for p in (ROOT / "packaging").glob("*.py"))
    steps = [
        ("pytest", [str(python), "-m", "pytest", *parallel(args), *args], ROOT),
        ("ruff", [str(python), "-m", "ruff", "check", "."], ROOT),
        ("ruff format", [str(python), "-m", "ruff", "format", "--check", "."], ROOT),
        ("mypy", [str(python), "-m", "mypy"], ROOT),
        (
            "mypy packaging",
            [str(python), "-m", "mypy", "--strict", *build_scripts],
            ROOT / "packaging",
        ),
    ]
    failed = []
    for name, command, folder in steps:
        print(f"\n=== {name} ===", flush=True)
        if subprocess.call(command, cwd=folder) != 0:
            failed.append(name)
    if failed:
        print(f"\nFAILED: {', '.join(failed)}", flush=True)
        return 1
    print("\nAll checks passed.", flush=True)
    return 0


def run_windows_tests(args: list[str]) -> int:
    """``pytest -m windows``: deselected from ``test`` (minutes, wine); .ci/run runs it too."""
    if not check_system_for_tests(windows=True):
        return 1
    python = ensure_environment("test")
    print("\n=== pytest -m windows (under wine) ===", flush=True)
    return subprocess.call([str(python), "-m", "pytest", "-m", "windows", "-s", *args], cwd=ROOT)


def main() -> int:
    commands = {"run", "test", "test-windows", "missing-packages"}
    if len(sys.argv) < 2 or sys.argv[1] not in commands:
        print(__doc__)
        return 2
    command, rest = sys.argv[1], sys.argv[2:]
    if command == "missing-packages":
        missing = {**missing_test_packages(), **missing_windows_packages()}
        print(" ".join(sorted(set(missing.values()))))
        return 0
    if command == "test-windows":
        return run_windows_tests(rest)
    return run_app(rest) if command == "run" else run_tests(rest)


if __name__ == "__main__":
    sys.exit(main())
