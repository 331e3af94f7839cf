"""Never lose a keystroke: debounce, focus change, switching meetings, closing, quitting,
the app going to the background, failures with retry, and the warning at close."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import event

from mentordesk.config import Paths
from mentordesk.db import engine
from mentordesk.db.database import Database
from mentordesk.db.errors import Problem, StorageError
from mentordesk.db.types import utc_now
from mentordesk.services import meetings
from mentordesk.ui.meeting_mode.saver import describe_failure
from mentordesk.ui.meeting_mode.window import (
    MeetingModeWindow,
    open_meeting_windows,
)
from tests.ui.conftest import DialogAnswerer
from tests.ui.test_meeting_mode_fixtures import (
    START,
    MeetingSetup,
    make_setup,
    type_text,
)

BUSY = "Not saved: the database is busy (another program is using it)"


@pytest.fixture
def mm(qtbot: QtBot, database: Database) -> MeetingSetup:
    return make_setup(qtbot, database)


@pytest.fixture
def quick_busy_database(paths: Paths, monkeypatch: pytest.MonkeyPatch) -> Iterator[Database]:
    """A database whose connections give up after 200 ms when another program holds the
    write lock (the app waits 5 s), so a blocked save fails quickly in tests."""
    quick = tuple(p for p in engine.PRAGMAS if "busy_timeout" not in p)
    monkeypatch.setattr(engine, "PRAGMAS", (*quick, "PRAGMA busy_timeout=200"))
    db = Database(paths)
    yield db
    db.close()


def no_autosave(window: MeetingModeWindow) -> None:
    """Only the event under test may save: the typing pause would take 60 s."""
    window.saver.debounce.setInterval(60_000)
    window.saver.max_wait.setInterval(60_000)


def test_saves_once_typing_pauses(mm: MeetingSetup) -> None:
    window = mm.open()
    type_text(window.notes, "Ask about the promotion")
    assert window.header.save_state.text() == "Saving…"
    mm.qtbot.waitUntil(lambda: mm.stored_notes() == "Ask about the promotion", timeout=10_000)
    mm.qtbot.waitUntil(lambda: window.header.save_state.text() == "Saved", timeout=10_000)


def test_takeaways_are_saved_too(mm: MeetingSetup) -> None:
    window = mm.open()
    window.takeaways.setFocus()
    type_text(window.takeaways, "Impact first")
    mm.qtbot.waitUntil(lambda: mm.stored().takeaways == "Impact first", timeout=10_000)


def test_focus_leaving_the_editor_saves_at_once(mm: MeetingSetup) -> None:
    window = mm.open()
    no_autosave(window)
    type_text(window.notes, "focus test")
    window.agenda_panel.new_item.setFocus()
    mm.qtbot.waitUntil(lambda: mm.stored_notes() == "focus test", timeout=10_000)


def test_app_going_to_the_background_saves_at_once(mm: MeetingSetup) -> None:
    window = mm.open()
    no_autosave(window)
    type_text(window.notes, "background")
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app.applicationStateChanged.emit(Qt.ApplicationState.ApplicationInactive)
    mm.qtbot.waitUntil(lambda: mm.stored_notes() == "background", timeout=10_000)


def test_closing_right_after_typing_loses_nothing(mm: MeetingSetup) -> None:
    window = mm.open()
    no_autosave(window)
    type_text(window.notes, "typed and closed")
    assert window.close()
    assert mm.stored_notes() == "typed and closed"
    assert window not in open_meeting_windows()


def test_opening_another_meeting_saves_the_open_one(mm: MeetingSetup) -> None:
    window = mm.open()
    no_autosave(window)
    type_text(window.notes, "first meeting")
    with mm.database.session() as session:
        other = meetings.plan_meeting(
            session,
            meetings.MeetingPlan(mentor_id=mm.mentor_id, scheduled_start=START),
            now=utc_now(),
        ).id
    second = MeetingModeWindow(mm.context, other)
    mm.qtbot.addWidget(second)
    assert mm.stored_notes() == "first meeting"


def test_busy_database_says_why_keeps_the_text_and_retries(
    qtbot: QtBot,
    quick_busy_database: Database,
) -> None:
    mm = make_setup(qtbot, quick_busy_database)
    window = mm.open()
    blocker = sqlite3.connect(quick_busy_database.paths.database, isolation_level=None)
    blocker.execute("BEGIN EXCLUSIVE")
    try:
        type_text(window.notes, "while locked ✓")
        qtbot.waitUntil(lambda: window.header.save_state.text() == BUSY, timeout=10_000)
        assert window.notes.toPlainText() == "while locked ✓"
        type_text(window.notes, " more")  # typing still works while saves fail
    finally:
        blocker.rollback()
        blocker.close()
    qtbot.waitUntil(lambda: mm.stored_notes() == "while locked ✓ more", timeout=20_000)
    qtbot.waitUntil(lambda: window.header.save_state.text() == "Saved", timeout=10_000)


def test_closing_while_unsaved_warns_and_keeps_or_copies(
    qtbot: QtBot,
    quick_busy_database: Database,
    dialogs: DialogAnswerer,
) -> None:
    mm = make_setup(qtbot, quick_busy_database)
    window = mm.open()
    no_autosave(window)
    blocker = sqlite3.connect(quick_busy_database.paths.database, isolation_level=None)
    blocker.execute("BEGIN EXCLUSIVE")
    try:
        type_text(window.notes, "precious words")

        def click(name: str) -> object:
            def act(dialog: QDialog) -> None:
                assert isinstance(dialog, QMessageBox)
                assert "busy" in dialog.text()
                button = dialog.findChild(QPushButton, name)
                assert button is not None
                button.click()

            return act

        dialogs.answer(click("keepOpenButton"))  # type: ignore[arg-type]
        assert not window.close()
        assert dialogs.names == ["unsavedNotesBox"]
        assert window.isVisible()
        assert window.notes.toPlainText() == "precious words"
        assert window.header.save_state.text() == BUSY

        dialogs.answer(click("copyAndCloseButton"))  # type: ignore[arg-type]
        assert window.close()
        assert dialogs.names == ["unsavedNotesBox", "unsavedNotesBox"]
        assert QApplication.clipboard().text() == "precious words"
    finally:
        blocker.rollback()
        blocker.close()


def test_try_again_at_close_saves_once_the_obstacle_is_gone(
    qtbot: QtBot,
    quick_busy_database: Database,
    dialogs: DialogAnswerer,
) -> None:
    mm = make_setup(qtbot, quick_busy_database)
    window = mm.open()
    no_autosave(window)
    blocker = sqlite3.connect(quick_busy_database.paths.database, isolation_level=None)
    blocker.execute("BEGIN EXCLUSIVE")
    type_text(window.notes, "saved on retry")

    def release_and_retry(dialog: QDialog) -> None:
        blocker.rollback()
        blocker.close()
        button = dialog.findChild(QPushButton, "retryButton")
        assert button is not None
        button.click()

    dialogs.answer(release_and_retry)
    assert window.close()
    assert dialogs.names == ["unsavedNotesBox"]
    assert mm.stored_notes() == "saved on retry"


def test_disk_full_is_reported_in_plain_words(mm: MeetingSetup) -> None:
    """A real SQLITE_FULL: the database may not grow past its current size (SQLite's
    own max_page_count), then it may again."""
    window = mm.open()
    limit = {"pages": 0}

    def cap(connection: sqlite3.Connection, _record: object) -> None:
        if limit["pages"]:
            connection.execute(f"PRAGMA max_page_count={limit['pages']}")

    mm.database.engine.dispose()
    event.listen(mm.database.engine, "connect", cap)
    with mm.database.engine.connect() as connection:
        limit["pages"] = int(connection.exec_driver_sql("PRAGMA page_count").scalar() or 0)
    mm.database.engine.dispose()
    type_text(window.notes, "big notes ")
    window.notes.insertPlainText("x " * 40_000)  # more than the free pages can hold
    mm.qtbot.waitUntil(
        lambda: window.header.save_state.text() == "Not saved: the disk is full", timeout=10_000
    )
    assert window.notes.toPlainText().startswith("big notes x")
    limit["pages"] = 0
    mm.database.engine.dispose()  # new connections: no cap (the retry will get one)
    mm.qtbot.waitUntil(lambda: window.header.save_state.text() == "Saved", timeout=20_000)
    assert mm.stored_notes().startswith("big notes x")


@pytest.mark.parametrize(
    ("problem", "reason"),
    [
        (Problem.BUSY, "the database is busy (another program is using it)"),
        (Problem.FULL, "the disk is full"),
        (Problem.READ_ONLY, "the data folder cannot be written to"),
        (Problem.IO, "the disk reported an error"),
        (Problem.CORRUPT, "the database file is damaged"),
    ],
)
def test_failures_are_described_without_jargon(problem: Problem, reason: str) -> None:
    assert describe_failure(StorageError(problem)) == reason
