"""File ▸ Encryption…: turn encryption at rest on, change the passphrase, turn it off.

Turning it on or off rewrites every database file, so it runs like a restore
(``DataSession.rewrite_files``): the window closes the normal way (saving), the
database closes, the files are rewritten (``db/encryption``), and a new window opens.
Changing the passphrase only replaces the key file and needs none of that. When
encryption is turned on, the recovery key is shown with Copy, Save to a file… and
Print… (``recovery_print.py``).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QGuiApplication, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mentordesk import remembered
from mentordesk.config import Paths
from mentordesk.db import encryption, key_file
from mentordesk.db.files import write_text_file
from mentordesk.ui.actions import make_action
from mentordesk.ui.messages import Choice, ask, tell
from mentordesk.ui.shell.recovery_print import print_page, recovery_page
from mentordesk.ui.shell.unlock_dialog import offer_to_sync
from mentordesk.ui.widgets.dialog_buttons import ok_cancel

if TYPE_CHECKING:
    from mentordesk.ui.shell.data_session import DataSession
    from mentordesk.ui.shell.main_window import MainWindow

ON, CHANGE, OFF = "on", "change", "off"
CLOSE, BACK = "close", "back"  # the recovery key not kept


class EncryptionDialog(QDialog):
    """Whether the data is encrypted, and the three things that can be done about it."""

    def __init__(self, paths: Paths, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("encryptionDialog")
        self.setWindowTitle(self.tr("Encryption"))
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 64)
        self.choice = ""
        on = encryption.is_on(paths)
        state = QLabel(
            self.tr(
                "Your data is encrypted: the database, its backups, damaged copies, attached "
                "files and the typing journal open only with your passphrase or your recovery key."
            )
            if on
            else self.tr(
                "Your data is not encrypted: anyone who can read the data folder can read it."
            ),
            self,
        )
        state.setObjectName("encryptionState")
        state.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(state)
        row = QHBoxLayout()
        for key, text, enabled in (
            (ON, self.tr("Turn &on…"), not on),
            (CHANGE, self.tr("&Change passphrase…"), on),
            (OFF, self.tr("Turn o&ff…"), on),
        ):
            button = QPushButton(text, self)
            button.setObjectName(f"encryption_{key}")
            button.setAccessibleName(text.replace("&", ""))
            button.setEnabled(enabled)
            button.clicked.connect(lambda _=False, chosen=key: self._choose(chosen))
            row.addWidget(button)
        layout.addLayout(row)
        close = QPushButton(self.tr("Close"), self)
        close.setObjectName("encryptionClose")
        close.setAccessibleName(self.tr("Close"))
        close.clicked.connect(self.reject)
        layout.addWidget(close)

    def _choose(self, key: str) -> None:
        self.choice = key
        self.accept()


class PassphraseDialog(QDialog):
    """The current passphrase (checked here), a new one typed twice, or both."""

    def __init__(
        self,
        paths: Paths,
        parent: QWidget | None,
        *,
        current: bool,
        new: bool,
        ok_text: str,
    ) -> None:
        super().__init__(parent)
        self.paths = paths
        self.setObjectName("passphraseDialog")
        self.setWindowTitle(self.tr("Passphrase"))
        form = QFormLayout(self)
        self.current = self._field("currentPassphrase", self.tr("Current passphrase"))
        self.new = self._field("newPassphrase", self.tr("New passphrase"))
        self.again = self._field("againPassphrase", self.tr("New passphrase again"))
        if current:
            form.addRow(self.tr("C&urrent passphrase (or recovery key)"), self.current)
        if new:
            form.addRow(self.tr("&New passphrase"), self.new)
            form.addRow(self.tr("&Again"), self.again)
        # A field not asked for is no row, and must not float at the corner taking the
        # keystrokes meant for the first one shown.
        self.current.setVisible(current)
        self.new.setVisible(new)
        self.again.setVisible(new)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)
        self.wants_current, self.wants_new = current, new
        self.problem = QLabel(self)
        self.problem.setObjectName("passphraseProblem")
        self.problem.setWordWrap(True)
        self.problem.hide()
        form.addRow(self.problem)
        form.addRow(ok_cancel(self, ok_text, "passphraseOk"))

    def _field(self, name: str, label: str) -> QLineEdit:
        field = QLineEdit(self)
        field.setObjectName(name)
        field.setAccessibleName(label)
        field.setEchoMode(QLineEdit.EchoMode.Password)
        return field

    def accept(self) -> None:
        if self.wants_current:
            found = key_file.read(self.paths.data_dir)
            try:
                assert found is not None
                key_file.open_with(found, self.current.text())
            except key_file.WrongPassphraseError:
                self._say(self.tr("Wrong passphrase. Nothing was changed; type it again."))
                return
        if self.wants_new and not self.new.text():
            self._say(self.tr("Type a new passphrase."))
            return
        if self.wants_new and self.new.text() != self.again.text():
            self._say(self.tr("The two new passphrases differ; type them again."))
            return
        super().accept()

    def _say(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()
        self.adjustSize()  # grow to the words, or they are cut


class RecoveryKeyDialog(QDialog):
    """The recovery key, once, with Copy, Save to a file… and Print…. Closed before any
    of them, it asks whether the key is kept (written down counts: a question, not a
    block)."""

    def __init__(
        self, recovery: str, parent: QWidget | None = None, data_folder: Path | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("recoveryKeyDialog")
        self.setWindowTitle(self.tr("Your recovery key"))
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 64)
        self.recovery = recovery
        self.data_folder = data_folder
        self.kept = False  # copied, saved or printed
        layout = QVBoxLayout(self)
        words = QLabel(
            self.tr(
                "Write this recovery key down, print it or save it away from this computer. "
                "It opens your data if you forget the passphrase. If you lose both, nobody "
                "can open your data."
            ),
            self,
        )
        words.setWordWrap(True)
        layout.addWidget(words)
        self.field = QLineEdit(recovery, self)
        self.field.setObjectName("recoveryKeyField")
        self.field.setAccessibleName(self.tr("Recovery key"))
        self.field.setReadOnly(True)
        layout.addWidget(self.field)
        row = QHBoxLayout()
        for name, text, action in (
            ("copyRecoveryKey", self.tr("&Copy"), self.copy),
            ("saveRecoveryKey", self.tr("&Save to a file…"), self.choose_file),
            ("printRecoveryKey", self.tr("&Print…"), self.choose_printer),
            ("recoveryKeyDone", self.tr("I have &kept it"), self.accept),
        ):
            button = QPushButton(text, self)
            button.setObjectName(name)
            button.setAccessibleName(text.replace("&", ""))
            button.clicked.connect(action)
            row.addWidget(button)
        layout.addLayout(row)
        self.note = QLabel(self)  # what was done with the key: copied, saved, printed
        self.note.setObjectName("recoveryKeyNote")
        self.note.setWordWrap(True)
        self.note.hide()
        layout.addWidget(self.note)

    def _done(self, text: str) -> None:
        self.kept = True
        self.note.setText(text)
        self.note.show()

    def copy(self) -> None:
        clipboard = QGuiApplication.clipboard()
        if clipboard is not None:
            clipboard.setText(self.recovery)
            self._done(self.tr("Copied to the clipboard."))

    def choose_file(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the recovery key"), "mentordesk-recovery-key.txt"
        )
        if chosen:
            self.save_to(Path(chosen))

    def save_to(self, path: Path) -> None:
        text = QCoreApplication.translate(
            "RecoveryKeyDialog", "MentorDesk recovery key: {key}\n"
        ).format(key=self.recovery)
        try:
            write_text_file(path, text)
        except OSError as error:
            tell(
                self,
                self.tr("Save to a file"),
                self.tr(
                    "The recovery key could not be saved in {path} ({reason}). Choose "
                    "another folder, or copy or print the key instead."
                ).format(path=path, reason=error.strerror or type(error).__name__),
            )
            return
        self._done(self.tr("Saved in {path}.").format(path=path))

    def choose_printer(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        chooser = QPrintDialog(printer, self)
        chooser.setWindowTitle(self.tr("Print the recovery key"))
        if chooser.exec() == QDialog.DialogCode.Accepted:
            self.print_to(printer)

    def page(self) -> QTextDocument:
        """The printed page (recovery_print.py), dated today."""
        return recovery_page(self.recovery, self.data_folder, date.today())

    def print_to(self, printer: QPrinter) -> bool:
        """Print the page; say so if it failed (the key stays shown)."""
        if print_page(self.page(), printer):
            if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat:
                said = self.tr("Printed to {file}.").format(file=printer.outputFileName())
            else:
                said = self.tr("Sent to the printer {name}.").format(name=printer.printerName())
            self._done(said)
            return True
        tell(
            self,
            self.tr("Print"),
            self.tr(
                "The recovery key could not be printed. Check the printer (or the folder of "
                "the PDF file) and try again, or copy or save the key instead."
            ),
        )
        return False

    def done(self, result: int) -> None:
        """Closing (I have kept it, Escape, the window's close button) before the key
        was copied, saved or printed asks first; going back is the default."""
        if not self.kept and self.isVisible():
            answer = ask(
                self,
                self.tr("Your recovery key"),
                self.tr(
                    "You have not copied, saved or printed the recovery key. If you forget "
                    "your passphrase, only this key opens your data, and it is not shown "
                    "again. Close it anyway?"
                ),
                [
                    Choice(
                        CLOSE, QMessageBox.StandardButton.Yes, self.tr("I have &written it down")
                    ),
                    Choice(BACK, QMessageBox.StandardButton.No, self.tr("Go &back")),
                ],
                name="recoveryKeyNotKept",
                icon=QMessageBox.Icon.Warning,
            )
            if answer != CLOSE:
                return
            self.kept = True
        super().done(result)


def change_encryption(window: QWidget, session: DataSession) -> None:
    """Ask what to do and do it (see the module)."""
    paths = session.paths
    chooser = EncryptionDialog(paths, window)
    if chooser.exec() != QDialog.DialogCode.Accepted:
        return
    choice = chooser.choice
    asked = PassphraseDialog(
        paths,
        window,
        current=choice in (CHANGE, OFF),
        new=choice in (ON, CHANGE),
        ok_text={
            ON: QCoreApplication.translate("EncryptionDialog", "Encrypt"),
            CHANGE: QCoreApplication.translate("EncryptionDialog", "Change"),
            OFF: QCoreApplication.translate("EncryptionDialog", "Decrypt"),
        }[choice],
    )
    if asked.exec() != QDialog.DialogCode.Accepted:
        return
    current, new = asked.current.text(), asked.new.text()
    if choice == CHANGE:
        encryption.change(paths, current, new)
        session.say(
            QCoreApplication.translate(
                "EncryptionDialog", "The passphrase is changed. Your recovery key stays the same."
            )
        )
        return
    made: list[str] = []

    def work() -> None:
        if choice == ON:
            made.append(encryption.turn_on(paths, new))
            offer_to_sync(paths, new)  # sync's batches are sealed from the next round
        else:
            encryption.turn_off(paths, current)
            remembered.forget(paths)  # nothing left to remember

    done = (
        QCoreApplication.translate("EncryptionDialog", "Your data is encrypted.")
        if choice == ON
        else QCoreApplication.translate("EncryptionDialog", "Your data is no longer encrypted.")
    )
    after: Callable[[], None] | None = None
    if choice == ON:

        def after() -> None:
            if made:
                RecoveryKeyDialog(made[0], session.window, paths.data_dir).exec()

    session.rewrite_files(work, done, after)


def add_encryption_action(window: MainWindow, session: DataSession) -> None:
    """File ▸ Encryption… in ``window``."""
    action: QAction = make_action(
        window,
        "encryptionAction",
        QCoreApplication.translate("EncryptionDialog", "&Encryption…"),
        lambda: change_encryption(window, session),
        [],
    )
    window.add_file_actions([action])
