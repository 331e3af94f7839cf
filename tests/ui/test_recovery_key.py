"""The recovery key shown when encryption is turned on (encryption_dialog.RecoveryKeyDialog):
printed to a real PDF file (read back with tests/pdf_text.py), a print that fails said
with the key still there, Alt+P for Print…, and closing before the key is copied,
saved or printed asks first (going back keeps it shown)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from mentordesk.db.key_file import new_recovery_key, recovery_form
from mentordesk.ui.shell.encryption_dialog import RecoveryKeyDialog
from tests.pdf_text import page_count, pdf_text
from tests.ui.conftest import DialogAnswerer
from tests.ui.helpers import click, press

FOLDER = Path("/home/ada/My Mentoring")  # only printed, never opened


@pytest.fixture
def key() -> str:
    return new_recovery_key()


@pytest.fixture
def dialog(qtbot: QtBot, key: str) -> Iterator[RecoveryKeyDialog]:
    shown = RecoveryKeyDialog(key, None, FOLDER)  # not qtbot's: it would close it first
    shown.show()
    qtbot.waitExposed(shown)
    yield shown
    shown.kept = True  # let it close without the question
    shown.close()
    shown.deleteLater()


def pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def button(dialog: QDialog, name: str) -> QPushButton:
    found = dialog.findChild(QPushButton, name)
    assert isinstance(found, QPushButton), name
    return found


def test_printed_to_a_pdf_the_page_holds_the_key_the_folder_and_the_date(
    dialog: RecoveryKeyDialog, key: str, tmp_path: Path
) -> None:
    pdf = tmp_path / "recovery key.pdf"
    assert dialog.print_to(pdf_printer(pdf))
    assert pdf.read_bytes().startswith(b"%PDF")
    assert page_count(pdf) == 1
    lines = [line.replace("\t", " ") for line in pdf_text(pdf)]
    key_lines = [line for line in lines if recovery_form(line + "A" * 26) is None and "-" in line]
    assert recovery_form("".join(key_lines)) == key  # in groups, all of it, nothing else
    assert all(len(line) <= 20 for line in key_lines)  # lines short enough for large type
    assert "MentorDesk recovery key" in lines
    assert f"For the data folder: {FOLDER}" in lines
    today = QDate.fromString(date.today().isoformat(), Qt.DateFormat.ISODate)
    assert f"Printed on {QLocale().toString(today, QLocale.FormatType.LongFormat)}" in lines
    assert any("forget your passphrase" in line for line in lines)  # what it is for
    assert dialog.kept
    assert dialog.note.isVisible() and dialog.note.text() == f"Printed to {pdf}."
    dialog.done(QDialog.DialogCode.Accepted)  # kept: closes without a question
    assert not dialog.isVisible()


@pytest.mark.qt_log_ignore("QPainter::begin")  # Qt's own word on the failed printer
def test_a_print_that_fails_is_said_and_the_key_stays_shown(
    dialog: RecoveryKeyDialog, key: str, dialogs: DialogAnswerer, tmp_path: Path
) -> None:
    dialogs.answer(QMessageBox.StandardButton.Ok)
    assert not dialog.print_to(pdf_printer(tmp_path / "no such folder" / "key.pdf"))
    assert "could not be printed" in dialogs.texts[0]
    assert not dialog.kept and not dialog.note.isVisible()
    assert dialog.isVisible()
    field = dialog.findChild(QLineEdit, "recoveryKeyField")
    assert isinstance(field, QLineEdit) and field.text() == key


def test_alt_p_opens_the_print_dialog_and_cancelling_it_prints_nothing(
    dialog: RecoveryKeyDialog, dialogs: DialogAnswerer, qtbot: QtBot
) -> None:
    assert button(dialog, "printRecoveryKey").text() == "&Print…"
    seen: list[QDialog] = []

    def cancel(shown: QDialog) -> None:
        seen.append(shown)
        shown.reject()

    dialogs.answer(cancel)
    press(dialog, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: dialogs.pending == 0)
    assert isinstance(seen[0], QPrintDialog)
    assert not dialog.kept  # nothing printed
    assert dialog.isVisible()


def test_closing_before_the_key_is_kept_asks_and_going_back_keeps_it_shown(
    dialog: RecoveryKeyDialog, dialogs: DialogAnswerer
) -> None:
    dialogs.answer(QMessageBox.StandardButton.No)  # Go back
    click(button(dialog, "recoveryKeyDone"))
    assert dialogs.names == ["recoveryKeyNotKept"]
    assert "not copied, saved or printed" in dialogs.texts[0]
    assert dialog.isVisible()

    dialogs.answer(QMessageBox.StandardButton.No)  # Escape asks too
    press(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible() and len(dialogs.names) == 2

    dialogs.answer(QMessageBox.StandardButton.Yes)  # written down: closes
    click(button(dialog, "recoveryKeyDone"))
    assert not dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_once_copied_it_closes_without_a_question(
    dialog: RecoveryKeyDialog, key: str, dialogs: DialogAnswerer
) -> None:
    click(button(dialog, "copyRecoveryKey"))
    clipboard = QApplication.clipboard()
    assert clipboard is not None and clipboard.text() == key
    click(button(dialog, "recoveryKeyDone"))
    assert not dialog.isVisible()
    assert dialogs.names == []


def test_a_save_that_fails_is_said_and_nothing_counts_as_kept(
    dialog: RecoveryKeyDialog, dialogs: DialogAnswerer, tmp_path: Path
) -> None:
    dialogs.answer(QMessageBox.StandardButton.Ok)
    dialog.save_to(tmp_path / "no such folder" / "key.txt")
    assert "could not be saved in" in dialogs.texts[0]
    assert not dialog.kept and not dialog.note.isVisible()
    saved = tmp_path / "key.txt"
    dialog.save_to(saved)
    assert dialog.kept and dialog.note.text() == f"Saved in {saved}."
    assert dialog.recovery in saved.read_text(encoding="utf-8")
