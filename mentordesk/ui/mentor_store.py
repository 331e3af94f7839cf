"""The UI's door to mentor data: runs services in a session, announces changes.

Every change goes through ``apply`` with (before, after) snapshot pairs, which
is also exactly what undo and redo replay.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand
from sqlalchemy.orm import Session

from mentordesk.db.database import Database
from mentordesk.services import mentors as mentor_service
from mentordesk.services import sample
from mentordesk.services.mentors import MentorData, MentorSnapshot

# One change to one mentor: (state before, state after); None means "not there".
Change = tuple[MentorSnapshot | None, MentorSnapshot | None]


class MentorStore(QObject):
    """Mentor reads and writes for the UI. ``changed`` carries the ids touched."""

    changed = Signal(list)

    def __init__(self, database: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.database = database

    def all(self) -> list[MentorSnapshot]:
        with self.database.session() as session:
            return [mentor_service.snapshot(m) for m in mentor_service.list_mentors(session)]

    def get(self, mentor_id: str) -> MentorSnapshot | None:
        with self.database.session() as session:
            try:
                return mentor_service.snapshot(mentor_service.get_mentor(session, mentor_id))
            except mentor_service.MentorNotFoundError:
                return None

    def dependents_count(self, mentor_id: str) -> tuple[int, int]:
        """How many meetings and action items go if the mentor is deleted."""
        with self.database.session() as session:
            return mentor_service.count_dependents(session, mentor_id)

    def create(self, data: MentorData) -> Change:
        with self.database.session() as session:
            after = mentor_service.snapshot(mentor_service.create_mentor(session, data))
        self.changed.emit([after.id])
        return (None, after)

    def update(self, mentor_id: str, data: MentorData) -> Change:
        with self.database.session() as session:
            before = mentor_service.snapshot(mentor_service.get_mentor(session, mentor_id))
            after = mentor_service.snapshot(mentor_service.update_mentor(session, mentor_id, data))
        self.changed.emit([mentor_id])
        return (before, after)

    def archive(self, mentor_id: str) -> Change:
        with self.database.session() as session:
            before = mentor_service.snapshot(mentor_service.get_mentor(session, mentor_id))
            after = mentor_service.snapshot(mentor_service.archive_mentor(session, mentor_id))
        self.changed.emit([mentor_id])
        return (before, after)

    def delete(self, mentor_id: str) -> Change:
        with self.database.session() as session:
            before = mentor_service.delete_mentor(session, mentor_id)
        self.changed.emit([mentor_id])
        return (before, None)

    def load_sample(self) -> list[Change]:
        with self.database.session() as session:
            added = [mentor_service.snapshot(m) for m in sample.load_sample_data(session)]
        self.changed.emit([m.id for m in added])
        return [(None, m) for m in added]

    def has_sample(self) -> bool:
        with self.database.session() as session:
            return sample.has_sample_data(session)

    def remove_sample(self) -> list[Change]:
        with self.database.session() as session:
            removed = [
                mentor_service.delete_mentor(session, m.id)
                for m in mentor_service.list_mentors(session)
                if m.is_sample
            ]
        self.changed.emit([m.id for m in removed])
        return [(m, None) for m in removed]

    def apply(
        self, states: Sequence[MentorSnapshot | tuple[str, None]]
    ) -> dict[str, MentorSnapshot | None]:
        """Make each mentor hold the given snapshot, or be absent ((id, None)).

        Returns what each mentor was just before (a deleted one with its meetings
        and action items), so that going back keeps what was added since.
        """
        was: dict[str, MentorSnapshot | None] = {}
        with self.database.session() as session:
            for state in states:
                if isinstance(state, MentorSnapshot):
                    current = self._current(session, state.id)
                    mentor_service.restore_mentor(session, state)
                    was[state.id] = current
                else:
                    try:
                        was[state[0]] = mentor_service.delete_mentor(session, state[0])
                    except mentor_service.MentorNotFoundError:
                        was[state[0]] = None
        self.changed.emit(list(was))
        return was

    @staticmethod
    def _current(session: Session, mentor_id: str) -> MentorSnapshot | None:
        try:
            return mentor_service.snapshot(mentor_service.get_mentor(session, mentor_id))
        except mentor_service.MentorNotFoundError:
            return None


def _target(before: MentorSnapshot | None, after: MentorSnapshot | None) -> str:
    snap = after or before
    assert snap is not None
    return snap.id


class MentorChangeCommand(QUndoCommand):
    """An undoable change that was already made: undo puts back each "before"."""

    def __init__(self, store: MentorStore, text: str, changes: Sequence[Change]) -> None:
        super().__init__(text)
        self._store = store
        self._changes = list(changes)
        self._done = True  # the change happened before the command was pushed

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        was = self._store.apply([after or (_target(b, after), None) for b, after in self._changes])
        # Remember the state redo replaced: undo then restores it, meetings included.
        self._changes = [(was.get(_target(b, a), b), a) for b, a in self._changes]

    def undo(self) -> None:
        was = self._store.apply(
            [before or (_target(before, a), None) for before, a in reversed(self._changes)]
        )
        self._changes = [(b, was.get(_target(b, a), a)) for b, a in self._changes]

    @property
    def mentor_ids(self) -> list[str]:
        return [_target(b, a) for b, a in self._changes]
