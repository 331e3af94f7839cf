"""Encryption at rest: the data key, the key file, and every SQLite connection.

A folder with encryption on has a random 256-bit **data key**: the raw SQLCipher key of
the database, its -wal, every backup and every damaged copy (``PRAGMA key = "x'…'"``,
so no key derivation per connection). ``mentordesk.key`` in the data folder holds the
data key wrapped twice, by the passphrase and by the recovery key (``db/key_file.py``).

This module keeps the data key of the unlocked folder for the process (``unlock``,
``lock``) and is the one place a connection is made (``connect``): a file whose header
is SQLite's own is opened by Python's ``sqlite3`` exactly as before; any other file
(or a new one, while a key is active) by ``sqlcipher3`` with the key. So a plain
folder behaves exactly as it did, and a plain backup restored into an encrypted
folder still opens.
"""

from __future__ import annotations

import hashlib
import hmac
import sqlite3
from pathlib import Path
from typing import Any, cast

from mentordesk.db.errors import DatabaseError

SQLITE_HEADER = b"SQLite format 3\x00"

PAGE_SIZE = 16384  # of an encrypted file (SQLCipher's default is 4096)
CACHE_KIB = 32 * 1024  # an encrypted connection's page cache (SQLite's default: 2 MB)

_data_key: bytes | None = None
_rebased = False


def unlock(data_key: bytes) -> None:
    """Use ``data_key`` for every encrypted file this process opens from now on."""
    global _data_key
    if len(data_key) != 32:
        raise ValueError("a data key is 32 bytes")
    _data_key = data_key


def lock() -> None:
    """Forget the data key (the next encrypted file cannot be opened)."""
    global _data_key
    _data_key = None


def active_key() -> bytes | None:
    return _data_key


def derive(data_key: bytes, purpose: bytes) -> bytes:
    """A key for ``purpose`` made from ``data_key`` (HMAC-SHA256)."""
    return hmac.new(data_key, b"mentordesk: " + purpose, hashlib.sha256).digest()


def derived_key(purpose: bytes) -> bytes | None:
    """A key for ``purpose`` made from the active data key, or None when locked."""
    return None if _data_key is None else derive(_data_key, purpose)


def is_plain(path: Path) -> bool | None:
    """True: an SQLite file anyone can read; False: encrypted (or not a database);
    None: no file, or an empty one."""
    try:
        with open(path, "rb") as file:
            head = file.read(16)
    except OSError:  # missing, a folder, unreadable: SQLite's own open names the problem
        return None
    if not head:
        return None
    return head == SQLITE_HEADER


def needs_key(path: Path) -> bool:
    """Whether ``path`` is a database that cannot be read until a folder is unlocked."""
    return is_plain(path) is False and _data_key is None


def _sqlcipher() -> Any:
    """The ``sqlcipher3`` driver, its errors made ``sqlite3``'s subclasses.

    ``db/errors.classify``, SQLAlchemy's pysqlite dialect and every ``except
    sqlite3.Error`` in ``db/`` then treat an encrypted file's failures as they treat a
    plain file's (same codes, same classes); ``sqlcipher3`` is a fork of the same module.
    """
    global _rebased
    from sqlcipher3 import dbapi2  # type: ignore[import-untyped]

    if not _rebased:
        for name in (
            "InterfaceError",
            "DatabaseError",
            "DataError",
            "OperationalError",
            "IntegrityError",
            "InternalError",
            "ProgrammingError",
            "NotSupportedError",
        ):
            theirs = getattr(dbapi2, name)
            ours = getattr(sqlite3, name)
            if ours not in theirs.__mro__:
                theirs.__bases__ = (*theirs.__bases__, ours)
        # Every encrypted file MentorDesk writes has 16 KB pages: a quarter of the
        # per-page work (an IV, an HMAC, a cipher call) of SQLCipher's 4 KB, which made
        # the start-up check of a heavy user's file 1.5x faster (bench_encryption.py).
        settings = dbapi2.connect(":memory:")
        try:
            settings.execute(f"PRAGMA cipher_default_page_size = {PAGE_SIZE}")
        finally:
            settings.close()
        _rebased = True
    return dbapi2


def key_pragma(data_key: bytes | None, schema: str = "") -> str:
    """``PRAGMA key`` for ``data_key`` (an empty key: a plain file)."""
    prefix = f"{schema}." if schema else ""
    if data_key is None:
        return f"PRAGMA {prefix}key = ''"
    return f"PRAGMA {prefix}key = \"x'{data_key.hex()}'\""


def connect(
    path: Path, target: str | None = None, *, encrypt: bool | None = None, **kwargs: Any
) -> sqlite3.Connection:
    """A connection to the database file ``path`` (``target``: an SQLite URI for it).

    ``encrypt`` says what a new (missing or empty) file becomes; by default it is
    encrypted when a data key is active. An existing file is opened as it is.
    """
    plain = is_plain(path)
    key = _data_key
    wanted = (key is not None) if encrypt is None else encrypt
    if plain is True or (plain is None and not wanted) or (plain is False and key is None):
        if target is not None:
            return cast(sqlite3.Connection, sqlite3.connect(target, uri=True, **kwargs))
        return cast(sqlite3.Connection, sqlite3.connect(path, **kwargs))
    if key is None:
        raise LockedError(path)
    driver = _sqlcipher()
    if target is not None:
        connection = driver.connect(target, uri=True, **kwargs)
    else:
        connection = driver.connect(str(path), **kwargs)
    connection.execute("PRAGMA cipher_log_level = NONE")  # its own lines on stderr
    connection.execute(key_pragma(key))
    connection.execute("PRAGMA temp_store=MEMORY")  # sorting never spills plain pages
    # Pages are decrypted as they leave the file: keep more of them decrypted in memory.
    connection.execute(f"PRAGMA cache_size=-{CACHE_KIB}")
    return cast(sqlite3.Connection, connection)


def convert(source: Path, work: Path, *, encrypt: bool) -> None:
    """Write ``source`` (a sound database, its -wal checkpointed) to ``work`` encrypted
    with the active key, or plain (``sqlcipher_export``), and flush ``work``.

    ``work`` must not exist. Its identity (``user_version``) is the source's own.
    """
    key = _data_key
    if key is None:
        raise LockedError(source)
    driver = _sqlcipher()
    connection = driver.connect(str(source), isolation_level=None)
    try:
        connection.execute("PRAGMA cipher_log_level = NONE")
        if not encrypt:
            connection.execute(key_pragma(key))
        connection.execute("PRAGMA temp_store=MEMORY")
        identity = int(connection.execute("PRAGMA user_version").fetchone()[0])
        connection.execute(
            f"ATTACH DATABASE ? AS converted KEY \"x'{key.hex()}'\""
            if encrypt
            else "ATTACH DATABASE ? AS converted KEY ''",
            (str(work),),
        )
        # The work file is thrown away on any failure and flushed by the caller: no
        # journal of its own, no syncs, one transaction (a few writes per page).
        connection.execute("PRAGMA converted.journal_mode = OFF")
        connection.execute("PRAGMA converted.synchronous = OFF")
        connection.execute("BEGIN")
        connection.execute("SELECT sqlcipher_export('converted')")
        connection.execute(f"PRAGMA converted.user_version = {identity}")
        connection.execute("COMMIT")
        connection.execute("DETACH DATABASE converted")
    finally:
        connection.close()


class LockedError(DatabaseError):
    """An encrypted file was met while no data key is active (unlock the folder first)."""

    def __init__(self, path: Path) -> None:
        super().__init__(f"{path} is encrypted: MentorDesk needs the passphrase to open it.")
        self.path = path
