"""The start-up question for the passphrase of an encrypted data folder.

A wrong passphrase is said in words that never sound like damage, the field keeps
what was typed (selected, to type over), and there is no lockout and no delay: it
is the person's own data. The recovery key is accepted in the same field.
"Remember on this computer" (off by default) keeps the passphrase in the system's
keyring; without a keyring service the dialog says so instead of offering it.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from mentordesk import remembered
from mentordesk.config import Paths
from mentordesk.db import cipher, key_file
from mentordesk.db.key_file import KeyFile, WrongPassphraseError
from mentordesk.ui.widgets.dialog_buttons import ok_cancel

log = logging.getLogger(__name__)


class UnlockDialog(QDialog):
    """Asks for the passphrase until it opens the folder's data key, or the person quits."""

    def __init__(self, parent: QWidget | None, paths: Paths, found: KeyFile) -> None:
        super().__init__(parent)
        self.paths = paths
        self.found = found
        self.setObjectName("unlockDialog")
        self.setWindowTitle(self.tr("Unlock your data"))
        self.setModal(True)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 64)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Your MentorDesk data in {folder} is encrypted. Type your passphrase, "
                "or your recovery key if you have forgotten it."
            ).format(folder=paths.data_dir),
            self,
        )
        intro.setObjectName("unlockIntro")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.field = QLineEdit(self)
        self.field.setObjectName("unlockPassphrase")
        self.field.setAccessibleName(self.tr("Passphrase or recovery key"))
        self.field.setPlaceholderText(self.tr("Passphrase or recovery key"))
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        layout.addWidget(self.field)
        self.wrong = QLabel(self)
        self.wrong.setObjectName("unlockWrong")
        self.wrong.setWordWrap(True)
        self.wrong.setAccessibleName(self.tr("Why it did not open"))
        self.wrong.hide()
        layout.addWidget(self.wrong)
        self.remember = QCheckBox(self.tr("&Remember on this computer"), self)
        self.remember.setObjectName("unlockRemember")
        self.remember.setAccessibleName(self.tr("Remember on this computer"))
        self.remember.setChecked(False)
        layout.addWidget(self.remember)
        if not remembered.available():
            self.remember.setEnabled(False)
            none = QLabel(
                self.tr(
                    "This computer has no keyring service, so MentorDesk cannot remember "
                    "the passphrase: you type it at each start."
                ),
                self,
            )
            none.setObjectName("unlockNoKeyring")
            none.setWordWrap(True)
            layout.addWidget(none)
        buttons = ok_cancel(self, self.tr("Unlock"), "unlockButton", "unlockQuit")
        quit_button = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        assert quit_button is not None
        quit_button.setText(self.tr("Quit"))
        quit_button.setAccessibleName(self.tr("Quit"))
        layout.addWidget(buttons)
        self.field.setFocus(Qt.FocusReason.OtherFocusReason)

    def accept(self) -> None:
        """Unlock with what was typed, or say why not and let the person try again."""
        secret = self.field.text()
        if not secret:
            self._say(self.tr("Type your passphrase (or your recovery key)."))
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            data_key = key_file.open_with(self.found, secret)
        except WrongPassphraseError:
            self._say(
                self.tr(
                    "Wrong passphrase. Your data is fine: type it again (it is case-"
                    "sensitive), or use your recovery key."
                )
            )
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        cipher.unlock(data_key)
        offer_to_sync(self.paths, secret)
        if self.remember.isChecked() and not remembered.remember(self.paths, secret):
            log.warning("The passphrase could not be remembered in the keyring")
        super().accept()

    def _say(self, text: str) -> None:
        self.wrong.setText(text)
        self.wrong.show()
        self.adjustSize()  # grow to the words, or they are cut and overlap
        self.field.selectAll()
        self.field.setFocus(Qt.FocusReason.OtherFocusReason)


def offer_to_sync(paths: Paths, secret: str) -> None:
    """The passphrase just typed makes the sync key at the next round that needs one
    (``services/sync_key``: a recovery key is not used)."""
    from mentordesk.services import sync_key

    sync_key.offer(paths, secret)


def unlock_at_start(parent: QWidget | None, paths: Paths) -> bool:
    """The folder's data key in use (asked for when needed); False: the person quit.

    Raises KeyFileDamagedError (a DatabaseError) for a key file that cannot be read."""
    if cipher.active_key() is not None or not key_file.path_in(paths.data_dir).exists():
        return True
    found = key_file.read(paths.data_dir)
    if found is None:
        return True
    kept = remembered.recall(paths)
    if kept is not None:
        try:
            cipher.unlock(key_file.open_with(found, kept))
            offer_to_sync(paths, kept)
            return True
        except WrongPassphraseError:  # changed since: ask, and forget the old one
            remembered.forget(paths)
    dialog = UnlockDialog(parent, paths, found)
    return dialog.exec() == QDialog.DialogCode.Accepted
