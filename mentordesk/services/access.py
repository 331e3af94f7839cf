"""The one door to the database for callers that are not services: the UI's context
and the command line. It opens the session, runs a service function, and turns any
storage failure into a classified ``StorageError`` (``db/errors.py``).

Qt-free and thread-safe (one session per call), so the autosave worker uses it too.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, TypeVar

from mentordesk.db.database import Database
from mentordesk.db.errors import StorageError, classify, is_storage_error
from mentordesk.services import records
from mentordesk.services.kinds import Ref
from mentordesk.services.records import Delta

T = TypeVar("T")


class DataAccess:
    """Runs service functions on ``database``, each in its own transaction."""

    def __init__(self, database: Database) -> None:
        self.database = database

    def run(self, work: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """``work(session, *args, **kwargs)`` in one transaction (committed at the end)."""
        try:
            with self.database.session() as session:
                return work(session, *args, **kwargs)
        except Exception as error:
            if is_storage_error(error) and not isinstance(error, StorageError):
                raise StorageError(classify(error)) from error
            raise

    def change(
        self,
        work: Callable[[Any], T],
        refs: Iterable[Ref] = (),
        *,
        dependents: bool = False,
        created: Callable[[T], Iterable[Ref]] | None = None,
    ) -> tuple[T, Delta]:
        """Run ``work(session)`` and capture what it did to ``refs`` (and to the records
        ``created`` names), for undo; see ``records.track``."""
        return self.run(
            lambda session: records.track(
                session, refs, work, dependents=dependents, created=created
            )
        )

    def replay(self, delta: Delta) -> Delta:
        """Apply ``delta`` (undo or redo) in one transaction; what really happened."""
        return self.run(records.apply, delta)
