"""One sync round: send this laptop's pending changes, apply what arrived.

Qt-free; the command line (``mentordesk sync``) runs it, the window will run it off the
UI thread. Each batch is applied in its own transaction together with the note that
it was applied (``sync_applied``), so a crash never applies a batch twice or half.
"""

from __future__ import annotations

import json
import os
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, delete, select, update
from sqlalchemy.orm import Session

from mentordesk.db import sync_store as store
from mentordesk.db.database import Database
from mentordesk.db.revisions import known_revisions
from mentordesk.services import sync_folder, sync_key, sync_snapshot, sync_start, sync_text
from mentordesk.services.sync_folder import BatchKeys, FolderPausedError
from mentordesk.services.sync_receive import RoundReport as RoundReport
from mentordesk.services.sync_receive import downloading_words as downloading_words
from mentordesk.services.sync_receive import receive


@dataclass(frozen=True)
class Settings:
    folder: str
    device_name: str
    device_id: str
    enabled: bool

    @property
    def token(self) -> str:
        return sync_folder.device_token(self.device_id)


def settings(session: Session) -> Settings:
    state = store.read_state(session.connection())
    return Settings(
        folder=str(state["folder"]),
        device_name=str(state["device_name"]),
        device_id=str(state["device_id"]),
        enabled=bool(state["enabled"]),
    )


def configure(session: Session, folder: Path | None, name: str | None) -> Settings:
    """Set the sync folder and this laptop's name; switching sync on puts every existing
    row in the outbox once, so the other laptops receive all of it."""
    connection = session.connection()
    state = store.read_state(connection)
    values: dict[str, Any] = {}
    if folder is not None:
        values["folder"] = str(folder)
        # Chosen now, so it is meant: an empty folder is a start, not a lost one.
        sync_folder.versions_folder(folder).mkdir(parents=True, exist_ok=True)
    if name is not None:
        values["device_name"] = name.strip()
    if values:
        connection.execute(update(store.state).where(store.state.c.id == 1).values(**values))
    if not state["enabled"]:
        connection.execute(update(store.state).where(store.state.c.id == 1).values(enabled=1))
        store.snapshot(connection)
    return settings(session)


def _used_before(connection: Connection) -> bool:
    state = store.read_state(connection)
    has_applied = connection.execute(select(store.applied.c.device).limit(1)).first()
    return int(state["next_seq"]) > 1 or has_applied is not None


def coalesce(rows: Sequence[Sequence[Any]]) -> list[dict[str, Any]]:
    """The outbox rows as a batch's changes. An edit that changes the same fields of a
    row as this laptop's previous unsent edit of it (an autosave every few seconds)
    replaces that one: the value in between never left this laptop, the base stays
    the first edit's, and every field's version is the last edit's anyway. A row's
    insert (every field) is never merged, so it keeps its place before its children."""
    changes: list[dict[str, Any]] = []
    last: dict[tuple[str, str], int] = {}
    for _, table, key, op, data, changed, base, clock, texts in rows:
        fields = json.loads(changed)
        bases = json.loads(base or "{}")
        if op == "put":
            bases = {f: v for f, v in bases.items() if f in fields}
        change = {
            "t": table,
            "k": key,
            "op": op,
            "d": json.loads(data),
            "f": fields,
            "b": bases,
            "c": clock,
        }
        carried: dict[str, list[list[str]]] = json.loads(texts or "{}")
        if carried:
            change["y"] = carried  # a note's Yjs updates (sync_text)
        before = last.get((table, key))
        if (
            before is not None
            and op == "put"
            and changes[before]["op"] == "put"
            and set(changes[before]["f"]) == set(fields)
            and set(fields) != set(store.raw_tables()[table].c.keys())
        ):
            change["b"] = changes[before]["b"]
            earlier: dict[str, list[list[str]]] = changes[before].get("y", {})
            if earlier:  # every update travels: the later ones build on the earlier
                change["y"] = {
                    f: earlier.get(f, []) + carried.get(f, []) for f in sorted({*earlier, *carried})
                }
            changes[before] = {}
        last[(table, key)] = len(changes)
        changes.append(change)
    return [c for c in changes if c]


