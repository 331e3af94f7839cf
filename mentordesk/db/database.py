"""Open a MentorDesk data folder: folders, engine, migrations, sessions."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from mentordesk.config import Paths
from mentordesk.db import migrate
from mentordesk.db.engine import DatabaseError, make_engine, make_session_factory


def _cannot_open(path: Path, error: Exception) -> DatabaseError:
    reason = getattr(error, "strerror", None) or str(getattr(error, "orig", None) or error)
    return DatabaseError(
        f"MentorDesk cannot open its database {path} ({reason.splitlines()[0]}). "
        "Check that the file and its folder can be read and written by you, "
        "or start MentorDesk with another data folder (--data-dir)."
    )


class Database:
    """One open database file, migrated to the schema this version knows."""

    def __init__(self, paths: Paths) -> None:
        paths.ensure()
        self.paths = paths
        try:
            self.engine: Engine = make_engine(paths.database)
        except OSError as error:
            raise _cannot_open(paths.database, error) from error
        try:
            self.migration_backup: Path | None = migrate.upgrade(
                self.engine, paths.database, paths.backups_dir
            )
        except (OSError, sqlite3.Error, SQLAlchemyError) as error:
            self.engine.dispose()
            raise _cannot_open(paths.database, error) from error
        except BaseException:
            self.engine.dispose()
            raise
        self._sessions: sessionmaker[Session] = make_session_factory(self.engine)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session that commits when the block ends, or rolls back on error."""
        with self._sessions.begin() as session:
            yield session

    def close(self) -> None:
        self.engine.dispose()
