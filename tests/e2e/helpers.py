"""Run MentorDesk as a real child process, as a user would start it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def app_env(data_dir: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["MENTORDESK_DATA_DIR"] = str(data_dir)
    env.pop("PYTHONWARNINGS", None)
    return env


def run_cli(
    args: list[str], data_dir: Path, timeout: float = 60
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "mentordesk", *args],
        env=app_env(data_dir),
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def start_app(data_dir: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "mentordesk"],
        env=app_env(data_dir),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
