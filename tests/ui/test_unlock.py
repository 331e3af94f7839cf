"""The start-up unlock dialog through the real window on a real encrypted folder."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from PySide6.QtWidgets import QApplication, QCheckBox, QDialog, QLabel, QLineEdit, QPushButton
from pytestqt.qtbot import QtBot

from mentordesk.config import Paths
from mentordesk.db import cipher, encryption
from mentordesk.db.database import Database
from mentordesk.ui.settings import open_settings
from mentordesk.ui.shell.data_session import DataSession
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

PEOPLE = ("Ada Quillfeather", "Bo Rennetwick")


@pytest.fixture(autouse=True)
def _locked_after() -> Iterator[None]:
    yield
    cipher.lock()


class MemoryKeyring(KeyringBackend):
    """A real keyring backend that keeps its secrets in this process only."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self.kept: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.kept.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.kept[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.kept.pop((service, username), None)


@pytest.fixture
def encrypted(paths: Paths) -> str:
    paths.ensure()
    database = Database(paths)
    try:
        add_people(database, *PEOPLE)
    finally:
        database.close()
    recovery = encryption.turn_on(paths, "correct horse")
    cipher.lock()
    return recovery


@pytest.fixture
def session(qtbot: QtBot, paths: Paths) -> Iterator[DataSession]:
    data = DataSession(paths, open_settings(paths))
    yield data
    window = data.window
    if window is not None:
        window.close()
    data.close()
    if window is not None:  # its timers go with it, before the key is forgotten
        delete_now(qtbot, window)


def parts(dialog: QDialog) -> tuple[QLineEdit, QPushButton, QLabel]:
    field = dialog.findChild(QLineEdit, "unlockPassphrase")
    button = dialog.findChild(QPushButton, "unlockButton")
    wrong = dialog.findChild(QLabel, "unlockWrong")
    assert field is not None and button is not None and wrong is not None
    return field, button, wrong


def test_a_wrong_passphrase_is_said_plainly_then_the_right_one_opens_the_window(
    encrypted: str, session: DataSession, dialogs: DialogAnswerer
) -> None:
    said: list[str] = []

    def answer(dialog: QDialog) -> None:
        assert dialog.objectName() == "unlockDialog"
        field, button, wrong = parts(dialog)
        type_keys(field, "correct hors")
        click(button)
        assert dialog.isVisible()  # no lockout: ask again
        assert wrong.isVisible()
        said.append(wrong.text())
        QApplication.processEvents()
        assert cut_texts(dialog) == []  # the dialog grows to show the words whole
        assert field.text() == "correct hors"  # kept, selected to type over
        assert field.selectedText() == "correct hors"
        type_keys(field, "correct horse")
        click(button)

    dialogs.answer(answer)
    assert session.start()
    assert said and "Wrong passphrase" in said[0] and "Your data is fine" in said[0]
    assert "damaged" not in said[0].lower()
    assert session.window is not None
    assert sorted(shown_names(mentors_view(session.window))) == sorted(PEOPLE)


def test_the_recovery_key_opens_it_in_place_of_the_passphrase(
    encrypted: str, session: DataSession, dialogs: DialogAnswerer
) -> None:
    def answer(dialog: QDialog) -> None:
        field, button, _ = parts(dialog)
        type_keys(field, encrypted.lower())
        click(button)

    dialogs.answer(answer)
    assert session.start()
    assert session.window is not None
    assert sorted(shown_names(mentors_view(session.window))) == sorted(PEOPLE)


def test_quit_at_the_question_leaves_everything_as_it_was(
    encrypted: str, paths: Paths, session: DataSession, dialogs: DialogAnswerer
) -> None:
    before = paths.database.read_bytes()
    dialogs.answer(lambda dialog: dialog.reject())
    assert not session.start()
    assert paths.database.read_bytes() == before
    assert cipher.active_key() is None


def test_without_a_keyring_service_the_dialog_says_so(
    encrypted: str, session: DataSession, dialogs: DialogAnswerer, monkeypatch: pytest.MonkeyPatch
) -> None:
    from keyring.backends import fail

    monkeypatch.setattr(keyring, "get_keyring", fail.Keyring)
    seen: dict[str, object] = {}

    def answer(dialog: QDialog) -> None:
        remember = dialog.findChild(QCheckBox, "unlockRemember")
        note = dialog.findChild(QLabel, "unlockNoKeyring")
        assert remember is not None and note is not None
        seen["enabled"] = remember.isEnabled()
        seen["note"] = note.text()
        field, button, _ = parts(dialog)
        type_keys(field, "correct horse")
        click(button)

    dialogs.answer(answer)
    assert session.start()
    assert seen["enabled"] is False
    assert "no keyring service" in str(seen["note"])


def test_remember_on_this_computer_opens_the_next_start_without_asking(
    encrypted: str, paths: Paths, qtbot: QtBot, dialogs: DialogAnswerer, tmp_path: Path
) -> None:
    previous = keyring.get_keyring()
    store = MemoryKeyring()
    keyring.set_keyring(store)
    try:

        def answer(dialog: QDialog) -> None:
            remember = dialog.findChild(QCheckBox, "unlockRemember")
            assert remember is not None and remember.isEnabled()
            assert not remember.isChecked()  # off by default
            remember.setChecked(True)
            field, button, _ = parts(dialog)
            type_keys(field, "correct horse")
            click(button)

        dialogs.answer(answer)
        first = DataSession(paths, open_settings(paths))
        assert first.start()
        assert first.window is not None
        first.window.close()
        first.close()
        delete_now(qtbot, first.window)  # its timers go with it: the next start is a new one
        assert list(store.kept.values()) == ["correct horse"]

        cipher.lock()
        second = DataSession(paths, open_settings(paths))
        assert second.start()  # no dialog: an unexpected one would fail the test
        assert second.window is not None
        assert sorted(shown_names(mentors_view(second.window))) == sorted(PEOPLE)
        second.window.close()
        second.close()
    finally:
        keyring.set_keyring(previous)
