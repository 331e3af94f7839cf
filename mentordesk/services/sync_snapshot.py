"""Snapshots: a new laptop starts from one file instead of replaying every batch.

A laptop that has applied enough since the best snapshot in the sync folder (more than
``EVERY_BYTES`` of batch files) writes its whole synced state into its own device
folder, beside its batches:

    <folder>/MentorDesk/v1/<device>/<device>-snapshot-<gen:012d>-<sha256[:16]>.mdsnap

- The first line is a plain header, ``MDSNAP <version> <sealed> <schema> <device>
  <gen> <covers>``: ``covers`` (JSON) says up to which batch of each laptop the state
  goes (the writer's ``sync_applied`` and its own sent batches). It is read without
  opening the rest, to choose a snapshot and to decide whether a new one is due.
- The rest is zlib-compressed lines of JSON (a table's columns, then its rows; every
  field's version and tombstone; the deleted and waiting rows; the notes' Yjs updates;
  the kept decisions), sealed as a batch is when the sync folder is encrypted. The
  name's hash is over the whole file, so a copy still arriving is never read.
- It is written only when this laptop has nothing unsent, in one read transaction, so
  the state is exactly what the batches it covers made.
- The writer removes its own older snapshots once the new one is written. Batches are
  never removed: a laptop that already holds data of its own, or one away for long,
  still replays them.

A laptop uses a snapshot only when it is *new*: nothing received, nothing of its own,
no version or tombstone recorded (``is_new``). It then copies the state in one
transaction, records the covered batches as applied, and receives only the later
ones. A snapshot from another schema, a damaged or unreadable one, or one still a
cloud placeholder is passed over: the batches still hold everything.
"""

from __future__ import annotations

import base64
import json
import logging
import re
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, select

from mentordesk.db import sync_store as store
from mentordesk.db.database import Database
from mentordesk.db.files import write_bytes_file as write_bytes_file  # the simulation's seam
from mentordesk.db.revisions import known_revisions
from mentordesk.services import sync_folder
from mentordesk.services.sync_folder import NAME, BatchKeys

MAGIC = "MDSNAP"
VERSION = 1
SUFFIX = ".mdsnap"
SNAPSHOT = re.compile(
    r"^(?P<device>[a-z0-9][a-z0-9-]{0,60})-snapshot-(?P<gen>\d{12})-(?P<hash>[0-9a-f]{16})"
    r"\.mdsnap$"
)
# A new snapshot is due once the batches it would cover beyond the best one in the
# folder take this many bytes: a new laptop then reads one file, not all of them.
EVERY_BYTES = 1 << 20
_HEADER_LIMIT = 1 << 16
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Snapshot:
    """A snapshot file, its header read."""

    device: str
    gen: int
    hash: str
    path: Path
    schema: str
    sealed: bool
    covers: dict[str, int]

    @property
    def reach(self) -> int:
        return sum(self.covers.values())


def _header(sealed: bool, schema: str, device: str, gen: int, covers: dict[str, int]) -> bytes:
    spread = json.dumps(covers, sort_keys=True, separators=(",", ":"))
    return f"{MAGIC} {VERSION} {int(sealed)} {schema} {device} {gen} {spread}".encode()


def _parse_header(line: bytes) -> tuple[int, bool, str, str, int, dict[str, int]] | None:
    parts = line.decode("utf-8", "replace").split(" ", 6)
    if len(parts) != 7 or parts[0] != MAGIC or not parts[1].isdigit():
        return None
    try:
        covers = json.loads(parts[6])
        gen = int(parts[5])
    except ValueError:
        return None
    if not isinstance(covers, dict) or not all(
        isinstance(k, str) and isinstance(v, int) for k, v in covers.items()
    ):
        return None
    return int(parts[1]), parts[2] == "1", parts[3], parts[4], gen, covers


def _read_header(path: Path) -> bytes | None:
    try:
        with open(path, "rb") as file:
            head = file.read(_HEADER_LIMIT)
    except OSError:
        return None
    line, newline, _ = head.partition(b"\n")
    return line if newline else None


