"""Opening a data folder (issue 15, findings R1, R2, R3, R11): a hot -journal is rolled
back, not called a permission problem or damage; a -journal goes wherever the database
goes; a -wal that is not the database's own is set aside, never replayed.

Each state is made by a real SQLite writer in a child process that dies mid-transaction
(``os._exit``: no rollback, no clean-up), then the folder is opened as the app opens it.
"""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from mentordesk.config import Paths
from mentordesk.db.database import Database
from mentordesk.db.files import companions
from mentordesk.db.health import DamagedDatabaseError, State, examine, integrity_problems
from mentordesk.db.types import utc_now
from mentordesk.services import backup as backups
from mentordesk.services.mentors import MentorData, create_mentor, list_mentors
from tests.db.older import die_mid_transaction, kept_records

FIXTURES = Path(__file__).with_name("fixtures")
ROOT = Path(__file__).resolve().parents[2]
NOW = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)


def damage(path: Path) -> None:
    """Overwrite every page but the first: the journal repairs only the pages it holds."""
    size = path.stat().st_size
    with open(path, "r+b") as file:
        file.seek(4096)
        file.write(b"\xff" * (size - 4096))


def in_rollback_mode(paths: Paths, fixture: str = "0004") -> None:
    """A data folder whose database is a fixture (rollback mode, as every backup was)."""
    paths.ensure()
    shutil.copyfile(FIXTURES / f"mentordesk-{fixture}.sqlite3", paths.database)


def names(paths: Paths) -> list[str]:
    db = Database(paths)
    try:
        with db.session() as session:
            found = list_mentors(session, today=date.today(), now=utc_now())
    finally:
        db.close()
    return sorted(m.data.name for m in found)


def sound(path: Path) -> bool:
    connection = sqlite3.connect(path)
    try:
        return integrity_problems(connection) == ["ok"]
    finally:
        connection.close()


@pytest.mark.parametrize("fixture", ["0001", "0003", "0004"])
def test_a_hot_journal_is_rolled_back_and_the_folder_opens_with_every_record(
    paths: Paths, fixture: str
) -> None:
    in_rollback_mode(paths, fixture)
    fixture_file = FIXTURES / f"mentordesk-{fixture}.sqlite3"
    before = kept_records(paths.database, fixture_file)
    die_mid_transaction(paths.database)
    db = Database(paths)  # was: "not allowed to read or write its data", for ever
    db.close()
    assert examine(paths.database).state is State.CURRENT
    assert not companions(paths.database).journal.exists()
    assert kept_records(paths.database, fixture_file) == before


def test_a_half_written_file_is_never_copied_as_a_backup_before_it_is_rolled_back(
    paths: Paths,
) -> None:
    """`mentordesk backup` (no lock, reads only) said "malformed" beside a hot journal."""
    in_rollback_mode(paths)
    die_mid_transaction(paths.database)
    found = examine(paths.database)
    assert found.state is State.DAMAGED and "-journal" in found.detail
    assert not backups.usable(paths.database)


def test_check_reports_a_hot_journal_and_does_not_touch_it(paths: Paths) -> None:
    from mentordesk.services.check import check

    in_rollback_mode(paths)
    die_mid_transaction(paths.database)
    journal = companions(paths.database).journal
    kept = journal.read_bytes(), paths.database.read_bytes()
    report = check(paths, now=NOW, live=False)
    unfinished = [f for f in report.findings if f.name == "Unfinished changes"]
    assert unfinished and not unfinished[0].ok
    assert "-journal" in unfinished[0].summary
    assert (journal.read_bytes(), paths.database.read_bytes()) == kept


def test_starting_empty_takes_the_journal_along_and_the_new_file_is_sound(
    paths: Paths,
) -> None:
    """R2: the -journal of a damaged file must not be replayed into the new empty one."""
    in_rollback_mode(paths)
    die_mid_transaction(paths.database)
    journal = companions(paths.database).journal
    left = journal.read_bytes()
    damage(paths.database)
    aside = backups.start_empty(paths, NOW)
    assert aside is not None
    assert companions(aside).journal.read_bytes() == left, "the journal went with its file"
    assert names(paths) == []
    assert sound(paths.database)


def test_restoring_takes_the_journal_along_and_the_restored_file_is_sound(
    paths: Paths, tmp_path: Path
) -> None:
    in_rollback_mode(paths)
    backup = tmp_path / "backup.sqlite3"
    shutil.copyfile(FIXTURES / "mentordesk-0003.sqlite3", backup)
    die_mid_transaction(paths.database)
    damage(paths.database)
    result = backups.restore(paths, backup, NOW)
    assert result.set_aside is not None and companions(result.set_aside).journal.exists()
    assert not companions(paths.database).journal.exists()
    assert len(names(paths)) > 0
    assert sound(paths.database)


