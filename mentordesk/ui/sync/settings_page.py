"""Preferences ▸ Sync: the sync folder (a folder picker), this laptop's name, and sync
on or off; with encryption on, the passphrase the sync folder was set up with, when it
differs from this laptop's (``services/sync_key.offer``). Saved with the data
(``sync_state``) through ``services/sync.configure``, the code path of ``mentordesk sync
--folder --device``; the first round follows at once.
"""

from __future__ import annotations

import socket
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from mentordesk.services import sync as rounds
from mentordesk.services import sync_key, sync_status
from mentordesk.ui.messages import is_expected, problem_text, tell
from mentordesk.ui.sync.job import SyncJob
from mentordesk.ui.widgets.parts import buddy_label

if TYPE_CHECKING:
    from mentordesk.config import Paths


class SyncSettingsPage(QWidget):
    """The Sync tab; ``save`` (on OK) applies it, or says why not and keeps it open."""

    def __init__(self, job: SyncJob, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        assert job.context is not None
        self.job = job
        self.context = job.context
        self.setObjectName("syncPage")
        self.current = self.context.read(sync_status.overview)
        self.enabled = QCheckBox(
            QCoreApplication.translate(
                "SyncSettings", "Sync this data with my other laptops through a folder"
            )
        )
        self.enabled.setObjectName("syncChoice")
        self.enabled.setAccessibleName(
            QCoreApplication.translate("SyncSettings", "Sync through a folder")
        )
        self.enabled.setChecked(self.current.enabled)
        self.folder = QLineEdit(self.current.folder)
        self.folder.setObjectName("syncFolderField")
        self.folder.setAccessibleName(QCoreApplication.translate("SyncSettings", "Sync folder"))
        self.folder.setPlaceholderText(
            QCoreApplication.translate(
                "SyncSettings", "A folder Dropbox, OneDrive or Syncthing keeps"
            )
        )
        choose = QPushButton(QCoreApplication.translate("SyncSettings", "Choose…"))
        choose.setObjectName("syncFolderChoose")
        choose.setAccessibleName(
            QCoreApplication.translate("SyncSettings", "Choose the sync folder")
        )
        choose.clicked.connect(self._choose)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(choose)
        self.device = QLineEdit(self.current.device_name or socket.gethostname())
        self.device.setObjectName("syncDeviceField")
        self.device.setAccessibleName(
            QCoreApplication.translate("SyncSettings", "This laptop's name")
        )
        self.device.setPlaceholderText(
            QCoreApplication.translate("SyncSettings", "Such as Home laptop")
        )
        about = QLabel(
            QCoreApplication.translate(
                "SyncSettings",
                "Each laptop writes what changed on it into this folder, and reads what the "
                "others wrote, every two minutes and with File ▸ Sync Now. Choose the same "
                "folder on every laptop, and give each its own name.",
            )
        )
        about.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow("", self.enabled)
        form.addRow(
            buddy_label(QCoreApplication.translate("SyncSettings", "Sync &folder"), self.folder),
            row,
        )
        form.addRow(QCoreApplication.translate("SyncSettings", "This &laptop's name"), self.device)
        form.addRow("", about)
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("syncPassphraseField")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(
            QCoreApplication.translate("SyncSettings", "The sync folder's passphrase")
        )
        self.passphrase.setPlaceholderText(
            QCoreApplication.translate("SyncSettings", "Only if it differs from this laptop's")
        )
        self.encrypted = encryption_on(self.context.database.paths)
        if self.encrypted:
            sealed = QLabel(
                QCoreApplication.translate(
                    "SyncSettings",
                    "Your data is encrypted, so what this laptop writes to the sync folder is "
                    "encrypted too, with the passphrase the sync folder was set up with. If "
                    "this laptop's passphrase is another, type that one here (once).",
                )
            )
            sealed.setWordWrap(True)
            form.addRow(
                QCoreApplication.translate("SyncSettings", "Sync &passphrase"), self.passphrase
            )
            form.addRow("", sealed)
        self.enabled.toggled.connect(self._follow_choice)
        self._follow_choice(self.enabled.isChecked())

    def _follow_choice(self, on: bool) -> None:
        self.folder.setEnabled(on)
        self.device.setEnabled(on)
        if hasattr(self, "passphrase"):
            self.passphrase.setEnabled(on)

    def _choose(self) -> None:
        start = self.folder.text() or str(Path.home())
        chosen = QFileDialog.getExistingDirectory(
            self, QCoreApplication.translate("SyncSettings", "Sync folder"), start
        )
        if chosen:
            self.folder.setText(chosen)
            self.enabled.setChecked(True)

    def _refuse(self, text: str) -> bool:
        tell(self, QCoreApplication.translate("SyncSettings", "Sync"), text, name="syncSettingsBox")
        return False

    def save(self) -> bool:
        """Apply the choices; False (after saying why) when they cannot be."""
        on = self.enabled.isChecked()
        folder_text = self.folder.text().strip()
        name = self.device.text().strip()
        current = self.current
        if not on:
            if current.enabled:
                return self._store(sync_status.switch_off)
            return True
        secret = self.passphrase.text() if self.encrypted else ""
        if secret:  # used at the next round: the key is made and kept, the text forgotten
            sync_key.offer(self.context.database.paths, secret, for_sync_folder=True)
            self.passphrase.clear()
        if folder_text == current.folder and name == current.device_name and current.enabled:
            if secret:
                self.job.run_soon()
            return True
        if not folder_text:
            self.folder.setFocus()
            return self._refuse(
                QCoreApplication.translate(
                    "SyncSettings", "Choose the folder your sync service keeps first."
                )
            )
        folder = Path(folder_text).expanduser().absolute()
        if not folder.is_dir():
            self.folder.setFocus()
            return self._refuse(
                QCoreApplication.translate(
                    "SyncSettings",
                    "There is no folder at {folder}. Give the folder your sync service keeps "
                    "(Dropbox, OneDrive, iCloud Drive, Syncthing, a USB stick), or create it "
                    "first.",
                ).format(folder=folder)
            )
        if not name:
            self.device.setFocus()
            return self._refuse(
                QCoreApplication.translate(
                    "SyncSettings", "Give this laptop a name, such as “Home laptop”."
                )
            )
        if not self._store(rounds.configure, folder, name):
            return False
        self.job.run_soon()
        return True

    def _store(self, change: Callable[..., object], *args: object) -> bool:
        try:
            self.context.store(change, *args)
        except Exception as error:
            if not is_expected(error):
                raise
            return self._refuse(problem_text(error))
        return True


def encryption_on(paths: Paths) -> bool:
    from mentordesk.db import encryption

    return encryption.is_on(paths)


def sync_settings_page(parent: QWidget | None) -> SyncSettingsPage | None:
    """The Sync tab for Preferences over ``parent`` (the main window), or None where the
    window has no data open."""
    job = parent.findChild(SyncJob, "syncJob") if parent is not None else None
    if job is None or job.context is None:
        return None
    return SyncSettingsPage(job)
