"""A seeded simulation of three laptops syncing through a misbehaving folder.

Each laptop has its own data folder (a real SQLite database, changed through the real
write path: ORM sessions) and its own view of the sync folder, as Dropbox or Syncthing
keeps one per laptop. A simulated sync service copies each laptop's batches into the
other views late, twice (as a "conflicted copy"), out of order, cut short before the
whole file arrives, and as cloud placeholders (iCloud Drive's dataless files: the name
is there, the bytes come once asked for); a round must not read a placeholder, and
each round checks that none was applied. Each laptop's clock is skewed by up to ±24 h
and jumps back. A laptop crashes at random points of a round (``_crash``): while
writing its batch (a temporary left behind), after the batch is in the folder but
before its database says so, or with a batch applied but not committed. As after
kill -9, what the database had not committed is gone when it is opened again.

Note bodies (``NOTES``) are typed into anywhere, mid-emoji and mid-accent too, or
replaced whole; they merge as Yjs documents, so every part typed into a note must be in
the final note unless a laptop that had it removed it (or deleted the record), or be
kept in every laptop's log when its record was deleted by a laptop that never saw it.

Snapshots (services/sync_snapshot): each seed writes them at every round, past 3,000
bytes of batches or past 1 MiB (chosen by a generator of its own, ``World.aside``, so the
seed's other events stay as they were), a round may die while one is written, and once
the three have settled a fourth laptop joins new: it starts from the best snapshot in the
folder when there is one, and must end equal to the others with every typed value.

``run(seed)`` returns the figures; it raises AssertionError when the laptops end
different, when a part typed into a note is lost, or when another value someone typed
is neither in the data nor in a kept conflict.
Used by tests/services/test_sync_simulation.py (200 seeds) and scripts/sync_simulation.py.

``run(seed, encrypted=True)``: every laptop's data folder is encrypted (real key files,
SQLCipher files; one data key for the three, as the process holds one) and their
batches sealed: each laptop makes the sync folder's key file in its own view before the
service has copied another's, the service settles on the first it saw, and the laptops
whose file lost seal their batches again with it. A crash after a sealed batch is in
the folder writes the same bytes under the same name again (the nonce is the content's).
"""

from __future__ import annotations

import json
import random
import shutil
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from uuid import UUID

from sqlalchemy import event, select, update

from mentordesk.config import resolve_paths
from mentordesk.db import cipher, key_file, sync_store
from mentordesk.db.database import Database
from mentordesk.db.models import Meeting, Mentor
from mentordesk.services import (
    sync,
    sync_folder,
    sync_key,
    sync_receive,
    sync_snapshot,
    sync_start,
)
from mentordesk.services.exchange import export_document

DAY_US = 86_400_000_000
WORDS = (
    "Dana",
    "日本語",
    "👍🏽",
    "café",
    "שלום",
    "e\u0301t\u00e9",
    "VP",
    "Director",
    "naïve",
    "🎉",
)
FIELDS = {
    "mentor": ("role", "organisation", "notes"),
    "meeting": ("notes", "takeaways", "location"),
}
MODELS: dict[str, type[Mentor] | type[Meeting]] = {"mentor": Mentor, "meeting": Meeting}
# Note bodies merge as Yjs documents (services/sync_text): every typed character must
# survive, unless a laptop that saw it removed it.
NOTES = {("mentor", "notes"), ("meeting", "notes"), ("meeting", "takeaways")}


def typed_part(old: str, new: str) -> str:
    """What an edit from ``old`` to ``new`` typed: ``new`` less the longest common
    prefix and suffix (written here again, not taken from the code under test)."""
    start = 0
    while start < min(len(old), len(new)) and old[start] == new[start]:
        start += 1
    end = 0
    while (
        end < min(len(old), len(new)) - start and old[len(old) - 1 - end] == new[len(new) - 1 - end]
    ):
        end += 1
    return new[start : len(new) - end]


@dataclass
class Figures:
    seed: int
    operations: int = 0
    batches: int = 0
    conflicts: int = 0
    revived: int = 0
    typed: int = 0
    typed_in_notes: int = 0
    duplicates: int = 0
    truncated: int = 0
    placeholders: int = 0
    downloads: int = 0
    crashes: int = 0
    resealed: int = 0  # encrypted: batches sealed again with the key the folder settled on
    snapshots: int = 0  # snapshots written
    snapshot_starts: int = 0  # laptops that started from one (the late joiner, mostly)


