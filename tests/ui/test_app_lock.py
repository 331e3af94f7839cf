"""The app lock through the real window on a real encrypted folder: the idle timer in
meeting mode loses no character, nothing acts while locked, the wrong passphrase, the
recovery key, Preferences, and the lock without encryption."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from mentordesk.config import Paths
from mentordesk.db import cipher, encryption
from mentordesk.db.database import Database
from mentordesk.db.models import Meeting
from mentordesk.db.types import utc_now
from mentordesk.services import meetings, mentors
from mentordesk.ui import settings as setting
from mentordesk.ui.meeting_mode.window import MeetingModeWindow
from mentordesk.ui.messages import confirm
from mentordesk.ui.settings import open_settings
from mentordesk.ui.shell import keyboard
from mentordesk.ui.shell.app_lock import AppLock
from mentordesk.ui.shell.data_session import DataSession
from mentordesk.ui.shell.desktop_signals import watch_desktop
from mentordesk.ui.shell.lock_screen import LockScreen
from mentordesk.ui.shell.main_window import MainWindow
from tests.e2e.desktop import session_bus
from tests.ui.conftest import DialogAnswerer
from tests.ui.helpers import delete_now, mentors_view, press, type_keys, type_text

PASSPHRASE = "correct horse"
WHEN = datetime(2025, 3, 4, 15, 30, tzinfo=UTC)  # long past: typing starts no clock


@pytest.fixture(autouse=True)
def _locked_after() -> Iterator[None]:
    yield
    cipher.lock()


def _plain_folder(paths: Paths) -> str:
    """A mentor with one meeting; the meeting's id."""
    paths.ensure()
    database = Database(paths)
    try:
        with database.session() as session:
            mentor = mentors.create_mentor(
                session, mentors.MentorData(name="Grace Hopper"), now=utc_now()
            )
            meeting = meetings.plan_meeting(
                session,
                meetings.MeetingPlan(mentor_id=mentor.id, scheduled_start=WHEN),
                now=utc_now(),
            )
            return meeting.id
    finally:
        database.close()


@pytest.fixture
def meeting_id(paths: Paths) -> str:
    return _plain_folder(paths)


@pytest.fixture
def recovery(paths: Paths, meeting_id: str) -> str:
    found = encryption.turn_on(paths, PASSPHRASE)
    cipher.lock()
    return found


@pytest.fixture
def session(qtbot: QtBot, paths: Paths) -> Iterator[DataSession]:
    open_settings(paths).set(setting.LOGIN_START_ASKED, True)
    data = DataSession(paths, open_settings(paths))
    yield data
    window = data.window
    if window is not None:
        lock = window.findChild(AppLock, "appLock")
        if lock is not None:
            lock.unlock()
        window.close()
    data.close()
    if window is not None:  # its timers go with it
        delete_now(qtbot, window)


def start(session: DataSession, dialogs: DialogAnswerer, encrypted: bool = True) -> MainWindow:
    if encrypted:

        def answer(dialog: QDialog) -> None:
            field = dialog.findChild(QLineEdit, "unlockPassphrase")
            assert field is not None
            type_keys(field, PASSPHRASE)
            dialog.accept()

        dialogs.answer(answer)
    assert session.start()
    window = session.window
    assert window is not None
    window.activateWindow()
    return window


def lock_of(window: MainWindow) -> AppLock:
    lock = window.findChild(AppLock, "appLock")
    assert lock is not None
    return lock


def screen_on(window: QDialog | MainWindow | MeetingModeWindow) -> LockScreen:
    shown = [s for s in window.findChildren(LockScreen) if s.isVisible()]
    assert len(shown) == 1
    return shown[0]


def stored_notes(paths: Paths, meeting_id: str) -> str:
    database = Database(paths)
    try:
        with database.session() as session:
            meeting = session.get(Meeting, meeting_id)
            assert meeting is not None
            return meeting.notes
    finally:
        database.close()


