"""What SQLite left beside a database, and what can be recovered from it.

- A **hot -journal** (rollback mode: every backup written before issue 15, the old
  fixtures, a copy a sync tool made) holds the original pages of a transaction that
  never finished. It is not damage: SQLite undoes the transaction at the next
  read-write open. ``roll_back_on_copy`` lets it do so on a byte-for-byte copy, so a
  failure there leaves the original pair untouched.
- A database's **identity** is a random number in its header (``PRAGMA
  user_version``; nothing else in MentorDesk uses it), new for every copy MentorDesk
  makes (backups, restores). When the app opens a database it writes that number to
  ``mentordesk.sqlite3.identity`` before any -wal can be written: a -wal found beside
  a file of another identity was written for another file (a backup copied over the
  database by hand after a crash) and must not be replayed onto it.
"""

from __future__ import annotations

import logging
import os
import secrets
import shutil
import sqlite3
from pathlib import Path

from mentordesk.db import cipher
from mentordesk.db.errors import Problem, classify
from mentordesk.db.files import (
    companions,
    has_hot_journal,
    replace_durably,
    sync_file,
    sync_folder,
    write_text_file,
)
from mentordesk.db.health import open_read_only, set_aside

log = logging.getLogger(__name__)


def _copy_durably(source: Path, target: Path) -> None:
    shutil.copyfile(source, target)
    os.chmod(target, 0o600)
    sync_file(target)


def roll_back_on_copy(path: Path, work: Path) -> None:
    """Copy ``path`` and its hot -journal to ``work`` byte for byte and let SQLite roll
    the journal back there. ``work`` then holds the database as it was before the
    unfinished transaction. Raises sqlite3.Error / OSError (``work`` is then removed)."""
    clear(work)
    try:
        _copy_durably(path, work)
        _copy_durably(companions(path).journal, companions(work).journal)
        connection = cipher.connect(work)
        try:
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()  # rolls back
        finally:
            connection.close()
        if has_hot_journal(work):
            raise sqlite3.OperationalError("the journal could not be rolled back")
        companions(work).journal.unlink(missing_ok=True)
        sync_file(work)
    except BaseException:
        clear(work)
        raise


def clear(path: Path) -> None:
    """Remove ``path`` and its companions (a working copy, never the user's database)."""
    for file in (path, *companions(path)):
        file.unlink(missing_ok=True)


def roll_back(path: Path) -> None:
    """Replace ``path`` by its rolled-back copy, then remove the journal it came from.

    Killed in between, the next start rolls the same journal back onto the rolled-back
    file, which changes nothing: a roll-back writes the pages as they were.
    """
    work = path.with_name(path.name + ".rollback")
    try:
        roll_back_on_copy(path, work)
    except sqlite3.DatabaseError as error:
        if classify(error) is not Problem.CORRUPT:
            raise  # a full or failing disk: named by ``failures``
        log.warning("SQLite could not roll back the journal beside %s", path)
        return
    replace_durably(work, path)
    companions(path).journal.unlink(missing_ok=True)
    sync_folder(path.parent)
    log.warning("Rolled back an unfinished transaction in %s", path)


def set_wal_aside(path: Path) -> Path:
    """Move the -wal and -shm (never delete them) to ``<name>.damaged-<time>-wal``."""
    moved = set_aside(path, companions_only=True)
    log.warning("Set aside a -wal file that did not belong to the database: %s", moved)
    return moved


# -- identity ---------------------------------------------------------------------------
def new_identity() -> int:
    """A random identity for a database file (31 bits: SQLite stores a signed integer)."""
    return secrets.randbelow(2**31 - 1) + 1


def set_identity(connection: sqlite3.Connection) -> int:
    """Give the database of ``connection`` a new identity; returns it."""
    identity = new_identity()
    connection.execute(f"PRAGMA user_version = {identity}")
    return identity


def identity_of(path: Path) -> int:
    """The identity in the file itself, its -wal left out (0: none yet)."""
    connection = open_read_only(path, ignore_wal=True)
    try:
        return int(connection.execute("PRAGMA user_version").fetchone()[0])
    finally:
        connection.close()


def stamp_path(path: Path) -> Path:
    return path.with_name(path.name + ".identity")


def stamped_identity(path: Path) -> int | None:
    """The identity the app last opened ``path`` with (None: no stamp, an older version)."""
    try:
        return int(stamp_path(path).read_text(encoding="ascii").strip())
    except (FileNotFoundError, ValueError):
        return None


def stamp(path: Path, identity: int) -> None:
    """Record ``identity`` as the one any -wal beside ``path`` is written for."""
    if stamped_identity(path) != identity:
        write_text_file(stamp_path(path), f"{identity}\n", encoding="ascii")


def wal_is_foreign(path: Path) -> bool:
    """Whether the -wal beside ``path`` was written for another file: the identity the
    app stamped before writing it is not the file's own."""
    wal = companions(path).wal
    if not wal.exists() or wal.stat().st_size == 0:
        return False
    stamped = stamped_identity(path)
    if stamped is None:
        return False
    try:
        return stamped != identity_of(path)
    except sqlite3.Error:  # damage: judged next, with and without the -wal
        return False
