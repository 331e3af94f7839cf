"""Opening a data folder: one sequence, its steps named in the order they run.

    open_data(paths)
      1. lock      the caller holds the folder's lock (app.py, cli.py) before it calls
      2. look      what lies there: the database, a hot -journal, a -wal
      3. recover   what SQLite can recover: a hot -journal rolled back (on a copy first);
                   a -wal written for another file set aside
      4. judge     sound, MentorDesk's, at a revision this version can open; else refused
                   untouched (damaged: the app offers a backup). ``quick_check`` is
                   skipped for a file exactly as the app left it (``db/fingerprint.py``)
      5. back up   a checked copy before an update
      6. update    every migration in one transaction
      7. open      WAL mode, the file's identity stamped beside it, then the engine

Nothing is written before step 3, and step 3 writes only what SQLite itself would
(the rolled-back file, the -wal moved aside, never deleted). Every storage failure
on the way is named by its real cause (``storage_failure``).
"""

from __future__ import annotations

import logging
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import SQLAlchemyError

from mentordesk.config import Paths
from mentordesk.db import cipher, encryption, fingerprint, migrate, recovery
from mentordesk.db.backup import keep_attached_files
from mentordesk.db.engine import create_private_file, make_engine, make_private
from mentordesk.db.errors import DatabaseError
from mentordesk.db.failures import space_needed_for_update, storage_failure
from mentordesk.db.files import MB, companions, has_hot_journal, replace_durably
from mentordesk.db.health import (
    DamagedDatabaseError,
    Examination,
    NewerDatabaseError,
    State,
    examine,
)

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Opened:
    """An open database and what opening it did that a person should hear about."""

    engine: Engine
    migration_backup: Path | None  # the copy made before an update
    stray_wal: Path | None  # where a -wal that was not the file's own was set aside
    rolled_back: bool  # an unfinished transaction (a hot -journal) was undone
    checked_at: float  # when the full check this opening rests on passed (time.time())


def open_data(paths: Paths) -> Opened:
    """Make the database at ``paths`` sound and current and open it, or raise
    DatabaseError (DamagedDatabaseError, NewerDatabaseError) leaving it untouched."""
    path = paths.database
    if cipher.needs_key(path) and encryption.is_on(paths):
        raise cipher.LockedError(path)  # never judged as damage
    hot_journal = look(path)
    with failures(path, space_needed_for_update(path)):
        stray = recover(path, hot_journal)
        if cipher.active_key() is not None:
            encryption.finish(paths)  # an interrupted turn on/off carries on
        rolled_back = hot_journal and not has_hot_journal(path)
        checked_at = fingerprint.unchanged(path)
        found = judge(path, trusted=checked_at is not None)
        if checked_at is None:
            checked_at = time.time()
        else:
            log.info("quick_check left out: the file is as it was at the last clean close")
        if found.stray_wal:
            stray = recovery.set_wal_aside(path)
        backup = None
        if found.state is State.NEW and not path.exists():
            create(path)
        elif found.state is not State.CURRENT:
            backup = back_up(paths, found.revision)
            update(path, found.revision)
    with failures(path, MB):
        engine = open_engine(path)
    return Opened(engine, backup, stray, rolled_back, checked_at)


# -- 2. look ---------------------------------------------------------------------------
def look(path: Path) -> bool:
    """Whether a hot -journal lies beside the database (reads only).

    A -journal whose header is SQLite's magic number holds a transaction that never
    finished (a kill, a full disk, a power cut while in rollback mode): the file
    itself is then half-written and must not be judged before it is rolled back.
    """
    return has_hot_journal(path)


# -- 3. recover ------------------------------------------------------------------------
def recover(path: Path, hot_journal: bool) -> Path | None:
    """Roll a hot -journal back; set aside a -wal written for another file.

    Rule: the roll-back happens on a byte-for-byte copy of the file and its journal;
    only a copy SQLite rolled back replaces the file (then the journal goes). If
    SQLite cannot roll it back (the pair is damaged) nothing changes and the judge
    says so. Returns where a -wal was set aside, if one was.
    """
    if hot_journal:
        recovery.roll_back(path)
    if recovery.wal_is_foreign(path):
        return recovery.set_wal_aside(path)
    return None


