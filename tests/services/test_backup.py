"""Backups: which are kept, when one is due, and restoring one so it can be undone."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from mentordesk.config import Paths
from mentordesk.db.backup import backup_name, list_backups, parse_name
from mentordesk.db.database import Database
from mentordesk.db.errors import DatabaseError
from mentordesk.db.health import State, examine
from mentordesk.db.types import utc_now
from mentordesk.services import backup as backups
from mentordesk.services.mentors import MentorData, create_mentor, list_mentors

NOW = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)


def names(database: Database) -> list[str]:
    with database.session() as session:
        return sorted(m.data.name for m in list_mentors(session, today=date.today(), now=utc_now()))


def add(database: Database, *mentor_names: str) -> None:
    with database.session() as session:
        for name in mentor_names:
            create_mentor(session, MentorData(name=name), now=utc_now())


def fake_backups(folder: Path, moments: list[datetime]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for moment in moments:
        (folder / backup_name(moment, "auto")).write_bytes(b"")


# --- retention ----------------------------------------------------------------------


def test_a_year_of_hourly_backups_thins_to_anki_like_retention(tmp_path: Path) -> None:
    moments = [NOW - timedelta(hours=hours) for hours in range(0, 24 * 365, 1)]
    fake_backups(tmp_path, moments)
    backups.prune(tmp_path, NOW)
    kept = [b.taken_at for b in list_backups(tmp_path)]
    recent = [t for t in kept if NOW - t < backups.RECENT]
    older = [t for t in kept if NOW - t >= backups.RECENT]
    assert len(recent) == 48  # everything from the last two days
    assert len(older) == backups.DAILY + backups.WEEKLY + backups.MONTHLY
    assert len({t.date() for t in older[: backups.DAILY]}) == backups.DAILY  # one a day
    oldest = min(kept)
    assert NOW - oldest > timedelta(days=200), "monthly backups reach back most of a year"


def test_a_clock_years_ahead_thins_but_never_wipes_the_backups(tmp_path: Path) -> None:
    fake_backups(tmp_path, [NOW - timedelta(days=days) for days in range(60)])
    backups.prune(tmp_path, NOW + timedelta(days=5 * 365))
    kept = [b.taken_at for b in list_backups(tmp_path)]
    assert kept[0] == NOW  # the newest stays
    assert len(kept) > backups.DAILY  # a day each for the last 12 days, then weeks and months
    assert NOW - kept[-1] > timedelta(days=50)


def test_files_that_are_not_finished_backups_are_never_touched(tmp_path: Path) -> None:
    fake_backups(tmp_path, [NOW - timedelta(days=days) for days in range(400)])
    mine = tmp_path / "my-own-copy.sqlite3"
    mine.write_text("mine")
    partial = tmp_path / ".mentordesk-20200101T000000Z-auto.sqlite3.1234.partial"
    partial.write_text("copying")
    backups.prune(tmp_path, NOW)
    assert mine.exists() and partial.exists()
    assert parse_name(partial) is None


def test_a_file_of_the_users_named_like_a_backup_is_never_thinned(tmp_path: Path) -> None:
    """R12: only files MentorDesk named itself (its reasons) are thinned."""
    fake_backups(tmp_path, [NOW - timedelta(days=days) for days in range(400)])
    old = NOW - timedelta(days=300, hours=5)
    mine = [
        tmp_path / backup_name(old, "mine"),
        tmp_path / backup_name(old - timedelta(days=1), "before-my-move"),
        tmp_path / backup_name(old - timedelta(days=2), "before-update"),
    ]
    for file in mine:
        file.write_text("mine")
    ours = tmp_path / backup_name(old - timedelta(days=3), "before-update-0003-to-0005")
    ours.write_bytes(b"")
    removed = backups.prune(tmp_path, NOW)
    assert all(file.exists() for file in mine)
    assert ours in removed


def test_the_first_start_of_the_day_is_due_a_backup(paths: Paths) -> None:
    fake_backups(paths.backups_dir, [NOW - timedelta(hours=30)])
    assert backups.backup_due_at_startup(paths, NOW)
    fake_backups(paths.backups_dir, [NOW - timedelta(hours=3)])
    assert not backups.backup_due_at_startup(paths, NOW)


def test_a_backup_stamped_by_a_clock_that_was_ahead_does_not_stop_daily_backups(
    paths: Paths,
) -> None:
    fake_backups(paths.backups_dir, [NOW + timedelta(days=900)])
    assert backups.backup_due_at_startup(paths, NOW)


# --- backups of real data -------------------------------------------------------------


def test_a_backup_holds_everything_and_nothing_sits_beside_it(
    database: Database, paths: Paths
) -> None:
    add(database, "Ada Lovelace", "Grace Hopper")  # still in the -wal file
    made = backups.make_backup(paths, backups.Reason.MANUAL, NOW)
    assert made.name == "mentordesk-20261130T120000Z-manual.sqlite3"
    assert sorted(p.name for p in paths.backups_dir.iterdir()) == [made.name]
    summary = backups.summarize(list_backups(paths.backups_dir)[0])
    assert (summary.mentors, summary.meetings, summary.readable) == (2, 0, True)
    assert examine(made).state is State.CURRENT
    assert sorted(p.name for p in paths.backups_dir.iterdir()) == [made.name]


def test_two_backups_in_one_second_both_keep_their_own_name(
    database: Database, paths: Paths
) -> None:
    first = backups.make_backup(paths, backups.Reason.AUTO, NOW)
    second = backups.make_backup(paths, backups.Reason.AUTO, NOW)
    assert first != second and first.exists() and second.exists()


def test_a_restore_backs_up_the_current_data_first_so_it_can_be_undone(
    database: Database, paths: Paths
) -> None:
    add(database, "Ada Lovelace")
    old = backups.make_backup(paths, backups.Reason.MANUAL, NOW - timedelta(hours=2))
    add(database, "Grace Hopper")
    database.close()

    result = backups.restore(paths, old, NOW)
    reopened = Database(paths)
    try:
        assert names(reopened) == ["Ada Lovelace"]
    finally:
        reopened.close()
    assert result.previous_backup is not None and result.set_aside is None

    backups.restore(paths, result.previous_backup, NOW + timedelta(minutes=1))  # undo it
    again = Database(paths)
    try:
        assert names(again) == ["Ada Lovelace", "Grace Hopper"]
    finally:
        again.close()


def test_restoring_over_a_damaged_file_sets_it_aside_untouched(
    database: Database, paths: Paths
) -> None:
    add(database, "Ada Lovelace")
    good = backups.make_backup(paths, backups.Reason.MANUAL, NOW)
    database.close()
    paths.database.write_bytes(b"\0" * 8192)
    damaged = hashlib.sha256(paths.database.read_bytes()).hexdigest()

    assert backups.newest_good_backup(paths) is not None
    result = backups.restore(paths, good, NOW)
    assert result.set_aside is not None
    assert result.set_aside.name == "mentordesk.sqlite3.damaged-20261130T120000Z"
    assert hashlib.sha256(result.set_aside.read_bytes()).hexdigest() == damaged
    reopened = Database(paths)
    try:
        assert names(reopened) == ["Ada Lovelace"]
    finally:
        reopened.close()


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (lambda p: p.write_bytes(b"not a database " * 500), "damaged"),
        (
            lambda p: sqlite3.connect(p).execute("CREATE TABLE recipe (x)").connection.commit(),
            "not a MentorDesk",
        ),
    ],
    ids=["damaged", "foreign"],
)
def test_a_file_that_cannot_be_restored_changes_nothing(
    database: Database, paths: Paths, tmp_path: Path, make: object, reason: str
) -> None:
    add(database, "Ada Lovelace")
    database.close()
    before = hashlib.sha256(paths.database.read_bytes()).hexdigest()
    bad = tmp_path / "bad.sqlite3"
    assert callable(make)
    make(bad)
    with pytest.raises(DatabaseError, match=reason):
        backups.restore(paths, bad, NOW)
    assert hashlib.sha256(paths.database.read_bytes()).hexdigest() == before
    assert list(paths.backups_dir.iterdir()) == []


def test_the_newest_good_backup_skips_damaged_ones(database: Database, paths: Paths) -> None:
    add(database, "Ada Lovelace")
    good = backups.make_backup(paths, backups.Reason.MANUAL, NOW - timedelta(hours=1))
    bad = backups.make_backup(paths, backups.Reason.MANUAL, NOW)
    bad.write_bytes(b"\0" * 4096)
    newest = backups.newest_good_backup(paths)
    assert newest is not None and newest.path == good
    assert (newest.mentors, newest.meetings) == (1, 0)


def test_the_data_signature_changes_when_something_is_saved(
    database: Database, paths: Paths
) -> None:
    before = backups.data_signature(paths)
    assert backups.data_signature(paths) == before
    add(database, "Ada Lovelace")
    assert backups.data_signature(paths) != before


def test_files_of_a_copy_that_was_killed_go_at_the_next_backup(
    database: Database, paths: Paths
) -> None:
    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        capture_output=True,
        text=True,
        check=True,
    )
    gone_pid = int(dead.stdout)
    leftover = paths.backups_dir / f".mentordesk-20261130T120000Z-auto.sqlite3.{gone_pid}.partial"
    leftover.write_bytes(b"half a copy")
    journal = leftover.with_name(leftover.name + "-journal")
    journal.write_bytes(b"")
    mine = paths.backups_dir / f".mentordesk-20261130T110000Z-auto.sqlite3.{os.getpid()}.partial"
    mine.write_bytes(b"a copy under way")
    backups.make_backup(paths, backups.Reason.AUTO, NOW)
    assert not leftover.exists() and not journal.exists()
    assert mine.exists(), "a copy still under way is left alone"