def _document(state: dict[str, Any], seq: int, changes: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "format": sync_folder.FORMAT,
        "version": sync_folder.FORMAT_VERSION,
        "schema": known_revisions()[-1],
        "device": sync_folder.device_token(str(state["device_id"])),
        "device_id": state["device_id"],
        "device_name": state["device_name"],
        "seq": seq,
        "changes": changes,
    }


def _outbox_rows(connection: Connection, batch: int | None) -> list[Any]:
    o = store.outbox
    chosen = o.c.batch.is_(None) if batch is None else o.c.batch == batch
    return list(
        connection.execute(
            select(
                o.c.seq,
                o.c.tbl,
                o.c.row_key,
                o.c.op,
                o.c.data,
                o.c.changed,
                o.c.base,
                o.c.clock,
                o.c.texts,
            )
            .where(chosen)
            .order_by(o.c.seq)
        ).all()
    )


def heal(
    session: Session, folder: Path, keys: BatchKeys | None = None, *, rekeyed: bool = False
) -> tuple[int, int]:
    """Write again this laptop's sent batches that are gone from the folder (a sync
    service that lost them): a laptop that has not read them yet would wait for them
    for ever. With ``keys``, its batches sent before encryption was on (or, ``rekeyed``,
    sealed with a key the folder no longer has) are written again sealed with ``keys``
    and the old files removed: the notes leave the sync folder, and every laptop can
    open them. Returns (how many were written again, how many sealed again)."""
    connection = session.connection()
    state = store.read_state(connection)
    token = sync_folder.device_token(str(state["device_id"]))
    taken = sync_folder.own_batches(folder, token)
    if keys is None:
        plain: dict[int, Path] = {}
    elif rekeyed:
        plain = sync_folder.own_batch_paths(folder, token)
    else:
        plain = sync_folder.plain_batches(folder, token)
    written = sealed = 0
    # Numbers from next_seq on: a crash's unrecorded batch, its changes still unsent.
    for seq in sorted({*range(1, int(state["next_seq"])), *plain}):
        if seq in taken and seq not in plain:
            continue
        rows = _outbox_rows(connection, seq)
        if not rows and seq not in plain:
            continue
        # No rows: a batch a crash left in the folder before the database said it was
        # sent; its changes went out again in a later batch. Plain, or sealed with a
        # key no laptop has, it would hold every laptop at this number: an empty batch.
        body = sync_folder.pack(_document(state, seq, coalesce(rows)), keys)
        path = sync_folder.write_batch(folder, token, seq, body)
        if seq in plain:
            if plain[seq] != path:
                plain[seq].unlink(missing_ok=True)
            sealed += 1
        else:
            written += 1
    return written, sealed


def send(session: Session, folder: Path, keys: BatchKeys | None = None) -> tuple[int, str]:
    """Write the pending changes as this laptop's next batch; (how many, file name)."""
    connection = session.connection()
    store.take_write_lock(connection)
    sync_text.fold(connection)
    state = store.read_state(connection)
    o = store.outbox
    rows = _outbox_rows(connection, None)
    if not rows:
        return 0, ""
    changes = coalesce(rows)
    seq = int(state["next_seq"])
    token = sync_folder.device_token(str(state["device_id"]))
    document = _document(state, seq, changes)
    body = sync_folder.pack(document, keys)
    taken = sync_folder.own_batches(folder, token)
    if seq in taken and taken[seq] != sync_folder.digest(body):
        # Another batch already has this number (this database came back from a backup):
        # a new number, or the other laptops would take this one for a duplicate.
        seq = max(taken) + 1
        document["seq"] = seq
        body = sync_folder.pack(document, keys)
    path = sync_folder.write_batch(folder, token, seq, body)
    connection.execute(
        update(o).where(o.c.seq <= rows[-1][0], o.c.batch.is_(None)).values(batch=seq)
    )
    connection.execute(update(store.state).where(store.state.c.id == 1).values(next_seq=seq + 1))
    return len(changes), path.name


