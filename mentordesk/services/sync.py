"""One sync round: send this laptop's pending changes, apply what arrived.

Qt-free; the command line (``mentordesk sync``) runs it, the window will run it off the
UI thread. Each batch is applied in its own transaction together with the note that
it was applied (``sync_applied``), so a crash never applies a batch twice or half.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, delete, insert, select, update
from sqlalchemy.orm import Session

from mentordesk.db import sync_store as store
from mentordesk.db.database import Database
from mentordesk.db.revisions import known_revisions
from mentordesk.services import sync_bulk, sync_folder, sync_key
from mentordesk.services.sync_apply import Applier, changes_of
from mentordesk.services.sync_folder import BatchKeys, FolderPausedError, NotSealedError


@dataclass
class RoundReport:
    """What one round did, and what waits and why (in the person's words)."""

    sent: int = 0
    sent_file: str = ""
    rewritten: int = 0
    new_identity: bool = False
    batches_in: dict[str, int] = field(default_factory=dict)
    changes_in: int = 0
    conflicts: int = 0
    revived: int = 0
    waiting: list[str] = field(default_factory=list)
    paused: str = ""
    # No round could run (a mixed folder, a passphrase that differs or is needed):
    # the words, and ``sync_key``'s reason.
    refused: str = ""
    refused_reason: str = ""
    resealed: int = 0
    # The rows the applied batches touched (table, key) with what they carried: the
    # window's change news (``sync_status.news``).
    touched: dict[tuple[str, str], dict[str, Any]] = field(default_factory=dict)


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
    for _, table, key, op, data, changed, base, clock in rows:
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
        before = last.get((table, key))
        if (
            before is not None
            and op == "put"
            and changes[before]["op"] == "put"
            and set(changes[before]["f"]) == set(fields)
            and set(fields) != set(store.raw_tables()[table].c.keys())
        ):
            change["b"] = changes[before]["b"]
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
                o.c.seq, o.c.tbl, o.c.row_key, o.c.op, o.c.data, o.c.changed, o.c.base, o.c.clock
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
    plain = sync_folder.plain_batches(folder, token) if keys is not None else {}
    if keys is not None and rekeyed:
        plain = sync_folder.own_batch_paths(folder, token)
    written = sealed = 0
    for seq in range(1, int(state["next_seq"])):
        if seq in taken and seq not in plain:
            continue
        rows = _outbox_rows(connection, seq)
        if rows:
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


def _next_expected(connection: Connection, device: str) -> int:
    a = store.applied
    last = connection.execute(select(a.c.last_seq).where(a.c.device == device)).scalar()
    return 1 if last is None else int(last) + 1


def _apply_batch(
    session: Session, document: dict[str, Any], digest: str, now: datetime, report: RoundReport
) -> None:
    connection = session.connection()
    s = store.state
    connection.execute(update(s).where(s.c.id == 1).values(applying=1))
    applier = Applier(connection, now)
    changes = changes_of(document)
    sync_bulk.apply_all(applier, changes)
    applier.finish()
    if changes:
        store.witness(connection, max(c.clock for c in changes))
    a = store.applied
    device = str(document["device"])
    values = {
        "device_name": str(document.get("device_name", "")),
        "last_seq": int(document["seq"]),
        "last_hash": digest,
        "applied_at": now.isoformat(timespec="seconds"),
    }
    if connection.execute(select(a.c.device).where(a.c.device == device)).first() is None:
        connection.execute(insert(a).values(device=device, **values))
    else:
        connection.execute(update(a).where(a.c.device == device).values(**values))
    connection.execute(update(s).where(s.c.id == 1).values(applying=0))
    report.changes_in += len(changes)
    for change in changes:
        report.touched.setdefault((change.table, change.key), {}).update(change.data)
    report.conflicts += applier.conflicts
    report.revived += applier.revived


def receive(
    database: Database,
    folder: Path,
    own: str,
    now: datetime,
    report: RoundReport,
    keys: BatchKeys | None = None,
) -> None:
    """Apply every other laptop's batches that are next in line, each in order, once.
    With ``keys`` only sealed batches that open with them are applied."""
    listing = sync_folder.scan(folder, own=own)
    known = set(known_revisions())
    for device, batches in sorted(listing.devices.items()):
        with database.session() as session:
            expected = _next_expected(session.connection(), device)
        while True:
            candidates = batches.get(expected)
            if not candidates:
                if any(seq > expected for seq in batches):
                    report.waiting.append(
                        f"Waiting for batch {expected} from {device}: later ones have arrived, "
                        "this one has not yet."
                    )
                break
            document = None
            chosen = None
            problems: list[str] = []  # said only when no copy of the batch opens
            plain = False  # a batch not encrypted where batches are: not "still arriving"
            for found in sorted(candidates, key=lambda f: f.hash):
                try:
                    document = sync_folder.read_batch(found, keys)
                except NotSealedError as error:
                    problems.append(str(error))
                    plain = True
                    continue
                except (ValueError, UnicodeDecodeError) as error:
                    problems.append(f"{found.path.name} cannot be read ({error}); left alone.")
                    continue
                if document is not None:
                    chosen = found
                    break
            if document is None or chosen is None:
                report.waiting.extend(problems)
                if not plain:
                    report.waiting.append(
                        f"Batch {expected} from {device} is still arriving; it will be read "
                        "next time."
                    )
                break
            if (
                document.get("schema") not in known
                or document.get("version") != sync_folder.FORMAT_VERSION
            ):
                sender = document.get("device_name") or device
                report.waiting.append(
                    f"Batch {expected} from {sender} was written by a newer MentorDesk: "
                    "update MentorDesk on this laptop to receive it."
                )
                break
            with database.session() as session:
                _apply_batch(session, document, chosen.hash, now, report)
            name = str(document.get("device_name") or device)
            report.batches_in[name] = report.batches_in.get(name, 0) + 1
            expected += 1


def own_host(session: Session, host: str) -> bool:
    """Remember the computer this data folder syncs from; on another one (the folder
    was copied there) take a new device id, so the two never write one device folder.
    The batches the original sent are then read like another laptop's. True when the
    id was renewed."""
    connection = session.connection()
    state = store.read_state(connection)
    s = store.state
    if not state["host"]:
        connection.execute(update(s).where(s.c.id == 1).values(host=host))
        return False
    if state["host"] == host:
        return False
    connection.execute(
        update(s).where(s.c.id == 1).values(host=host, device_id=uuid.uuid4().hex, next_seq=1)
    )
    connection.execute(delete(store.outbox).where(store.outbox.c.batch.is_not(None)))
    return True


def run_round(
    database: Database, now: datetime, host: str = "", passphrase: str | None = None
) -> RoundReport:
    """Send, receive, and send again (revivals decided while receiving). ``host``
    names this computer (``own_host``); empty: not checked. With encryption on, the
    batches are sealed (``sync_key``; ``passphrase`` makes the key the first time)."""
    report = RoundReport()
    with database.session() as session:
        if host and own_host(session, host):
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
    with database.session() as session:
        report.rewritten, report.resealed = heal(session, folder, keys, rekeyed=rekeyed)
    if rekeyed:
        sync_key.resealed(paths)
    with database.session() as session:
        report.sent, report.sent_file = send(session, folder, keys)
    receive(database, folder, current.token, now, report, keys)
    with database.session() as session:
        more, name = send(session, folder, keys)
    if more:
        report.sent += more
        report.sent_file = name
    return report
