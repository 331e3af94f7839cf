"""A new laptop's start from a snapshot (``services/sync_snapshot``): when nothing was
received and nothing is of its own, the best usable snapshot is copied in one
transaction and the batches it covers are recorded as applied; only the later ones are
then received. A snapshot of another schema, a damaged or unreadable one, or one still a
cloud placeholder is passed over: the batches still hold everything.
"""

from __future__ import annotations

import base64
import json
import logging
import sqlite3
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, delete, insert, select, update

from mentordesk.db import sync_store as store
from mentordesk.db.database import Database
from mentordesk.db.revisions import known_revisions
from mentordesk.services import sync_folder
from mentordesk.services.sync_folder import BatchKeys
from mentordesk.services.sync_rows import key_text
from mentordesk.services.sync_snapshot import BOOK_COLUMNS, Snapshot, snapshots
from mentordesk.services.typing_journal import unseal

log = logging.getLogger(__name__)


def _unb64(text: str | None) -> bytes | None:
    return None if text is None else base64.b64decode(text)


def is_new(connection: Connection) -> bool:
    """Nothing received, nothing of its own, no version or tombstone recorded."""
    checks = [
        select(store.applied.c.device),
        select(store.field.c.tbl),
        select(store.shadow.c.tbl),
        select(store.outbox.c.seq),
        *(select(raw.c[next(iter(raw.c.keys()))]) for raw in store.raw_tables().values()),
    ]
    return all(connection.execute(check.limit(1)).first() is None for check in checks)


def _body(snapshot: Snapshot, keys: BatchKeys | None) -> bytes | None:
    """The snapshot's compressed lines, or None when it cannot be used here."""
    try:
        data = snapshot.path.read_bytes()
    except OSError:
        return None
    if sync_folder.digest(data) != snapshot.hash:
        return None  # still arriving, or cut short
    header, _, body = data.partition(b"\n")
    if snapshot.sealed:
        if keys is None:
            return None
        return unseal((keys.stream, keys.tag), header, snapshot.gen, body)
    return None if keys is not None else body


# The compressed snapshot is unpacked this much at a time: a slice's text (about ten
# times as much) is split into lines while the interpreter is held, and in the window's
# sync thread that holds the UI thread too (1 MiB slices held it 12-16 ms to split).
UNPACK_STEP = 64 << 10


def _records(body: bytes) -> Iterator[list[Any]]:
    unpacker = zlib.decompressobj()
    rest = b""
    packed = memoryview(body)
    for start in range(0, len(body), UNPACK_STEP):
        rest += unpacker.decompress(packed[start : start + UNPACK_STEP])
        *whole, rest = rest.split(b"\n")
        for line in whole:
            yield json.loads(line)
    rest += unpacker.flush()
    if rest.strip() or not unpacker.eof:
        raise ValueError("the snapshot ends early")


def _load(
    connection: Connection, records: Iterator[list[Any]], touched: dict[tuple[str, str], Any]
) -> dict[str, Any]:
    """Insert every line's rows on the driver's cursor (the values are as SQLite stored
    them on the other laptop); the synced rows are noted in ``touched`` (the window's
    change news). Returns the document (the first line)."""
    document = next(records)[0]
    cursor = connection.connection.driver_connection.cursor()  # type: ignore[union-attr]
    keys: list[int] = []
    columns: list[str] = []
    table = ""
    try:
        for record in records:
            kind = record[0]
            if kind == "t":
                table, columns = str(record[1]), [str(c) for c in record[2]]
                raw = store.raw_tables().get(table)
                if raw is None or set(columns) != set(raw.c.keys()):
                    raise ValueError(f"the snapshot's table {table} is not this version's")
                keys = [columns.index(k) for k in store.key_columns(table)]
                continue
            rows = record[1]
            if kind == "r" and table:
                store.insert_rows(cursor, table, columns, rows)
                for row in rows:
                    key = key_text([row[k] for k in keys])
                    touched[(table, key)] = dict(zip(columns, row, strict=True))
            elif kind in BOOK_COLUMNS:
                table_name, names = BOOK_COLUMNS[kind]
                if kind == "x":
                    rows = [(*row[:4], _unb64(row[4]), _unb64(row[5])) for row in rows]
                store.insert_rows(cursor, table_name, names, rows)
            else:
                raise ValueError(f"the snapshot holds a line of an unknown kind: {kind!r}")
    finally:
        cursor.close()
    return dict(document)


def start_from(
    database: Database,
    folder: Path,
    own: str,
    now: datetime,
    keys: BatchKeys | None,
    cloud: sync_folder.Cloud = sync_folder.CLOUD,
    touched: dict[tuple[str, str], Any] | None = None,
) -> Started | None:
    """On a new laptop, copy the best usable snapshot (the one reaching furthest) in one
    transaction and record the batches it covers as applied; the copied rows are noted
    in ``touched``. None when this laptop is not new or no snapshot can be used (the
    batches are then replayed)."""
    with database.session() as session:
        if not is_new(session.connection()):
            return None
    schema = known_revisions()[-1]
    found = snapshots(folder, cloud, ask=True)
    usable = [s for s in found if s.device != own and s.schema == schema]
    for snapshot in sorted(usable, key=lambda s: (s.reach, s.path.name), reverse=True):
        body = _body(snapshot, keys)
        if body is None:
            continue
        rows: dict[tuple[str, str], Any] = {}
        try:
            with database.session() as session:
                connection = session.connection()
                if not is_new(connection):
                    return None
                document = _copy(connection, body, own, snapshot, now, rows)
        except (ValueError, KeyError, TypeError, IndexError, zlib.error, sqlite3.Error) as error:
            log.warning("A sync snapshot could not be used: %s", error)
            continue
        if touched is not None:
            touched.update(rows)
        name = str(document.get("device_name") or snapshot.device)
        return Started(snapshot, name, len(rows))
    return None


@dataclass(frozen=True)
class Started:
    """A new laptop's start: the snapshot, its laptop's name, how many records came."""

    snapshot: Snapshot
    laptop: str
    records: int


def _copy(
    connection: Connection,
    body: bytes,
    own: str,
    snapshot: Snapshot,
    now: datetime,
    touched: dict[tuple[str, str], Any],
) -> dict[str, Any]:
    s = store.state
    store.defer_foreign_keys(connection)
    connection.execute(update(s).where(s.c.id == 1).values(applying=1))
    document = _load(connection, _records(body), touched)
    if document.get("covers") != snapshot.covers or document.get("device") != snapshot.device:
        raise ValueError("the snapshot's contents do not match its header")
    a = store.applied
    names, hashes = document.get("names", {}), document.get("hashes", {})
    connection.execute(delete(a))
    for device, last in snapshot.covers.items():
        if device == own:
            continue
        connection.execute(
            insert(a).values(
                device=device,
                device_name=str(names.get(device, "")),
                last_seq=int(last),
                last_hash=str(hashes.get(device, "")),
                applied_at=now.isoformat(timespec="seconds"),
            )
        )
    f = store.field
    highest = connection.execute(select(f.c.clock).order_by(f.c.clock.desc()).limit(1)).scalar()
    store.witness(connection, max(int(document.get("clock", 0)), int(highest or 0)))
    connection.execute(update(s).where(s.c.id == 1).values(applying=0))
    return document
