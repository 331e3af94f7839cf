"""Text fields for forms that refill without moving the cursor and survive huge pastes."""

from __future__ import annotations

import re

from PySide6.QtCore import QMimeData
from PySide6.QtGui import QTextOption
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

# Qt lays out a line with no break opportunity in time that grows with the square
# of its length (a 1 MB pasted token took minutes); wrapping anywhere is linear.
_LONG_WORD = re.compile(r"\S{2000}")


def fit_wrap_mode(edit: QPlainTextEdit, text: str) -> None:
    """Wrap at word boundaries, unless ``text`` holds a word too long to lay out quickly."""
    mode = (
        QTextOption.WrapMode.WrapAnywhere
        if _LONG_WORD.search(text)
        else QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere
    )
    if edit.wordWrapMode() != mode:
        edit.setWordWrapMode(mode)


class LongTextEdit(QPlainTextEdit):
    """A plain text field that stays responsive when a huge single "word" is pasted."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)

    def insertFromMimeData(self, source: QMimeData) -> None:
        if source.hasText():
            fit_wrap_mode(self, source.text())
        super().insertFromMimeData(source)


def refill_line(edit: QLineEdit, text: str, *, same_record: bool) -> None:
    """Put ``text`` in ``edit``; a refresh of the same record keeps the cursor where it was,
    and, when the text is unchanged (just saved), the field's own undo history too."""
    if same_record and edit.text() == text:
        return
    position = edit.cursorPosition()
    edit.setText(text)
    edit.setCursorPosition(min(position, len(text)) if same_record else 0)


def refill_text(edit: QPlainTextEdit, text: str, *, same_record: bool) -> None:
    """Like ``refill_line`` for a multi-line field: cursor and scrolling stay on a refresh."""
    if same_record and edit.toPlainText() == text:
        return
    fit_wrap_mode(edit, text)
    edit.setPlainText(text)
