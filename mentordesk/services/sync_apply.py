"""Applying another laptop's changes: field by field, newer wins, nothing erased.

The rules (docs/ARCHITECTURE.md "Sync through a folder"):

- Every field of every row has a version ``(clock, device id)``: the stamp of the
  change that wrote it (a row from before sync has ``(0, "")`` everywhere). A change
  says, per field, the version it was based on.
- A field takes the incoming value when the incoming version is newer. When the change
  was not based on what this laptop holds (the two edits were concurrent) the value
  that loses is kept in ``sync_conflict``, whichever side it was on. Newer means the
  greater clock, then the greater device id: every laptop decides the same.
- A delete is a tombstone: it marks each field "deleted at" the version the deleting
  laptop held. A row is alive while any field is newer than its tombstone: so an edit
  the deleting laptop had not seen brings the row back (logged as ``revived``), and
  an edit it had seen does not. A deleted row's last values stay in ``sync_shadow``.
- A row is never removed while another row still points at it (a child the deleting
  laptop had not seen): it is kept, logged, and a revival is sent to the others.
- A row that cannot be stored yet (its parent has not arrived, a name already taken)
  waits in ``sync_shadow`` and is tried again after every batch.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, delete, insert, select, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import IntegrityError

from mentordesk.db import sync_store as store
from mentordesk.services import sync_rows as rows
from mentordesk.services import sync_text
from mentordesk.services.sync_rows import ZERO, Version, key_text, row_where, stored_row

__all__ = [
    "ZERO",
    "Applier",
    "Change",
    "Version",
    "changes_of",
    "key_text",
    "row_where",
    "stored_row",
]


@dataclass(frozen=True)
class Change:
    """One row change as a batch carries it."""

    table: str
    key: str
    op: str  # "put" or "del"
    data: dict[str, Any]
    changed: tuple[str, ...]
    base: dict[str, Version]
    clock: int
    device: str
    # Note fields' Yjs updates (sync_text): field -> (update, state vector) pairs.
    texts: dict[str, tuple[sync_text.Entry, ...]] = field(default_factory=dict)

    @property
    def version(self) -> Version:
        return (self.clock, self.device)


def changes_of(document: dict[str, Any]) -> list[Change]:
    device = str(document["device_id"])
    return [
        Change(
            table=str(item["t"]),
            key=str(item["k"]),
            op=str(item["op"]),
            data=dict(item["d"]),
            changed=tuple(item["f"]),
            base={f: (int(v[0]), str(v[1])) for f, v in item["b"].items()},
            clock=int(item["c"]),
            device=device,
            texts={f: sync_text.decode_entries(v) for f, v in item.get("y", {}).items()},
        )
        for item in document["changes"]
    ]


class Applier:
    """Applies changes on one connection, inside the caller's transaction."""

    def __init__(self, connection: Connection, now: datetime) -> None:
        self.connection = connection
        self.now = now.isoformat(timespec="seconds")
        self.tables = store.raw_tables()
        self.held_back: list[tuple[str, str]] = []
        self.conflicts = 0
        self.revived = 0
        self.notes_waiting = 0  # note edits that wait for an earlier one (sync_text)

    # -- reading a row's state ---------------------------------------------------------
    def _versions(self, table: str, key: str) -> dict[str, tuple[Version, Version | None]]:
        f = store.field
        rows = self.connection.execute(
            select(f.c.field, f.c.clock, f.c.device, f.c.dead_clock, f.c.dead_device).where(
                f.c.tbl == table, f.c.row_key == key
            )
        )
        return {
            name: ((clock, device), None if dead is None else (dead, dead_device))
            for name, clock, device, dead, dead_device in rows
        }

    def _where(self, table: str, key: str) -> Any:
        return row_where(table, key)

    def _stored(self, table: str, key: str) -> dict[str, Any] | None:
        return stored_row(self.connection, table, key)

    def _shadow(self, table: str, key: str) -> dict[str, Any] | None:
        return rows.shadow_of(self.connection, table, key)

    def _set_shadow(
        self, table: str, key: str, values: dict[str, Any], state: str, reason: str = ""
    ) -> None:
        rows.set_shadow(self.connection, table, key, values, state, reason)

    def _drop_shadow(self, table: str, key: str) -> None:
        rows.drop_shadow(self.connection, table, key)

    def _log(
        self, kind: str, change: Change, name: str, kept: Any, lost: Any, kept_by: str, lost_by: str
    ) -> None:
        self.conflicts += 1
        rows.record(
            self.connection,
            self.now,
            kind,
            change.table,
            change.key,
            name,
            kept,
            lost,
            kept_by,
            lost_by,
        )

    def _log_refused(self, table: str, key: str, name: str, kept: Any, lost: Any) -> None:
        self.conflicts += 1
        rows.record(self.connection, self.now, "refused", table, key, name, kept, lost, "", "")

    def _parents(self, table: str, values: dict[str, Any]) -> list[tuple[str, str]]:
        return rows.parents(table, values)

    def _children(self, table: str, stored: dict[str, Any]) -> bool:
        return rows.has_children(self.connection, table, stored)

    # -- writing ---------------------------------------------------------------------------
    def _stamp(
        self, table: str, key: str, marks: dict[str, tuple[Version, Version | None]]
    ) -> None:
        """Write the fields' new versions (and tombstones) in one statement."""
        if not marks:
            return
        f = store.field
        statement = sqlite_insert(f)
        statement = statement.on_conflict_do_update(
            index_elements=[f.c.tbl, f.c.row_key, f.c.field],
            set_={
                "clock": statement.excluded.clock,
                "device": statement.excluded.device,
                "dead_clock": statement.excluded.dead_clock,
                "dead_device": statement.excluded.dead_device,
            },
        )
        self.connection.execute(
            statement,
            [
                {
                    "tbl": table,
                    "row_key": key,
                    "field": name,
                    "clock": version[0],
                    "device": version[1],
                    "dead_clock": None if dead is None else dead[0],
                    "dead_device": None if dead is None else dead[1],
                }
                for name, (version, dead) in marks.items()
            ],
        )

    # -- one change ------------------------------------------------------------------------
    def apply(self, change: Change) -> None:
        if change.table not in self.tables:
            return  # a table this version does not know: batches from newer ones are held
        columns = set(self.tables[change.table].c.keys())
        versions = self._versions(change.table, change.key)
        stored = self._stored(change.table, change.key)
        values = dict(
            stored if stored is not None else self._shadow(change.table, change.key) or {}
        )
        marks: dict[str, tuple[Version, Version | None]] = {}
        before = dict(values)
        if change.op == "put":
            for name in change.changed:
                if name not in columns or name not in change.data:
                    continue
                mine, dead = versions.get(name, (ZERO, None))
                theirs = change.version
                if name in change.texts:  # a note: both edits merge, nothing is lost
                    merged = sync_text.merge(
                        self.connection, change.table, change.key, name, change.texts[name]
                    )
                    if merged is not None:
                        values[name] = merged
                    else:
                        self.notes_waiting += 1
                if name in change.texts or (
                    sync_text.is_note(change.table, name)
                    and sync_text.has_document(self.connection, change.table, change.key, name)
                ):  # a note with a document here follows it, never a bare value
                    if theirs > mine:
                        marks[name] = (theirs, dead)
                    continue
                if theirs == mine:
                    continue
                incoming = change.data[name]
                concurrent = change.base.get(name, ZERO) != mine
                differs = name in values and values[name] != incoming
                if theirs > mine:
                    if concurrent and differs:
                        self._log("field", change, name, incoming, values[name], theirs[1], mine[1])
                    values[name] = incoming
                    marks[name] = (theirs, dead)
                elif concurrent and differs:
                    self._log("field", change, name, values[name], incoming, mine[1], theirs[1])
        else:
            for name in columns:
                mine, dead = versions.get(name, (ZERO, None))
                seen = change.base.get(name, ZERO)
                # A note's text follows its document (merged), never the deleter's copy.
                if (
                    name in change.data
                    and seen > mine
                    and not sync_text.is_note(change.table, name)
                ):
                    if name in values and values[name] != change.data[name]:
                        self._log(
                            "field", change, name, change.data[name], values[name], seen[1], mine[1]
                        )
                    values[name] = change.data[name]
                    mine = seen
                mark = (mine, seen if dead is None else max(dead, seen))
                if versions.get(name) != mark:
                    marks[name] = mark
        self._stamp(change.table, change.key, marks)
        versions.update(marks)
        alive = _alive(versions)
        for name, text in [] if alive else sync_text.unseen_in_deleted(change, before, values):
            by = (change.device, "") if change.op != "put" else ("", change.device)
            self._log("note_deleted", change, name, None, text, *by)
        if change.op == "put" and stored is None and alive and any(d for _, d in versions.values()):
            self.revived += 1
            self._log("revived", change, "", None, None, change.device, "")
        self._settle(change.table, change.key, values, alive, stored)

    # -- storing the outcome ---------------------------------------------------------------
    def _settle(
        self,
        table: str,
        key: str,
        values: dict[str, Any],
        alive: bool,
        stored: dict[str, Any] | None,
    ) -> None:
        raw = self.tables[table]
        if alive:
            if stored is not None:
                changed = {k: v for k, v in values.items() if stored.get(k) != v}
                if changed:
                    self._update(table, key, stored, changed)
                return
            self._materialize(table, key, values)
            return
        if stored is None:
            self._set_shadow(table, key, values, "dead")
            return
        if self._children(table, stored):  # kept: with the newest values the delete carried
            changed = {k: v for k, v in values.items() if stored.get(k) != v}
            if changed:
                self._update(table, key, stored, changed)
            self.held_back.append((table, key))
            return
        self._set_shadow(table, key, values, "dead")
        self.connection.execute(delete(raw).where(self._where(table, key)))

    def _update(
        self, table: str, key: str, stored: dict[str, Any], changed: dict[str, Any]
    ) -> None:
        """Store the winning values; one the database refuses (a name another record
        already has here) leaves this laptop's value and keeps the refused one."""
        savepoint = self.connection.begin_nested()
        try:
            self.connection.execute(
                update(self.tables[table]).where(self._where(table, key)).values(**changed)
            )
        except IntegrityError:
            savepoint.rollback()
            for name, value in changed.items():
                self._log_refused(table, key, name, stored.get(name), value)
            return
        savepoint.commit()

    def _materialize(self, table: str, key: str, values: dict[str, Any]) -> bool:
        raw = self.tables[table]
        missing = [c.name for c in raw.c if c.name not in values]
        if missing:
            self._set_shadow(table, key, values, "waiting", "incomplete")
            return False
        for parent_table, parent_key in self._parents(table, values):
            if self._stored(parent_table, parent_key) is not None:
                continue
            kept = self._shadow(parent_table, parent_key)
            if kept is None or not self._revive(parent_table, parent_key, kept):
                self._set_shadow(table, key, values, "waiting", f"parent {parent_table}")
                return False
        savepoint = self.connection.begin_nested()
        try:
            self.connection.execute(insert(raw).values(**values))
        except IntegrityError:
            savepoint.rollback()
            self._set_shadow(table, key, values, "waiting", "refused")
            return False
        savepoint.commit()
        self._drop_shadow(table, key)
        return True

    def _revive(self, table: str, key: str, values: dict[str, Any]) -> bool:
        """Bring back a deleted row another row still needs, and tell the other laptops."""
        if not self._materialize(table, key, values):
            return False
        self.send_revival(table, key, values)
        return True

    def send_revival(self, table: str, key: str, values: dict[str, Any]) -> None:
        """Stamp the row's key field anew (newer than its tombstone) and put that in the
        outbox: every laptop then holds the row alive, its other fields untouched."""
        self.revived += 1
        name = store.key_columns(table)[0]
        clock = store.tick(self.connection)
        me = str(store.read_state(self.connection)["device_id"])
        versions = self._versions(table, key)
        base = {f: list(v) for f, (v, _) in versions.items()}
        dead = versions.get(name, (ZERO, None))[1]
        self._stamp(table, key, {name: ((clock, me), dead)})
        self.connection.execute(
            insert(store.outbox).values(
                tbl=table,
                row_key=key,
                op="put",
                data=json.dumps({name: values[name]}, ensure_ascii=False),
                changed=json.dumps([name]),
                base=json.dumps(base),
                clock=clock,
            )
        )

    # -- after a batch ---------------------------------------------------------------------
    def finish(self) -> None:
        """Rows held back because a child still needed them: removed now if the batch
        took the children away, else kept alive for every laptop; then waiting rows."""
        for table, key in self.held_back:
            stored = self._stored(table, key)
            if stored is None:
                continue
            if self._children(table, stored):
                self.send_revival(table, key, stored)
            else:
                values = dict(stored)
                self._set_shadow(table, key, values, "dead")
                self.connection.execute(delete(self.tables[table]).where(self._where(table, key)))
        self.held_back.clear()
        self.retry_waiting()

    def retry_waiting(self) -> None:
        s = store.shadow
        progress = True
        while progress:
            progress = False
            waiting = self.connection.execute(
                select(s.c.tbl, s.c.row_key, s.c.data).where(s.c.state == "waiting")
            ).all()
            for table, key, data in waiting:
                if table in self.tables and self._materialize(table, key, json.loads(data)):
                    progress = True


def _alive(versions: dict[str, tuple[Version, Version | None]]) -> bool:
    """Alive while no field has a tombstone, or any field is newer than its tombstone."""
    marked = [(v, d) for v, d in versions.values() if d is not None]
    return not marked or any(v > d for v, d in marked)
