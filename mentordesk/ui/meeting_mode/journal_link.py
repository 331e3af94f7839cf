"""Every edit of the notes and takeaways into the typing journal, as the editors'
documents report it (``contentsChange``): a splice and one small write per keystroke,
whatever the length of the notes (services/journal_writer.py)."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QObject
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QPlainTextEdit

from mentordesk.services.journal_writer import TypingJournal
from mentordesk.services.typing_journal import END


class JournalLink(QObject):
    """Follows ``editors`` (field name → editor) into ``journal``; ``next_seq()`` is the
    saver revision the edit being reported will get."""

    def __init__(
        self,
        journal: TypingJournal,
        editors: Mapping[str, QPlainTextEdit],
        next_seq: Callable[[], int],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.journal = journal
        self._editors = dict(editors)
        self._next_seq = next_seq
        journal.begin(self.texts())
        for name, editor in self._editors.items():
            editor.document().contentsChange.connect(
                lambda position, removed, added, name=name: self.record(
                    name, position, removed, added
                )
            )

    def texts(self) -> dict[str, str]:
        return {name: editor.toPlainText() for name, editor in self._editors.items()}

    def record(self, field: str, position: int, removed: int, added: int) -> None:
        """One edit: the text now at [position, position + added) goes to the journal
        (the document's last separator, which it may count, is written as END)."""
        document = self._editors[field].document()
        size = document.characterCount()
        end = position + added
        cursor = QTextCursor(document)
        cursor.setPosition(min(position, size - 1))
        cursor.setPosition(min(end, size - 1), QTextCursor.MoveMode.KeepAnchor)
        text = cursor.selectedText() + (END if end >= size else "")
        seq = self._next_seq()
        if not self.journal.changed(seq, field, position, removed, text, size):
            self.journal.resync(seq, self.texts())
