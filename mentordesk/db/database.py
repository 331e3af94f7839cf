"""Open a MentorDesk data folder: look at the file, update it, then the engine and sessions.

Nothing is opened read-write before ``health.examine`` has found the file sound
and complete. A damaged file raises ``DamagedDatabaseError`` untouched (the app
then offers a backup); a newer or foreign one is refused untouched.
"""

from __future__ import annotations

import logging
import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from mentordesk.config import Paths, make_yours_hint
from mentordesk.db import migrate
from mentordesk.db.engine import (
    DatabaseError,
    companions,
    create_private_file,
    make_engine,
    make_session_factory,
)
from mentordesk.db.errors import Problem, classify
from mentordesk.db.files import MB, megabytes, replace_durably
from mentordesk.db.health import (
    DamagedDatabaseError,
    NewerDatabaseError,
    State,
    examine,
    set_aside,
)

log = logging.getLogger(__name__)


def space_needed_for_update(path: Path) -> int:
    """Free space an update needs: its safety copy, and room for the changed pages."""
    size = sum(p.stat().st_size for p in (path, *companions(path)) if p.exists())
    return 2 * size + MB


def storage_failure(path: Path, error: BaseException, needed: int) -> DatabaseError:
    """A DatabaseError naming the real cause of ``error`` and what to do."""
    problem = classify(error)
    folder = path.parent
    free = shutil.disk_usage(folder).free if folder.exists() else 0
    if problem is Problem.IO and free < needed:
        problem = Problem.FULL  # SQLite reports some writes to a full disk as I/O errors
    if problem is Problem.FULL:
        return DatabaseError(
            f"The disk holding {folder} is full: MentorDesk needs about {megabytes(needed)} MB "
            f"free to update your database safely, and {free // MB} MB is free. Free some "
            "space, then start MentorDesk again. Nothing was changed.",
            problem,
            needed,
        )
    if problem is Problem.BUSY:
        message = (
            f"Another program is using the database {path} (a database browser, or a sync "
            "or backup tool). Close it, then start MentorDesk again. Nothing was changed."
        )
    elif problem is Problem.READ_ONLY:
        message = (
            f"MentorDesk cannot write to {path} or its folder. Check that both belong to you "
            f"and can be written ({make_yours_hint(folder)}), or start MentorDesk with "
            "another data folder (--data-dir)."
        )
    elif problem is Problem.IO:
        message = (
            f"The disk reported an error while reading or writing {path}. Copy the data "
            "folder to a safe place, then check the disk."
        )
    elif problem is Problem.CORRUPT:
        return DamagedDatabaseError(path, "SQLite found damage while updating it")
    else:
        message = (
            f"Updating the database {path} failed unexpectedly ({type(error).__name__}); "
            "it was undone and nothing was changed. Details are in the log."
        )
    return DatabaseError(message, problem)


def _create(paths: Paths) -> None:
    """A new database, built under a temporary name and renamed when complete.

    A kill half-way leaves no file at the real name (never a 0-byte one).
    """
    building = paths.database.with_name(paths.database.name + ".new")
    for leftover in (building, *companions(building)):
        leftover.unlink(missing_ok=True)
    create_private_file(building)
    migrate.migrate_in_place(building, None)
    connection = sqlite3.connect(building)
    try:
        connection.execute("PRAGMA journal_mode=DELETE")  # everything in the one file
    finally:
        connection.close()
    replace_durably(building, paths.database)


def open_file(paths: Paths) -> tuple[Path | None, Path | None]:
    """Make the database at ``paths`` sound and current, or raise DatabaseError untouched.

    Returns (the backup made before an update, where a stray -wal was set aside).
    """
    path = paths.database
    found = examine(path)
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
    stray = None
    if found.stray_wal:
        stray = set_aside(path, companions_only=True)
        log.warning("Set aside a -wal file that did not belong to the database: %s", stray)
    if found.state is State.CURRENT:
        return None, stray
    needed = space_needed_for_update(path)
    try:
        if found.state is State.NEW and not path.exists():
            _create(paths)
            return None, stray
        return migrate.upgrade(path, paths.backups_dir, found.revision), stray
    except DatabaseError:
        raise
    except (OSError, sqlite3.Error, SQLAlchemyError) as error:
        log.error("Could not update %s: %s", path, type(error).__name__)
        raise storage_failure(path, error, needed) from error


class Database:
    """One open database file, sound and at the schema this version knows.

    ``migration_backup`` is the copy made before an update (if there was one);
    ``stray_wal`` where a -wal file that did not belong to the file was set aside.
    """

    def __init__(self, paths: Paths) -> None:
        paths.ensure()
        self.paths = paths
        self.migration_backup, self.stray_wal = open_file(paths)
        try:
            self.engine: Engine = make_engine(paths.database)
        except OSError as error:
            raise storage_failure(paths.database, error, MB) from error
        self._sessions: sessionmaker[Session] = make_session_factory(self.engine)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session that commits when the block ends, or rolls back on error."""
        with self._sessions.begin() as session:
            yield session

    def close(self) -> None:
        self.engine.dispose()
