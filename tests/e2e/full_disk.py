"""A full disk during start-up and update, made real with strace (no mocks).

``strace -f -e inject=pwrite64:error=ENOSPC:when=N+`` makes the N-th write and
every later one fail as on a full disk. ``attempt`` runs the app's start-up
(``tests/e2e/open_data.py``, the same ``Database(paths)`` the window uses) that
way on a data folder at an old revision; ``verify`` then starts normally and
checks that it reaches the current revision with every record intact.

Shared by tests/e2e/test_full_disk.py (a few points) and scripts/enospc_sweep.py
(every point).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from mentordesk.config import Paths, resolve_paths
from mentordesk.db import migrate
from mentordesk.db.backup import list_backups
from mentordesk.db.database import Database
from mentordesk.db.health import State, examine
from tests.db.older import database_at, records

ROOT = Path(__file__).resolve().parents[2]

Records = dict[str, list[tuple[object, ...]]]


@dataclass(frozen=True)
class Attempt:
    """How one start-up with a full disk ended."""

    ok: bool
    problem: str | None
    message: str


def prepare(folder: Path, mentors: int = 30) -> tuple[Paths, Records]:
    """A data folder at revision 0002 with mentors and meetings; returns its records."""
    paths = resolve_paths(folder)
    paths.ensure()
    database_at("0002", paths.database, mentors=mentors)
    return paths, records(paths.database)


def count_writes(paths: Paths, syscall: str = "pwrite64") -> int:
    """How many ``syscall`` calls a start-up on a copy of ``paths`` makes."""
    copy = paths.data_dir.with_name(paths.data_dir.name + "-count")
    shutil.rmtree(copy, ignore_errors=True)
    shutil.copytree(paths.data_dir, copy)
    counts = copy.with_name(copy.name + ".strace")
    _run(copy, ["-c", "-o", str(counts), "-e", f"trace={syscall}"])
    for line in counts.read_text().splitlines():
        parts = line.split()
        if parts and parts[-1] == syscall:
            return int(parts[3])
    return 0


def _run(data: Path, strace: list[str]) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, MENTORDESK_DATA_DIR=str(data))
    env.pop("PYTHONWARNINGS", None)
    return subprocess.run(
        ["strace", "-f", "-qq", *strace, sys.executable, "-m", "tests.e2e.open_data", str(data)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def attempt(paths: Paths, syscall: str, when: str, error: str = "ENOSPC") -> Attempt:
    """Start up with ``syscall`` failing with ``error`` at ``when`` (strace's syntax)."""
    result = _run(
        paths.data_dir,
        [
            "-o",
            "/dev/null",
            "-e",
            "signal=none",
            "-e",
            f"trace={syscall}",
            "-e",
            f"inject={syscall}:error={error}:when={when}",
        ],
    )
    lines = [line for line in result.stdout.splitlines() if line.startswith("{")]
    if not lines:
        raise AssertionError(f"start-up crashed: {result.stderr[-2000:]}")
    answer = json.loads(lines[-1])
    return Attempt(bool(answer["ok"]), answer.get("problem"), answer.get("message", ""))


def verify(paths: Paths, before: Records) -> list[str]:
    """Start normally; what is wrong afterwards (an empty list when all is well)."""
    problems: list[str] = []
    try:
        Database(paths).close()
    except Exception as error:  # the point of the check: report, do not stop the sweep
        return [f"the next start failed: {error}"]
    if migrate.stored_revision(paths.database) != migrate.HEAD_REVISION:
        problems.append("not at the current revision")
    if records(paths.database) != before:
        problems.append("records differ")
    finished = list_backups(paths.backups_dir)
    if len(finished) != 1:
        problems.append(f"{len(finished)} backups of one update step")
    for backup in finished:
        if examine(backup.path).state is not State.OLDER:
            problems.append(f"backup {backup.path.name} is not a sound copy of the old file")
    strays = [p.name for p in paths.backups_dir.iterdir() if not p.name.startswith("mentordesk-")]
    if strays:
        problems.append(f"left in backups/: {strays}")
    return problems
