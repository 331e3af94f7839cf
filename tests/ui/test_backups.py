"""Backups in the app: the Backups list, restoring (and undoing it), and a damaged file at start."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from mentordesk.config import Paths
from mentordesk.db.backup import list_backups
from mentordesk.db.database import Database
from mentordesk.db.types import utc_now
from mentordesk.services import backup as backups
from mentordesk.services.mentors import MentorData, create_mentor, list_mentors
from mentordesk.ui.data.backups_dialog import BackupsDialog
from mentordesk.ui.formats import short_datetime
from mentordesk.ui.settings import open_settings
from mentordesk.ui.shell.data_session import DataSession
from tests.ui.conftest import DialogAnswerer


def add(database: Database, *names: str) -> None:
    with database.session() as session:
        for name in names:
            create_mentor(session, MentorData(name=name), now=utc_now())


def shown_mentors(session: DataSession) -> list[str]:
    """The mentors the (new) window reads through its context."""
    assert session.window is not None and session.window.context is not None
    return sorted(
        m.data.name
        for m in session.window.context.read(list_mentors, today=date.today(), now=utc_now())
    )


@pytest.fixture
def session(qtbot: QtBot, paths: Paths) -> Iterator[DataSession]:
    """The app's real data session (window, database, backup job) on the test folder."""
    paths.ensure()
    data = DataSession(paths, open_settings(paths))
    yield data
    if data.window is not None:
        data.window.undo_stack.clear()
        data.window.close()
    data.close()


def click(dialog: QDialog, name: str) -> None:
    button = dialog.findChild(QPushButton, name)
    assert button is not None, f"no {name} in {dialog.objectName()}"
    button.click()


def test_backups_are_made_off_the_ui_thread_and_listed_with_their_counts(
    qtbot: QtBot, session: DataSession
) -> None:
    assert session.start()
    assert session.database is not None
    add(session.database, "Ada Lovelace", "Grace Hopper")
    ran_in: list[int] = []
    original = backups.make_backup

    def recording(*args: object, **kwargs: object) -> object:
        ran_in.append(threading.get_ident())
        return original(*args, **kwargs)  # type: ignore[arg-type]

    backups.make_backup = recording  # type: ignore[assignment]
    try:
        dialog = BackupsDialog(session)
        qtbot.addWidget(dialog)
        assert dialog.table.rowCount() == 0
        with qtbot.waitSignal(session.job.backed_up, timeout=30000):
            click(dialog, "backUpNowButton")
    finally:
        backups.make_backup = original
    assert ran_in and ran_in[0] != threading.get_ident()
    assert session.job.worker.thread() is not QThread.currentThread()
    assert dialog.table.rowCount() == 1
    row = [dialog.table.item(0, column).text() for column in range(5)]  # type: ignore[union-attr]
    assert row[1] == "Made by you"
    assert row[3:] == ["2", "0"]
    # The date as every other list writes it (issue 18: it said "6 12 2026 18:58").
    assert row[0] == short_datetime(backups.list_summaries(session.paths)[0].taken_at)
    assert dialog.status.text() == "Backed up."


def test_a_restore_from_the_list_can_itself_be_undone(
    qtbot: QtBot, session: DataSession, dialogs: DialogAnswerer
) -> None:
    assert session.start()
    assert session.database is not None
    add(session.database, "Ada Lovelace")
    early = backups.make_backup(session.paths, backups.Reason.MANUAL, now=utc_now())
    add(session.database, "Grace Hopper")
    assert shown_mentors(session) == ["Ada Lovelace", "Grace Hopper"]

    dialog = BackupsDialog(session, session.window)
    qtbot.addWidget(dialog)
    dialog.table.selectRow(0)
    assert dialog.selected() is not None and dialog.selected().path == early  # type: ignore[union-attr]
    dialogs.answer(lambda box: click(box, "confirmRestoreButton"))
    with qtbot.waitSignal(session.opened, timeout=30000):
        dialog.restore_selected()
    assert dialogs.names == ["confirmRestoreBox"]
    assert shown_mentors(session) == ["Ada Lovelace"]
    assert session.window is not None and session.window.isVisible()
    assert "Backup restored" in session.window.statusBar().currentMessage()

    before_restore = [
        b for b in list_backups(session.paths.backups_dir) if b.reason == "before-restore"
    ]
    assert len(before_restore) == 1
    with qtbot.waitSignal(session.opened, timeout=30000):
        assert session.restore(before_restore[0].path)
    assert shown_mentors(session) == ["Ada Lovelace", "Grace Hopper"]


def test_a_damaged_database_at_start_offers_the_newest_good_backup(
    qtbot: QtBot, paths: Paths, dialogs: DialogAnswerer
) -> None:
    database = Database(paths)
    add(database, "Ada Lovelace", "Grace Hopper")
    backups.make_backup(paths, backups.Reason.DAILY, now=utc_now())
    database.close()
    paths.database.write_bytes(b"\x00" * 16384)

    data = DataSession(paths, open_settings(paths))
    seen: list[str] = []

    def restore(box: QDialog) -> None:
        assert isinstance(box, QMessageBox)
        seen.append(box.text() + "\n" + box.informativeText())
        click(box, "restoreBackupButton")

    dialogs.answer(restore)
    try:
        assert data.start()
        assert "damaged" in seen[0]
        assert "2 mentors and 0 meetings" in seen[0]
        assert shown_mentors(data) == ["Ada Lovelace", "Grace Hopper"]
        aside = list(paths.data_dir.glob("mentordesk.sqlite3.damaged-*"))
        assert len(aside) == 1 and aside[0].read_bytes() == b"\x00" * 16384
    finally:
        if data.window is not None:
            data.window.close()
        data.close()


def test_quitting_at_the_damage_question_leaves_the_file_where_it_was(
    qtbot: QtBot, paths: Paths, dialogs: DialogAnswerer
) -> None:
    paths.ensure()
    paths.database.write_bytes(b"")
    data = DataSession(paths, open_settings(paths))
    dialogs.answer(lambda box: click(box, "quitButton"))
    try:
        assert not data.start()
    finally:
        if data.window is not None:
            data.window.close()
        data.close()
    assert dialogs.names == ["damagedDatabaseBox"]
    assert paths.database.read_bytes() == b""
    assert list(paths.data_dir.glob("*.damaged-*")) == []
    QApplication.processEvents()
