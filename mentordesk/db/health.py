"""Look at a database file before anything opens it read-write.

``examine`` reads the file (read-only, leaving no trace) and says what it is: new,
current, older, newer, another program's, or damaged (SQLite's ``quick_check``
fails, it is empty, or a table of its revision is missing). A damaged file is
never written: ``set_aside`` renames it (with its -wal/-shm) to
``mentordesk.sqlite3.damaged-<UTC time>`` once the user chose what to do.
"""

from __future__ import annotations

import enum
import os
import sqlite3
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from urllib.parse import quote

from mentordesk.db import cipher, fingerprint
from mentordesk.db.errors import DatabaseError, Problem, classify
from mentordesk.db.files import companions, has_hot_journal, sync_folder, utc_stamp
from mentordesk.db.revisions import CHANGES, HEAD_REVISION, schema_at

QUICK_CHECK_LIMIT = 20


class State(enum.Enum):
    """What a database file is, as far as MentorDesk is concerned."""

    NEW = "new"  # no file, or an SQLite file with no tables yet: create the schema
    CURRENT = "current"  # at the revision this version writes
    OLDER = "older"  # at a revision this version can update
    NEWER = "newer"  # written by a newer MentorDesk: refuse it untouched
    FOREIGN = "foreign"  # another program's database: refuse it untouched
    DAMAGED = "damaged"  # cannot be trusted: offer a backup, never write it


@dataclass(frozen=True)
class Examination:
    """The result of ``examine``. ``detail`` says in English what was found."""

    state: State
    revision: str | None = None
    detail: str = ""
    # A -wal file beside the database that does not belong to it (the database alone
    # is sound, with it damaged): left by a crash, then a backup copied over by hand.
    stray_wal: bool = False
    # ``quick_check`` was not run: the file is as the app left it after a check that
    # passed (``db/fingerprint.py``); its schema and revision were still read.
    trusted: bool = False


class DamagedDatabaseError(DatabaseError):
    """The database file is damaged or incomplete. It was not changed."""

    def __init__(self, path: Path, detail: str) -> None:
        super().__init__(
            f"The database {path} is damaged ({detail}). It was not changed. "
            "Restore a backup (mentordesk restore FILE), or start MentorDesk to choose one.",
            Problem.CORRUPT,
        )
        self.path = path
        self.detail = detail


class NewerDatabaseError(DatabaseError):
    """The database was written by a newer MentorDesk than this one."""


def uri(path: Path, **options: str) -> str:
    """An SQLite URI for ``path`` (characters such as ``?`` and ``#`` escaped)."""
    query = "&".join(f"{key}={value}" for key, value in options.items())
    return f"file:{quote(path.as_posix(), safe='/:')}" + (f"?{query}" if query else "")


def open_read_only(
    path: Path, *, ignore_wal: bool = False, live: bool = False
) -> sqlite3.Connection:
    """A read-only connection to ``path``.

    With no -wal file (or ``ignore_wal``) the file is opened immutable, so SQLite
    creates no -wal/-shm; otherwise the committed changes in the -wal are read too.
    ``live``: the file may be in use by the running app (never opened immutable).
    """
    wal = companions(path).wal
    if not live and (ignore_wal or not wal.exists()):
        return cipher.connect(path, uri(path, mode="ro", immutable="1"))
    return cipher.connect(path, uri(path, mode="ro"))


def quick_check(connection: sqlite3.Connection) -> list[str]:
    """SQLite's ``quick_check``: an empty list when the file is sound, else its findings."""
    try:
        rows = connection.execute(f"PRAGMA quick_check({QUICK_CHECK_LIMIT})").fetchall()
    except sqlite3.DatabaseError as error:
        return [_sqlite_reason(error)]
    except UnicodeDecodeError:
        return ["the list of tables is unreadable"]
    found = [line for row in rows for line in str(row[0]).splitlines()]
    if found == ["ok"]:
        return []
    return [line for line in found if not line.startswith("***")] or found


def integrity_problems(connection: sqlite3.Connection) -> list[str]:
    """SQLite's full ``integrity_check``, one line per finding (``["ok"]`` when sound)."""
    rows = connection.execute("PRAGMA integrity_check").fetchall()
    return [line for (row,) in rows for line in str(row).splitlines()]


def broken_links(connection: sqlite3.Connection) -> list[tuple[str, int, str]]:
    """Rows whose foreign key points at nothing: (table, rowid, the missing parent's table)."""
    rows = connection.execute("PRAGMA foreign_key_check").fetchall()
    return [(str(table), int(rowid), str(parent)) for table, rowid, parent, _ in rows]


_SQLITE_CORRUPT, _SQLITE_NOTADB = 11, 26


def _sqlite_reason(error: sqlite3.Error) -> str:
    code = getattr(error, "sqlite_errorcode", 0) & 0xFF
    if code == _SQLITE_NOTADB:
        return "it is not a database file"
    if code == _SQLITE_CORRUPT:
        return "SQLite reports that the file is malformed"
    return str(error).splitlines()[0] if str(error) else type(error).__name__


def schema_objects(connection: sqlite3.Connection) -> set[tuple[str, str]]:
    """(type, name) of every table, index and trigger (SQLite's own left out)."""
    rows = connection.execute(
        "SELECT type, name FROM sqlite_master "
        "WHERE type IN ('table', 'index', 'trigger') AND name NOT LIKE 'sqlite_%'"
    ).fetchall()
    return {(str(kind), str(name)) for kind, name in rows}