def snapshots(
    folder: Path, cloud: sync_folder.Cloud = sync_folder.CLOUD, *, ask: bool = False
) -> list[Snapshot]:
    """Every snapshot in the sync folder whose header reads, placeholders left out
    (reading one would wait for its download); ``ask``: they are asked for (a new
    laptop, which will read one; the others never need them)."""
    root = sync_folder.versions_folder(folder)
    found: list[Snapshot] = []
    if not root.is_dir():
        return found
    for device_dir in sorted(root.iterdir()):
        if not device_dir.is_dir() or device_dir.name.startswith("."):
            continue
        for path in sorted(device_dir.glob(f"*{SUFFIX}")):
            match = SNAPSHOT.match(path.name)
            if match is None or match["device"] != device_dir.name:
                continue
            if cloud.is_placeholder(path):
                if ask:
                    cloud.download(path)
                continue
            line = _read_header(path)
            parsed = None if line is None else _parse_header(line)
            if parsed is None or parsed[0] != VERSION or parsed[3] != match["device"]:
                continue
            _, sealed, schema, device, gen, covers = parsed
            if gen != int(match["gen"]):
                continue
            found.append(Snapshot(device, gen, match["hash"], path, schema, sealed, covers))
    return found


def drop_own(
    folder: Path,
    own: str,
    *,
    plain: bool,
    every: bool,
    cloud: sync_folder.Cloud = sync_folder.CLOUD,
) -> int:
    """Remove this laptop's snapshots that must not stay: ``plain`` ones once the sync
    folder is encrypted (they hold the notes in the clear), ``every`` one when its key
    changed (no laptop could open them). Returns how many."""
    removed = 0
    for snapshot in snapshots(folder, cloud):
        if snapshot.device == own and (every or (plain and not snapshot.sealed)):
            snapshot.path.unlink(missing_ok=True)
            removed += 1
    return removed


# -- writing -------------------------------------------------------------------------------


# The columns of sync's own tables a snapshot carries, in the order its lines hold them.
_FIELD = ("tbl", "row_key", "field", "clock", "device", "dead_clock", "dead_device")
_CONFLICT = ("at", "kind", "tbl", "row_key", "field", "kept", "lost")
BOOK_COLUMNS = {
    "f": ("sync_field", _FIELD),
    "s": ("sync_shadow", ("tbl", "row_key", "data", "state", "reason")),
    "x": ("sync_text", ("tbl", "row_key", "field", "kind", "data", "needs")),
    "c": ("sync_conflict", (*_CONFLICT, "kept_device", "lost_device", "restored")),
}
# A line holds up to this many rows or about this many bytes of text: reading one
# (json.loads, which holds the interpreter) stays a few milliseconds, so a round in the
# window's worker thread never holds its UI thread long (long notes make long rows).
CHUNK_ROWS = 1000
CHUNK_BYTES = 256 << 10


def _chunks(kind: str, rows: Iterator[Any]) -> Iterator[list[Any]]:
    chunk: list[Any] = []
    size = 0
    for row in rows:
        values = list(row)
        chunk.append(values)
        size += 16 * len(values) + sum(len(v) for v in values if isinstance(v, str | bytes))
        if len(chunk) >= CHUNK_ROWS or size >= CHUNK_BYTES:
            yield [kind, chunk]
            chunk, size = [], 0
    if chunk:
        yield [kind, chunk]


def _lines(connection: Connection, document: dict[str, Any]) -> Iterator[list[Any]]:
    """The snapshot's lines: the document; per synced table its columns, then its rows
    a chunk a line; then sync's own tables (``BOOK_COLUMNS``), binary data in base64."""
    yield [document]
    for name, raw in store.raw_tables().items():
        yield ["t", name, list(raw.c.keys())]
        yield from _chunks("r", iter(connection.execute(select(raw))))
    for kind, (table_name, names) in BOOK_COLUMNS.items():
        table = store.meta.tables[table_name]
        order = [table.c.id] if kind in ("x", "c") else [table.c.tbl, table.c.row_key]
        rows = connection.execute(select(*(table.c[n] for n in names)).order_by(*order))
        if kind == "x":
            rows = ((*row[:4], _b64(row[4]), _b64(row[5])) for row in rows)  # type: ignore[assignment]
        yield from _chunks(kind, iter(rows))


