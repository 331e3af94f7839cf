"""Sync's bookkeeping in the database (migration 0010): the tables as SQLAlchemy Core,
the person's tables as *raw* tables, and the few statements that must be SQL.

Values travel between laptops as SQLite stores them (text for moments and days, 0/1
for booleans), so the raw tables carry no types: nothing is converted on the way in
or out, and an export on either laptop reads the same bytes.

Every change to a synced table is written to ``sync_outbox`` by the triggers of
migration 0010, in the same transaction as the change. This module only reads the
outbox, stamps the clock, and writes what sync itself decides (revivals).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from functools import cache
from typing import Any

from sqlalchemy import Column, Connection, Integer, LargeBinary, MetaData, Table, Text
from sqlalchemy.types import NullType

from mentordesk.db.models import Base
from mentordesk.db.revisions import LOCAL_PREFIXES

meta = MetaData()

state = Table(
    "sync_state",
    meta,
    Column("id", Integer, primary_key=True),
    Column("device_id", Text),
    Column("device_name", Text),
    Column("folder", Text),
    Column("enabled", Integer),
    Column("applying", Integer),
    Column("clock", Integer),
    Column("skew_us", Integer),
    Column("next_seq", Integer),
    Column("host", Text),
)
outbox = Table(
    "sync_outbox",
    meta,
    Column("seq", Integer, primary_key=True),
    Column("tbl", Text),
    Column("row_key", Text),
    Column("op", Text),
    Column("data", Text),
    Column("changed", Text),
    Column("base", Text),
    Column("clock", Integer),
    Column("batch", Integer),
    Column("texts", Text),  # migration 0011: the Yjs updates the change carries
)
field = Table(
    "sync_field",
    meta,
    Column("tbl", Text, primary_key=True),
    Column("row_key", Text, primary_key=True),
    Column("field", Text, primary_key=True),
    Column("clock", Integer),
    Column("device", Text),
    Column("dead_clock", Integer),
    Column("dead_device", Text),
)
shadow = Table(
    "sync_shadow",
    meta,
    Column("tbl", Text, primary_key=True),
    Column("row_key", Text, primary_key=True),
    Column("data", Text),
    Column("state", Text),
    Column("reason", Text),
)
applied = Table(
    "sync_applied",
    meta,
    Column("device", Text, primary_key=True),
    Column("device_name", Text),
    Column("last_seq", Integer),
    Column("last_hash", Text),
    Column("applied_at", Text),
)
conflict = Table(
    "sync_conflict",
    meta,
    Column("id", Integer, primary_key=True),
    Column("at", Text),
    Column("kind", Text),
    Column("tbl", Text),
    Column("row_key", Text),
    Column("field", Text),
    Column("kept", Text),
    Column("lost", Text),
    Column("kept_device", Text),
    Column("lost_device", Text),
    Column("restored", Integer),
)

# Migration 0011: every raw Yjs update of each note field, until a verified compaction.
text = Table(
    "sync_text",
    meta,
    Column("id", Integer, primary_key=True),
    Column("tbl", Text),
    Column("row_key", Text),
    Column("field", Text),
    Column("kind", Text),
    Column("data", LargeBinary),
    Column("needs", LargeBinary),
)

# What a tick of the hybrid logical clock is, as in the triggers of migration 0010.
_WALL_US = "CAST((julianday('now') - 2440587.5) * 86400000.0 AS INTEGER) * 1000 + skew_us"


@cache
def raw_tables() -> dict[str, Table]:
    """Every synced table of ``Base.metadata``, its columns untyped (values pass as stored)."""
    raw = MetaData()
    found: dict[str, Table] = {}
    for table in Base.metadata.sorted_tables:
        if table.name.startswith(LOCAL_PREFIXES):
            continue
        found[table.name] = Table(
            table.name,
            raw,
            *(Column(c.name, NullType(), primary_key=c.primary_key) for c in table.columns),
        )
    return found


def model_table(name: str) -> Table:
    return Base.metadata.tables[name]


def key_columns(name: str) -> list[str]:
    """The primary key's columns of ``name``, in the order the triggers write them."""
    return [c.name for c in model_table(name).primary_key.columns]


def tick(connection: Connection) -> int:
    """Advance the clock by one stamp (never backwards) and return it."""
    connection.exec_driver_sql(
        f"UPDATE sync_state SET clock = max(clock + 1, {_WALL_US}) WHERE id = 1"
    )
    return int(connection.exec_driver_sql("SELECT clock FROM sync_state WHERE id = 1").scalar_one())


def witness(connection: Connection, clock: int) -> None:
    """The clock has seen a stamp from another laptop: never stamp at or below it."""
    connection.exec_driver_sql("UPDATE sync_state SET clock = max(clock, ?) WHERE id = 1", (clock,))


def take_write_lock(connection: Connection) -> None:
    """Start the write transaction now (a no-op write), so nothing slips in between
    reading the outbox and marking it sent."""
    connection.exec_driver_sql("UPDATE sync_state SET clock = clock WHERE id = 1")


def snapshot(connection: Connection) -> int:
    """Put every existing row of every synced table into the outbox as a whole-row
    change with a fresh stamp (switching sync on: another laptop needs all of it).

    Returns how many rows were written.
    """
    total = 0
    for name in raw_tables():
        table = model_table(name)
        columns = [c.name for c in table.columns]
        keys = key_columns(name)
        stamp = tick(connection)
        row = "json_object(" + ", ".join(f"'{c}', r.\"{c}\"" for c in columns) + ")"
        key = "json_array(" + ", ".join(f'r."{k}"' for k in keys) + ")"
        every = json.dumps(columns)
        total += connection.exec_driver_sql(
            "INSERT INTO sync_outbox (tbl, row_key, op, data, changed, base, clock)"
            f" SELECT '{name}', {key}, 'put', {row}, ?, '{{}}', ? FROM \"{name}\" AS r",
            (every, stamp),
        ).rowcount
        connection.exec_driver_sql(
            "INSERT INTO sync_field (tbl, row_key, field, clock, device)"
            f" SELECT '{name}', {key}, j.value, ?, s.device_id FROM \"{name}\" AS r,"
            " json_each(?) AS j, sync_state AS s WHERE s.id = 1"
            " ON CONFLICT (tbl, row_key, field) DO UPDATE"
            " SET clock = excluded.clock, device = excluded.device",
            (stamp, every),
        )
    return total


def read_state(connection: Connection) -> dict[str, Any]:
    row = connection.execute(state.select().where(state.c.id == 1)).mappings().one()
    return dict(row)


def insert_rows(cursor: Any, table: str, columns: Sequence[str], rows: Sequence[Any]) -> None:
    """Insert ``rows`` (values in ``columns``' order, as SQLite stored them elsewhere) on
    the driver's ``cursor``: a snapshot's thousands of rows without the ORM's cost."""
    names = ", ".join(f'"{c}"' for c in columns)
    marks = ", ".join("?" * len(columns))
    cursor.executemany(f'INSERT INTO "{table}" ({names}) VALUES ({marks})', rows)


def defer_foreign_keys(connection: Connection) -> None:
    """Check foreign keys at the commit, not per row (a table's rows in any order)."""
    connection.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
