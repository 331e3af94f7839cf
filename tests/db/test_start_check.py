"""The start-up check takes on trust only a file exactly as the app left it (issue 20).

After a clean close ``db/fingerprint.py`` records the file's size, times, inode and
device, and the next start leaves out ``quick_check`` when all of them are identical,
no -wal holds frames and the last full check is under a week old. Each test here breaks
that on purpose, the way the world does, and proves the damage is still found before
anything writes to the file, or the full check runs.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from mentordesk.config import Paths
from mentordesk.db import cipher, encryption, fingerprint
from mentordesk.db.database import Database
from mentordesk.db.errors import DatabaseError, Problem, classify
from mentordesk.db.files import companions
from mentordesk.db.health import DamagedDatabaseError
from mentordesk.db.types import utc_now
from mentordesk.services import backup as backups
from mentordesk.services.mentors import MentorData, create_mentor, list_mentors

ROOT = Path(__file__).resolve().parents[2]
NOW = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)


@pytest.fixture(autouse=True)
def _locked_after() -> Iterator[None]:
    yield
    cipher.lock()


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def made(paths: Paths, count: int = 60, prefix: str = "Mentor") -> float:
    """A database with ``count`` mentors, closed cleanly; when its last full check ran."""
    db = Database(paths)
    try:
        with db.session() as session:
            for number in range(count):
                data = MentorData(name=f"{prefix} {number}", notes="n" * 2000)
                create_mentor(session, data, now=utc_now())
    finally:
        db.close()
    assert fingerprint.record_path(paths.database).exists(), "a clean close records it"
    return db.checked_at


def names(paths: Paths) -> tuple[list[str], float]:
    """The mentors' names, and when the check this opening rests on ran."""
    db = Database(paths)
    try:
        with db.session() as session:
            found = list_mentors(session, today=date.today(), now=utc_now())
    finally:
        db.close()
    return sorted(m.data.name for m in found), db.checked_at


