"""Run the typist child (tests/e2e/typist.py), kill it, and check what was stored.

Shared by tests/e2e/test_crash.py and scripts/crash_stress.py.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from mentordesk.config import resolve_paths
from mentordesk.db.database import Database
from mentordesk.db.types import utc_now
from mentordesk.services import meetings, mentors

ROOT = Path(__file__).resolve().parents[2]


def make_meeting(data_dir: Path) -> str:
    """A data folder with one mentor and one planned meeting; returns the meeting id."""
    database = Database(resolve_paths(data_dir))
    try:
        with database.session() as session:
            mentor = mentors.create_mentor(
                session, mentors.MentorData(name="Crash Test"), now=utc_now()
            )
            plan = meetings.MeetingPlan(mentor_id=mentor.id, scheduled_start=datetime.now(UTC))
            return meetings.plan_meeting(session, plan, now=utc_now()).id
    finally:
        database.close()


def child_env(data_dir: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["MENTORDESK_DATA_DIR"] = str(data_dir)
    env.pop("PYTHONWARNINGS", None)
    return env


@dataclass
class Child:
    """A running typist with its stdout lines collected as they come."""

    process: subprocess.Popen[str]
    lines: list[str] = field(default_factory=list)
    _reader: threading.Thread | None = None

    @classmethod
    def start(cls, data_dir: Path, meeting_id: str, text: str, *extra: str) -> Child:
        process = subprocess.Popen(
            [sys.executable, "-m", "tests.e2e.typist", str(data_dir), meeting_id, text, *extra],
            cwd=ROOT,
            env=child_env(data_dir),
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        child = cls(process)
        child._reader = threading.Thread(target=child._read, daemon=True)
        child._reader.start()
        return child

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.lines.append(line.strip())

    def wait_for(self, predicate: object, timeout: float = 30) -> bool:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if callable(predicate) and predicate():
                return True
            if self.process.poll() is not None and self._reader and not self._reader.is_alive():
                return bool(callable(predicate) and predicate())
            time.sleep(0.005)
        return False

    def saves(self) -> list[tuple[int, int, float]]:
        """(revision, length, latency ms) of every save the child reported."""
        found = []
        for line in list(self.lines):
            if line.startswith("SAVED "):
                _, revision, length, latency = line.split()
                found.append((int(revision), int(length), float(latency)))
        return found

    def kill(self) -> None:
        os.kill(self.process.pid, signal.SIGKILL)
        self.finish()

    def finish(self, timeout: float = 30) -> int:
        code = self.process.wait(timeout=timeout)
        if self._reader is not None:
            self._reader.join(timeout=5)
        if self.process.stdout is not None:
            self.process.stdout.close()
        return code


def stored_notes(data_dir: Path, meeting_id: str) -> tuple[str, str]:
    """(the meeting's notes, PRAGMA integrity_check), read after the child is gone.

    A plain read-write connection, like the app's next start: it replays the WAL.
    """
    connection = sqlite3.connect(resolve_paths(data_dir).database)
    try:
        integrity = str(connection.execute("PRAGMA integrity_check").fetchone()[0])
        row = connection.execute("SELECT notes FROM meeting WHERE id = ?", (meeting_id,)).fetchone()
    finally:
        connection.close()
    return (str(row[0]) if row else "", integrity)


@dataclass(frozen=True)
class KillResult:
    """What one random kill left behind."""

    killed_during_typing: bool
    reported: int  # length of the last save the child reported
    stored: str
    integrity: str
    latencies: list[float]

    def problems(self, typed: str) -> list[str]:
        found = []
        if self.integrity != "ok":
            found.append(f"integrity_check: {self.integrity}")
        if not typed.startswith(self.stored):
            found.append("the stored notes are not what was typed")
        if len(self.stored) < self.reported:
            found.append(f"a reported save is missing ({len(self.stored)} < {self.reported})")
        return found


def random_kill_run(data_dir: Path, text: str, rng: random.Random) -> KillResult:
    """Type ``text`` fast with saves after nearly every key; SIGKILL at a random moment."""
    meeting_id = make_meeting(data_dir)
    child = Child.start(data_dir, meeting_id, text, "--interval-ms", "4", "--debounce-ms", "3")
    try:
        assert child.wait_for(lambda: "READY" in child.lines), "the typist did not start"
        time.sleep(rng.uniform(0.02, len(text) * 0.004 * 1.1))
        typing = not any(line.startswith("TYPED") for line in child.lines)
    finally:
        child.kill()
    saves = child.saves()
    notes, integrity = stored_notes(data_dir, meeting_id)
    return KillResult(
        killed_during_typing=typing,
        reported=max((length for _, length, _ in saves), default=0),
        stored=notes,
        integrity=integrity,
        latencies=[latency for *_, latency in saves if latency >= 0],
    )
