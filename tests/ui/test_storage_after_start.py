"""A storage failure after start-up is shown in storage words, not as a crash (issue 15, R6).

A disk that fills up after the update is SQLite's SQLITE_FULL, wrapped by the data door
as a ``StorageError``; when no screen catches it, it reaches the app's last-resort hook.
"""

from __future__ import annotations

import sqlite3
import sys

from PySide6.QtWidgets import QApplication, QMessageBox

from mentordesk import app
from mentordesk.db.errors import StorageError, classify
from tests.ui.conftest import DialogAnswerer


def a_full_disk() -> StorageError:
    """A real SQLITE_FULL: a database allowed no more pages than it has."""
    connection = sqlite3.connect(":memory:")
    try:
        connection.execute("CREATE TABLE t (x)")
        connection.execute("PRAGMA max_page_count = 2")
        try:
            connection.execute("INSERT INTO t VALUES (randomblob(100000))")
        except sqlite3.OperationalError as error:
            try:
                raise StorageError(classify(error)) from error
            except StorageError as wrapped:
                return wrapped
    finally:
        connection.close()
    raise AssertionError("SQLite did not report a full database")


def test_a_full_disk_after_start_says_the_disk_is_full(
    qapp: QApplication, dialogs: DialogAnswerer
) -> None:
    error = a_full_disk()
    dialogs.answer(QMessageBox.StandardButton.Ok)
    app._excepthook(type(error), error, error.__traceback__)
    assert dialogs.names == ["storageProblemBox"]
    (text,) = dialogs.texts
    assert "the disk is full" in text
    assert "Free some disk space" in text
    assert "Something went wrong" not in text and "StorageError" not in text


def test_a_mistake_in_mentordesk_still_gets_the_crash_dialog(
    qapp: QApplication, dialogs: DialogAnswerer
) -> None:
    dialogs.answer(QMessageBox.StandardButton.Ok)
    try:
        raise KeyError("no such thing")
    except KeyError:
        app._excepthook(*sys.exc_info())
    assert dialogs.names == ["unexpectedErrorBox"]
