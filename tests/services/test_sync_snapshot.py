"""Snapshots (services/sync_snapshot.py, sync_start.py) on real data folders: a laptop
that has synced enough writes its state into the sync folder; a new laptop starts from
it and ends with the same data, the same kept decisions and the same later edits as one
that replayed every batch; a snapshot that cannot be used is passed over, never
trusted; a laptop with data of its own replays the batches."""

from __future__ import annotations

import json
import random
import zlib
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from mentordesk.config import resolve_paths
from mentordesk.db import sync_store
from mentordesk.db.database import Database
from mentordesk.db.models import Meeting, Mentor
from mentordesk.services import search, sync, sync_folder, sync_log, sync_snapshot, sync_start
from mentordesk.services.exchange import export_document
from mentordesk.services.sample import load_sample_data

NOW = datetime(2026, 12, 7, 9, tzinfo=UTC)
KEYS = sync_folder.BatchKeys(b"s" * 32, b"t" * 32, b"n" * 32)  # an encrypted folder's


def laptop(root: Path, name: str, shared: Path) -> Database:
    database = Database(resolve_paths(root / name))
    with database.session() as session:
        sync.configure(session, shared, name)
    return database


def exported(database: Database) -> str:
    with database.session() as session:
        return json.dumps(export_document(session)["records"], sort_keys=True)


def set_role(database: Database, mentor_id: str, role: str) -> None:
    with database.session() as session:
        found = session.get(Mentor, mentor_id)
        assert found is not None
        found.role = role


def snapshot_files(shared: Path) -> list[Path]:
    return sorted(sync_folder.versions_folder(shared).rglob("*.mdsnap"))


def token(database: Database) -> str:
    with database.session() as session:
        return sync.settings(session).token


def first_mentor(database: Database) -> str:
    with database.session() as session:
        return str(session.scalars(select(Mentor.id).order_by(Mentor.name)).first())


