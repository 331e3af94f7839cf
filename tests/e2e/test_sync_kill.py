"""``mentordesk sync`` killed (SIGKILL) at any moment, sending or applying: the next
round finishes the work, nothing is applied twice or half (the new home laptop's start
from the work laptop's snapshot included), and both laptops end with the same export.
The kills come at fixed delays; every moment is a valid one, so the outcome never
depends on where they land."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from mentordesk.config import resolve_paths
from mentordesk.db.database import Database
from mentordesk.services import meetings, mentors, sample
from tests.e2e.helpers import app_env

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
NOW = datetime(2026, 12, 7, 9, tzinfo=UTC)


def sync_process(data: Path, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "mentordesk", "sync", *args],
        cwd=ROOT,
        env=app_env(data),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def killed_after(data: Path, delay: float, *args: str) -> None:
    process = sync_process(data, *args)
    time.sleep(delay)
    process.kill()
    process.communicate(timeout=60)


def finished(data: Path, *args: str) -> None:
    process = sync_process(data, *args)
    _, err = process.communicate(timeout=300)
    assert process.returncode == 0, err


def records(data: Path) -> str:
    database = Database(resolve_paths(data))
    try:
        from mentordesk.services.exchange import export_document

        with database.session() as session:
            return json.dumps(export_document(session)["records"], sort_keys=True)
    finally:
        database.close()


def test_a_sync_killed_at_any_moment_is_finished_by_the_next(tmp_path: Path) -> None:
    work, home, shared = tmp_path / "work", tmp_path / "home", tmp_path / "shared"
    shared.mkdir()
    database = Database(resolve_paths(work))
    try:
        with database.session() as session:
            sample.load_sample(session, date(2026, 12, 7))
            for number in range(300):  # enough rows that a kill lands mid-work
                mentor = mentors.create_mentor(
                    session, mentors.MentorData(name=f"Mentor {number}", notes="ü" * 2000), now=NOW
                )
                meetings.plan_meeting(
                    session,
                    meetings.MeetingPlan(mentor_id=mentor.id, scheduled_start=NOW),
                    now=NOW,
                )
    finally:
        database.close()
    Database(resolve_paths(home)).close()

    for delay in (0.3, 0.8, 1.5):  # the sender, killed while it sends
        killed_after(work, delay, "--folder", str(shared), "--device", "Work")
    finished(work, "--folder", str(shared), "--device", "Work")
    for delay in (0.3, 0.8, 1.5, 2.5):  # the receiver, killed while it applies
        killed_after(home, delay, "--folder", str(shared), "--device", "Home")
    finished(home, "--folder", str(shared), "--device", "Home")
    finished(work)
    assert records(work) == records(home)
    batches = [p for p in (shared / "MentorDesk" / "v1").rglob("*") if p.is_file()]
    # no partial left; the work laptop's snapshot (over a megabyte of batches) the only other
    assert not [p for p in batches if not p.name.endswith((".mdsync", ".mdsnap"))]
    assert len([p for p in batches if p.name.endswith(".mdsnap")]) == 1
