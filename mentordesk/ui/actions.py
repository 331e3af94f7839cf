"""Actions with shortcuts, and buttons that follow them: one way for every screen."""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QPushButton, QWidget


def key_bindings(*keys: QKeySequence.StandardKey | str) -> list[QKeySequence]:
    """Every binding of the standard keys, plus extras, each once.

    A key given twice makes Qt report an ambiguous shortcut and do nothing.
    """
    found: dict[str, QKeySequence] = {}
    for key in keys:
        sequences = [QKeySequence(key)] if isinstance(key, str) else QKeySequence.keyBindings(key)
        for sequence in sequences:
            if not sequence.isEmpty():
                found.setdefault(sequence.toString(), sequence)
    return list(found.values())


def make_action(
    owner: QWidget,
    name: str,
    text: str,
    slot: Callable[[], object],
    keys: list[QKeySequence] | str = "",
    scope: Qt.ShortcutContext = Qt.ShortcutContext.WindowShortcut,
) -> QAction:
    """An action on ``owner`` that calls ``slot``; its shortcut shows in its tooltip."""
    action = QAction(text, owner)
    action.setObjectName(name)
    shortcuts = key_bindings(keys) if isinstance(keys, str) and keys else keys or []
    action.setShortcutContext(scope)
    set_keys(action, shortcuts)
    action.triggered.connect(lambda _checked=False: slot())
    owner.addAction(action)
    return action


def set_keys(action: QAction, shortcuts: list[QKeySequence]) -> None:
    """Give ``action`` these keys; its tooltip names the first (Preferences may change
    them: ``ui/shortcuts.py``)."""
    action.setShortcuts(shortcuts)
    text = action.text().replace("&", "").rstrip("…")
    if shortcuts:
        shown = shortcuts[0].toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{text} ({shown})")
    else:
        action.setToolTip("")  # Qt's own: the text


def button_for(action: QAction) -> QPushButton:
    """A push button that triggers ``action`` and follows its enabled/checked state."""
    button = QPushButton(action.text())
    button.setObjectName(action.objectName().replace("Action", "Button"))
    button.setAccessibleName(action.text().replace("&", "").rstrip("…"))
    button.setToolTip(action.toolTip())
    button.setCheckable(action.isCheckable())
    button.setEnabled(action.isEnabled())
    button.clicked.connect(lambda _checked=False: action.trigger())

    def follow() -> None:
        button.setEnabled(action.isEnabled())
        button.setChecked(action.isChecked())
        button.setToolTip(action.toolTip())

    action.changed.connect(follow)
    return button


def undo_redo_actions(owner: QWidget, stack: QUndoStack) -> tuple[QAction, QAction]:
    """Edit ▸ Undo and Redo for ``stack``, named after the step they undo or redo.

    Our own actions rather than the stack's, to control the shortcuts exactly.
    """
    undo = make_action(
        owner,
        "undoAction",
        QCoreApplication.translate("actions", "&Undo"),
        stack.undo,
        key_bindings(QKeySequence.StandardKey.Undo),
    )
    redo = make_action(
        owner,
        "redoAction",
        QCoreApplication.translate("actions", "&Redo"),
        stack.redo,
        key_bindings(QKeySequence.StandardKey.Redo, "Ctrl+Shift+Z"),
    )

    def update() -> None:
        if not shiboken6.isValid(stack) or not shiboken6.isValid(undo):
            return  # the window is being torn down
        undo.setEnabled(stack.canUndo())
        redo.setEnabled(stack.canRedo())
        undo_text, redo_text = stack.undoText(), stack.redoText()
        if undo_text:
            undo.setText(
                QCoreApplication.translate("actions", "&Undo {what}").format(what=undo_text)
            )
        else:
            undo.setText(QCoreApplication.translate("actions", "&Undo"))
        if redo_text:
            redo.setText(
                QCoreApplication.translate("actions", "&Redo {what}").format(what=redo_text)
            )
        else:
            redo.setText(QCoreApplication.translate("actions", "&Redo"))

    for signal in (
        stack.canUndoChanged,
        stack.canRedoChanged,
        stack.undoTextChanged,
        stack.redoTextChanged,
    ):
        signal.connect(update)
    update()
    return undo, redo
