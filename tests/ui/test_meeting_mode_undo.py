"""Undo and redo of meeting changes when what they depend on was deleted since:
a clear message, nothing half-restored, and the step leaves Edit ▸ Undo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from mentordesk.db.database import Database
from mentordesk.db.types import utc_now
from mentordesk.services import action_items, meeting_queries, meetings
from mentordesk.services.kinds import Kind, Ref
from mentordesk.services.mentors import delete_mentor
from mentordesk.ui.meetings.area import MeetingsView
from tests.ui.conftest import DialogAnswerer
from tests.ui.helpers import click, type_keys
from tests.ui.test_meeting_mode_fixtures import (
    START,
    MeetingSetup,
    make_setup,
    press,
    type_text,
)

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def mm(qtbot: QtBot, database: Database) -> MeetingSetup:
    return make_setup(qtbot, database, agenda=("Promotion packet",))


def meeting_ids(database: Database) -> list[str]:
    with database.session() as session:
        return [m.id for m in meeting_queries.meeting_rows(session)]


def undo_and_read_message(
    qtbot: QtBot, mm: MeetingSetup, dialogs: DialogAnswerer, *, redo: bool = False
) -> str:
    stack = mm.context.undo_stack
    count = stack.count()
    dialogs.answer(QMessageBox.StandardButton.Ok)
    stack.redo() if redo else stack.undo()
    qtbot.waitUntil(lambda: dialogs.pending == 0)
    assert stack.count() == count - 1  # the step that cannot be applied is gone
    return dialogs.texts[-1]


def test_undo_of_cancel_after_the_meeting_was_deleted(
    qtbot: QtBot, mm: MeetingSetup, dialogs: DialogAnswerer
) -> None:
    view = MeetingsView(mm.context)
    qtbot.addWidget(view)
    view.select_meeting(mm.meeting_id)
    view.cancel_current()
    with mm.database.session() as session:
        meetings.delete_meeting(session, mm.meeting_id)
    text = undo_and_read_message(qtbot, mm, dialogs)
    assert "Could not undo" in text and "deleted" in text
    assert meeting_ids(mm.database) == []  # not brought back half-way


def test_undo_of_delete_after_the_mentor_was_deleted(
    qtbot: QtBot, mm: MeetingSetup, dialogs: DialogAnswerer
) -> None:
    view = MeetingsView(mm.context)
    qtbot.addWidget(view)
    view.select_meeting(mm.meeting_id)
    view.delete_current(confirm=False)
    with mm.database.session() as session:
        delete_mentor(session, mm.mentor_id)
    text = undo_and_read_message(qtbot, mm, dialogs)
    assert "mentor it belongs to was deleted" in text
    assert meeting_ids(mm.database) == []


def test_redo_of_plan_after_the_mentor_was_deleted(
    qtbot: QtBot, mm: MeetingSetup, dialogs: DialogAnswerer
) -> None:
    plan = meetings.MeetingPlan(mm.mentor_id, START)
    planned = mm.context.write(
        "Plan meeting",
        lambda s: meetings.plan_meeting(s, plan, now=utc_now()),
        created=lambda row: [Ref(Kind.MEETING, row.id)],
    )
    assert planned is not None and planned.value.id in meeting_ids(mm.database)
    mm.context.undo_stack.undo()
    assert planned.value.id not in meeting_ids(mm.database)
    with mm.database.session() as session:
        delete_mentor(session, mm.mentor_id)
    text = undo_and_read_message(qtbot, mm, dialogs, redo=True)
    assert "Could not redo" in text and "mentor it belongs to was deleted" in text
    assert meeting_ids(mm.database) == []


def test_undo_of_a_capture_after_the_mentor_was_deleted_and_of_a_remove_after_the_meeting(
    qtbot: QtBot, mm: MeetingSetup, dialogs: DialogAnswerer
) -> None:
    window = mm.open()
    window.notes.setPlainText("Send the deck")
    press(window.notes, Qt.Key.Key_A, CTRL_SHIFT)
    window.action_panel.select(window.action_model.rows()[0].id)
    window.action_panel.remove_button.click()
    assert window.flush()
    with mm.database.session() as session:
        assert action_items.list_items(session) == []
        meetings.delete_meeting(session, mm.meeting_id)
    # Undoing the removal brings the item back, unlinked from the deleted meeting.
    mm.context.undo_stack.undo()
    with mm.database.session() as session:
        (item,) = action_items.list_items(session)
        assert (item.text, item.meeting_id) == ("Send the deck", None)
        delete_mentor(session, mm.mentor_id)
    # Redoing the removal of an item that went with its mentor has nothing to do;
    # undoing it again cannot bring the item back without its mentor.
    mm.context.undo_stack.redo()
    text = undo_and_read_message(qtbot, mm, dialogs)
    assert "mentor it belongs to was deleted" in text
    window.close()


def test_a_meeting_deleted_while_open_keeps_the_notes_and_saves_them_when_it_comes_back(
    qtbot: QtBot, mm: MeetingSetup, dialogs: DialogAnswerer
) -> None:
    window = mm.open()
    view = MeetingsView(mm.context)
    qtbot.addWidget(view)
    type_text(window.notes, "Typed before")
    assert window.flush()
    type_text(window.notes, " and after")
    view.select_meeting(mm.meeting_id)
    view.delete_current(confirm=False)
    qtbot.waitUntil(lambda: "this meeting was deleted" in window.header.save_state.text())
    assert meeting_ids(mm.database) == []  # the open window does not bring it back
    assert window.notes.toPlainText() == "Typed before and after"

    dialogs.answer(QMessageBox.StandardButton.Ok)
    window.end_meeting()
    assert "was deleted, so it cannot be marked held" in dialogs.texts[0]
    assert meeting_ids(mm.database) == []

    # Let the retries slow down, then undo the delete: the notes are saved at once.
    qtbot.waitUntil(lambda: window.saver._failures >= 2, timeout=3000)
    mm.context.undo_stack.undo()
    qtbot.waitUntil(lambda: window.header.save_state.text() == "Saved", timeout=10_000)
    assert mm.stored_notes() == "Typed before and after"


# -- issue 18, item 4: undo in the notes by word, and Restore after a large undo -------------
def test_ctrl_z_in_the_notes_takes_back_one_word_at_a_time(mm: MeetingSetup) -> None:
    window = mm.open()
    window.notes.clear()
    type_keys(window.notes, "Ask about the budget")
    press(window.notes, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.notes.toPlainText() == "Ask about the "
    press(window.notes, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.notes.toPlainText() == "Ask about "


def test_an_undo_that_removes_much_offers_restore_in_the_status_line(mm: MeetingSetup) -> None:
    window = mm.open()
    window.notes.clear()
    pasted = "Three things to try: delegate the release notes, ask Sam for the deck."
    window.notes.insertPlainText(pasted)  # a paste: one step
    press(window.notes, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.notes.toPlainText() == ""
    restore = window.restore_offer.button
    assert restore.isVisible()
    assert "Restore brings them back" in window.statusBar().currentMessage()
    click(restore)
    assert window.notes.toPlainText() == pasted
    assert not restore.isVisible()
