"""What went wrong with the storage, decided once, from SQLite's error codes.

Nothing outside ``db/`` reads an error's message text to decide anything
(docs/ARCHITECTURE.md): services and the UI ask ``classify`` and show the problem in
plain words. Python 3.11's ``sqlite3.Error`` carries ``sqlite_errorcode``;
SQLAlchemy wraps it as ``.orig``; the file system reports ``errno``.
"""

from __future__ import annotations

import enum
import errno
import sqlite3

# SQLite's primary result codes (the low byte of an extended code).
_SQLITE_PERM = 3
_SQLITE_BUSY = 5
_SQLITE_LOCKED = 6
_SQLITE_NOMEM = 7
_SQLITE_READONLY = 8
_SQLITE_IOERR = 10
_SQLITE_CORRUPT = 11
_SQLITE_FULL = 13
_SQLITE_CANTOPEN = 14
_SQLITE_CONSTRAINT = 19
_SQLITE_NOTADB = 26
# Growing the -shm file failed: SQLite writes to every new page of it, and on a full disk
# that write is what fails (SQLite keeps the errno, ENOSPC, to its log).
_SQLITE_IOERR_SHMSIZE = _SQLITE_IOERR | (19 << 8)


class Problem(enum.Enum):
    """The kinds of storage failure a user can act on differently."""

    BUSY = "busy"  # another program (or copy) holds the database
    FULL = "full"  # the disk is full
    READ_ONLY = "read_only"  # the file or folder cannot be written
    IO = "io"  # the disk or file system failed
    CORRUPT = "corrupt"  # the file is damaged or not a database
    CONSTRAINT = "constraint"  # a rule of the data was broken (a bug, or a race)
    BUG = "bug"  # anything else: a mistake in MentorDesk


_BY_CODE = {
    _SQLITE_BUSY: Problem.BUSY,
    _SQLITE_LOCKED: Problem.BUSY,
    _SQLITE_FULL: Problem.FULL,
    _SQLITE_READONLY: Problem.READ_ONLY,
    _SQLITE_PERM: Problem.READ_ONLY,
    _SQLITE_CANTOPEN: Problem.READ_ONLY,
    _SQLITE_IOERR: Problem.IO,
    _SQLITE_NOMEM: Problem.IO,
    _SQLITE_CORRUPT: Problem.CORRUPT,
    _SQLITE_NOTADB: Problem.CORRUPT,
    _SQLITE_CONSTRAINT: Problem.CONSTRAINT,
}

_BY_ERRNO = {
    errno.ENOSPC: Problem.FULL,
    errno.EDQUOT: Problem.FULL,
    errno.EACCES: Problem.READ_ONLY,
    errno.EPERM: Problem.READ_ONLY,
    errno.EROFS: Problem.READ_ONLY,
    errno.EIO: Problem.IO,
}

# Plain English for the command line and the log; the UI has translated texts.
DESCRIPTIONS = {
    Problem.BUSY: "another program is using the database",
    Problem.FULL: "the disk is full",
    Problem.READ_ONLY: "the data folder cannot be written",
    Problem.IO: "the disk could not be read or written",
    Problem.CORRUPT: "the database file is damaged",
    Problem.CONSTRAINT: "the change breaks a rule of the data",
    Problem.BUG: "an unexpected error in MentorDesk",
}


class DatabaseError(Exception):
    """The database cannot be opened or used; the message is for the user.

    ``problem`` says which kind of storage failure it was, when it was one, so
    the UI can word it; ``needed_bytes`` is how much free space would let it work.
    """

    def __init__(
        self, message: str, problem: Problem | None = None, needed_bytes: int | None = None
    ) -> None:
        super().__init__(message)
        self.problem = problem
        self.needed_bytes = needed_bytes


class StorageError(Exception):
    """A storage failure, already classified. ``problem`` says which kind."""

    def __init__(self, problem: Problem, detail: str = "") -> None:
        super().__init__(detail or DESCRIPTIONS[problem])
        self.problem = problem


def _sqlite_error(error: BaseException) -> sqlite3.Error | None:
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, sqlite3.Error):
            return current
        orig = getattr(current, "orig", None)  # SQLAlchemy's DBAPIError
        if isinstance(orig, BaseException):
            current = orig
            continue
        current = current.__cause__ or current.__context__
    return None


def is_storage_error(error: BaseException) -> bool:
    """Whether ``error`` came from SQLite, SQLAlchemy or the file system."""
    if isinstance(error, StorageError | OSError):
        return True
    if _sqlite_error(error) is not None:
        return True
    from sqlalchemy.exc import SQLAlchemyError

    return isinstance(error, SQLAlchemyError)


def classify(error: BaseException) -> Problem:
    """The kind of storage problem behind ``error`` (BUG when it is none we know)."""
    if isinstance(error, StorageError):
        return error.problem
    if isinstance(error, OSError):
        return _BY_ERRNO.get(error.errno or 0, Problem.IO)
    found = _sqlite_error(error)
    if found is not None:
        code = getattr(found, "sqlite_errorcode", None)
        if code == _SQLITE_IOERR_SHMSIZE:
            return Problem.FULL
        if isinstance(code, int):
            return _BY_CODE.get(code & 0xFF, Problem.BUG)
        if isinstance(found, sqlite3.IntegrityError):
            return Problem.CONSTRAINT
    return Problem.BUG