def _b64(data: bytes | None) -> str | None:
    return None if data is None else base64.b64encode(data).decode("ascii")


def _unb64(text: str | None) -> bytes | None:
    return None if text is None else base64.b64decode(text)


def _covered_bytes(folder: Path, own: str, covers: dict[str, int], best: dict[str, int]) -> int:
    """The size of the batch files ``covers`` reaches beyond ``best``."""
    total = 0
    root = sync_folder.versions_folder(folder)
    for device, last in covers.items():
        device_dir = root / device
        if not device_dir.is_dir():
            continue
        for path in device_dir.iterdir():
            match = NAME.match(path.name)
            if match is None or match["device"] != device:
                continue
            if best.get(device, 0) < int(match["seq"]) <= last:
                try:
                    total += path.stat().st_size
                except OSError:
                    continue
    return total


def write_if_due(
    database: Database,
    folder: Path,
    own: str,
    keys: BatchKeys | None,
    every_bytes: int = EVERY_BYTES,
    cloud: sync_folder.Cloud = sync_folder.CLOUD,
) -> Path | None:
    """Write this laptop's snapshot when the batches it would cover beyond the best one
    in the folder take ``every_bytes`` or more, and nothing of its own is unsent.
    Returns the new file, or None."""
    existing = snapshots(folder, cloud)
    with database.session() as session:
        connection = session.connection()
        o = store.outbox
        if connection.execute(select(o.c.seq).where(o.c.batch.is_(None)).limit(1)).first():
            return None  # something unsent: the state is not what the batches made
        state = store.read_state(connection)
        a = store.applied
        heard = connection.execute(
            select(a.c.device, a.c.device_name, a.c.last_seq, a.c.last_hash)
        ).all()
        covers = {str(d): int(seq) for d, _, seq, _ in heard if d != own}
        names = {str(d): str(n or "") for d, n, _, _ in heard if d != own}
        hashes = {str(d): str(h or "") for d, _, _, h in heard if d != own}
        mine = sync_folder.own_batches(folder, own)
        sent = int(state["next_seq"]) - 1
        if sent > 0 and sent not in mine:
            return None  # its last batch is not in the folder: a laptop could not follow
        if sent > 0:
            covers[own] = sent
            names[own] = str(state["device_name"] or "")
            hashes[own] = mine[sent]
        if not covers:
            return None
        usable = [s for s in existing if s.sealed == (keys is not None)]
        best = max(usable, key=lambda s: (s.reach, s.path.name), default=None)
        beyond = {} if best is None else best.covers
        if all(covers.get(d, 0) <= beyond.get(d, 0) for d in {*covers, *beyond}):
            return None  # the folder's best snapshot already reaches as far
        if _covered_bytes(folder, own, covers, beyond) < every_bytes:
            return None
        gen = 1 + max((s.gen for s in existing if s.device == own), default=0)
        schema = known_revisions()[-1]
        document = {
            "format": "mentordesk-sync-snapshot",
            "version": VERSION,
            "schema": schema,
            "device": own,
            "device_name": str(state["device_name"] or ""),
            "gen": gen,
            "covers": covers,
            "names": names,
            "hashes": hashes,
            "clock": int(state["clock"]),
        }
        packer = zlib.compressobj(6)
        parts = []
        for line in _lines(connection, document):
            text = json.dumps(line, ensure_ascii=False, separators=(",", ":")) + "\n"
            parts.append(packer.compress(text.encode("utf-8")))
        parts.append(packer.flush())
    body = b"".join(parts)
    header = _header(keys is not None, schema, own, gen, covers)
    if keys is not None:
        body = sync_folder.seal_with(keys, header, gen, body)
    data = header + b"\n" + body
    own_dir = sync_folder.versions_folder(folder) / own
    own_dir.mkdir(parents=True, exist_ok=True)
    path = own_dir / f"{own}-snapshot-{gen:012d}-{sync_folder.digest(data)}{SUFFIX}"
    write_bytes_file(path, data)
    for old in existing:  # this laptop's older snapshots: the new one reaches further
        if old.device == own and old.path != path:
            old.path.unlink(missing_ok=True)
    return path