def unlock_with(screen: LockScreen, secret: str) -> None:
    screen.field.setFocus()
    type_text(screen.field, secret)
    press(screen.field, Qt.Key.Key_Return)


def open_meeting(qtbot: QtBot, window: MainWindow, meeting_id: str) -> MeetingModeWindow:
    meeting = window.open_meeting_mode(meeting_id)
    assert isinstance(meeting, MeetingModeWindow)
    qtbot.waitExposed(meeting)
    meeting.activateWindow()
    meeting.notes.setFocus()
    qtbot.waitUntil(meeting.notes.hasFocus)
    return meeting


def test_the_idle_timer_locks_after_each_keystroke_in_meeting_mode_and_loses_nothing(
    recovery: str,
    meeting_id: str,
    paths: Paths,
    session: DataSession,
    dialogs: DialogAnswerer,
    qtbot: QtBot,
) -> None:
    open_settings(paths).set(setting.LOCK_IDLE_MINUTES, 5)
    window = start(session, dialogs)
    lock = lock_of(window)
    meeting = open_meeting(qtbot, window, meeting_id)
    text = "Naïve café — ask about the promotion 🎯\nthen the 2nd plan: ok"
    typed = ""
    for character in text:
        type_text(meeting.notes, character)
        typed += character
        # Each keystroke armed the idle timer again; then its minutes run out (the
        # timer fires: its signal, sent here rather than waited for).
        assert lock.idle.isActive() and lock.idle.interval() == 5 * 60_000
        lock.idle.timeout.emit()
        assert lock.locked
        assert not meeting.notes.isVisible()  # the content is hidden, not closed
        assert not meeting.menuBar().isVisible()
        assert meeting.windowTitle() == "Locked"  # shown as "Locked — MentorDesk"
        assert stored_notes(paths, meeting_id) == typed  # saved before the screen covered
        unlock_with(screen_on(meeting), PASSPHRASE)
        assert not lock.locked
        assert meeting.notes.isVisible() and meeting.notes.hasFocus()
        assert meeting.notes.textCursor().position() == len(typed.encode("utf-16-le")) // 2
        assert meeting.windowTitle() == "Meeting with Grace Hopper"
    assert meeting.notes.toPlainText() == text
    cursor = meeting.notes.textCursor()
    cursor.setPosition(5)  # in the middle of the notes: it comes back there
    meeting.notes.setTextCursor(cursor)
    lock.idle.timeout.emit()
    unlock_with(screen_on(meeting), PASSPHRASE)
    type_text(meeting.notes, "!")
    assert meeting.notes.toPlainText() == text[:5] + "!" + text[5:]
    assert meeting.flush()
    assert stored_notes(paths, meeting_id) == text[:5] + "!" + text[5:]