def damage_middle(path: Path) -> None:
    """Other bytes over the mentors' first page, written in place: a page that opening
    does not read unless it runs ``quick_check`` (the schema's pages it always reads)."""
    connection = sqlite3.connect(f"file:{path.as_posix()}?mode=ro&immutable=1", uri=True)
    try:
        (page,) = connection.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = 'mentor'"
        ).fetchone()
        (size,) = connection.execute("PRAGMA page_size").fetchone()
    finally:
        connection.close()
    with open(path, "r+b") as file:
        file.seek((page - 1) * size)
        file.write(bytes(range(256)) * (size // 256))


def set_times_back(path: Path, recorded: os.stat_result) -> None:
    os.utime(path, ns=(recorded.st_atime_ns, recorded.st_mtime_ns))


def test_a_file_closed_cleanly_opens_without_the_full_check(paths: Paths) -> None:
    checked = made(paths)
    assert fingerprint.unchanged(paths.database) == checked
    found, checked_at = names(paths)
    assert len(found) == 60
    assert checked_at == checked, "the opening rests on the earlier check"
    assert fingerprint.unchanged(paths.database) == checked, "carried to the next start"


def test_damage_written_in_place_with_its_time_set_back_is_still_found(paths: Paths) -> None:
    made(paths)
    recorded = paths.database.stat()
    damage_middle(paths.database)
    set_times_back(paths.database, recorded)
    now = paths.database.stat()
    assert (now.st_size, now.st_mtime_ns, now.st_ino) == (
        recorded.st_size,
        recorded.st_mtime_ns,
        recorded.st_ino,
    )
    before = digest(paths.database)
    with pytest.raises(DamagedDatabaseError):
        Database(paths)
    assert digest(paths.database) == before, "never written"


def test_damage_written_straight_after_a_close_is_found(paths: Paths) -> None:
    """No pause between the close and the damage: a coarse file clock cannot hide it."""
    made(paths)
    damage_middle(paths.database)
    with pytest.raises(DamagedDatabaseError):
        Database(paths)


@pytest.mark.parametrize("how", ["copied over it", "moved in"])
def test_a_damaged_file_put_in_its_place_with_the_recorded_time_is_found(
    paths: Paths, tmp_path: Path, how: str
) -> None:
    made(paths)
    recorded = paths.database.stat()
    other = tmp_path / "copy.sqlite3"
    shutil.copy2(paths.database, other)
    damage_middle(other)
    set_times_back(other, recorded)
    if how == "copied over it":
        shutil.copy2(other, paths.database)  # same file, truncated and rewritten
    else:
        os.replace(other, paths.database)
    assert paths.database.stat().st_mtime_ns == recorded.st_mtime_ns
    with pytest.raises(DamagedDatabaseError):
        Database(paths)


@pytest.mark.parametrize("how", ["by hand", "by the app"])
def test_a_file_restored_from_a_backup_gets_the_full_check(paths: Paths, how: str) -> None:
    made(paths, 3, prefix="Kept")
    backup = backups.make_backup(paths, backups.Reason.MANUAL, NOW)
    checked = made(paths, 2, prefix="Later")
    if how == "by hand":
        shutil.copy2(backup, paths.database)  # its own times come along
    else:
        backups.restore(paths, backup, NOW)
    assert fingerprint.unchanged(paths.database) is None
    found, checked_at = names(paths)
    assert found == ["Kept 0", "Kept 1", "Kept 2"]
    assert checked_at > checked


def test_a_damaged_backup_restored_by_hand_is_found(paths: Paths) -> None:
    made(paths, 3)
    backup = backups.make_backup(paths, backups.Reason.MANUAL, NOW)
    made(paths, 60)
    damage_middle(backup)
    shutil.copy2(backup, paths.database)
    with pytest.raises(DamagedDatabaseError):
        Database(paths)


def _write_then_kill(paths: Paths) -> None:
    """A child adds a mentor (the change lives in the -wal) and is killed (-9)."""
    code = f"""
import time
from mentordesk.config import resolve_paths
from mentordesk.db.database import Database
from mentordesk.db.types import utc_now
from mentordesk.services.mentors import MentorData, create_mentor
db = Database(resolve_paths({str(paths.data_dir)!r}))
with db.session() as session:
    create_mentor(session, MentorData(name="Written before the kill"), now=utc_now())
print("written", flush=True)
time.sleep(120)
"""
    with subprocess.Popen(
        [sys.executable, "-c", code], cwd=ROOT, stdout=subprocess.PIPE, text=True
    ) as child:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "written"
        child.kill()  # SIGKILL; TerminateProcess on Windows: no chance to clean up
        child.wait()


def test_a_wal_left_by_a_kill_gets_the_full_check_and_is_replayed(paths: Paths) -> None:
    checked = made(paths, 2)
    recorded = json.loads(fingerprint.record_path(paths.database).read_text())
    _write_then_kill(paths)
    assert fingerprint.has_frames(paths.database)
    still = fingerprint.take(paths.database)
    assert (still.size, still.mtime_ns, still.inode) == (
        recorded["size"],
        recorded["mtime_ns"],
        recorded["inode"],
    ), "the file itself is untouched: only the -wal says something happened"
    assert fingerprint.unchanged(paths.database) is None
    found, checked_at = names(paths)
    assert "Written before the kill" in found
    assert checked_at > checked


@pytest.mark.parametrize(
    "record",
    [
        "",
        "not json at all",
        "[1, 2]",
        '{"version": 1}',
        '{"version": 1, "checked_at": "yesterday", "size": 1, "mtime_ns": 1, '
        '"ctime_ns": 1, "inode": 1, "device": 1}',
        "\x00\xff garbage",
    ],
)
def test_a_missing_or_garbage_record_means_the_full_check(paths: Paths, record: str) -> None:
    checked = made(paths, 2)
    fingerprint.record_path(paths.database).write_text(record, encoding="latin-1")
    assert fingerprint.unchanged(paths.database) is None
    found, checked_at = names(paths)
    assert len(found) == 2 and checked_at > checked
    assert fingerprint.unchanged(paths.database) == checked_at, "a good record again"
    fingerprint.forget(paths.database)
    assert fingerprint.unchanged(paths.database) is None


@pytest.mark.parametrize("age_days", [8, -1])  # a week old; or a clock set back since
def test_the_full_check_runs_again_once_the_last_one_is_a_week_old(
    paths: Paths, age_days: int
) -> None:
    made(paths, 2)
    record = fingerprint.record_path(paths.database)
    stored = json.loads(record.read_text())
    stored["checked_at"] = time.time() - age_days * 24 * 3600
    record.write_text(json.dumps(stored))
    assert fingerprint.unchanged(paths.database) is None
    _, checked_at = names(paths)
    assert abs(checked_at - time.time()) < 3600


def test_a_close_that_leaves_another_connection_open_records_nothing(paths: Paths) -> None:
    made(paths, 2)
    fingerprint.forget(paths.database)
    db = Database(paths)
    other = sqlite3.connect(paths.database)
    try:
        other.execute("SELECT count(*) FROM mentor").fetchone()
        with db.session() as session:
            create_mentor(session, MentorData(name="Anna"), now=utc_now())
        db.close()
        assert companions(paths.database).wal.exists()
        assert not fingerprint.record_path(paths.database).exists()
    finally:
        other.close()


def _page_of(paths: Paths, table: str) -> int:
    """The root page of ``table`` (numbered from 1)."""
    connection = cipher.connect(paths.database)
    try:
        row = connection.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)
        ).fetchone()
        return int(row[0])
    finally:
        connection.close()


