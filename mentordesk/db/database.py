"""A MentorDesk data folder's database, open: the engine and its sessions.

How a folder is opened (looked at, recovered, judged, backed up, updated) is one
sequence in ``db/opening.py``. A damaged file raises ``DamagedDatabaseError``
untouched (the app then offers a backup); a newer or foreign one is refused untouched.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from mentordesk.config import Paths
from mentordesk.db.engine import make_session_factory
from mentordesk.db.opening import open_data


class Database:
    """One open database file, sound and at the schema this version knows.

    ``migration_backup`` is the copy made before an update (if there was one);
    ``stray_wal`` where a -wal file that did not belong to the file was set aside;
    ``rolled_back`` whether an unfinished transaction (a hot -journal) was undone.
    """

    def __init__(self, paths: Paths) -> None:
        paths.ensure()
        self.paths = paths
        opened = open_data(paths)
        self.migration_backup = opened.migration_backup
        self.stray_wal = opened.stray_wal
        self.rolled_back = opened.rolled_back
        self.engine: Engine = opened.engine
        self._sessions: sessionmaker[Session] = make_session_factory(self.engine)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session that commits when the block ends, or rolls back on error."""
        with self._sessions.begin() as session:
            yield session

    def close(self) -> None:
        self.engine.dispose()
