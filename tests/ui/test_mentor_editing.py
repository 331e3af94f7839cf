"""Editing a mentor the way people do: Ctrl+S mid-sentence, huge pastes, filters while typing."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QTextOption
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from mentordesk.db.database import Database
from mentordesk.services.mentors import MentorData
from mentordesk.ui.shell.main_window import MainWindow
from tests.ui.helpers import (
    add_mentor,
    click,
    click_row,
    mentors_view,
    press,
    selected_name,
    stored_one,
    type_keys,
    type_text,
)

CTRL = Qt.KeyboardModifier.ControlModifier
LONG_NOTES = "".join(f"Line {n}: what we talked about, and what to try next.\n" for n in range(400))


def test_ctrl_s_keeps_the_cursor_where_you_were_typing(
    window: MainWindow, database: Database
) -> None:
    add_mentor(window, MentorData(name="Grace Hopper", notes=LONG_NOTES))
    view = mentors_view(window)
    click_row(view, "Grace Hopper")
    notes = view.form.text_edit("notes")
    click(notes)
    cursor = notes.textCursor()
    cursor.setPosition(len(LONG_NOTES) // 2)
    notes.setTextCursor(cursor)
    notes.ensureCursorVisible()
    type_text(notes, "Compilers!")
    where = notes.textCursor().position()
    scrolled = notes.verticalScrollBar().value()
    assert scrolled > 0

    press(notes, Qt.Key.Key_S, CTRL)

    assert "Compilers!" in stored_one(database, "Grace Hopper").data.notes
    assert QApplication.focusWidget() is notes
    assert notes.textCursor().position() == where
    assert notes.verticalScrollBar().value() == scrolled
    type_text(notes, " Yes.")
    assert "Compilers! Yes." in notes.toPlainText()

    role = view.form.line("role")
    click(role)
    type_keys(role, "Rear Admiral")
    role.setCursorPosition(4)
    press(role, Qt.Key.Key_S, CTRL)
    assert stored_one(database, "Grace Hopper").data.role == "Rear Admiral"
    assert role.cursorPosition() == 4


def test_pasting_a_huge_unbroken_text_into_notes_is_kept_and_wraps_anywhere(
    window: MainWindow, database: Database
) -> None:
    """A pasted token (base64, a minified file) of 400 KB used to freeze the app for
    many seconds, and again on every save, until it may wrap anywhere
    (scripts/bench_paste.py prints the timings)."""
    add_mentor(window, MentorData(name="Ada Lovelace"))
    view = mentors_view(window)
    click_row(view, "Ada Lovelace")
    pasted = QMimeData()
    pasted.setText("Q" * 400_000)
    view.form.text_edit("notes").insertFromMimeData(pasted)
    QApplication.processEvents()
    assert view.save()
    click_row(view, "Ada Lovelace")
    QApplication.processEvents()
    assert view.form.text_edit("notes").wordWrapMode() == QTextOption.WrapMode.WrapAnywhere
    assert stored_one(database, "Ada Lovelace").data.notes == "Q" * 400_000


def test_switching_mentors_under_a_filter_keeps_the_filter_and_the_right_row(
    qtbot: QtBot, window: MainWindow, database: Database
) -> None:
    add_mentor(window, MentorData(name="Alan Turing"))
    add_mentor(window, MentorData(name="Barbara Liskov"))
    view = mentors_view(window)
    click_row(view, "Alan Turing")
    type_keys(view.form.line("organisation"), "Bletchley Park")
    view.filter_edit.setText("Barbara")  # hides Alan, whose changes are not saved yet
    assert view.form.line("organisation").text() == "Bletchley Park"

    click_row(view, "Barbara Liskov")

    assert stored_one(database, "Alan Turing").data.organisation == "Bletchley Park"
    assert view.filter_edit.text() == "Barbara"
    assert view.form.line("name").text() == "Barbara Liskov"
    assert selected_name(view) == "Barbara Liskov"
    view.filter_edit.clear()
    assert selected_name(view) == "Barbara Liskov"
    click_row(view, "Alan Turing")
    assert view.form.line("name").text() == "Alan Turing"
