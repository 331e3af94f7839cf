"""Preferences ▸ Privacy: whether the data is encrypted, and the way to change that.

The page says the state and opens File ▸ Encryption… (``encryption_dialog``), found
among the window's actions Preferences is given, once Preferences are saved and
closed: turning encryption on or off closes and reopens the window.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QVBoxLayout, QWidget

from mentordesk.config import Paths
from mentordesk.db import encryption
from mentordesk.ui.shortcuts import Entry

ACTION_NAME = "encryptionAction"


def privacy_page(dialog: QDialog, paths: Paths | None, actions: list[Entry]) -> QWidget | None:
    """The Privacy tab, or None where there is no data folder's window to act on."""
    action = next((e.action for e in actions if e.action.objectName() == ACTION_NAME), None)
    if paths is None or action is None:
        return None
    page = QWidget()
    page.setObjectName("privacyPage")
    layout = QVBoxLayout(page)
    state = QLabel(
        QCoreApplication.translate(
            "EncryptionDialog",
            "Your data is encrypted: the database, its backups, damaged copies and the "
            "typing journal open only with your passphrase or your recovery key.",
        )
        if encryption.is_on(paths)
        else QCoreApplication.translate(
            "EncryptionDialog",
            "Your data is not encrypted: anyone who can read the data folder can read it.",
        ),
        page,
    )
    state.setObjectName("privacyState")
    state.setWordWrap(True)
    layout.addWidget(state)
    text = QCoreApplication.translate("EncryptionDialog", "&Encryption…")
    button = QPushButton(text, page)
    button.setObjectName("privacyEncryption")
    button.setAccessibleName(text.replace("&", ""))

    def open_encryption() -> None:
        dialog.accept()  # Preferences saved and closed first: the window may reopen
        if dialog.result() == QDialog.DialogCode.Accepted:
            QTimer.singleShot(0, action.trigger)

    button.clicked.connect(open_encryption)
    layout.addWidget(button)
    layout.addStretch(1)
    return page
