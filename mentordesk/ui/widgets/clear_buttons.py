"""Every text field of one line gets a clear button (ⓧ, shown once it holds text), the
same in every form and dialog: some fields had it and most did not. An application-wide
filter gives it when a field is first shown; fields inside a date, a number or a
choice, and read-only ones, are left as they are."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QLineEdit


class ClearButtons(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Polish and isinstance(watched, QLineEdit):
            owner = watched.parentWidget()
            part = isinstance(owner, QAbstractSpinBox | QComboBox)
            if not part and not watched.isReadOnly() and not watched.isClearButtonEnabled():
                watched.setClearButtonEnabled(True)
        return False
