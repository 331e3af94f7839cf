"""The SQLite engine: pragmas on every connection, private file permissions.

All SQLite-specific settings live here (DESIGN.md: "Keep SQLite-specific code in db/").
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from mentordesk.config import FILE_MODE

BUSY_TIMEOUT_MS = 5000

PRAGMAS = (
    "PRAGMA journal_mode=WAL",
    "PRAGMA synchronous=FULL",
    "PRAGMA foreign_keys=ON",
    f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}",
)


class DatabaseError(Exception):
    """The database cannot be opened or used; the message is for the user."""


def _apply_pragmas(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    try:
        for pragma in PRAGMAS:
            cursor.execute(pragma)
    finally:
        cursor.close()


def create_private_file(path: Path) -> None:
    """Create ``path`` if missing, and make it readable by the owner only."""
    fd = os.open(path, os.O_CREAT | os.O_RDWR, FILE_MODE)
    os.close(fd)
    os.chmod(path, FILE_MODE)


def make_engine(path: Path) -> Engine:
    """An engine over the SQLite file at ``path`` (created 0600 if missing).

    An existing file (say, a backup copied back by hand) is made private again;
    SQLite gives the -wal and -shm files the database file's mode.
    """
    create_private_file(path)
    for companion in ("-wal", "-shm"):
        extra = path.with_name(path.name + companion)
        if extra.exists():
            os.chmod(extra, FILE_MODE)
    engine = create_engine(
        f"sqlite:///{path}",
        connect_args={"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False},
        # Error messages go to the log; the values in them are what the user typed.
        hide_parameters=True,
    )
    event.listen(engine, "connect", _apply_pragmas)
    return engine


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    """Sessions whose objects stay readable after commit (they go to the UI)."""
    return sessionmaker(engine, expire_on_commit=False)


def check_integrity(path: Path) -> str:
    """Run ``PRAGMA integrity_check`` on ``path``; return "ok" or the first problem."""
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        row = connection.execute("PRAGMA integrity_check").fetchone()
    finally:
        connection.close()
    return str(row[0]) if row else "no answer"
