"""A backup killed half-way never leaves a file named like a finished backup (finding 11)."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest

from mentordesk.config import Paths
from mentordesk.db.backup import PARTIAL_SUFFIX, list_backups
from mentordesk.db.database import Database
from mentordesk.db.health import State, examine
from mentordesk.db.types import utc_now
from mentordesk.services import meetings, mentors
from tests.e2e.helpers import app_env

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]

BACK_UP = """
import sys
from datetime import UTC, datetime
from mentordesk.config import resolve_paths
from mentordesk.services.backup import make_backup
make_backup(resolve_paths(sys.argv[1]), "manual", datetime.now(UTC))
print("done", flush=True)
"""


def big_database(paths: Paths, megabytes: int = 40) -> None:
    """A database of ``megabytes`` (old note versions: quick to write, slow to copy)."""
    from datetime import UTC, datetime

    database = Database(paths)
    try:
        with database.session() as session:
            mentor = mentors.create_mentor(session, mentors.MentorData(name="Big"), now=utc_now())
            plan = meetings.MeetingPlan(mentor_id=mentor.id, scheduled_start=datetime.now(UTC))
            meeting_id = meetings.plan_meeting(session, plan, now=utc_now()).id
        with database.engine.begin() as connection:
            connection.exec_driver_sql(
                "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?) "
                "INSERT INTO note_snapshot (id, meeting_id, taken_at, reason, notes) "
                "SELECT 'snap-' || i, ?, '2026-01-01T00:00:00.000000+00:00', 'periodic', "
                "printf('%.*c', 100000, 'x') || i FROM n",
                (megabytes * 10, meeting_id),
            )
    finally:
        database.close()


def test_a_backup_killed_at_any_moment_leaves_only_finished_backups(paths: Paths) -> None:
    big_database(paths)
    partials_seen = 0
    for delay_ms in (0, 30, 90, 180):
        with subprocess.Popen(
            [sys.executable, "-c", BACK_UP, str(paths.data_dir)],
            cwd=ROOT,
            env=app_env(paths.data_dir),
            stdout=subprocess.PIPE,
            text=True,
        ) as child:
            # Wait until the copy is under way, then kill it a little later.
            deadline = time.monotonic() + 60
            while not any(p.name.endswith(PARTIAL_SUFFIX) for p in paths.backups_dir.iterdir()):
                assert time.monotonic() < deadline and child.poll() is None, "no copy started"
                time.sleep(0.002)
            partials_seen += 1
            time.sleep(delay_ms / 1000)
            child.kill()  # SIGKILL; TerminateProcess on Windows: no chance to clean up
            child.communicate()
        for backup in list_backups(paths.backups_dir):
            assert examine(backup.path).state is State.CURRENT, backup.path.name
    assert partials_seen == 4
    # Whatever a kill left is hidden and named as unfinished; the next backup an hour on
    # removes it, and no list or restore ever offers it.
    for leftover in paths.backups_dir.iterdir():
        if leftover.name not in {b.path.name for b in list_backups(paths.backups_dir)}:
            assert leftover.name.startswith(".") and PARTIAL_SUFFIX in leftover.name
