"""Ctrl+Z in a text field undoes that field only.

Pressed once too often, out of habit, it used to fall through to Edit ▸ Undo
and silently revert a change on another screen. Now a field that has the focus
keeps the undo and redo keys, whether or not it has anything left to undo;
Edit ▸ Undo stays one click away in the menu.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
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


def keep_undo_key(watched: QObject, event: QKeyEvent) -> bool:
    """For a shortcut-override ``event``: an undo or redo key in a field that edits text
    is accepted (it goes to the field, not to a shortcut). True when it was."""
    if is_undo_key(event) and edits_text(watched):
        event.accept()
        return True
    return False