def _flip(path: Path, page: int, at: int = 200) -> None:
    with open(path, "r+b") as file:
        file.seek((page - 1) * cipher.PAGE_SIZE + at)
        byte = file.read(1)
        file.seek(-1, os.SEEK_CUR)
        file.write(bytes([byte[0] ^ 0x01]))


def _encrypted(paths: Paths) -> None:
    made(paths, 60)
    encryption.turn_on(paths, "pass")
    assert encryption.unconverted(paths) == [], "the record is not a database file"
    assert cipher.is_plain(paths.database) is False
    Database(paths).close()  # the first start after the rewrite: checked, recorded
    assert fingerprint.unchanged(paths.database) is not None


def test_an_encrypted_page_changed_under_an_unchanged_stamp_is_found_when_read(
    paths: Paths,
) -> None:
    """What a failing disk does: the bytes change, the file's stamps do not. SQLCipher's
    HMAC refuses the page the moment it is read ("database disk image is malformed",
    SQLITE_CORRUPT), the record goes, and the next start finds the damage and offers a
    backup (the app's damaged-file path: ``DamagedDatabaseError``)."""
    _encrypted(paths)
    page = _page_of(paths, "mentor")
    assert page > 1
    _flip(paths.database, page)
    fingerprint.remember(paths.database, time.time())  # the stamps as the record has them
    db = Database(paths)  # trusted: the pages read at start are sound
    try:
        with pytest.raises(Exception) as refused, db.session() as session:
            list_mentors(session, today=date.today(), now=utc_now())
        assert classify(refused.value) is Problem.CORRUPT
        assert "malformed" in str(refused.value)
        assert not fingerprint.record_path(paths.database).exists()
    finally:
        db.close()
    assert not fingerprint.record_path(paths.database).exists(), "not written at the close"
    before = digest(paths.database)
    with pytest.raises(DamagedDatabaseError):
        Database(paths)
    assert digest(paths.database) == before


def test_an_encrypted_first_page_changed_under_an_unchanged_stamp_is_found_at_start(
    paths: Paths,
) -> None:
    """The schema is read even when the check is skipped: its pages are authenticated."""
    _encrypted(paths)
    _flip(paths.database, 1, at=1000)
    fingerprint.remember(paths.database, time.time())
    with pytest.raises(DamagedDatabaseError, match="not a database"):
        Database(paths)


def test_a_backup_that_finds_the_live_file_damaged_removes_the_record(paths: Paths) -> None:
    made(paths, 60)
    damage_middle(paths.database)
    fingerprint.remember(paths.database, time.time())  # damage the stamps cannot see
    with pytest.raises(DatabaseError, match="failed its check") as refused:
        backups.make_backup(paths, backups.Reason.DAILY, NOW)
    assert refused.value.problem is Problem.CORRUPT
    assert fingerprint.unchanged(paths.database) is None
    with pytest.raises(DamagedDatabaseError):
        Database(paths)
