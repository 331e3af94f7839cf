"""The lock screen laid over one window while MentorDesk is locked (``app_lock.py``).

It is a child of the window it covers, on top of everything there (the window's own
parts are hidden under it, never closed): a passphrase field that takes the recovery
key too, an Unlock button and a plain "Wrong passphrase" that never sounds like damage.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from mentordesk.ui.widgets.parts import heading


class LockScreen(QWidget):
    """Covers ``window``; ``unlock(secret, screen)`` is called with what was typed."""

    def __init__(self, window: QWidget, unlock: Callable[[str, LockScreen], None]) -> None:
        super().__init__(window)
        self._unlock = unlock
        self.setObjectName("lockScreen")
        self.setAccessibleName(self.tr("MentorDesk is locked"))
        self.setAutoFillBackground(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        title = heading(self.tr("MentorDesk is locked"), "lockTitle")
        about = QLabel(
            self.tr(
                "Everything you typed is kept and waits where you left it (meeting notes "
                "are saved). Type your passphrase, or your recovery key, to carry on."
            ),
            self,
        )
        about.setObjectName("lockAbout")
        about.setWordWrap(True)
        self.field = QLineEdit(self)
        self.field.setObjectName("lockPassphrase")
        self.field.setAccessibleName(self.tr("Passphrase or recovery key"))
        self.field.setPlaceholderText(self.tr("Passphrase or recovery key"))
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.returnPressed.connect(self._submit)
        self.button = QPushButton(self.tr("&Unlock"), self)
        self.button.setObjectName("lockUnlock")
        self.button.setAccessibleName(self.tr("Unlock"))
        self.button.setAutoDefault(False)
        self.button.clicked.connect(self._submit)
        self.wrong = QLabel(self)
        self.wrong.setObjectName("lockWrong")
        self.wrong.setWordWrap(True)
        self.wrong.setAccessibleName(self.tr("Why it did not unlock"))
        self.wrong.hide()
        row = QHBoxLayout()
        row.addWidget(self.field, 1)
        row.addWidget(self.button)
        column = QVBoxLayout()
        column.addWidget(title)
        column.addWidget(about)
        column.addLayout(row)
        column.addWidget(self.wrong)
        panel = QWidget(self)
        panel.setObjectName("lockPanel")
        panel.setLayout(column)
        panel.setMaximumWidth(460)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        centre = QHBoxLayout()
        centre.addStretch(1)
        centre.addWidget(panel, 4)
        centre.addStretch(1)
        outer.addLayout(centre)
        outer.addStretch(2)
        self.hide()

    def cover(self) -> None:
        """Lie over the whole window, in front, the field ready to type in."""
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())
        self.field.clear()
        self.wrong.hide()
        self.show()
        self.raise_()
        self.field.setFocus(Qt.FocusReason.OtherFocusReason)

    def fit(self) -> None:
        """Follow the window's size (it was resized while locked)."""
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())

    def say(self, text: str) -> None:
        """Why it did not unlock: the field keeps what was typed, selected to type over."""
        self.wrong.setText(text)
        self.wrong.show()
        self.field.selectAll()
        self.field.setFocus(Qt.FocusReason.OtherFocusReason)

    def _submit(self) -> None:
        self._unlock(self.field.text(), self)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter and Escape stop here: a dialog under the lock must not take them as OK
        # or Cancel.
        event.accept()
