"""sync through a folder: the outbox, field versions, tombstones, applied files,
kept conflicts, and the triggers that fill the outbox

Revision ID: 0010_sync
Revises: 0009_private_items
Create Date: 2026-12-07 03:30:00

Frozen like every migration: nothing is imported from the package. The triggers are
made for every table the database holds at this point (read from ``sqlite_master``
and ``PRAGMA table_info``), leaving out SQLite's, Alembic's, the search index's and
sync's own tables: so tables that migrations before this one add are covered too. A
later migration that adds a column or rebuilds a synced table must make that table's
three triggers again (``tests/db/test_sync_outbox.py`` fails until it does). The
triggers write nothing until sync is switched on (``sync_state.enabled``), and
nothing while sync applies what came from another laptop (``sync_state.applying``).
"""

from __future__ import annotations

import uuid

import sqlalchemy as sa
from alembic import op

revision: str = "0010_sync"
down_revision: str | None = "0009_private_items"
branch_labels: str | None = None
depends_on: str | None = None

LOCAL_PREFIXES = ("sqlite_", "alembic_", "search_", "sync_")

# Microseconds since 1970 by the wall clock (plus the simulation's skew), never below
# the last stamp + 1: a hybrid logical clock that a wall clock going back cannot undo.
TICK = (
    "UPDATE sync_state SET clock = max(clock + 1,"
    " CAST((julianday('now') - 2440587.5) * 86400000.0 AS INTEGER) * 1000 + skew_us)"
    " WHERE id = 1;"
)
ACTIVE = "(SELECT enabled = 1 AND applying = 0 FROM sync_state WHERE id = 1)"


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _s(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def trigger_sql(table: str, columns: list[str], keys: list[str]) -> list[str]:
    """The insert, update and delete triggers that write ``table``'s changes."""
    t = _s(table)

    def row(prefix: str) -> str:
        return "json_object(" + ", ".join(f"{_s(c)}, {prefix}.{_q(c)}" for c in columns) + ")"

    def key(prefix: str) -> str:
        return "json_array(" + ", ".join(f"{prefix}.{_q(k)}" for k in keys) + ")"

    every = "json_array(" + ", ".join(_s(c) for c in columns) + ")"
    changed = (
        "(SELECT json_group_array(value) FROM json_each(json_array("
        + ", ".join(f"CASE WHEN OLD.{_q(c)} IS NOT NEW.{_q(c)} THEN {_s(c)} END" for c in columns)
        + ")) WHERE value IS NOT NULL)"
    )

    def base(prefix: str) -> str:
        return (
            "(SELECT json_group_object(field, json_array(clock, device)) FROM sync_field"
            f" WHERE tbl = {t} AND row_key = {key(prefix)})"
        )

    def outbox(action: str, prefix: str, data: str, fields: str) -> str:
        return (
            "INSERT INTO sync_outbox (tbl, row_key, op, data, changed, base, clock)"
            f" SELECT {t}, {key(prefix)}, {_s(action)}, {data}, {fields}, {base(prefix)}, clock"
            " FROM sync_state WHERE id = 1;"
        )

    def stamp(prefix: str, fields: str) -> str:
        return (
            "INSERT INTO sync_field (tbl, row_key, field, clock, device)"
            f" SELECT {t}, {key(prefix)}, j.value, s.clock, s.device_id"
            f" FROM json_each({fields}) AS j, sync_state AS s WHERE s.id = 1"
            " ON CONFLICT (tbl, row_key, field) DO UPDATE"
            " SET clock = excluded.clock, device = excluded.device;"
        )

    name = f"sync_{table}"
    insert = (
        f"CREATE TRIGGER {_q(name + '_insert')} AFTER INSERT ON {_q(table)} WHEN {ACTIVE} BEGIN "
        + TICK
        + outbox("put", "NEW", row("NEW"), every)
        + stamp("NEW", every)
        + f"DELETE FROM sync_shadow WHERE tbl = {t} AND row_key = {key('NEW')}; END"
    )
    differs = " OR ".join(f"OLD.{_q(c)} IS NOT NEW.{_q(c)}" for c in columns)
    only_changed = (
        "(SELECT json_group_object(key, value) FROM json_each(" + row("NEW") + ")"
        f" WHERE key IN (SELECT value FROM json_each({changed})))"
    )
    update = (
        f"CREATE TRIGGER {_q(name + '_update')} AFTER UPDATE ON {_q(table)}"
        f" WHEN {ACTIVE} AND ({differs}) BEGIN "
        + TICK
        + outbox("put", "NEW", only_changed, changed)
        + stamp("NEW", changed)
        + " END"
    )
    delete = (
        f"CREATE TRIGGER {_q(name + '_delete')} AFTER DELETE ON {_q(table)} WHEN {ACTIVE} BEGIN "
        + TICK
        + outbox("del", "OLD", row("OLD"), "json_array()")
        + "INSERT INTO sync_field (tbl, row_key, field, clock, device, dead_clock, dead_device)"
        f" SELECT {t}, {key('OLD')}, j.value, 0, '', 0, '' FROM json_each({every}) AS j WHERE true"
        " ON CONFLICT (tbl, row_key, field) DO UPDATE"
        " SET dead_clock = clock, dead_device = device;"
        "INSERT OR REPLACE INTO sync_shadow (tbl, row_key, data, state, reason)"
        f" VALUES ({t}, {key('OLD')}, {row('OLD')}, 'dead', ''); END"
    )
    return [insert, update, delete]


def synced_tables(connection: sa.Connection) -> dict[str, tuple[list[str], list[str]]]:
    """Every table whose rows sync: its columns and its primary key, as stored."""
    names = [
        str(name)
        for (name,) in connection.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
        )
    ]
    found: dict[str, tuple[list[str], list[str]]] = {}
    for name in names:
        if name.startswith(LOCAL_PREFIXES):
            continue
        info = connection.exec_driver_sql(f"PRAGMA table_info({_q(name)})").fetchall()
        columns = [str(r[1]) for r in info]
        keys = [str(r[1]) for r in sorted((r for r in info if r[5]), key=lambda r: r[5])]
        found[name] = (columns, keys)
    return found


