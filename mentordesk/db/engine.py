"""The SQLite engine: pragmas on every connection, private file permissions.

All SQLite-specific settings live here (docs/ARCHITECTURE.md: SQLite-specific code stays in db/).

Two kinds of engine:

- ``make_engine``: the app's everyday engine. The driver opens a transaction
  before the first INSERT/UPDATE/DELETE of a session (Python 3.11's legacy
  mode), so reads never hold a snapshot: a session that reads, then writes
  while the autosave thread has just committed, waits for the lock instead of
  failing at once with SQLITE_BUSY (a deferred ``BEGIN`` cannot upgrade past a
  newer commit), and a window that only reads never waits for another program's
  write lock.
- ``make_atomic_engine``: for work that must be all or nothing and contains DDL
  (migrations, imports). SQLAlchemy's pysqlite recipe: the driver's own
  transaction handling is switched off and ``BEGIN IMMEDIATE`` is sent when the
  connection begins, so ``CREATE TABLE`` is inside the transaction too (Python
  3.11 sends no ``BEGIN`` before DDL and commits each one on its own).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from mentordesk.db import cipher
from mentordesk.db.errors import DatabaseError
from mentordesk.db.files import companions, create_private_file, keep_private

__all__ = ["DatabaseError", "companions", "create_private_file"]

BUSY_TIMEOUT_MS = 5000

PRAGMAS = (
    "PRAGMA journal_mode=WAL",
    "PRAGMA synchronous=FULL",
    "PRAGMA foreign_keys=ON",
    f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}",
    # Deleted notes are overwritten with zeros, not left in free pages. Debian's
    # SQLite is built with this on; others (macOS, Windows, Python's own) are not.
    "PRAGMA secure_delete=ON",
)


def _apply_pragmas(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    try:
        for pragma in PRAGMAS:
            cursor.execute(pragma)
    finally:
        cursor.close()


def scrub(text: str) -> str:
    """``text`` with each lone surrogate (half of a broken emoji) replaced by U+FFFD.

    SQLite stores UTF-8, which has no lone surrogates: binding one raises
    UnicodeEncodeError. Qt hands them over from broken pastes; keep the rest,
    and join a high and low surrogate that arrived as a pair into their character.
    """
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
    return text


def _scrub_parameters(parameters: Any) -> Any:
    if isinstance(parameters, str):
        return scrub(parameters)
    if isinstance(parameters, Mapping):
        return {key: _scrub_parameters(value) for key, value in parameters.items()}
    if isinstance(parameters, Sequence) and not isinstance(
        parameters, bytes | bytearray | memoryview
    ):
        cleaned = [_scrub_parameters(value) for value in parameters]
        return tuple(cleaned) if isinstance(parameters, tuple) else cleaned
    return parameters


def _before_execute(
    _connection: Connection,
    _cursor: Any,
    statement: str,
    parameters: Any,
    _context: Any,
    _executemany: bool,
) -> tuple[str, Any]:
    return statement, _scrub_parameters(parameters)


def make_private(path: Path) -> None:
    """Make an existing database and its -wal/-shm readable by the owner only.

    A backup copied back by hand is often world-readable; SQLite gives the -wal
    and -shm files the database file's mode. A file already private is left alone:
    a chmod moves its change time, and the start-up check's fingerprint reads that.
    """
    for file in (path, *companions(path)):
        try:
            keep_private(file)
        except FileNotFoundError:
            continue


def _new_engine(path: Path) -> Engine:
    engine = create_engine(
        f"sqlite:///{path}",
        creator=lambda: cipher.connect(
            path, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False
        ),
        # Error messages go to the log; the values in them are what the user typed.
        hide_parameters=True,
    )
    event.listen(engine, "connect", _apply_pragmas)
    event.listen(engine, "before_cursor_execute", _before_execute, retval=True)
    return engine


def make_engine(path: Path) -> Engine:
    """The everyday engine over the SQLite file at ``path`` (created 0600 if missing)."""
    create_private_file(path)
    make_private(path)
    return _new_engine(path)


def _driver_autocommit(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    dbapi_connection.isolation_level = None  # the driver sends no BEGIN/COMMIT of its own


def _begin_immediate(connection: Connection) -> None:
    connection.exec_driver_sql("BEGIN IMMEDIATE")


def _foreign_keys_off(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    dbapi_connection.execute("PRAGMA foreign_keys=OFF")


def _large_cache(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    dbapi_connection.execute("PRAGMA cache_size=-262144")  # 256 MB, for this work only


def make_atomic_engine(
    path: Path, *, foreign_keys: bool = True, large_cache: bool = False
) -> Engine:
    """An engine whose ``begin()`` blocks are one real transaction, DDL included.

    ``BEGIN IMMEDIATE`` takes the write lock at the start (waiting up to the busy
    timeout), so the work never fails half-way because another writer came first.
    ``foreign_keys=False`` is for schema changes that rebuild tables (checked
    with ``PRAGMA foreign_key_check`` before they commit).
    """
    create_private_file(path)
    make_private(path)
    engine = _new_engine(path)
    event.listen(engine, "connect", _driver_autocommit)
    if not foreign_keys:
        event.listen(engine, "connect", _foreign_keys_off)
    if large_cache:  # an import: the search index grows in memory, not page by page
        event.listen(engine, "connect", _large_cache)
    event.listen(engine, "begin", _begin_immediate)
    return engine


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    """Sessions whose objects stay readable after commit (they go to the UI)."""
    return sessionmaker(engine, expire_on_commit=False)
