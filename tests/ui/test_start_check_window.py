"""The real window on an encrypted folder whose file changed under an unchanged stamp
(what a failing disk does): the start-up check is skipped, yet SQLCipher's HMAC refuses
the changed page, and the person gets the damaged-file question (issue 20)."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QDialog, QLineEdit, QPushButton
from pytestqt.qtbot import QtBot

from mentordesk.config import Paths
from mentordesk.db import cipher, encryption, fingerprint
from mentordesk.db.database import Database
from mentordesk.ui.settings import open_settings
from mentordesk.ui.shell.data_session import DataSession
from tests.ui.conftest import DialogAnswerer
from tests.ui.helpers import add_people, click, type_keys

PASSPHRASE = "correct horse"


@pytest.fixture(autouse=True)
def _locked_after() -> Iterator[None]:
    yield
    cipher.lock()


def test_a_changed_first_page_of_an_encrypted_file_gets_the_damaged_file_question(
    qtbot: QtBot, paths: Paths, dialogs: DialogAnswerer
) -> None:
    paths.ensure()
    database = Database(paths)
    try:
        add_people(database, "Ada Quillfeather", "Bo Rennetwick")
    finally:
        database.close()
    encryption.turn_on(paths, PASSPHRASE)
    Database(paths).close()  # checked after the rewrite, then recorded at the close
    cipher.lock()
    assert fingerprint.unchanged(paths.database) is not None
    with open(paths.database, "r+b") as file:
        file.seek(1000)
        byte = file.read(1)
        file.seek(-1, os.SEEK_CUR)
        file.write(bytes([byte[0] ^ 0x01]))
    fingerprint.remember(paths.database, time.time())  # the stamps as the record has them
    assert fingerprint.unchanged(paths.database) is not None
    before = paths.database.read_bytes()

    def unlock(dialog: QDialog) -> None:
        field = dialog.findChild(QLineEdit, "unlockPassphrase")
        button = dialog.findChild(QPushButton, "unlockButton")
        assert field is not None and button is not None
        type_keys(field, PASSPHRASE)
        click(button)

    def quit_at_the_question(box: QDialog) -> None:
        button = box.findChild(QPushButton, "quitButton")
        assert button is not None
        click(button)

    dialogs.answer(unlock)
    dialogs.answer(quit_at_the_question)
    data = DataSession(paths, open_settings(paths))
    try:
        assert not data.start()
    finally:
        if data.window is not None:
            data.window.close()
        data.close()
    assert dialogs.names == ["unlockDialog", "damagedDatabaseBox"]
    assert "damaged" in dialogs.texts[-1]
    assert paths.database.read_bytes() == before, "never written"