# -- 4. judge --------------------------------------------------------------------------
def judge(path: Path, *, trusted: bool = False) -> Examination:
    """What the file is (``health.examine``); refuse what must not be opened.

    Rule: damaged, newer and foreign files raise and stay exactly as they are; a
    file that is sound only without its -wal comes back with ``stray_wal`` set.
    ``trusted`` (``fingerprint.unchanged``: the file is byte for byte as the app closed
    it, after a check that passed less than a week ago) leaves out ``quick_check``,
    never the schema: an encrypted file still has its first pages authenticated.
    """
    found = examine(path, trusted=trusted)
    if found.state is State.DAMAGED:
        raise DamagedDatabaseError(path, found.detail)
    if found.state is State.NEWER:
        raise NewerDatabaseError(
            f"This database was last used by a newer version of MentorDesk "
            f"(schema {found.revision}). Please update MentorDesk to open it; "
            "the file was not changed."
        )
    if found.state is State.FOREIGN:
        raise DatabaseError(
            f"The file {path} holds tables that are not MentorDesk's. "
            "It was left untouched. Choose another data folder."
        )
    return found


# -- 5. back up ------------------------------------------------------------------------
def back_up(paths: Paths, revision: str | None) -> Path | None:
    """A checked copy in backups/ before an update (none for an empty file).

    Rule: one backup per revision step; a retry after a failed attempt keeps the copy
    it already has (``migrate.backup_before_update``). Its attached files are kept beside
    it, as every backup's are (``backup.keep_attached_files``).
    """
    if revision is None:
        return None
    made = migrate.backup_before_update(paths.database, paths.backups_dir, revision)
    keep_attached_files(paths.attachments_dir, made)  # its attached files, as every backup's
    return made


# -- 6. update -------------------------------------------------------------------------
def update(path: Path, revision: str | None) -> None:
    """Every migration after ``revision`` in one transaction (``migrate.migrate_in_place``).

    Rule: interrupted at any point the file stays at ``revision``; the next start
    simply tries again.
    """
    migrate.migrate_in_place(path, revision)


def create(path: Path) -> None:
    """A new database, built under a temporary name and renamed when complete.

    Rule: a kill half-way leaves no file at the real name (never a 0-byte one), and
    the file renamed holds everything (its -wal checkpointed and gone), in WAL mode.
    """
    building = path.with_name(path.name + ".new")
    recovery.clear(building)
    create_private_file(building)
    migrate.migrate_in_place(building, None)
    connection = cipher.connect(building)
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        connection.close()  # the last connection: the -wal is removed once it is empty
    if companions(building).wal.exists():
        raise sqlite3.OperationalError("the new database could not be finished")
    replace_durably(building, path)


# -- 7. open ---------------------------------------------------------------------------
def open_engine(path: Path) -> Engine:
    """The everyday engine, once the file is in WAL mode and its identity is stamped.

    Rule: the stamp is written before the engine exists, so every -wal beside the file
    from now on was written for this identity; a file without one (made by an older
    version) gets one first, checkpointed into the file itself.
    """
    make_private(path)
    connection = cipher.connect(path, isolation_level=None)
    try:
        connection.execute("PRAGMA journal_mode=WAL")
        identity = int(connection.execute("PRAGMA user_version").fetchone()[0])
        if identity == 0:
            identity = recovery.set_identity(connection)
            connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        connection.close()
    recovery.stamp(path, identity)
    return make_engine(path)


@contextmanager
def failures(path: Path, needed: int) -> Iterator[None]:
    """Storage failures of a step, named by their real cause (a DatabaseError)."""
    try:
        yield
    except DatabaseError:
        raise
    except (OSError, sqlite3.Error, SQLAlchemyError) as error:
        log.error("Could not open %s: %s", path, type(error).__name__)
        raise storage_failure(path, error, needed) from error
