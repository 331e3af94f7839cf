"""The command line as a person runs it: real processes on temporary data folders."""

from __future__ import annotations

import hashlib
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from icalendar import Calendar
from sqlalchemy import text

from mentordesk.config import resolve_paths
from mentordesk.db.backup import list_backups
from mentordesk.db.database import Database
from mentordesk.db.health import open_read_only
from mentordesk.db.types import utc_now
from mentordesk.services import meetings
from mentordesk.services.meetings import MeetingPlan
from mentordesk.services.mentors import MentorData, create_mentor
from tests.db.older import die_mid_transaction
from tests.e2e.helpers import app_env

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "db" / "fixtures"


def mentordesk(
    *args: str, data: Path, importtime: bool = False
) -> subprocess.CompletedProcess[str]:
    python = [sys.executable, "-X", "importtime"] if importtime else [sys.executable]
    return subprocess.run(
        [*python, "-m", "mentordesk", *args],
        cwd=ROOT,
        env=app_env(data),
        capture_output=True,
        text=True,
        encoding="utf-8",  # on Windows too, where a redirected command writes UTF-8
        timeout=120,
        check=False,
    )


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def folder_with(data: Path, *names: str) -> Path:
    database = Database(resolve_paths(data))
    try:
        with database.session() as session:
            for name in names:
                create_mentor(session, MentorData(name=name), now=utc_now())
    finally:
        database.close()
    return data / "mentordesk.sqlite3"


def mentor_names(path: Path) -> list[str]:
    connection = open_read_only(path)  # leaves no -wal/-shm beside a file in WAL mode
    try:
        return sorted(str(n) for (n,) in connection.execute("SELECT name FROM mentor"))
    finally:
        connection.close()


@contextmanager
def app_holding(data: Path) -> Iterator[int]:
    """Another MentorDesk holding the data folder (its lock, from another process)."""
    hold = (
        "import sys, time\nfrom pathlib import Path\nfrom mentordesk.lock import DataFolderLock\n"
        "DataFolderLock(Path(sys.argv[1])).acquire()\nprint('held', flush=True)\n"
        "sys.stdin.read()\n"
    )
    with subprocess.Popen(
        [sys.executable, "-c", hold, str(data / "mentordesk.lock")],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    ) as holder:
        assert holder.stdout is not None and holder.stdin is not None
        assert holder.stdout.readline().strip() == "held"
        yield holder.pid
        holder.stdin.close()


# --- no Qt ------------------------------------------------------------------------------


@pytest.mark.parametrize("args", [["--help"], ["check"], ["backup"], ["restore", "--help"]])
def test_the_command_line_never_imports_qt(tmp_path: Path, args: list[str]) -> None:
    data = tmp_path / "data"
    folder_with(data, "Ada Lovelace")
    result = mentordesk(*args, data=data, importtime=True)
    assert result.returncode == 0, result.stderr
    imported = [line.split("|")[-1].strip() for line in result.stderr.splitlines()]
    assert not [name for name in imported if name.startswith("PySide6")]


# --- check ------------------------------------------------------------------------------


def test_check_of_a_sound_folder_says_nothing_is_wrong(tmp_path: Path) -> None:
    data = tmp_path / "data"
    database = folder_with(data, "Ada Lovelace")
    before = digest(database)
    result = mentordesk("check", data=data)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Nothing is wrong." in result.stdout
    assert "integrity_check: ok" in result.stdout
    assert digest(database) == before
    assert sorted(p.name for p in data.iterdir()) == [
        "backups",
        "mentordesk.sqlite3",
        "mentordesk.sqlite3.checked",  # the start-up check's fingerprint, from the close
        "mentordesk.sqlite3.identity",
    ]


