"""What every area and window of the UI shares: the database, undo, change news, navigation."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

if TYPE_CHECKING:
    from mentordesk.db.database import Database
    from mentordesk.ui.mentor_store import MentorStore

# Kinds of things that change, for ``AppContext.data_changed``.
MENTOR = "mentor"
MEETING = "meeting"
ACTION_ITEM = "action_item"


class AppContext(QObject):
    """Handed to every view. Views announce changes with ``notify`` and ask to go
    somewhere with the ``*_requested`` signals; the main window does the going."""

    data_changed = Signal(str, list)  # kind, ids
    open_meeting_mode_requested = Signal(str)  # meeting id
    show_mentor_requested = Signal(str)  # mentor id
    show_meeting_requested = Signal(str)  # meeting id
    show_action_item_requested = Signal(str)  # action item id
    status_message = Signal(str)  # a short note for the status bar

    def __init__(
        self,
        database: Database,
        undo_stack: QUndoStack,
        mentor_store: MentorStore,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.undo_stack = undo_stack
        self.mentor_store = mentor_store
        mentor_store.changed.connect(lambda ids: self.data_changed.emit(MENTOR, list(ids)))

    def notify(self, kind: str, ids: list[str]) -> None:
        """Tell every view that these records changed (they re-read what they show)."""
        self.data_changed.emit(kind, list(ids))