def test_restoring_over_a_hot_journal_keeps_the_data_it_replaces_whole(
    paths: Paths, tmp_path: Path
) -> None:
    in_rollback_mode(paths, "0004")
    fixture = FIXTURES / "mentordesk-0004.sqlite3"
    before = kept_records(paths.database, fixture)
    die_mid_transaction(paths.database)
    backup = tmp_path / "backup.sqlite3"
    shutil.copyfile(FIXTURES / "mentordesk-0003.sqlite3", backup)
    result = backups.restore(paths, backup, NOW)
    assert result.previous_backup is not None
    assert kept_records(result.previous_backup, fixture) == before
    assert not companions(paths.database).journal.exists()


def test_a_restored_database_is_not_left_in_rollback_mode(paths: Paths, tmp_path: Path) -> None:
    backup = tmp_path / "backup.sqlite3"
    shutil.copyfile(FIXTURES / "mentordesk-0004.sqlite3", backup)
    paths.ensure()
    backups.restore(paths, backup, NOW)
    header = paths.database.read_bytes()[18:20]
    assert header == b"\x02\x02", "a restored file is in WAL mode (write and read version 2)"


def _write_then_die(paths: Paths, name: str) -> None:
    """The app renames one mentor (a small change that lives in the -wal) and is killed."""
    code = f"""
import os
from mentordesk.config import resolve_paths
from mentordesk.db.database import Database
from mentordesk.db.types import utc_now
from mentordesk.services.mentors import MentorData, list_mentors, update_mentor
from datetime import date
db = Database(resolve_paths({str(paths.data_dir)!r}))
with db.session() as session:
    first = list_mentors(session, today=date.today(), now=utc_now())[0]
    update_mentor(session, first.id, MentorData(name={name!r}), now=utc_now())
os._exit(0)
"""
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True, timeout=60)
    assert companions(paths.database).wal.stat().st_size > 0


def test_a_backup_copied_by_hand_over_a_crashed_file_is_not_mixed_with_its_wal(
    paths: Paths,
) -> None:
    """R3: the crash-time -wal would pass every check replayed onto the backup."""
    db = Database(paths)
    with db.session() as session:
        for number in range(3):
            create_mentor(session, MentorData(name=f"Mentor {number}"), now=utc_now())
    db.close()
    backup = backups.make_backup(paths, backups.Reason.MANUAL, NOW)
    _write_then_die(paths, "Renamed after the backup")
    shutil.copyfile(backup, paths.database)  # the natural restore by hand
    from mentordesk.services.check import check

    report = check(paths, now=NOW, live=False)
    assert "written for another file" in next(
        f.summary for f in report.findings if f.name == "Unfinished changes"
    )
    db = Database(paths)
    db.close()
    assert db.stray_wal is not None, "the stale -wal is set aside with a message"
    assert names(paths) == ["Mentor 0", "Mentor 1", "Mentor 2"]


def test_the_own_wal_of_a_crashed_file_is_replayed(paths: Paths) -> None:
    db = Database(paths)
    with db.session() as session:
        create_mentor(session, MentorData(name="Anna"), now=utc_now())
    db.close()
    _write_then_die(paths, "Anna Maria")
    db = Database(paths)
    db.close()
    assert db.stray_wal is None
    assert names(paths) == ["Anna Maria"]


def test_a_wal_of_another_database_does_not_make_the_folder_refused(
    paths: Paths, tmp_path: Path
) -> None:
    """R11: not "holds tables that are not MentorDesk's": the -wal is set aside."""
    db = Database(paths)
    with db.session() as session:
        create_mentor(session, MentorData(name="Anna"), now=utc_now())
    db.close()
    other = tmp_path / "other.sqlite3"
    code = f"""
import os, sqlite3
c = sqlite3.connect({str(other)!r}, isolation_level=None)
c.execute("PRAGMA journal_mode=WAL")
c.execute("PRAGMA wal_autocheckpoint=0")
c.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT)")
c.execute("INSERT INTO photos (name) VALUES ('beach')")
os._exit(0)
"""
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)
    shutil.copyfile(companions(other).wal, companions(paths.database).wal)
    db = Database(paths)
    db.close()
    assert db.stray_wal is not None
    assert names(paths) == ["Anna"]


def test_damage_is_still_refused_when_a_journal_lies_beside_it(paths: Paths) -> None:
    in_rollback_mode(paths)
    die_mid_transaction(paths.database)
    damage(paths.database)
    with pytest.raises(DamagedDatabaseError):
        Database(paths)
    assert companions(paths.database).journal.exists(), "nothing is deleted"