def test_check_reports_a_change_cut_short_and_leaves_it_for_the_next_start(
    tmp_path: Path,
) -> None:
    """R1: check said "Nothing is wrong" beside a hot -journal."""
    data = tmp_path / "data"
    (data / "backups").mkdir(parents=True)
    database = data / "mentordesk.sqlite3"
    database.write_bytes((FIXTURES / "mentordesk-0004.sqlite3").read_bytes())
    die_mid_transaction(database)
    before = digest(database), digest(data / "mentordesk.sqlite3-journal")
    result = mentordesk("check", data=data)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "-journal" in result.stdout and "never finished" in result.stdout
    assert "integrity_check: ok" in result.stdout  # the database as the next start sees it
    assert (digest(database), digest(data / "mentordesk.sqlite3-journal")) == before


def test_check_lists_damage_and_exits_1_without_changing_the_file(tmp_path: Path) -> None:
    data = tmp_path / "data"
    database = folder_with(data, *(f"Mentor {n}" for n in range(80)))
    raw = bytearray(database.read_bytes())
    # A whole page in the middle: half a page may be the unused end of an empty index.
    page = int.from_bytes(raw[16:18], "big")
    start = len(raw) // 2 // page * page
    raw[start : start + page] = b"\xa5" * page
    database.write_bytes(bytes(raw))
    before = digest(database)
    result = mentordesk("check", data=data)
    assert result.returncode == 1
    assert "!! Integrity:" in result.stdout
    assert "Restore a backup" in result.stdout
    assert digest(database) == before


def test_check_finds_a_missing_table_and_a_broken_link(tmp_path: Path) -> None:
    data = tmp_path / "data"
    database = folder_with(data, "Ada Lovelace")
    connection = sqlite3.connect(database)
    connection.execute("DROP TABLE search_index")
    connection.execute(
        "INSERT INTO mentor_status_change (id, mentor_id, from_status, to_status, changed_at) "
        "VALUES ('x', 'nobody', NULL, 'active', '2026-01-01T00:00:00.000000+00:00')"
    )
    connection.commit()
    connection.close()
    result = mentordesk("check", data=data)
    assert result.returncode == 1
    assert "missing table search_index" in result.stdout
    assert "1 links point at nothing" in result.stdout


@pytest.mark.parametrize(
    ("setup", "message"),
    [("missing", "no data folder"), ("newer", "newer MentorDesk")],
)
def test_check_of_something_it_cannot_read_exits_5(
    tmp_path: Path, setup: str, message: str
) -> None:
    data = tmp_path / "data"
    if setup == "newer":
        database = folder_with(data, "Ada")
        connection = sqlite3.connect(database)
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
        connection.commit()
        connection.close()
    result = mentordesk("check", data=data)
    assert result.returncode == 5
    assert message in result.stderr


# --- backup -----------------------------------------------------------------------------


def test_backup_makes_a_checked_copy_even_while_the_app_runs(tmp_path: Path) -> None:
    data = tmp_path / "data"
    folder_with(data, "Ada Lovelace", "Grace Hopper")
    with app_holding(data):
        result = mentordesk("backup", data=data)
    assert result.returncode == 0, result.stderr
    (made,) = list_backups(data / "backups")
    assert made.reason == "manual"
    assert "2 mentors, 0 meetings" in result.stdout
    assert mentor_names(made.path) == ["Ada Lovelace", "Grace Hopper"]


def test_backup_to_a_file_never_overwrites_one(tmp_path: Path) -> None:
    data = tmp_path / "data"
    folder_with(data, "Ada Lovelace")
    target = tmp_path / "copy.sqlite3"
    assert mentordesk("backup", "-o", str(target), data=data).returncode == 0
    assert mentor_names(target) == ["Ada Lovelace"]
    before = digest(target)
    again = mentordesk("backup", "-o", str(target), data=data)
    assert again.returncode == 5 and "exists" in again.stderr
    assert digest(target) == before


# --- restore ----------------------------------------------------------------------------


