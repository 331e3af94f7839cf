"""The sync folder's rules, on two real data folders: exact names only, a file that
does not hash to its name waits, each laptop's batches once and in order, a gap waits
and says so, a batch from a newer MentorDesk is held, a vanished file deletes nothing."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select, update

from mentordesk.config import resolve_paths
from mentordesk.db import sync_store
from mentordesk.db.database import Database
from mentordesk.db.models import Mentor
from mentordesk.services import mentors, sync, sync_folder
from mentordesk.services.mentors import MentorData

NOW = datetime(2026, 12, 7, 9, tzinfo=UTC)


def laptop(root: Path, name: str, shared: Path) -> Database:
    database = Database(resolve_paths(root / name))
    with database.session() as session:
        sync.configure(session, shared, name)
    return database


def add(database: Database, name: str) -> None:
    with database.session() as session:
        mentors.create_mentor(session, MentorData(name=name), now=NOW)


def names(database: Database) -> list[str]:
    with database.session() as session:
        return sorted(session.scalars(select(Mentor.name)))


def test_batches_are_named_exactly_and_read_once_in_order(tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    work, home = laptop(tmp_path, "Work", shared), laptop(tmp_path, "Home", shared)
    try:
        batches = []
        for name in ("Ada", "Grace", "Linus"):
            add(work, name)
            report = sync.run_round(work, NOW)
            batches.append(report.sent_file)
        folder = next((shared / "MentorDesk" / "v1").iterdir())
        with work.session() as session:
            assert folder.name == sync.settings(session).device_id[:16]
        assert sorted(p.name for p in folder.iterdir()) == sorted(batches)  # nothing else left
        assert all(
            re.fullmatch(rf"{folder.name}-00000000000[123]-[0-9a-f]{{16}}\.mdsync", b)
            for b in batches
        )
        second, third = folder / batches[1], folder / batches[2]
        whole = third.read_bytes()
        # the third arrives cut short, the second not yet: the first is applied alone
        second_bytes = second.read_bytes()
        second.unlink()
        third.write_bytes(whole[:100])
        (folder / (batches[0].removesuffix(".mdsync") + " (conflicted copy).mdsync")).write_bytes(
            b"junk"
        )
        (folder / ".sync-tmp-123").write_bytes(b"junk")
        report = sync.run_round(home, NOW)
        assert names(home) == ["Ada"]
        assert report.waiting == [  # by the name batch 1 brought
            "Waiting for batch 2 from Work: later ones have arrived, this one has not yet."
        ]
        second.write_bytes(second_bytes)
        report = sync.run_round(home, NOW)
        assert names(home) == ["Ada", "Grace"]
        assert report.waiting == ["Batch 3 from Work is still arriving; it will be read next time."]
        third.write_bytes(whole)
        sync.run_round(home, NOW)
        sync.run_round(home, NOW)  # again: nothing is applied twice
        assert names(home) == ["Ada", "Grace", "Linus"]
        with home.session() as session:
            assert session.scalar(select(func.count()).select_from(Mentor)) == 3
        for path in folder.iterdir():  # every file vanishes: never a deletion
            path.unlink()
        sync.run_round(home, NOW)
        assert names(home) == ["Ada", "Grace", "Linus"]
    finally:
        work.close()
        home.close()


def test_a_batch_from_a_newer_mentordesk_is_held(tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    home = laptop(tmp_path, "Home", shared)
    try:
        document = {
            "format": sync_folder.FORMAT,
            "version": sync_folder.FORMAT_VERSION,
            "schema": "0099_future",
            "device": "1234567812345678",
            "device_id": "12345678" * 4,
            "device_name": "Work",
            "seq": 1,
            "changes": [],
        }
        sync_folder.write_batch(shared, "1234567812345678", 1, sync_folder.encode(document))
        report = sync.run_round(home, NOW)
        assert report.waiting == [
            "Batch 1 from Work was written by a newer MentorDesk: update MentorDesk on this "
            "laptop to receive it."
        ]
        assert report.batches_in == {}
        assert json.loads(sync_folder.encode(document)) == document
    finally:
        home.close()


def test_a_database_back_from_a_backup_never_reuses_a_batch_number(tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    work, home = laptop(tmp_path, "Work", shared), laptop(tmp_path, "Home", shared)
    try:
        add(work, "Ada")
        sync.run_round(work, NOW)
        work.close()  # the last connection folds the -wal into the file
        backup = work.paths.database.read_bytes()
        work = Database(work.paths)
        add(work, "Grace")
        sync.run_round(work, NOW)
        sync.run_round(home, NOW)
        work.close()
        work.paths.database.write_bytes(backup)  # as a restore puts it back
        for companion in ("-wal", "-shm"):
            Path(str(work.paths.database) + companion).unlink(missing_ok=True)
        work = Database(work.paths)
        add(work, "Linus")
        report = sync.run_round(work, NOW)
        assert "-000000000003-" in report.sent_file  # not a second batch 2
        sync.run_round(home, NOW)
        assert names(home) == ["Ada", "Grace", "Linus"]
    finally:
        work.close()
        home.close()


def test_a_batch_lost_by_the_sync_service_is_written_again(tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    work, home = laptop(tmp_path, "Work", shared), laptop(tmp_path, "Home", shared)
    try:
        for name in ("Ada", "Grace"):
            add(work, name)
            sync.run_round(work, NOW)
        folder = next((shared / "MentorDesk" / "v1").iterdir())
        first = sorted(folder.iterdir())[0]
        before = first.read_bytes()
        first.unlink()  # lost before home read it
        report = sync.run_round(home, NOW)
        assert names(home) == [] and report.waiting  # home waits for batch 1
        assert sync.run_round(work, NOW).rewritten == 1
        assert first.read_bytes() == before  # the same bytes under the same name
        sync.run_round(home, NOW)
        assert names(home) == ["Ada", "Grace"]
    finally:
        work.close()
        home.close()


def test_a_write_cut_short_leaves_nothing_behind_after_the_next_round(tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    work = laptop(tmp_path, "Work", shared)
    try:
        add(work, "Ada")
        sync.run_round(work, NOW)
        folder = next((shared / "MentorDesk" / "v1").iterdir())
        cut_short = folder / f".{folder.name}-000000000002-0123456789abcdef.mdsync.4242.partial"
        cut_short.write_bytes(b'{"format": "mentordes')  # a kill during the write
        sync.run_round(work, NOW)
        assert not cut_short.exists()
        assert [p.name.endswith(".mdsync") for p in folder.iterdir()] == [True]
    finally:
        work.close()


@pytest.mark.parametrize(
    "copy_host",
    [
        pytest.param("home-pc", id="another computer"),
        # A copy beside the original (a restored backup kept running, a ``cp -a``) wrote
        # into the original's device folder while the computer alone was compared.
        pytest.param("work-pc", id="the same computer"),
    ],
)
def test_a_copied_data_folder_syncs_as_a_laptop_of_its_own(tmp_path: Path, copy_host: str) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    work = laptop(tmp_path, "Work", shared)
    try:
        add(work, "Ada")
        sync.run_round(work, NOW, "work-pc")
        work.close()  # the person copies the whole data folder
        copied = tmp_path / "copy"
        copied.mkdir()
        copied.joinpath("mentordesk.sqlite3").write_bytes(work.paths.database.read_bytes())
        work = Database(work.paths)
        copy = Database(resolve_paths(copied))
        try:
            assert sync.run_round(copy, NOW, copy_host).new_identity
            assert not sync.run_round(work, NOW, "work-pc").new_identity
            add(work, "Grace")
            add(copy, "Linus")
            for database, host in ((work, "work-pc"), (copy, copy_host)) * 2:
                sync.run_round(database, NOW, host)
            assert names(work) == names(copy) == ["Ada", "Grace", "Linus"]
            devices = sorted(p.name for p in (shared / "MentorDesk" / "v1").iterdir())
            assert len(devices) == 2  # one folder each, never one shared by two writers
        finally:
            copy.close()
    finally:
        work.close()


def test_a_computer_recorded_without_its_folder_keeps_its_device_id(tmp_path: Path) -> None:
    """What an earlier version recorded (the computer alone) is taken as this place."""
    shared = tmp_path / "shared"
    shared.mkdir()
    work = laptop(tmp_path, "Work", shared)
    try:
        add(work, "Ada")
        with work.session() as session:
            session.execute(update(sync_store.state).values(host="work-pc"))
            before = sync.settings(session).device_id
        assert not sync.run_round(work, NOW, "work-pc").new_identity
        assert not sync.run_round(work, NOW, "work-pc").new_identity
        with work.session() as session:
            assert sync.settings(session).device_id == before
        assert sync.run_round(work, NOW, "home-pc").new_identity  # another computer: renewed
    finally:
        work.close()
