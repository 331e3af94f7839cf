""" "Restore" in meeting mode's status line after an undo that removed much of the notes:
a few habitual Ctrl+Z presses must never quietly empty them, even though the
autosave then says "Saved"."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QPushButton, QStatusBar

from mentordesk.ui.meeting_mode.notes_editor import NotesEditor


class RestoreOffer(QObject):
    """Shows "Restore" beside the status line when ``notes`` says an undo removed much;
    a click puts the text back as it was (one step Ctrl+Z takes back again)."""

    def __init__(self, notes: NotesEditor, status: QStatusBar, say: Callable[[str], None]) -> None:
        super().__init__(notes)
        self.notes = notes
        self.say = say
        self.before = ""
        self.button = QPushButton(self.tr("Restore"))
        self.button.setObjectName("restoreNotesButton")
        self.button.setAccessibleName(self.tr("Restore the notes as they were"))
        self.button.setToolTip(self.tr("Bring back what the last undo removed"))
        self.button.clicked.connect(self.restore)
        self.button.hide()
        status.addPermanentWidget(self.button)
        notes.undone_much.connect(self.offer)

    def offer(self, before: str) -> None:
        self.before = before
        removed = len(before) - len(self.notes.toPlainText())
        self.say(
            self.tr(
                "Undo removed %n character(s) of your notes. Restore brings them back.",
                "",
                removed,
            )
        )
        self.button.show()

    def restore(self) -> None:
        """Put back the notes as they were before the large undo."""
        if self.before:
            self.notes.replace_all(self.before)
            self.notes.moveCursor(QTextCursor.MoveOperation.End)
            self.say(self.tr("Notes restored."))
        self.before = ""
        self.button.hide()
        self.notes.setFocus()
