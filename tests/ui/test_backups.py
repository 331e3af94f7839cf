"""Backups in the app: the Backups list, restoring (and undoing it), and a damaged file at start."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QPushButton
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from mentordesk.config import Paths
from mentordesk.db.backup import backup_name, list_backups
from mentordesk.db.database import Database
from mentordesk.db.types import utc_now
from mentordesk.services import backup as backups
from mentordesk.services.mentors import MentorData, create_mentor, list_mentors
from mentordesk.ui.data.backups_dialog import BackupsDialog
from mentordesk.ui.formats import long_datetime, short_datetime
from mentordesk.ui.settings import open_settings
from mentordesk.ui.shell.data_session import DataSession
from tests.ui.conftest import DialogAnswerer
from tests.ui.helpers import check_model


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
        assert dialog.model.rowCount() == 0
        assert dialog.status.text() == "No backups yet."
        assert not dialog.restore_button.isEnabled()
        with qtbot.waitSignal(session.job.backed_up, timeout=30000):
            click(dialog, "backUpNowButton")
    finally:
        backups.make_backup = original
    assert ran_in and ran_in[0] != threading.get_ident()
    assert session.job.worker.thread() is not QThread.currentThread()
    assert dialog.model.rowCount() == 1
    row = [dialog.model.index(0, column).data() for column in range(5)]
    assert row[1] == "Made by you"
    assert row[3:] == ["2", "0"]
    # The date as every other list writes it (issue 18: it said "6 12 2026 18:58").
    assert row[0] == short_datetime(backups.list_summaries(session.paths)[0].taken_at)
    assert dialog.status.text() == "Backed up."


def shown_rows(dialog: BackupsDialog) -> list[list[str]]:
    model = dialog.table.model()
    return [
        [model.index(row, column).data() for column in range(model.columnCount())]
        for row in range(model.rowCount())
    ]


def chosen_row(dialog: BackupsDialog) -> int:
    rows = dialog.table.selectionModel().selectedRows()
    assert len(rows) == 1
    return rows[0].row()


def test_the_list_shows_the_newest_backup_first_and_chosen_and_an_unreadable_one_cannot_be_restored(
    qtbot: QtBot, qtmodeltester: ModelTester, session: DataSession, dialogs: DialogAnswerer
) -> None:
    assert session.start()
    assert session.database is not None
    add(session.database, "Ada Lovelace")
    now = utc_now()
    older = backups.make_backup(session.paths, backups.Reason.DAILY, now=now - timedelta(hours=3))
    add(session.database, "Grace Hopper")
    newer = backups.make_backup(session.paths, backups.Reason.MANUAL, now=now - timedelta(hours=1))
    broken = session.paths.backups_dir / backup_name(now - timedelta(hours=2), "auto")
    broken.write_bytes(b"not a database")

    dialog = BackupsDialog(session, session.window)
    qtbot.addWidget(dialog)
    check_model(qtmodeltester, dialog.table.model())
    summaries = backups.list_summaries(session.paths)
    assert [s.path for s in summaries] == [newer, broken, older]
    rows = shown_rows(dialog)
    assert [row[1] for row in rows] == ["Made by you", "While you worked", "Daily"]
    # What an unreadable backup holds is not known: a dash, not "0 mentors".
    assert [row[3:] for row in rows] == [["2", "0"], ["—", "—"], ["1", "0"]]
    assert rows[0][0] == short_datetime(summaries[0].taken_at)
    assert rows[1][2] == "unreadable"
    # The newest is chosen when the list opens, ready to restore.
    assert chosen_row(dialog) == 0 and dialog.restore_button.isEnabled()
    # The unreadable one cannot be restored: the button goes grey, a double-click does nothing.
    dialog.table.selectRow(1)
    assert not dialog.restore_button.isEnabled()
    dialog.table.doubleClicked.emit(dialog.table.model().index(1, 0))
    assert dialogs.names == []
    dialog.table.selectRow(2)
    assert dialog.restore_button.isEnabled()


def test_restore_asks_about_the_chosen_row_and_cancel_changes_nothing(
    qtbot: QtBot, session: DataSession, dialogs: DialogAnswerer
) -> None:
    assert session.start()
    assert session.database is not None
    add(session.database, "Ada Lovelace")
    now = utc_now()
    older = backups.make_backup(session.paths, backups.Reason.DAILY, now=now - timedelta(hours=2))
    add(session.database, "Grace Hopper")
    backups.make_backup(session.paths, backups.Reason.MANUAL, now=now - timedelta(hours=1))

    dialog = BackupsDialog(session, session.window)
    qtbot.addWidget(dialog)
    dialog.table.selectRow(1)
    dialogs.answer(lambda box: click(box, "cancelButton"))
    dialog.table.doubleClicked.emit(dialog.table.model().index(1, 2))  # as a double-click does
    assert dialogs.names == ["confirmRestoreBox"]
    taken = backups.list_summaries(session.paths)[1].taken_at
    assert long_datetime(taken) in dialogs.texts[0]
    assert "1 mentor," in dialogs.texts[0] and "0 meetings" in dialogs.texts[0]
    assert dialog.selected() is not None and dialog.selected().path == older  # type: ignore[union-attr]
    assert shown_mentors(session) == ["Ada Lovelace", "Grace Hopper"]
    assert session.database is not None and dialog.result() != QDialog.DialogCode.Accepted


def test_backing_up_now_keeps_the_chosen_backup_chosen(qtbot: QtBot, session: DataSession) -> None:
    assert session.start()
    assert session.database is not None
    add(session.database, "Ada Lovelace")
    now = utc_now()
    older = backups.make_backup(session.paths, backups.Reason.DAILY, now=now - timedelta(hours=2))
    backups.make_backup(session.paths, backups.Reason.MANUAL, now=now - timedelta(hours=1))
    dialog = BackupsDialog(session, session.window)
    qtbot.addWidget(dialog)
    dialog.table.selectRow(1)
    with qtbot.waitSignal(session.job.backed_up, timeout=30000):
        click(dialog, "backUpNowButton")
    assert dialog.table.model().rowCount() == 3
    assert dialog.selected() is not None and dialog.selected().path == older  # type: ignore[union-attr]
    assert chosen_row(dialog) == 2
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
