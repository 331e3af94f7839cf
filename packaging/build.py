#!/usr/bin/env python3
"""Build the one-folder app with PyInstaller, then smoke-test the frozen build.

    .venv/bin/python packaging/build.py [DIST_DIR]

Exits non-zero if the build fails or the frozen ``mentordesk --self-test`` fails.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def frozen_executable(dist: Path) -> Path:
    name = "mentordesk.exe" if os.name == "nt" else "mentordesk"
    found = sorted(dist.glob(f"mentordesk-*/{name}"))
    if not found:
        raise SystemExit(f"no frozen mentordesk found in {dist}")
    return found[-1]


def build(dist: Path) -> Path:
    with tempfile.TemporaryDirectory(prefix="mentordesk-build-") as work:
        subprocess.run(
            [
                sys.executable,
                "-m",
                "PyInstaller",
                "--noconfirm",
                "--log-level",
                "WARN",
                "--distpath",
                str(dist),
                "--workpath",
                work,
                str(ROOT / "packaging" / "mentordesk.spec"),
            ],
            check=True,
            cwd=ROOT,
        )
    return frozen_executable(dist)


def smoke_test(executable: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    if sys.platform.startswith("linux") and not env.get("DISPLAY"):
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
    return subprocess.run(
        [str(executable), "--self-test"],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def main() -> int:
    dist = Path(sys.argv[1] if len(sys.argv) > 1 else ROOT / "dist").resolve()
    executable = build(dist)
    result = smoke_test(executable)
    sys.stdout.write(result.stdout)
    sys.stderr.write(result.stderr)
    print(f"{'PASSED' if result.returncode == 0 else 'FAILED'}: {executable}")
    return result.returncode


if __name__ == "__main__":
    sys.exit(main())
