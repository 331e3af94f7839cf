"""Open a MentorDesk data folder: folders, engine, migrations, sessions."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from mentordesk.config import Paths
from mentordesk.db import migrate
from mentordesk.db.engine import make_engine, make_session_factory


class Database:
    """One open database file, migrated to the schema this version knows."""

    def __init__(self, paths: Paths) -> None:
        paths.ensure()
        self.paths = paths
        self.engine: Engine = make_engine(paths.database)
        try:
            self.migration_backup: Path | None = migrate.upgrade(
                self.engine, paths.database, paths.backups_dir
            )
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
