"""Ctrl+Z in a text field undoes that field only.

Pressed once too often, out of habit, it used to fall through to Edit ▸ Undo
and silently revert a change on another screen. Now a field that has the focus
keeps the undo and redo keys, whether or not it has anything left to undo;
Edit ▸ Undo stays one click away in the menu.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QLineEdit, QPlainTextEdit, QTextEdit

_REDO_EXTRA = QKeySequence("Ctrl+Shift+Z")


def is_undo_key(event: QKeyEvent) -> bool:
    if event.matches(QKeySequence.StandardKey.Undo) or event.matches(QKeySequence.StandardKey.Redo):
        return True
    return QKeySequence(event.keyCombination()) == _REDO_EXTRA


def edits_text(widget: QObject) -> bool:
    """Whether ``widget`` is a field the user types into."""
    if isinstance(widget, QLineEdit):
        return not widget.isReadOnly()
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        return not widget.isReadOnly()
    if isinstance(widget, QAbstractSpinBox):
        return not widget.isReadOnly()
    if isinstance(widget, QComboBox):
        return widget.isEditable()
    return False


class TextUndoScope(QObject):
    """An application-wide filter: undo keys in a text field stay in that field."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and is_undo_key(event)
            and edits_text(watched)
        ):
            event.accept()  # the key goes to the field, not to a shortcut
            return True
        return False
