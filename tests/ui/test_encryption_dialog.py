"""File ▸ Encryption… in the real window: turned on (the recovery key shown and saved),
the passphrase changed, turned off; every record still shown after each."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypeVar

import pytest
from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
)
from pytestqt.qtbot import QtBot

from mentordesk.config import Paths
from mentordesk.db import cipher, encryption
from mentordesk.db.database import Database
from mentordesk.ui.settings import open_settings
from mentordesk.ui.shell.data_session import DataSession
from mentordesk.ui.shell.encryption_dialog import PassphraseDialog, RecoveryKeyDialog
from tests.ui.conftest import DialogAnswerer
from tests.ui.cut_check import cut_texts
from tests.ui.helpers import (
    add_people,
    click,
    delete_now,
    mentors_view,
    shown_names,
    type_keys,
)

W = TypeVar("W", bound=QObject)
PEOPLE = ("Ada Quillfeather", "Bo Rennetwick")


@pytest.fixture(autouse=True)
def _locked_after() -> Iterator[None]:
    yield
    cipher.lock()


@pytest.fixture
def session(qtbot: QtBot, paths: Paths) -> Iterator[DataSession]:
    paths.ensure()
    database = Database(paths)
    try:
        add_people(database, *PEOPLE)
    finally:
        database.close()
    data = DataSession(paths, open_settings(paths))
    assert data.start()
    yield data
    window = data.window
    if window is not None:
        window.close()
    data.close()
    if window is not None:  # its timers go with it, before the key is forgotten
        delete_now(qtbot, window)


def child(dialog: QDialog, kind: type[W], name: str) -> W:
    found = dialog.findChild(kind, name)
    assert isinstance(found, kind), name
    return found


def choose(key: str) -> Callable[[QDialog], None]:
    return lambda dialog: click(child(dialog, QPushButton, f"encryption_{key}"))


def open_encryption(session: DataSession) -> None:
    assert session.window is not None
    action = session.window.findChild(QAction, "encryptionAction")
    assert action is not None
    action.trigger()


def names(session: DataSession) -> list[str]:
    assert session.window is not None
    return sorted(shown_names(mentors_view(session.window)))


def test_turn_on_shows_the_recovery_key_then_change_and_turn_off(
    session: DataSession, paths: Paths, dialogs: DialogAnswerer, tmp_path: Path
) -> None:
    said: list[str] = []
    kept: dict[str, str] = {}

    def new_passphrase(dialog: QDialog) -> None:
        type_keys(child(dialog, QLineEdit, "newPassphrase"), "pass one")
        type_keys(child(dialog, QLineEdit, "againPassphrase"), "pass 1")
        click(child(dialog, QPushButton, "passphraseOk"))
        assert dialog.isVisible()  # the two differ: said, and asked again
        said.append(child(dialog, QLabel, "passphraseProblem").text())
        again = child(dialog, QLineEdit, "againPassphrase")
        again.clear()
        type_keys(again, "pass one")
        click(child(dialog, QPushButton, "passphraseOk"))

    def recovery(dialog: QDialog) -> None:
        assert isinstance(dialog, RecoveryKeyDialog)
        kept["key"] = child(dialog, QLineEdit, "recoveryKeyField").text()
        dialog.save_to(tmp_path / "recovery.txt")
        click(child(dialog, QPushButton, "recoveryKeyDone"))

    dialogs.answer(choose("on"))
    dialogs.answer(new_passphrase)
    dialogs.answer(recovery)
    open_encryption(session)
    assert said and "differ" in said[0]
    assert cipher.is_plain(paths.database) is False
    assert PEOPLE[0].encode() not in paths.database.read_bytes()
    assert names(session) == sorted(PEOPLE)
    assert kept["key"] in (tmp_path / "recovery.txt").read_text()

    def change(dialog: QDialog) -> None:
        type_keys(child(dialog, QLineEdit, "currentPassphrase"), "not it")
        type_keys(child(dialog, QLineEdit, "newPassphrase"), "pass two")
        type_keys(child(dialog, QLineEdit, "againPassphrase"), "pass two")
        click(child(dialog, QPushButton, "passphraseOk"))
        said.append(child(dialog, QLabel, "passphraseProblem").text())
        current = child(dialog, QLineEdit, "currentPassphrase")
        current.clear()
        type_keys(current, kept["key"])  # the recovery key stands in for the passphrase
        click(child(dialog, QPushButton, "passphraseOk"))

    dialogs.answer(choose("change"))
    dialogs.answer(change)
    open_encryption(session)
    assert "Wrong passphrase" in said[1]
    cipher.lock()
    encryption.unlock(paths, "pass two")  # the new one opens it

    def current(dialog: QDialog) -> None:
        type_keys(child(dialog, QLineEdit, "currentPassphrase"), "pass two")
        click(child(dialog, QPushButton, "passphraseOk"))

    dialogs.answer(choose("off"))
    dialogs.answer(current)
    open_encryption(session)
    assert not encryption.is_on(paths)
    assert cipher.is_plain(paths.database) is True
    assert names(session) == sorted(PEOPLE)


def test_preferences_privacy_says_the_state_and_turns_it_on(
    session: DataSession, paths: Paths, dialogs: DialogAnswerer, qtbot: QtBot
) -> None:
    seen: list[str] = []

    def privacy(dialog: QDialog) -> None:
        assert dialog.objectName() == "preferencesDialog"
        seen.append(child(dialog, QLabel, "privacyState").text())
        click(child(dialog, QPushButton, "privacyEncryption"))

    def new_passphrase(dialog: QDialog) -> None:
        type_keys(child(dialog, QLineEdit, "newPassphrase"), "pass one")
        type_keys(child(dialog, QLineEdit, "againPassphrase"), "pass one")
        click(child(dialog, QPushButton, "passphraseOk"))

    dialogs.answer(privacy)
    dialogs.answer(choose("on"))
    dialogs.answer(new_passphrase)

    def done_without_keeping(dialog: QDialog) -> None:
        # Clicked once this answer returns, so the question it asks is answered next.
        QTimer.singleShot(0, lambda: click(child(dialog, QPushButton, "recoveryKeyDone")))

    dialogs.answer(done_without_keeping)
    dialogs.answer(QMessageBox.StandardButton.Yes)  # not kept? "I have written it down"
    assert session.window is not None
    session.window.show_preferences()
    qtbot.waitUntil(
        lambda: dialogs.pending == 0 and cipher.is_plain(paths.database) is False, timeout=120_000
    )
    assert "not encrypted" in seen[0]
    assert dialogs.names[-2:] == ["recoveryKeyDialog", "recoveryKeyNotKept"]
    assert cipher.is_plain(paths.database) is False
    assert names(session) == sorted(PEOPLE)


def test_turning_on_asks_only_for_a_new_passphrase_and_typing_goes_there(
    qtbot: QtBot, paths: Paths
) -> None:
    """The current-passphrase field, not asked for when turning on, sat unseen in the
    dialog's corner with the focus: the first passphrase typed went into it."""
    paths.ensure()
    dialog = PassphraseDialog(paths, None, current=False, new=True, ok_text="Encrypt")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: dialog.focusWidget() is not None)
    assert not dialog.current.isVisible()
    focused = dialog.focusWidget()
    assert focused is not None
    type_keys(focused, "plum orchard")
    assert dialog.new.text() == "plum orchard"
    assert dialog.current.text() == ""
    type_keys(dialog.again, "plum orchid")
    dialog.accept()  # the two differ: said, whole, and the dialog stays
    QApplication.processEvents()
    assert dialog.isVisible() and "differ" in dialog.problem.text()
    assert cut_texts(dialog) == []
