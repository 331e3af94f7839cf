"""Databases as an older MentorDesk left them, and a way to compare every record.

Used by the update tests here and by the full-disk tests in tests/e2e.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

from alembic import command
from sqlalchemy import create_engine, event
from sqlalchemy.orm import Session

from mentordesk.db import migrate
from mentordesk.db.models import AgendaItem, Meeting
from mentordesk.services.mentors import MentorData, create_mentor

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
    """A database at ``revision`` (0002 or later) holding mentors, meetings and agendas."""
    engine = create_engine(f"sqlite:///{path}")
    event.listen(engine, "connect", lambda c, _r: c.execute("PRAGMA foreign_keys=ON"))
    try:
        with engine.begin() as connection:
            command.upgrade(migrate.alembic_config(connection), revision)
        start = datetime(2025, 1, 6, 9, 0, tzinfo=UTC)
        with Session(engine) as session, session.begin():
            for number in range(mentors):
                mentor = create_mentor(
                    session,
                    MentorData(name=f"Mentor {number} ✓", tags=("leadership",), notes="ü" * 300),
                )
                for index in range(meetings_each):
                    meeting = Meeting(
                        mentor_id=mentor.id,
                        scheduled_start=start + timedelta(days=7 * index + number),
                        notes=f"# Meeting {index}\n" + "Notes about the rota. " * 80,
                    )
                    meeting.agenda = [AgendaItem(position=0, text=f"Point {index}")]
                    session.add(meeting)
    finally:
        engine.dispose()
    raw = sqlite3.connect(path)
    raw.execute("PRAGMA journal_mode=WAL")  # as MentorDesk leaves it
    raw.close()


def records(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table a person's data lives in, in a stable order."""
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return {
            table: sorted(connection.execute(f"SELECT * FROM {table}").fetchall(), key=repr)
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