@dataclass
class Laptop:
    name: str
    database: Database
    view: Path
    skew_us: int
    token: str = ""
    started: dict[str, int] = field(default_factory=dict)  # the snapshot it started from


@dataclass
class World:
    rng: random.Random
    laptops: list[Laptop]
    now: datetime
    typed: list[tuple[str, str, str, str]] = field(default_factory=list)
    seen_replaced: set[tuple[str, str, str, str]] = field(default_factory=set)
    # note bodies: the part each edit typed, and each (old, new) a laptop wrote over
    typed_notes: list[tuple[str, str, str, str]] = field(default_factory=list)
    removed: dict[tuple[str, str, str], list[tuple[str, str | None]]] = field(default_factory=dict)
    # (laptop view, relative path) -> bytes still to deliver; delivered copies
    in_flight: list[tuple[Laptop, Path, bytes]] = field(default_factory=list)
    delivered: set[tuple[str, str]] = field(default_factory=set)
    passphrase: str | None = None  # encrypted: every laptop's
    key_file: bytes | None = None  # the sync folder's key file the service settled on
    # Files shown as cloud placeholders, and those a round asked to download.
    placeholders: set[Path] = field(default_factory=set)
    requested: set[Path] = field(default_factory=set)
    # Snapshots (services/sync_snapshot): how many bytes of batches make one due, and
    # the choices about them, from a generator of their own so a seed's other events
    # stay as they were before snapshots.
    aside: random.Random = field(default_factory=random.Random)
    snapshot_bytes: int = sync_snapshot.EVERY_BYTES


_TEMPLATE: dict[Path, Path] = {}


def _template(folder: Path) -> Path:
    """A migrated empty database, made once per folder and copied for every laptop."""
    if folder not in _TEMPLATE:
        data = folder / "template"
        Database(resolve_paths(data)).close()
        _TEMPLATE[folder] = data / "mentordesk.sqlite3"
    return _TEMPLATE[folder]


def _no_fsync(connection: sqlite3.Connection, _record: object) -> None:
    connection.execute("PRAGMA synchronous=OFF")


def _open(data: Path) -> Database:
    database = Database(resolve_paths(data))
    # Not a test of durability (tests/e2e has those): no waiting for the disk.
    event.listen(database.engine, "connect", _no_fsync)
    database.engine.dispose()
    return database


PASSPHRASE = "the same on the three laptops"
_KEY_FILES: dict[bytes, key_file.KeyFile] = {}


def _encrypt(data: Path, data_key: bytes) -> None:
    """The key file of an encrypted folder (made once: scrypt is slow on purpose); the
    database is encrypted when it opens (``encryption.finish``)."""
    if data_key not in _KEY_FILES:
        _KEY_FILES[data_key] = key_file.new(data_key, PASSPHRASE, key_file.new_recovery_key())
    key_file.write(data, _KEY_FILES[data_key])


def _laptop(
    root: Path, name: str, template: Path, rng: random.Random, encrypted: bool = False
) -> Laptop:
    data = root / name
    data.mkdir(parents=True)
    shutil.copyfile(template, data / "mentordesk.sqlite3")
    connection = sqlite3.connect(data / "mentordesk.sqlite3")
    device_id = UUID(int=rng.getrandbits(128), version=4).hex
    connection.execute("UPDATE sync_state SET device_id = ?", (device_id,))
    connection.commit()
    connection.close()
    if encrypted:
        data_key = cipher.active_key()
        assert data_key is not None
        _encrypt(data, data_key)
    database = _open(data)
    view = root / f"{name}-view"
    view.mkdir()
    with database.session() as session:
        settings = sync.configure(session, view, name)
    return Laptop(name, database, view, rng.randint(-DAY_US, DAY_US), settings.token)


def _rows(laptop: Laptop, table: str) -> list[str]:
    with laptop.database.session() as session:
        model = MODELS[table]
        return sorted(str(i) for i in session.scalars(select(model.id)))


def _set_clock(world: World, laptop: Laptop) -> None:
    """The laptop's wall clock reads the simulated moment plus its skew (to the
    millisecond: the rest is the real time a step takes), so a seed replays alike."""
    wall = (world.now - datetime(1970, 1, 1, tzinfo=UTC)) // timedelta(microseconds=1)
    real = time.time_ns() // 1000
    with laptop.database.session() as session:
        session.execute(update(sync_store.state).values(skew_us=wall + laptop.skew_us - real))


def _new_id(world: World) -> str:
    return str(UUID(int=world.rng.getrandbits(128), version=4))


