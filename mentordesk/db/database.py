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
from mentordesk.db import fingerprint
from mentordesk.db.engine import make_session_factory
from mentordesk.db.errors import Problem, classify, is_storage_error
from mentordesk.db.opening import open_data


class Database:
    """One open database file, sound and at the schema this version knows.

    ``migration_backup`` is the copy made before an update (if there was one);
    ``stray_wal`` where a -wal file that did not belong to the file was set aside;
    ``rolled_back`` whether an unfinished transaction (a hot -journal) was undone.

    ``close`` records the file's fingerprint (``db/fingerprint.py``) when it closes
    cleanly, so the next start may leave out ``quick_check``; damage SQLite reports in
    any session removes the record instead, so the next start checks the whole file.
    """

    def __init__(self, paths: Paths) -> None:
        paths.ensure()
        self.paths = paths
        opened = open_data(paths)
        self.migration_backup = opened.migration_backup
        self.stray_wal = opened.stray_wal
        self.rolled_back = opened.rolled_back
        self.checked_at = opened.checked_at
        self.damage_seen = False
        self.engine: Engine = opened.engine
        self._sessions: sessionmaker[Session] = make_session_factory(self.engine)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session that commits when the block ends, or rolls back on error."""
        try:
            with self._sessions.begin() as session:
                yield session
        except Exception as error:
            if is_storage_error(error) and classify(error) is Problem.CORRUPT:
                self.found_damage()
            raise

    def found_damage(self) -> None:
        """SQLite reported damage: the next start checks the whole file."""
        self.damage_seen = True
        fingerprint.forget(self.paths.database)

    def close(self) -> None:
        """Close every connection; if that left the file complete (no -wal), record its
        fingerprint for the next start."""
        self.engine.dispose()
        if not self.damage_seen:
            fingerprint.remember(self.paths.database, self.checked_at)
