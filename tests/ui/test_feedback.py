"""Issue 8, point 7: every change says what happened in the status bar, and how to
take it back; undo says what it undid."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from mentordesk.services.mentors import MentorData
from mentordesk.ui.shell.main_window import MainWindow
from tests.ui.conftest import DialogAnswerer
from tests.ui.helpers import activate, add_mentor, click, click_row, mentors_view, press, type_keys

CTRL = Qt.KeyboardModifier.ControlModifier


def said(window: MainWindow) -> str:
    return window.statusBar().currentMessage()


def test_save_delete_and_undo_each_say_what_happened(
    qtbot: QtBot, window: MainWindow, dialogs: DialogAnswerer
) -> None:
    view = mentors_view(window)
    click(view.add_first_button)
    type_keys(view.form.line("name"), "Ada Lovelace")
    click(view.form.save_button)
    assert said(window) == "Add Ada Lovelace — done. Edit ▸ Undo (Ctrl+Z) takes it back."

    type_keys(view.form.line("role"), "Engineer")
    click(view.form.save_button)
    assert said(window).startswith("Edit Ada Lovelace — done.")

    add_mentor(window, MentorData(name="Grace Hopper"))
    click_row(view, "Grace Hopper")
    dialogs.answer(QMessageBox.StandardButton.Yes)
    click(view.form.delete_button)
    assert said(window).startswith("Delete Grace Hopper — done.")

    activate(qtbot, window)
    press(window, Qt.Key.Key_Z, CTRL)
    assert said(window) == "Undid: Delete Grace Hopper (Mentors)"


def test_removing_sample_data_asks_then_says_how_to_bring_it_back(
    qtbot: QtBot, window: MainWindow, dialogs: DialogAnswerer
) -> None:
    window.load_sample_data()
    assert "fictional mentors" in said(window)
    dialogs.answer(QMessageBox.StandardButton.Yes)
    window.remove_sample_data()
    assert "Remove the 5 fictional mentors" in dialogs.texts[0]
    assert said(window) == "Removed the sample data. Edit ▸ Undo (Ctrl+Z) takes it back."
