"""Plain rows straight from SQLite's cursor, for lists of thousands of records.

The ORM and SQLAlchemy's result processing cost about four times what SQLite
itself does on a 15,000-row list; the few list queries that need the speed use
this, with parameters bound by SQLite and values converted by the caller.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy.orm import Session


def plain_rows(session: Session, sql: str, parameters: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
    """The rows of ``sql`` (``?`` placeholders), inside the session's transaction."""
    connection = session.connection().connection.driver_connection
    assert connection is not None
    cursor = connection.cursor()
    try:
        rows: list[tuple[Any, ...]] = cursor.execute(sql, tuple(parameters)).fetchall()
        return rows
    finally:
        cursor.close()


def placeholders(count: int) -> str:
    """``?, ?, ?`` for an IN list of ``count`` values."""
    return ", ".join("?" * count)