def _operate(world: World, laptop: Laptop, figures: Figures) -> None:
    rng = world.rng
    _set_clock(world, laptop)
    mentors = _rows(laptop, "mentor")
    meetings = _rows(laptop, "meeting")
    choice = rng.random()
    with laptop.database.session() as session:
        if choice < 0.12 or not mentors:
            mentor = Mentor(
                id=_new_id(world),
                name=f"Mentor {rng.randrange(1000)}",
                created_at=world.now,
                updated_at=world.now,
                status_changed_at=world.now,
            )
            session.add(mentor)
            return
        if choice < 0.25:
            session.add(
                Meeting(
                    id=_new_id(world),
                    mentor_id=rng.choice(mentors),
                    scheduled_start=world.now,
                    created_at=world.now,
                    updated_at=world.now,
                )
            )
            return
        if choice < 0.33:
            table = rng.choice(("mentor", "meeting")) if meetings else "mentor"
            ids = mentors if table == "mentor" else meetings
            row_id = rng.choice(ids)
            row = session.get(MODELS[table], row_id)
            assert row is not None
            for name in FIELDS[table]:
                world.seen_replaced.add((table, row_id, name, getattr(row, name)))
                world.removed.setdefault((table, row_id, name), []).append(
                    (getattr(row, name), None)
                )
            if table == "mentor":
                for meeting in session.scalars(select(Meeting).where(Meeting.mentor_id == row_id)):
                    for name in FIELDS["meeting"]:
                        world.seen_replaced.add(
                            ("meeting", meeting.id, name, getattr(meeting, name))
                        )
                        world.removed.setdefault(("meeting", meeting.id, name), []).append(
                            (getattr(meeting, name), None)
                        )
            session.delete(row)
            return
        table = "meeting" if meetings and rng.random() < 0.5 else "mentor"
        row_id = rng.choice(meetings if table == "meeting" else mentors)
        row = session.get(MODELS[table], row_id)
        assert row is not None
        name = rng.choice(FIELDS[table])
        text = f"{laptop.name} {rng.choice(WORDS)} {rng.randrange(10**6)}"
        old = getattr(row, name)
        world.seen_replaced.add((table, row_id, name, old))
        if (table, name) in NOTES:
            if old and rng.random() < 0.6:  # typed into the note, anywhere (mid-emoji too)
                at = rng.randrange(len(old) + 1)
                text = old[:at] + f" {rng.choice(WORDS)}{rng.choice(WORDS)} " + old[at:]
            world.removed.setdefault((table, row_id, name), []).append((old, text))
            part = typed_part(old, text)
            if part:
                world.typed_notes.append((table, row_id, name, part))
                figures.typed_in_notes += 1
        setattr(row, name, text)
        world.typed.append((table, row_id, name, text))
        figures.typed += 1
    figures.operations += 1


def _collect(world: World, laptop: Laptop) -> None:
    """The sync service notices the laptop's new batch files (and key file)."""
    key = sync_key.folder_file(laptop.view)
    if key.exists():
        if world.key_file is None:  # the first the service sees wins the name
            world.key_file = key.read_bytes()
        for other in world.laptops:
            mine = sync_key.folder_file(other.view)
            if not mine.exists() or mine.read_bytes() != world.key_file:
                world.in_flight.append((other, Path(sync_key.FOLDER_FILE), world.key_file))
    own = sync_folder.versions_folder(laptop.view) / laptop.token
    if not own.is_dir():
        return
    for path in sorted(own.iterdir()):
        ours = sync_folder.NAME.match(path.name) or sync_snapshot.SNAPSHOT.match(path.name)
        if not ours or (laptop.name, path.name) in world.delivered:
            continue
        world.delivered.add((laptop.name, path.name))
        body = path.read_bytes()
        for other in world.laptops:
            if other is not laptop:
                world.in_flight.append((other, Path(laptop.token) / path.name, body))


def _cloud(world: World, figures: Figures) -> sync_folder.Cloud:
    """The folder's placeholders as a round sees them (the seam the real flags fill)."""

    def download(path: Path) -> None:
        if path in world.placeholders and path not in world.requested:
            world.requested.add(path)
            figures.downloads += 1

    return sync_folder.Cloud(is_placeholder=world.placeholders.__contains__, download=download)


def _download(world: World, *, everything: bool) -> None:
    """The cloud brings placeholders that were asked for (some now, all when settling);
    now and then one arrives unasked (a sync client keeping the folder downloaded)."""
    for path in sorted(world.placeholders):
        asked = path in world.requested
        if (asked and (everything or world.rng.random() < 0.6)) or world.rng.random() < 0.05:
            world.placeholders.discard(path)
            world.requested.discard(path)


