"""Ctrl+Enter confirms a dialog, even from a multi-line field where Enter starts a
new line (as in mail and chat apps)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog


def confirm_with_ctrl_enter(dialog: QDialog) -> None:
    """Ctrl+Return and Ctrl+Enter (keypad) accept ``dialog`` as its default button would."""
    for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
        shortcut = QShortcut(QKeySequence(Qt.KeyboardModifier.ControlModifier | key), dialog)
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        shortcut.activated.connect(dialog.accept)