def test_nothing_acts_while_locked_not_keys_nor_menus_nor_typing(
    recovery: str,
    meeting_id: str,
    session: DataSession,
    dialogs: DialogAnswerer,
    qtbot: QtBot,
) -> None:
    window = start(session, dialogs)
    lock = lock_of(window)
    assert not lock.idle.isActive()  # off by default
    assert lock.action in window.file_menu.actions()  # File ▸ Lock Now
    listed = keyboard.palette_entries(keyboard.main_entries(window, build=False))
    assert lock.action in [entry.action for entry in listed]  # and in the command palette
    meeting = open_meeting(qtbot, window, meeting_id)
    type_text(meeting.notes, "kept")
    press(
        meeting.notes,
        Qt.Key.Key_L,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert lock.locked  # Ctrl+Shift+L from the meeting window too
    area = window.current_area()
    main_screen = screen_on(window)
    for key, modifiers in (
        (Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier),  # New Mentor
        (Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier),  # another area
        (Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier),  # Preferences (a dialog)
        (Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier),  # the command palette
        (Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier),  # Quit
        (Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier),  # the File menu
    ):
        press(main_screen.field, key, modifiers)
        press(screen_on(meeting).field, key, modifiers)
    QApplication.processEvents()
    assert window.isVisible() and meeting.isVisible()
    assert window.current_area() == area
    assert QApplication.activeModalWidget() is None and QApplication.activePopupWidget() is None
    type_text(meeting.notes, "LEAK")  # straight at the covered editor: it never gets it
    press(screen_on(meeting).field, Qt.Key.Key_Tab)  # Tab stays on the lock screen
    focus = QApplication.focusWidget()
    while focus is not None and not isinstance(focus, LockScreen):
        focus = focus.parentWidget()
    assert focus is not None
    assert meeting.notes.toPlainText() == "kept"
    screen_on(meeting).field.clear()  # Alt+F, with no menu to open, typed an "f" there
    unlock_with(screen_on(meeting), PASSPHRASE)
    assert not lock.locked and meeting.notes.toPlainText() == "kept"
    assert window.current_area() == area


def test_a_wrong_passphrase_is_said_plainly_and_the_recovery_key_unlocks(
    recovery: str, session: DataSession, dialogs: DialogAnswerer
) -> None:
    window = start(session, dialogs)
    lock = lock_of(window)
    lock.lock_now()
    screen = screen_on(window)
    unlock_with(screen, "correct hors")
    assert lock.locked
    wrong = screen.findChild(QLabel, "lockWrong")
    assert wrong is not None and wrong.isVisible()
    assert "Wrong passphrase" in wrong.text() and "Your data is fine" in wrong.text()
    assert "damage" not in wrong.text().lower()
    assert screen.field.selectedText() == "correct hors"  # kept, to type over
    unlock_with(screen, "")
    unlock_with(screen, recovery.lower())
    assert not lock.locked
    assert not screen.isVisible()


def test_an_open_form_keeps_its_text_and_the_cursor_comes_back(
    recovery: str, session: DataSession, dialogs: DialogAnswerer, qtbot: QtBot
) -> None:
    window = start(session, dialogs)
    lock = lock_of(window)
    window.new_mentor()
    field = mentors_view(window).form.line("name")
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    type_keys(field, "Barbara Liskov")
    field.setCursorPosition(7)
    lock.lock()
    assert not field.isVisible()
    unlock_with(screen_on(window), PASSPHRASE)
    assert QApplication.focusWidget() is field
    assert field.text() == "Barbara Liskov" and field.cursorPosition() == 7
    type_keys(field, "X")
    assert field.text() == "BarbaraX Liskov"
    mentors_view(window).revert()  # nothing to ask about at the end


def test_a_running_meeting_clock_keeps_the_idle_timer_from_locking(
    recovery: str,
    meeting_id: str,
    paths: Paths,
    session: DataSession,
    dialogs: DialogAnswerer,
    qtbot: QtBot,
) -> None:
    open_settings(paths).set(setting.LOCK_IDLE_MINUTES, 1)
    window = start(session, dialogs)
    lock = lock_of(window)
    meeting = open_meeting(qtbot, window, meeting_id)
    meeting.header.start_button.click()
    lock.idle.timeout.emit()
    assert not lock.locked and lock.idle.isActive()  # looked again later
    lock.lock_now()  # on demand it locks
    assert lock.locked
    unlock_with(screen_on(meeting), PASSPHRASE)
    assert not lock.locked


def test_the_idle_minutes_are_kept_from_preferences(
    recovery: str, paths: Paths, session: DataSession, dialogs: DialogAnswerer
) -> None:
    window = start(session, dialogs)
    lock = lock_of(window)

    def choose(dialog: QDialog) -> None:
        tabs = dialog.findChild(QTabWidget, "preferencesTabs")
        spin = dialog.findChild(QSpinBox, "lockIdleMinutes")
        assert tabs is not None and spin is not None
        assert spin.value() == 0 and spin.text() == "Never"  # off by default
        tabs.setCurrentIndex(tabs.count() - 1)
        spin.setValue(12)
        dialog.accept()

    dialogs.answer(choose)
    window.show_preferences()
    assert open_settings(paths).get(setting.LOCK_IDLE_MINUTES) == 12  # read afresh
    assert lock.idle.isActive() and lock.idle.interval() == 12 * 60_000


def test_without_encryption_lock_now_explains_and_offers_encryption(
    meeting_id: str, session: DataSession, dialogs: DialogAnswerer
) -> None:
    window = start(session, dialogs, encrypted=False)
    lock = lock_of(window)
    dialogs.answer(lambda dialog: dialog.reject())
    lock.action.trigger()
    assert dialogs.names == ["lockNeedsPassphraseBox"]
    assert "needs a passphrase" in dialogs.texts[0] and "Encryption" in dialogs.texts[0]
    assert not lock.locked
    lock.idle.timeout.emit()
    assert not lock.locked


@pytest.mark.skipif(shutil.which("dbus-daemon") is None, reason="needs dbus-daemon")
def test_the_desktop_locking_its_screen_locks_mentordesk(
    recovery: str, session: DataSession, dialogs: DialogAnswerer, qtbot: QtBot, tmp_path: Path
) -> None:
    from PySide6.QtDBus import QDBusConnection, QDBusMessage

    window = start(session, dialogs)
    lock = lock_of(window)
    with session_bus(tmp_path, notifications=False) as bus:
        listening = QDBusConnection.connectToBus(bus.address, "applock-test")
        saver = QDBusConnection.connectToBus(bus.address, "applock-screensaver")
        try:
            assert saver.registerService("org.freedesktop.ScreenSaver")
            signals = watch_desktop(lock, lock.lock, (listening, None))
            assert signals.heard == ["session"]
            for active in (False, True):  # the screen saver going off locks nothing
                message = QDBusMessage.createSignal(
                    "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver", "ActiveChanged"
                )
                message.setArguments([active])
                assert saver.send(message)
                if not active:
                    qtbot.wait(200)  # nothing may arrive: give it the chance to
                    assert not lock.locked
            qtbot.waitUntil(lambda: lock.locked, timeout=5000)
            unlock_with(screen_on(window), PASSPHRASE)
            assert not lock.locked
        finally:
            QDBusConnection.disconnectFromBus("applock-test")
            QDBusConnection.disconnectFromBus("applock-screensaver")


def test_a_question_open_when_it_locks_is_covered_and_enter_does_not_answer_it(
    recovery: str, session: DataSession, dialogs: DialogAnswerer, qtbot: QtBot
) -> None:
    window = start(session, dialogs)
    lock = lock_of(window)
    seen: dict[str, object] = {}

    def while_asked(dialog: QDialog) -> None:
        lock.lock()
        screen = screen_on(dialog)
        parts = dialog.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
        shown = [p for p in parts if p.isVisible() and not isinstance(p, LockScreen)]
        seen["covered"] = screen.isVisible() and shown == []
        press(screen.field, Qt.Key.Key_Return)  # empty: asks for the passphrase
        press(screen.field, Qt.Key.Key_Escape)
        seen["still open"] = dialog.isVisible()
        seen["said"] = screen.wrong.text()
        type_text(screen.field, PASSPHRASE)
        press(screen.field, Qt.Key.Key_Return)
        seen["unlocked"] = not lock.locked
        seen["buttons back"] = any(b.isVisible() for b in dialog.findChildren(QPushButton))
        dialog.reject()

    dialogs.answer(while_asked)
    assert not confirm(window, "Question", "Delete everything?", "Delete")
    assert seen == {
        "covered": True,
        "still open": True,
        "said": "Type your passphrase (or your recovery key).",
        "unlocked": True,
        "buttons back": True,
    }
    assert not lock.locked