def place_of(host: str, data_dir: Path) -> str:
    """This computer and the data folder's place on it: ``work-pc|/home/ada/...``."""
    return f"{host}|{os.path.normcase(os.path.abspath(data_dir))}"


def own_host(session: Session, host: str) -> bool:
    """Remember the computer this data folder syncs from, and where the folder is on it
    (``place_of``); on another one, or in another folder (the folder was copied there)
    take a new device id, so the two never write one device folder. The batches the
    original sent are then read like another laptop's. True when the id was renewed.
    A place an earlier version recorded as the computer alone is taken as this one's."""
    connection = session.connection()
    state = store.read_state(connection)
    s = store.state
    stored = str(state["host"] or "")
    if not stored or ("|" not in stored and host.split("|", 1)[0] == stored):
        connection.execute(update(s).where(s.c.id == 1).values(host=host))
        return False
    if stored == host:
        return False
    connection.execute(
        update(s).where(s.c.id == 1).values(host=host, device_id=uuid.uuid4().hex, next_seq=1)
    )
    connection.execute(delete(store.outbox).where(store.outbox.c.batch.is_not(None)))
    return True


def run_round(
    database: Database,
    now: datetime,
    host: str = "",
    cloud: sync_folder.Cloud = sync_folder.CLOUD,
    passphrase: str | None = None,
    snapshot_bytes: int = sync_snapshot.EVERY_BYTES,
) -> RoundReport:
    """Send, receive, and send again (revivals decided while receiving). ``host``
    names this computer (``own_host``); empty: not checked. ``cloud`` tells placeholders
    (the real files' flags, or the simulation's). With encryption on, the batches are
    sealed (``sync_key``; ``passphrase`` makes the key the first time)."""
    report = RoundReport()
    with database.session() as session:
        if host and own_host(session, place_of(host, database.paths.data_dir)):
            report.new_identity = True
        current = settings(session)
        used = _used_before(session.connection())
    if not current.enabled or not current.folder:
        report.paused = "Sync is not set up: choose a sync folder first."
        return report
    folder = Path(current.folder)
    try:
        sync_folder.check(folder, used_before=used)
    except FolderPausedError as paused:
        report.paused = str(paused)
        return report
    from mentordesk.db import encryption

    paths = database.paths
    key_file = sync_key.folder_file(folder)
    if key_file.exists() and cloud.is_placeholder(key_file):  # reading it would wait
        cloud.download(key_file)
        report.paused = (
            "The sync folder's key file is still in the cloud; it was asked for, and sync "
            "goes on once it has downloaded. Nothing was sent or changed."
        )
        return report
    try:
        keys, rekeyed = sync_key.keys_for(
            paths, folder, passphrase, encrypted=encryption.is_on(paths)
        )
    except sync_key.SyncRefusedError as refused:
        report.refused, report.refused_reason = str(refused), refused.reason
        return report
    except FolderPausedError as paused:  # its key file is still arriving, or damaged
        report.paused = str(paused)
        return report
    sync_folder.clean_partials(folder, current.token)
    sync_key.clean_leftovers(folder, now.timestamp())
    with database.session() as session:
        report.rewritten, report.resealed = heal(session, folder, keys, rekeyed=rekeyed)
    if keys is not None:  # as its batches: nothing of this laptop's stays plain
        sync_snapshot.drop_own(folder, current.token, plain=True, every=rekeyed, cloud=cloud)
    if rekeyed:
        sync_key.resealed(paths)
    started = sync_start.start_from(
        database, folder, current.token, now, keys, cloud, report.touched
    )
    if started is not None:  # everything the snapshot covers, as if its batches came
        report.started_from = started.laptop
        report.changes_in += started.records
        report.batches_in[started.laptop] = report.batches_in.get(started.laptop, 0) + 1
    with database.session() as session:
        report.sent, report.sent_file = send(session, folder, keys)
    receive(database, folder, current.token, now, report, cloud, keys)
    with database.session() as session:
        more, name = send(session, folder, keys)
    if more:
        report.sent += more
        report.sent_file = name
    written = sync_snapshot.write_if_due(
        database, folder, current.token, keys, snapshot_bytes, cloud
    )
    report.snapshot_file = "" if written is None else written.name
    return report
