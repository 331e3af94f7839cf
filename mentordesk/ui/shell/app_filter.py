"""The application's one event filter, installed while the main window is open.

Every event of every widget (paints, timers, mouse moves) passes through an
application-wide filter, and a filter written in Python costs a call into Python for
each: three such filters made the heavy user's Dashboard 12-14 % slower to come up,
and each call waits its turn for the interpreter while a background thread (a sync
round, a search) holds it. So there is one, and it does nothing for the events it
does not want:

- a widget first shown (polished): a one-line field gets its clear button
  (``widgets/clear_buttons.py``), then Qt's own parts of a control get names
  (``accessibility.py``);
- a shortcut about to take a key: the undo and redo keys stay in a text field
  (``undo_scope.py``).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit

from mentordesk.ui.accessibility import name_parts
from mentordesk.ui.undo_scope import keep_undo_key
from mentordesk.ui.widgets.clear_buttons import give_clear_button

_POLISH = QEvent.Type.Polish
_SHORTCUT_OVERRIDE = QEvent.Type.ShortcutOverride


class AppFilter(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == _POLISH:
            if isinstance(watched, QLineEdit):
                give_clear_button(watched)  # first: the button then gets its name
            name_parts(watched)
        elif kind == _SHORTCUT_OVERRIDE and isinstance(event, QKeyEvent):
            return keep_undo_key(watched, event)
        return False