def _unusable(path: Path, error: OSError | sqlite3.Error) -> DatabaseError:
    problem = classify(error)
    reason = getattr(error, "strerror", None) or str(error).splitlines()[0]
    return DatabaseError(
        f"MentorDesk cannot open its database {path} ({reason}). "
        "Check that the file and its folder can be read and written by you, "
        "or start MentorDesk with another data folder (--data-dir).",
        problem,
    )


def examine(path: Path, *, ignore_wal: bool = False, trusted: bool = False) -> Examination:
    """What the file at ``path`` is (``ignore_wal``: the file alone, its -wal known to be
    another file's; ``trusted``: without ``quick_check``, the caller knows the file is as
    it was when one last passed). Raises DatabaseError when it cannot be read at all."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return Examination(State.NEW)
    except OSError as error:
        raise _unusable(path, error) from error
    if not path.is_file():
        raise _unusable(path, IsADirectoryError(21, "it is a folder, not a file"))
    wal = companions(path).wal
    if size == 0 and not (wal.exists() and wal.stat().st_size > 0):
        return Examination(State.DAMAGED, detail="the file is empty (0 bytes)")
    try:
        with open(path, "rb") as file:
            file.read(16)
    except OSError as error:
        raise _unusable(path, error) from error
    if has_hot_journal(path):  # half-written: ``opening.recover`` rolls it back first
        return Examination(
            State.DAMAGED,
            detail="a change that never finished lies beside it (its -journal); starting "
            "MentorDesk undoes it",
        )
    found = _examine_file(path, ignore_wal=ignore_wal, trusted=trusted)
    if ignore_wal or not wal.exists():
        return found
    if found.state not in (State.DAMAGED, State.FOREIGN, State.NEW):
        return found
    # A -wal that makes a sound MentorDesk file damaged, foreign or empty was written
    # for another file (R3, R11): the file is judged without it.
    alone = _examine_file(path, ignore_wal=True)
    if alone.state in _OPENABLE:
        return Examination(alone.state, alone.revision, alone.detail, stray_wal=True)
    return found


_OPENABLE = (State.CURRENT, State.OLDER)


def _examine_file(path: Path, *, ignore_wal: bool, trusted: bool = False) -> Examination:
    try:
        connection = open_read_only(path, ignore_wal=ignore_wal)
    except sqlite3.Error as error:
        # An encrypted connection reads the first page at once: SQLCipher's HMAC refuses
        # a damaged one there ("file is not a database"), not a permission problem.
        if classify(error) is Problem.CORRUPT:
            return Examination(State.DAMAGED, detail=_sqlite_reason(error))
        raise _unusable(path, error) from error
    try:
        problems = [] if trusted else quick_check(connection)
        if problems:
            return Examination(State.DAMAGED, detail="; ".join(problems[:3]))
        found = _examine_schema(connection)
        return replace(found, trusted=True) if trusted else found
    except sqlite3.OperationalError as error:
        if classify(error) is Problem.CORRUPT:
            return Examination(State.DAMAGED, detail=_sqlite_reason(error))
        raise _unusable(path, error) from error
    except sqlite3.DatabaseError as error:
        return Examination(State.DAMAGED, detail=_sqlite_reason(error))
    finally:
        connection.close()


def _examine_schema(connection: sqlite3.Connection) -> Examination:
    try:
        objects = schema_objects(connection)
    except UnicodeDecodeError:
        return Examination(State.DAMAGED, detail="the list of tables is unreadable")
    tables = {name for kind, name in objects if kind == "table"}
    if "alembic_version" not in tables:
        if tables:
            return Examination(State.FOREIGN, detail="its tables are not MentorDesk's")
        return Examination(State.NEW)
    try:
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except UnicodeDecodeError:
        row = None
    if row is None:
        return Examination(State.DAMAGED, detail="it does not say which version wrote it")
    revision = str(row[0])
    if revision not in CHANGES:
        return Examination(State.NEWER, revision, f"schema {revision}")
    missing = sorted(schema_at(revision).tables - tables)
    if missing:
        return Examination(
            State.DAMAGED, revision, "it is incomplete: missing table " + ", ".join(missing)
        )
    state = State.CURRENT if revision == HEAD_REVISION else State.OLDER
    return Examination(state, revision)


def set_aside(
    path: Path,
    now: datetime | None = None,
    *,
    companions_only: bool = False,
    label: str = "damaged",
) -> Path:
    """Rename ``path`` (and its -wal/-shm) to ``<name>.<label>-<UTC time>``; nothing is deleted.

    With ``companions_only`` just the -wal/-shm are moved (they did not belong to it).
    Returns the new name of the database file (which may not exist).
    """
    stamp = utc_stamp(now)
    target = path.with_name(f"{path.name}.{label}-{stamp}")
    counter = 1
    while any(p.exists() for p in (target, *companions(target))):
        counter += 1
        target = path.with_name(f"{path.name}.{label}-{stamp}-{counter}")
    moves = list(zip(companions(path), companions(target), strict=True))
    if not companions_only:
        moves.insert(0, (path, target))
        fingerprint.forget(path)  # it described the file set aside
    for source, destination in moves:
        if source.exists():
            os.replace(source, destination)
    sync_folder(path.parent)
    return target