class World:
    """Work with the sample data and a decision in its log, home synced with it."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.shared = root / "shared"
        self.shared.mkdir()
        self.work = laptop(root, "work", self.shared)
        self.home = laptop(root, "home", self.shared)
        with self.work.session() as session:
            load_sample_data(session, date(2026, 12, 7))
        sync.run_round(self.work, NOW)
        sync.run_round(self.home, NOW)
        self.mentor = first_mentor(self.work)
        set_role(self.work, self.mentor, "Director")
        set_role(self.home, self.mentor, "VP")  # concurrent: one is kept in the log
        for database in (self.work, self.home, self.work):
            sync.run_round(database, NOW, snapshot_bytes=1 << 40)
        self.opened = [self.work, self.home]

    def new(self, name: str) -> Database:
        database = laptop(self.root, name, self.shared)
        self.opened.append(database)
        return database

    def close(self) -> None:
        for database in self.opened:
            database.close()


def test_a_new_laptop_starts_from_the_snapshot_and_ends_as_one_that_replayed_all(
    tmp_path: Path,
) -> None:
    world = World(tmp_path)
    try:
        replayed = world.new("replayed")
        sync.run_round(replayed, NOW)  # no snapshot yet: every batch
        assert snapshot_files(world.shared) == []
        report = sync.run_round(world.work, NOW, snapshot_bytes=1)
        assert report.snapshot_file and snapshot_files(world.shared)[0].name == report.snapshot_file

        fresh = world.new("fresh")
        started = sync.run_round(fresh, NOW)
        assert started.started_from == "work"
        assert started.changes_in > 50  # the sample data's records, from the one file
        assert exported(fresh) == exported(world.work) == exported(replayed)
        with fresh.session() as session:  # the decision made before it joined can be undone
            decisions = sync_log.decisions(session)
        assert {d.kept for d in decisions} | {d.lost for d in decisions} >= {"Director", "VP"}
        with world.work.session() as session:
            name = session.get(Mentor, world.mentor).name  # type: ignore[union-attr]
        hits = []
        for database in (world.work, fresh):  # the search index holds the copied records
            with database.session() as session:
                hits.append([hit.title for hit in search.search(session, name.split()[0])])
        assert hits[0] and hits[1] == hits[0]

        # Later edits flow both ways, from the batches after the snapshot.
        set_role(world.home, world.mentor, "Chief of staff")
        sync.run_round(world.home, NOW)
        sync.run_round(fresh, NOW)
        set_role(fresh, world.mentor, "Advisor")
        sync.run_round(fresh, NOW)
        for database in (world.work, world.home, replayed):
            sync.run_round(database, NOW)
        assert exported(fresh) == exported(world.work) == exported(world.home)
        assert exported(world.home) == exported(replayed)
        with world.work.session() as session:
            assert session.get(Mentor, world.mentor).role == "Advisor"  # type: ignore[union-attr]
    finally:
        world.close()


def test_a_snapshot_is_written_only_when_enough_is_not_in_one_and_replaces_the_last(
    tmp_path: Path,
) -> None:
    world = World(tmp_path)
    try:
        first = sync.run_round(world.work, NOW, snapshot_bytes=1).snapshot_file
        assert first
        # Nothing new: no second snapshot, from this laptop or the other.
        assert sync.run_round(world.work, NOW, snapshot_bytes=1).snapshot_file == ""
        assert sync.run_round(world.home, NOW, snapshot_bytes=1).snapshot_file == ""
        set_role(world.work, world.mentor, "Mentor of mentors")
        # A small edit is below the default size: still the one snapshot.
        assert sync.run_round(world.work, NOW).snapshot_file == ""
        second = sync.run_round(world.work, NOW, snapshot_bytes=1).snapshot_file
        assert second and second != first
        assert [p.name for p in snapshot_files(world.shared)] == [second]
    finally:
        world.close()


def test_nothing_unsent_is_ever_left_out_of_a_snapshot(tmp_path: Path) -> None:
    world = World(tmp_path)
    try:
        set_role(world.work, world.mentor, "Unsent")  # an edit since the last round
        written = sync_snapshot.write_if_due(
            world.work, world.shared, token(world.work), None, every_bytes=1
        )
        assert written is None
    finally:
        world.close()


def test_a_damaged_snapshot_is_passed_over_and_the_batches_replayed(tmp_path: Path) -> None:
    world = World(tmp_path)
    try:
        sync.run_round(world.work, NOW, snapshot_bytes=1)
        [path] = snapshot_files(world.shared)
        data = bytearray(path.read_bytes())
        data[-10] ^= 0xFF  # one flipped byte: the name's hash no longer matches
        path.write_bytes(bytes(data))
        fresh = world.new("fresh")
        report = sync.run_round(fresh, NOW)
        assert report.started_from == ""
        assert exported(fresh) == exported(world.work)
    finally:
        world.close()


def test_a_laptop_with_data_of_its_own_replays_and_keeps_its_records(tmp_path: Path) -> None:
    world = World(tmp_path)
    try:
        sync.run_round(world.work, NOW, snapshot_bytes=1)
        own = world.new("own")
        with own.session() as session:
            session.add(
                Mentor(name="Only here", created_at=NOW, updated_at=NOW, status_changed_at=NOW)
            )
        with own.session() as session:
            sync.configure(session, world.shared, "own")
        report = sync.run_round(own, NOW)
        assert report.started_from == ""
        for database in (world.work, own):
            sync.run_round(database, NOW)
        with world.work.session() as session:
            names = set(session.scalars(select(Mentor.name)))
        assert "Only here" in names
        assert exported(own) == exported(world.work)
    finally:
        world.close()


def test_an_encrypted_folder_gets_a_sealed_snapshot_only_its_key_opens(tmp_path: Path) -> None:
    world = World(tmp_path)
    try:
        keys, other = KEYS, sync_folder.BatchKeys(b"S" * 32, b"t" * 32, b"n" * 32)
        written = sync_snapshot.write_if_due(
            world.work, world.shared, token(world.work), keys, every_bytes=1
        )
        assert written is not None
        with world.work.session() as session:
            name = session.get(Mentor, world.mentor).name  # type: ignore[union-attr]
        assert name.encode() not in written.read_bytes()
        assert b"Director" not in written.read_bytes()
        fresh = world.new("fresh")
        for wrong in (None, other):  # not opened, not trusted: nothing copied
            assert sync_start.start_from(fresh, world.shared, token(fresh), NOW, wrong) is None
            with fresh.session() as session:
                assert sync_start.is_new(session.connection())
        started = sync_start.start_from(fresh, world.shared, token(fresh), NOW, keys)
        assert started is not None and started.laptop == "work"
        assert exported(fresh) == exported(world.work)
    finally:
        world.close()


def test_a_plain_snapshot_leaves_the_folder_once_it_is_encrypted(tmp_path: Path) -> None:
    world = World(tmp_path)
    try:
        keys, mine = KEYS, token(world.work)
        assert sync_snapshot.write_if_due(world.work, world.shared, mine, None, every_bytes=1)
        assert sync_snapshot.drop_own(world.shared, mine, plain=True, every=False) == 1
        assert snapshot_files(world.shared) == []
        # Encrypted now: the plain one gone, a sealed one is due at once.
        sealed = sync_snapshot.write_if_due(world.work, world.shared, mine, keys, every_bytes=1)
        assert sealed is not None
        assert sync_snapshot.drop_own(world.shared, mine, plain=True, every=False) == 0
        assert snapshot_files(world.shared) == [sealed]
        # A new key: no laptop could open it any more.
        assert sync_snapshot.drop_own(world.shared, mine, plain=True, every=True) == 1
    finally:
        world.close()


def test_meetings_and_notes_arrive_whole(tmp_path: Path) -> None:
    world = World(tmp_path)
    try:
        with world.work.session() as session:
            meeting = session.scalars(select(Meeting)).first()
            assert meeting is not None
            meeting.notes = "Typed at work: 会議のメモ 🙂 and more"
            meeting_id = meeting.id
        sync.run_round(world.work, NOW, snapshot_bytes=1)
        fresh = world.new("fresh")
        assert sync.run_round(fresh, NOW).started_from == "work"
        with fresh.session() as session:
            assert session.get(Meeting, meeting_id).notes == "Typed at work: 会議のメモ 🙂 and more"  # type: ignore[union-attr]
            outbox = session.execute(select(sync_store.outbox.c.seq)).all()
        assert outbox == []  # what arrived is not sent back
        with fresh.session() as session:  # typing on the new laptop merges into the note
            found = session.get(Meeting, meeting_id)
            assert found is not None
            found.notes = "Home: " + found.notes
        with world.work.session() as session:
            found = session.get(Meeting, meeting_id)
            assert found is not None
            found.notes = found.notes + " (work again)"
        for database in (fresh, world.work, fresh):
            sync.run_round(database, NOW)
        with fresh.session() as session:
            notes = session.get(Meeting, meeting_id).notes  # type: ignore[union-attr]
        assert notes == "Home: Typed at work: 会議のメモ 🙂 and more (work again)"
    finally:
        world.close()


def test_only_a_new_laptop_asks_the_cloud_for_a_snapshot_still_a_placeholder(
    tmp_path: Path,
) -> None:
    """iCloud Drive or OneDrive may leave the snapshot in the cloud: a laptop that will
    never read it does not download it; a new one asks for it, replays the batches
    meanwhile, and ends with the same data."""
    world = World(tmp_path)
    try:
        written = sync_snapshot.write_if_due(
            world.work, world.shared, token(world.work), None, every_bytes=1
        )
        assert written is not None
        asked: list[Path] = []
        cloud = sync_folder.Cloud(is_placeholder=lambda p: p == written, download=asked.append)
        sync.run_round(world.home, NOW, cloud=cloud)
        assert asked == []
        fresh = world.new("fresh")
        report = sync.run_round(fresh, NOW, cloud=cloud)
        assert asked == [written]
        assert report.started_from == ""  # never read while a placeholder
        assert exported(fresh) == exported(world.work)
    finally:
        world.close()


def test_no_snapshot_is_written_while_the_laptops_last_batch_is_not_in_the_folder(
    tmp_path: Path,
) -> None:
    """A snapshot says which of this laptop's batches it holds; with the last one gone
    from the folder (a sync service lost it, the round writes it again first) a new
    laptop could not follow on from it."""
    world = World(tmp_path)
    try:
        mine = token(world.work)
        for path in sync_folder.own_batch_paths(world.shared, mine).values():
            path.unlink()
        assert (
            sync_snapshot.write_if_due(world.work, world.shared, mine, None, every_bytes=1) is None
        )
        report = sync.run_round(world.work, NOW, snapshot_bytes=1)  # heal, then the snapshot
        assert report.rewritten and report.snapshot_file
    finally:
        world.close()


def test_a_snapshot_many_unpacking_steps_long_reads_back_every_line() -> None:
    """The body is unpacked a slice at a time (the window's sync thread must not hold
    the UI thread); lines cut by a slice's end come back whole, a cut body is refused."""
    rng = random.Random(21)
    lines = [
        [n, "".join(rng.choice("abcdefghijklmnopqrstuvwxyz é😀中") for _ in range(n % 700))]
        for n in range(3000)
    ]
    text = "".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines)
    body = zlib.compress(text.encode("utf-8"), 6)
    assert len(body) > 8 * sync_start.UNPACK_STEP

    assert list(sync_start._records(body)) == lines
    with pytest.raises(ValueError, match="ends early"):
        list(sync_start._records(body[: len(body) // 2]))