def _deliver(world: World, figures: Figures, *, everything: bool) -> None:
    rng = world.rng
    _download(world, everything=everything)
    rng.shuffle(world.in_flight)  # reordered
    waiting = []
    for target, relative, body in world.in_flight:
        if not everything and rng.random() < 0.4:
            waiting.append((target, relative, body))  # delayed
            continue
        path = sync_folder.versions_folder(target.view) / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        if relative.name == sync_key.FOLDER_FILE:
            path.write_bytes(body)  # the service's version replaces the laptop's own
            continue
        if not everything and rng.random() < 0.15:
            path.write_bytes(body[: rng.randrange(len(body))])  # cut short: the rest comes later
            figures.truncated += 1
            waiting.append((target, relative, body))
            continue
        path.write_bytes(body)  # a placeholder's bytes too: reading one would apply it
        if not everything and rng.random() < 0.2:
            world.placeholders.add(path)  # evicted to the cloud: the bytes come when asked
            figures.placeholders += 1
        if rng.random() < 0.1:  # a sync client's duplicate: ignored by name
            path.with_name(path.stem + " (conflicted copy)" + path.suffix).write_bytes(body)
            figures.duplicates += 1
    world.in_flight = waiting


def _applied(laptop: Laptop) -> dict[str, int]:
    with laptop.database.session() as session:
        rows = session.execute(
            select(sync_store.applied.c.device, sync_store.applied.c.last_seq)
        ).all()
    return {str(device): int(last) for device, last in rows}


def _real_copy(world: World, placeholder: Path, seq: str) -> bool:
    """Another file of the same batch number that is not a placeholder (a batch its
    laptop wrote again, sealed with the folder's key): reading that one is allowed."""
    return any(
        other != placeholder and other not in world.placeholders
        for other in placeholder.parent.glob(f"{placeholder.parent.name}-{seq}-*.mdsync")
    )


def _round(world: World, laptop: Laptop, figures: Figures) -> int:
    _set_clock(world, laptop)
    shown = [
        (path.parent.name, int(match["seq"]))
        for path in world.placeholders
        if path.is_relative_to(laptop.view)
        and (match := sync_folder.NAME.match(path.name))
        and not _real_copy(world, path, match["seq"])
    ]
    with _noting_start(laptop):
        report = sync.run_round(
            laptop.database,
            world.now,
            cloud=_cloud(world, figures),
            passphrase=world.passphrase,
            snapshot_bytes=world.snapshot_bytes,
        )
    assert not report.paused, report.paused
    assert not report.refused, report.refused
    applied = _applied(laptop)
    # A batch the snapshot the laptop started from holds is never read, nor asked for.
    shown = [(device, seq) for device, seq in shown if seq > laptop.started.get(device, 0)]
    for device, seq in shown:  # a placeholder is never read, nor anything after it
        assert applied.get(device, 0) < seq, f"{laptop.name} read a placeholder: {device} {seq}"
    if shown:
        assert report.downloading, "placeholders in the folder, none reported"
    figures.batches += sum(report.batches_in.values())
    figures.conflicts += report.conflicts
    figures.revived += report.revived
    figures.resealed += report.resealed
    figures.snapshots += bool(report.snapshot_file)
    figures.snapshot_starts += bool(report.started_from)
    return report.sent + report.changes_in


@contextmanager
def _noting_start(laptop: Laptop) -> Iterator[None]:
    """Note the batches the snapshot a laptop starts from covers (they were not read)."""
    start_from = sync_start.start_from

    def noting(*args: Any, **kwargs: Any) -> sync_start.Started | None:
        started = start_from(*args, **kwargs)
        if started is not None:
            laptop.started = dict(started.snapshot.covers)
        return started

    sync_start.start_from = noting
    try:
        yield
    finally:
        sync_start.start_from = start_from


class CrashError(Exception):
    """The process died here: nothing after this point happens, nothing uncommitted stays."""


