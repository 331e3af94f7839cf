#!/usr/bin/env python3
"""Set up MentorDesk in a local virtual environment, then run it or its tests.

    python3 dev.py run    # set up (first time) and launch the app
    python3 dev.py test   # set up (first time) and run pytest, ruff and mypy

Both are idempotent: the environment is rebuilt only when pyproject.toml changes.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

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
                "On Debian or Ubuntu: sudo apt-get install python3-venv"
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


def run_app(args: list[str]) -> int:
    python = ensure_environment("app")
    return subprocess.call([str(python), "-m", "mentordesk", *args], cwd=ROOT)


def run_tests(args: list[str]) -> int:
    python = ensure_environment("test")
    steps = [
        ("pytest", [str(python), "-m", "pytest", *args]),
        ("ruff", [str(python), "-m", "ruff", "check", "."]),
        ("ruff format", [str(python), "-m", "ruff", "format", "--check", "."]),
        ("mypy", [str(python), "-m", "mypy"]),
    ]
    failed = []
    for name, command in steps:
        print(f"\n=== {name} ===", flush=True)
        if subprocess.call(command, cwd=ROOT) != 0:
            failed.append(name)
    if failed:
        print(f"\nFAILED: {', '.join(failed)}", flush=True)
        return 1
    print("\nAll checks passed.", flush=True)
    return 0


def main() -> int:
    if len(sys.argv) < 2 or sys.argv[1] not in {"run", "test"}:
        print(__doc__)
        return 2
    command, rest = sys.argv[1], sys.argv[2:]
    return run_app(rest) if command == "run" else run_tests(rest)


if __name__ == "__main__":
    sys.exit(main())
