"""Databases as an older MentorDesk left them, and a way to compare every record.

Used by the update tests here and by the full-disk tests in tests/e2e.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import tempfile
from datetime import UTC, datetime, timedelta
from functools import cache
from pathlib import Path

from alembic import command
from sqlalchemy import create_engine

from mentordesk.db import migrate
from mentordesk.db.files import companions
from mentordesk.db.types import new_id

USER_TABLES = (
    "mentor",
    "tag",
    "mentor_tag",
    "mentor_status_change",
    "meeting",
    "agenda_item",
    "action_item",
    "note_snapshot",
)


def database_at(revision: str, path: Path, mentors: int = 20, meetings_each: int = 3) -> None:
    """A database at ``revision`` (0002 or later) holding mentors, meetings and agendas.

    Rows are written with plain SQL naming only the columns every revision since
    0002 has: today's models may have more than the old schema.
    """
    engine = create_engine(f"sqlite:///{path}")
    try:
        with engine.begin() as connection:
            command.upgrade(migrate.alembic_config(connection), revision)
    finally:
        engine.dispose()
    start = datetime(2025, 1, 6, 9, 0, tzinfo=UTC)
    stamp = start.isoformat(timespec="microseconds")
    raw = sqlite3.connect(path)
    try:
        raw.execute("PRAGMA foreign_keys=ON")
        tag = new_id()
        raw.execute("INSERT INTO tag (id, name) VALUES (?, ?)", (tag, "leadership"))
        for number in range(mentors):
            mentor = new_id()
            raw.execute(
                "INSERT INTO mentor (id, name, role, organisation, affiliation, where_found,"
                " where_found_detail, fit_notes, email, phone, profile_url, preferred_channel,"
                " time_zone, status, status_changed_at, notes, is_sample, created_at, updated_at)"
                " VALUES (?, ?, '', '', 'external', 'other', '', '', '', '', '', 'email', '',"
                " 'prospect', ?, ?, 0, ?, ?)",
                (mentor, f"Mentor {number} ✓", stamp, "ü" * 300, stamp, stamp),
            )
            raw.execute("INSERT INTO mentor_tag (mentor_id, tag_id) VALUES (?, ?)", (mentor, tag))
            raw.execute(
                "INSERT INTO mentor_status_change (id, mentor_id, from_status, to_status,"
                " changed_at) VALUES (?, ?, NULL, 'prospect', ?)",
                (new_id(), mentor, stamp),
            )
            for index in range(meetings_each):
                meeting = new_id()
                when = (start + timedelta(days=7 * index + number)).isoformat(
                    timespec="microseconds"
                )
                raw.execute(
                    "INSERT INTO meeting (id, mentor_id, scheduled_start, status,"
                    " planned_minutes, format, location, notes, takeaways, created_at,"
                    " updated_at) VALUES (?, ?, ?, 'planned', 45, 'video', '', ?, '', ?, ?)",
                    (
                        meeting,
                        mentor,
                        when,
                        f"# Meeting {index}\n" + "Notes about the rota. " * 80,
                        stamp,
                        stamp,
                    ),
                )
                raw.execute(
                    "INSERT INTO agenda_item (id, meeting_id, position, text, done)"
                    " VALUES (?, ?, 0, ?, 0)",
                    (new_id(), meeting, f"Point {index}"),
                )
        raw.commit()
        raw.execute("PRAGMA journal_mode=WAL")  # as MentorDesk leaves it
    finally:
        raw.close()


@cache
def columns_at_0002() -> dict[str, tuple[str, ...]]:
    """The columns each user table had at 0002: what an update must keep as it was
    (later revisions may add columns, which an older file cannot have filled)."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "scratch.sqlite3"
        engine = create_engine(f"sqlite:///{path}")
        try:
            with engine.begin() as alembic_connection:
                command.upgrade(migrate.alembic_config(alembic_connection), "0002")
        finally:
            engine.dispose()
        raw = sqlite3.connect(path)
        try:
            return {
                table: tuple(row[1] for row in raw.execute(f"PRAGMA table_info({table})"))
                for table in USER_TABLES
            }
        finally:
            raw.close()


def records(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table a person's data lives in, in a stable order (the
    columns an 0002 database has)."""
    columns = columns_at_0002()
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return {
            table: sorted(
                connection.execute(f"SELECT {', '.join(columns[table])} FROM {table}").fetchall(),
                key=repr,
            )
            for table in USER_TABLES
        }
    finally:
        connection.close()


def schema(path: Path) -> list[tuple[str, str]]:
    """(type, name) of everything in sqlite_master: the schema the file is at."""
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        rows = connection.execute("SELECT type, name FROM sqlite_master ORDER BY 1, 2")
        return [(str(kind), str(name)) for kind, name in rows]
    finally:
        connection.close()


def kept_records(path: Path, like: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every user table the file ``like`` has, with ``like``'s columns, read
    from ``path``: what an update of ``like`` (a fixture) must keep. The search index is
    left out (it is derived, and rebuilt by updates)."""
    shape = sqlite3.connect(f"file:{like}?mode=ro&immutable=1", uri=True)
    try:
        tables = [
            str(name)
            for (name,) in shape.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE"
                " 'CREATE VIRTUAL%' AND name NOT LIKE 'search%' AND name NOT LIKE 'sqlite%'"
                " AND name != 'alembic_version'"
            )
        ]
        columns = {
            t: [str(row[1]) for row in shape.execute(f"PRAGMA table_info({t})")] for t in tables
        }
    finally:
        shape.close()
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return {
            table: sorted(
                connection.execute(f"SELECT {', '.join(columns[table])} FROM {table}").fetchall(),
                key=repr,
            )
            for table in tables
        }
    finally:
        connection.close()


def die_mid_transaction(path: Path) -> None:
    """A writer in rollback mode changes every mentor's notes and dies before COMMIT:
    its small page cache spills the changed pages into the file, so the -journal is hot."""
    code = f"""
import os, sqlite3
c = sqlite3.connect({str(path)!r}, isolation_level=None)
c.execute("PRAGMA journal_mode=DELETE")
c.execute("PRAGMA cache_size=2")
c.execute("BEGIN")
c.execute("UPDATE mentor SET notes = hex(randomblob(3000))")
os._exit(0)
"""
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)
    journal = companions(path).journal
    assert journal.exists() and journal.stat().st_size > 0, "the writer left no hot journal"