@contextmanager
def _crashing(rng: random.Random, aside: random.Random) -> Iterator[str]:
    """Make the round that runs inside stop at one random point (yields its name);
    ``aside`` chooses now and then a point while a snapshot is written instead."""
    point = rng.choice(("writing", "written", "applied"))
    if aside.random() < 0.25:
        point = "snapshot"
    write_batch, apply_batch = sync_folder.write_batch, sync_receive._apply_batch
    write_file = sync_snapshot.write_bytes_file

    def snapshotting(path: Path, data: bytes) -> None:
        path.with_name(f".{path.name}.1.partial").write_bytes(data[: len(data) // 2])
        raise CrashError(point)  # cut off mid-write: only a temporary is left

    def writing(folder: Path, device: str, seq: int, body: bytes) -> Path:
        if point == "writing":  # cut off mid-write: only a temporary is left
            own = sync_folder.versions_folder(folder) / device
            own.mkdir(parents=True, exist_ok=True)
            name = sync_folder.batch_name(device, seq, body)
            (own / f".{name}.partial").write_bytes(body[: len(body) // 2])
            raise CrashError(point)
        write_batch(folder, device, seq, body)
        raise CrashError(point)  # in the folder, but the database never said it was sent

    def applying(*args: object, **kwargs: object) -> None:
        apply_batch(*args, **kwargs)  # type: ignore[arg-type]
        raise CrashError(point)  # applied in the transaction, which is never committed

    if point in ("writing", "written"):
        sync_folder.write_batch = writing
    elif point == "applied":
        sync_receive._apply_batch = applying
    else:
        sync_snapshot.write_bytes_file = snapshotting
    try:
        yield point
    finally:
        sync_folder.write_batch, sync_receive._apply_batch = write_batch, apply_batch
        sync_snapshot.write_bytes_file = write_file


def _crash(world: World, laptop: Laptop, figures: Figures) -> None:
    """A round that dies at a random point; the laptop starts again afterwards."""
    _set_clock(world, laptop)
    with _crashing(world.rng, world.aside), _noting_start(laptop):
        try:
            sync.run_round(
                laptop.database,
                world.now,
                cloud=_cloud(world, figures),
                passphrase=world.passphrase,
                snapshot_bytes=world.snapshot_bytes,
            )
        except CrashError:
            figures.crashes += 1
    data = laptop.database.paths.data_dir
    laptop.database.close()
    laptop.database = _open(data)


def _export(laptop: Laptop) -> str:
    with laptop.database.session() as session:
        records = export_document(session)["records"]
    return json.dumps(records, sort_keys=True, ensure_ascii=False)


def _kept(laptop: Laptop) -> set[tuple[str, str, str, str]]:
    s = sync_store.conflict
    with laptop.database.session() as session:
        rows = session.execute(
            s.select().with_only_columns(s.c.tbl, s.c.row_key, s.c.field, s.c.kept, s.c.lost)
        )
        found = set()
        for table, key, name, kept, lost in rows:
            row_id = json.loads(key)[0]
            for value in (kept, lost):
                if value is not None:
                    found.add((table, row_id, name, json.loads(value)))
        return found


def _skew(world: World, laptop: Laptop) -> None:
    """The laptop's wall clock jumps (back or forward) by up to a day."""
    with laptop.database.session() as session:
        session.execute(update(sync_store.state).values(skew_us=world.rng.randint(-DAY_US, DAY_US)))


def _difference(exports: list[str]) -> str:
    """The first rows the laptops disagree on, to read a failing seed by."""
    loaded = [json.loads(e) for e in exports]
    lines = []
    for table in loaded[0]:
        rows = [{r.get("id", json.dumps(r)): r for r in doc[table]} for doc in loaded]
        for key in sorted(set().union(*rows)):
            versions = [r.get(key) for r in rows]
            if len({json.dumps(v, sort_keys=True) for v in versions}) > 1:
                lines.append(f"{table} {key}: " + " | ".join(json.dumps(v)[:300] for v in versions))
    return "the laptops differ: " + "; ".join(lines[:5])


def _needed_placeholders(world: World) -> list[Path]:
    """Placeholders a laptop still has to read: a batch it has not applied (not a copy
    of one it has, which its laptop wrote again under another name: nobody asks for the
    old one). A snapshot is read only by a new laptop: nobody asks for the others."""
    needed = []
    for laptop in world.laptops:
        applied = _applied(laptop)
        for path in world.placeholders:
            match = sync_folder.NAME.match(path.name)
            if path.is_relative_to(laptop.view) and (
                match is not None and applied.get(match["device"], 0) < int(match["seq"])
            ):
                needed.append(path)
    return needed


def _settle(world: World, figures: Figures, seed: int) -> None:
    for _ in range(12):  # the folder settles: every file arrives whole
        busy = 0
        for laptop in world.laptops:
            busy += _round(world, laptop, figures)
            _collect(world, laptop)
        if not busy and not world.in_flight and not _needed_placeholders(world):
            return  # a round with nothing sent or applied after the last delivery
        _deliver(world, figures, everything=True)
    raise AssertionError(f"seed {seed}: the laptops never settled")


def _late_joiner(world: World, root: Path, template: Path, encrypted: bool) -> Laptop:
    """A fourth laptop, new, joins once the others have settled: the service brings it
    every file in the folder (snapshots too); it starts from the best snapshot, if one
    was written, and must end with the same data and the same kept values."""
    late = _laptop(root, "late", template, world.aside, encrypted)
    for laptop in world.laptops:
        own = sync_folder.versions_folder(laptop.view) / laptop.token
        for path in sorted(own.iterdir()) if own.is_dir() else []:
            if sync_folder.NAME.match(path.name) or sync_snapshot.SNAPSHOT.match(path.name):
                target = sync_folder.versions_folder(late.view) / laptop.token / path.name
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(path.read_bytes())
    if world.key_file is not None:
        sync_key.folder_file(late.view).write_bytes(world.key_file)
    world.laptops.append(late)
    return late


def run(seed: int, root: Path, steps: int = 40, *, encrypted: bool = False) -> Figures:
    rng = random.Random(seed)
    figures = Figures(seed)
    template = _template(root.parent)
    if encrypted:
        cipher.unlock(bytes(range(32)))
    names = ("work", "home", "travel")
    laptops = [_laptop(root, name, template, rng, encrypted) for name in names]
    world = World(rng, laptops, datetime(2026, 12, 7, 9, tzinfo=UTC))
    world.passphrase = PASSPHRASE if encrypted else None
    world.aside = random.Random(f"snapshots {seed}")
    world.snapshot_bytes = world.aside.choice((1, 3000, sync_snapshot.EVERY_BYTES))
    try:
        for _ in range(steps):
            laptop = rng.choice(laptops)
            action = rng.random()
            if action < 0.6:
                _operate(world, laptop, figures)
            elif action < 0.85:
                _round(world, laptop, figures)
                _collect(world, laptop)
            elif action < 0.93:
                _deliver(world, figures, everything=False)
            elif action < 0.97:
                _crash(world, laptop, figures)
                _collect(world, laptop)
            else:
                _skew(world, laptop)
            world.now += timedelta(minutes=rng.randrange(1, 90))
        _settle(world, figures, seed)
        _late_joiner(world, root, template, encrypted)
        _settle(world, figures, seed)
        exports = [_export(laptop) for laptop in laptops]
        assert len(set(exports)) == 1, f"seed {seed}: " + _difference(exports)
        final = json.loads(exports[0])
        values = {
            (table, row["id"], name, row[name])
            for table in ("mentor", "meeting")
            for row in final[table]
            for name in FIELDS[table]
        }
        finals = {
            (table, row["id"], name): row[name]
            for table in ("mentor", "meeting")
            for row in final[table]
            for name in FIELDS[table]
        }
        kepts = [_kept(laptop) for laptop in laptops]
        for table, row_id, name, part in world.typed_notes:  # every typed character
            if part in finals.get((table, row_id, name), ""):
                continue
            if all(
                any(
                    (t, r, n) == (table, row_id, name) and isinstance(v, str) and part in v
                    for t, r, n, v in kept
                )
                for kept in kepts
            ):
                continue  # its record was deleted by a laptop that never saw it: kept
            if any(
                part in old and (new is None or part not in new)
                for old, new in world.removed.get((table, row_id, name), [])
            ):
                continue  # a laptop that had it removed it (or deleted the record)
            raise AssertionError(
                f"seed {seed}: {part!r} typed into {table} {row_id} {name} is lost: "
                f"{finals.get((table, row_id, name))!r}"
            )
        for laptop in laptops:  # each laptop can restore every value that lost
            kept = _kept(laptop)
            for typed in world.typed:
                if (typed[0], typed[2]) in NOTES:
                    continue  # checked character by character above
                if typed in values or typed in kept or typed in world.seen_replaced:
                    continue
                raise AssertionError(
                    f"seed {seed}: {typed} is neither in the data nor kept on {laptop.name}"
                )
        if encrypted:
            for laptop in laptops:
                for path in sync_folder.versions_folder(laptop.view).rglob("*.mdsync"):
                    assert path.read_bytes().startswith(sync_folder.SEALED), path
        return figures
    finally:
        for laptop in laptops:
            laptop.database.close()
        if encrypted:
            cipher.lock()
