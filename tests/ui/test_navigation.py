"""Getting around: search results, File ▸ Plan Meeting and meeting mode from the main window."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from mentordesk.db.database import Database
from mentordesk.db.types import utc_now
from mentordesk.services import action_items, meeting_queries, meetings
from mentordesk.services.kinds import Kind, Ref
from mentordesk.services.mentors import MentorData, create_mentor
from mentordesk.ui.action_items.area import ActionItemsView
from mentordesk.ui.meeting_mode.window import MeetingModeWindow, open_meeting_windows
from mentordesk.ui.meetings.area import MeetingsView
from mentordesk.ui.meetings.plan_dialog import PlanMeetingDialog
from mentordesk.ui.meetings.read_dialog import ReadMeetingDialog
from mentordesk.ui.search.area import SearchView
from mentordesk.ui.shell.main_window import MainWindow
from tests.ui.conftest import DialogAnswerer
from tests.ui.helpers import activate, press, type_text

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def _mentor_with_meeting(database: Database, notes: str) -> tuple[str, str, str]:
    with database.session() as session:
        mentor = create_mentor(
            session, MentorData(name="Katherine Johnson", status="active"), now=utc_now()
        )
        meeting = meetings.plan_meeting(
            session,
            meetings.MeetingPlan(mentor.id, datetime.now(UTC) - timedelta(days=2)),
            now=utc_now(),
        )
        meetings.save_notes(session, meeting.id, notes, now=utc_now())
        item = action_items.capture(session, mentor.id, "Check the orbital tables", now=utc_now())
        return mentor.id, meeting.id, item.id


def _search(window: MainWindow, qtbot: QtBot, text: str, kind: str) -> None:
    window.find_text()
    view = window.area_widget("search")
    assert isinstance(view, SearchView)
    view.field.setText(text)
    view.run_search()
    row = next(i for i, hit in enumerate(view.model.hits()) if hit.kind == kind)
    view.results.setCurrentIndex(view.model.index(row, 0))
    view.open_index(view.model.index(row, 0))


def test_a_meeting_found_by_search_opens_to_be_read_at_the_words_found(
    window: MainWindow, database: Database, qtbot: QtBot, dialogs: DialogAnswerer
) -> None:
    _, meeting_id, _ = _mentor_with_meeting(database, "Trajectory for the capsule")
    seen: list[tuple[str, str]] = []

    def read(dialog: QDialog) -> None:
        assert isinstance(dialog, ReadMeetingDialog)
        seen.append((dialog.meeting.id, dialog.text.textCursor().selectedText()))
        dialog.reject()

    dialogs.answer(read)
    _search(window, qtbot, "trajec", "meeting")
    assert seen == [(meeting_id, "Trajec")]  # selected as written (case aside)


def test_an_action_item_found_by_search_opens_selected_in_action_items(
    window: MainWindow, database: Database, qtbot: QtBot
) -> None:
    _, _, item_id = _mentor_with_meeting(database, "")
    _search(window, qtbot, "orbital", "action_item")
    assert window.current_area() == "actions"
    view = window.area_widget("actions")
    assert isinstance(view, ActionItemsView)
    current = view.current_item()
    assert current is not None and current.id == item_id


def test_ctrl_shift_n_plans_a_meeting_with_the_mentor_on_screen(
    window: MainWindow, database: Database, qtbot: QtBot, dialogs: DialogAnswerer
) -> None:
    mentor_id, _, _ = _mentor_with_meeting(database, "")
    window.reveal(Ref(Kind.MENTOR, mentor_id))
    seen: list[str] = []

    def look_and_cancel(dialog: QDialog) -> None:
        assert isinstance(dialog, PlanMeetingDialog)
        seen.append(str(dialog.mentor.currentData()))
        dialog.reject()

    dialogs.answer(look_and_cancel)
    activate(qtbot, window)
    press(window, Qt.Key.Key_N, CTRL_SHIFT)
    qtbot.waitUntil(lambda: dialogs.pending == 0)
    assert seen == [mentor_id]
    assert window.current_area() == "mentors"  # cancelled: the user stays where they were


def test_closing_the_main_window_saves_and_closes_meeting_mode(
    window: MainWindow, database: Database, qtbot: QtBot
) -> None:
    _, meeting_id, _ = _mentor_with_meeting(database, "")
    window.reveal(Ref(Kind.MEETING, meeting_id))
    view = window.area_widget("meetings")
    assert isinstance(view, MeetingsView)
    view.open_current()
    meeting_window = next(w for w in open_meeting_windows() if w.meeting_id == meeting_id)
    assert isinstance(meeting_window, MeetingModeWindow)
    assert meeting_window.isVisible()
    meeting_window.notes.setFocus()
    type_text(meeting_window.notes, "Typed just before quitting")

    assert window.close()
    QApplication.processEvents()
    assert not meeting_window.isVisible()
    with database.session() as session:
        assert meeting_queries.detail(session, meeting_id).notes == "Typed just before quitting"