def upgrade() -> None:
    op.create_table(
        "sync_state",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("device_id", sa.String(length=32), nullable=False),
        sa.Column("device_name", sa.String(length=80), nullable=False, server_default=""),
        sa.Column("folder", sa.Text(), nullable=False, server_default=""),
        sa.Column("enabled", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("applying", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("clock", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("skew_us", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("next_seq", sa.Integer(), nullable=False, server_default="1"),
        sa.Column("host", sa.Text(), nullable=False, server_default=""),
        sa.PrimaryKeyConstraint("id"),
        sa.CheckConstraint("id = 1", name="ck_sync_state_one_row"),
    )
    op.create_table(
        "sync_outbox",
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("tbl", sa.Text(), nullable=False),
        sa.Column("row_key", sa.Text(), nullable=False),
        sa.Column("op", sa.String(length=3), nullable=False),
        sa.Column("data", sa.Text(), nullable=False),
        sa.Column("changed", sa.Text(), nullable=False),
        sa.Column("base", sa.Text(), nullable=True),
        sa.Column("clock", sa.Integer(), nullable=False),
        sa.Column("batch", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("seq"),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_sync_outbox_batch", "sync_outbox", ["batch"])
    op.create_table(
        "sync_field",
        sa.Column("tbl", sa.Text(), nullable=False),
        sa.Column("row_key", sa.Text(), nullable=False),
        sa.Column("field", sa.Text(), nullable=False),
        sa.Column("clock", sa.Integer(), nullable=False),
        sa.Column("device", sa.Text(), nullable=False),
        sa.Column("dead_clock", sa.Integer(), nullable=True),
        sa.Column("dead_device", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("tbl", "row_key", "field"),
        sqlite_with_rowid=False,
    )
    op.create_table(
        "sync_shadow",
        sa.Column("tbl", sa.Text(), nullable=False),
        sa.Column("row_key", sa.Text(), nullable=False),
        sa.Column("data", sa.Text(), nullable=False),
        sa.Column("state", sa.String(length=8), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False, server_default=""),
        sa.PrimaryKeyConstraint("tbl", "row_key"),
    )
    op.create_table(
        "sync_applied",
        sa.Column("device", sa.Text(), nullable=False),
        sa.Column("device_name", sa.Text(), nullable=False, server_default=""),
        sa.Column("last_seq", sa.Integer(), nullable=False),
        sa.Column("last_hash", sa.Text(), nullable=False),
        sa.Column("applied_at", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("device"),
    )
    op.create_table(
        "sync_conflict",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.Text(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("tbl", sa.Text(), nullable=False),
        sa.Column("row_key", sa.Text(), nullable=False),
        sa.Column("field", sa.Text(), nullable=False, server_default=""),
        sa.Column("kept", sa.Text(), nullable=True),
        sa.Column("lost", sa.Text(), nullable=True),
        sa.Column("kept_device", sa.Text(), nullable=False, server_default=""),
        sa.Column("lost_device", sa.Text(), nullable=False, server_default=""),
        sa.Column("restored", sa.Integer(), nullable=False, server_default="0"),
        sa.PrimaryKeyConstraint("id"),
    )
    connection = op.get_bind()
    connection.exec_driver_sql(
        "INSERT INTO sync_state (id, device_id) VALUES (1, ?)", (uuid.uuid4().hex,)
    )
    for table, (columns, keys) in synced_tables(connection).items():
        for statement in trigger_sql(table, columns, keys):
            connection.exec_driver_sql(statement)


def downgrade() -> None:
    connection = op.get_bind()
    for table in synced_tables(connection):
        for event in ("insert", "update", "delete"):
            connection.exec_driver_sql(f'DROP TRIGGER IF EXISTS "sync_{table}_{event}"')
    for table in (
        "sync_conflict",
        "sync_applied",
        "sync_shadow",
        "sync_field",
        "sync_outbox",
        "sync_state",
    ):
        op.drop_table(table)
