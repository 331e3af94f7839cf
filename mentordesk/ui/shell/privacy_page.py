"""Preferences ▸ Privacy: whether the data is encrypted, and the way to change that.

The page says the state and opens File ▸ Encryption… (``encryption_dialog``), found
among the window's actions Preferences is given, once Preferences are saved and
closed: turning encryption on or off closes and reopens the window. Below it, the
app lock's idle minutes (``app_lock.py``; off by default).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from mentordesk.config import Paths
from mentordesk.db import encryption
from mentordesk.ui import settings as setting
from mentordesk.ui.settings import Settings
from mentordesk.ui.shell.app_lock import ENCRYPTION_ACTION as ACTION_NAME
from mentordesk.ui.shell.app_lock import AppLock
from mentordesk.ui.shortcuts import Entry


def privacy_page(
    dialog: QDialog, paths: Paths | None, actions: list[Entry], settings: Settings
) -> QWidget | None:
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
    idle = idle_minutes_field(dialog, settings)
    form = QFormLayout()
    form.addRow(QCoreApplication.translate("AppLock", "&Lock MentorDesk after"), idle)
    layout.addLayout(form)
    about = QLabel(
        QCoreApplication.translate(
            "AppLock",
            "Locking saves what you typed and hides every window until you type your "
            "passphrase (File ▸ Lock Now, Ctrl+Shift+L; also when your desktop locks the "
            "screen). A meeting whose clock runs is not locked for being idle.",
        )
        if encryption.is_on(paths)
        else QCoreApplication.translate(
            "AppLock",
            "The lock needs a passphrase: it works once your data is encrypted.",
        ),
        page,
    )
    about.setObjectName("lockAbout")
    about.setWordWrap(True)
    layout.addWidget(about)
    layout.addStretch(1)
    return page


def idle_minutes_field(dialog: QWidget, settings: Settings) -> QSpinBox:
    """Preferences ▸ Privacy's "Lock after … idle minutes", saved when Preferences are
    and applied at once to the lock of the window Preferences belong to."""
    spin = QSpinBox(dialog)
    spin.setObjectName("lockIdleMinutes")
    spin.setAccessibleName(
        QCoreApplication.translate("settings", str(setting.LOCK_IDLE_MINUTES.label))
    )
    spin.setRange(*(setting.LOCK_IDLE_MINUTES.allowed or (0, 1440)))
    spin.setSpecialValueText(QCoreApplication.translate("AppLock", "Never"))
    spin.setSuffix(QCoreApplication.translate("AppLock", " idle minutes"))
    spin.setValue(settings.get(setting.LOCK_IDLE_MINUTES))

    def save() -> None:
        settings.set(setting.LOCK_IDLE_MINUTES, spin.value())
        window = dialog.parentWidget()
        found = window.findChild(AppLock, "appLock") if window is not None else None
        if found is not None:
            found.apply_settings()

    if isinstance(dialog, QDialog):
        dialog.accepted.connect(save)
    return spin