def test_restore_refuses_beside_a_running_copy(tmp_path: Path) -> None:
    data = tmp_path / "data"
    database = folder_with(data, "Ada Lovelace")
    copy = tmp_path / "copy.sqlite3"
    assert mentordesk("backup", "-o", str(copy), data=data).returncode == 0
    before = digest(database)
    with app_holding(data) as pid:
        result = mentordesk("restore", str(copy), data=data)
    assert result.returncode == 4
    assert f"process {pid}" in result.stderr and "Close MentorDesk first" in result.stderr
    assert digest(database) == before


def test_restore_puts_the_backup_in_place_and_keeps_what_was_there(tmp_path: Path) -> None:
    data = tmp_path / "data"
    database = folder_with(data, "Ada Lovelace")
    copy = tmp_path / "copy.sqlite3"
    assert mentordesk("backup", "-o", str(copy), data=data).returncode == 0
    folder_with(data, "Grace Hopper")
    result = mentordesk("restore", str(copy), data=data)
    assert result.returncode == 0, result.stderr
    assert mentor_names(database) == ["Ada Lovelace"]
    (kept,) = [b for b in list_backups(data / "backups") if b.reason == "before-restore"]
    assert mentor_names(kept.path) == ["Ada Lovelace", "Grace Hopper"]
    assert kept.path.name in result.stdout
    assert sorted(p.name for p in data.iterdir()) == [
        "backups",
        "mentordesk.sqlite3",
        "mentordesk.sqlite3.identity",
    ]


def test_restore_of_a_file_that_is_not_a_backup_changes_nothing(tmp_path: Path) -> None:
    data = tmp_path / "data"
    database = folder_with(data, "Ada Lovelace")
    before = digest(database)
    bad = tmp_path / "notes.sqlite3"
    bad.write_text("these are my notes, not a database")
    result = mentordesk("restore", str(bad), data=data)
    assert result.returncode == 5
    assert "cannot be restored" in result.stderr
    assert digest(database) == before
    assert list_backups(data / "backups") == []


# --- ics --------------------------------------------------------------------------------


def test_ics_writes_the_planned_meetings_for_a_calendar_and_rewrites_it(
    tmp_path: Path,
) -> None:
    data = tmp_path / "data"
    folder_with(data, "Ada Lovelace")
    database = Database(resolve_paths(data))
    try:
        with database.session() as session:
            ada = session.execute(text("SELECT id FROM mentor")).scalar_one()
            start = datetime.now(UTC).replace(microsecond=0) + timedelta(days=3)
            meetings.plan_meeting(
                session, MeetingPlan(str(ada), start, location="Café Rouge"), now=utc_now()
            )
    finally:
        database.close()
    target = tmp_path / "meetings.ics"
    result = mentordesk("ics", "-o", str(target), data=data, importtime=True)
    assert result.returncode == 0, result.stderr
    assert "Wrote 1 meeting" in result.stdout
    imported = [line.split("|")[-1].strip() for line in result.stderr.splitlines()]
    assert not [name for name in imported if name.startswith("PySide6")]
    [event] = Calendar.from_ical(target.read_bytes()).walk("VEVENT")
    assert "Ada Lovelace" in str(event["SUMMARY"])
    assert event.decoded("DTSTART") == start
    assert str(event["LOCATION"]) == "Café Rouge"

    [alarm] = event.walk("VALARM")  # calendar apps remind 30 minutes before
    assert alarm.decoded("TRIGGER") == timedelta(minutes=-30)

    # a newer file replaces it, with the alarm asked for
    again = mentordesk("ics", "--force", "-o", str(target), "--alarm", "10", data=data)
    assert again.returncode == 0, again.stderr
    [event] = Calendar.from_ical(target.read_bytes()).walk("VEVENT")
    assert [a.decoded("TRIGGER") for a in event.walk("VALARM")] == [timedelta(minutes=-10)]
    wrong = mentordesk("ics", "--force", "-o", str(target), "--alarm", "-5", data=data)
    assert wrong.returncode == 2 and "--alarm takes minutes" in wrong.stderr

    folder = mentordesk("ics", "-o", str(tmp_path), data=data)
    assert folder.returncode == 2
    assert "is a folder" in folder.stderr
