"""Issue 8, points 2 and 3: meetings are rescheduled and corrected after planning, the
video link is a Join button, the agenda can be copied to send ahead, and a meeting
is read back without reopening meeting mode (from search: at the words found)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from mentordesk.db.database import Database
from mentordesk.db.types import utc_now
from mentordesk.services import meeting_queries, meetings
from mentordesk.services.meetings import MeetingPlan
from mentordesk.services.mentors import MentorData, create_mentor
from mentordesk.ui.context import AppContext
from mentordesk.ui.meetings.area import MeetingsView
from mentordesk.ui.meetings.edit_dialog import EditMeetingDialog
from mentordesk.ui.meetings.read_dialog import ReadMeetingDialog
from mentordesk.ui.meetings.table import MeetingFilterProxy, MeetingTableModel
from mentordesk.ui.search.area import SearchView
from tests.ui.conftest import DialogAnswerer, LinkCatcher
from tests.ui.helpers import context_at, press

NOW = datetime(2026, 6, 1, 12, 0, tzinfo=UTC)
LINK = "https://meet.example.com/abc-defg"


context = context_at(NOW)


@pytest.fixture
def meeting_ids(database: Database) -> dict[str, str]:
    with database.session() as session:
        ada = create_mentor(
            session,
            MentorData(name="Ada Lovelace", status="active", time_zone="Asia/Tokyo"),
            now=utc_now(),
        ).id
        planned = meetings.plan_meeting(
            session,
            MeetingPlan(ada, NOW + timedelta(days=3), location=LINK, agenda=("Budget", "Team")),
            now=utc_now(),
        ).id
        held = meetings.plan_meeting(
            session, MeetingPlan(ada, NOW - timedelta(days=7)), now=utc_now()
        ).id
        meetings.save_notes(
            session,
            held,
            "# Career\n\nShe said **lead with impact**.\n\nLater: the roadmap review.",
            "Write it down",
            now=utc_now(),
        )
        meetings.end_meeting(session, held, actual_minutes=50, now=utc_now())
        return {"mentor": ada, "planned": planned, "held": held}


def make_view(qtbot: QtBot, context: AppContext) -> MeetingsView:
    view = MeetingsView(context)
    qtbot.addWidget(view)
    view.resize(1100, 700)
    view.show()
    qtbot.waitExposed(view)
    return view


def row(view: MeetingsView, meeting_id: str) -> object:
    view.select(meeting_id)
    current = view.current()
    assert current is not None and current.id == meeting_id
    return current


def test_a_planned_meeting_is_rescheduled_and_undo_puts_it_back(
    qtbot: QtBot,
    context: AppContext,
    database: Database,
    meeting_ids: dict[str, str],
    dialogs: DialogAnswerer,
) -> None:
    view = make_view(qtbot, context)
    row(view, meeting_ids["planned"])
    later = NOW + timedelta(days=5, hours=2)

    def reschedule(dialog: QDialog) -> None:
        assert isinstance(dialog, EditMeetingDialog)
        assert "in Asia/Tokyo" in dialog.their_time.text()  # the mentor's own clock
        dialog.when.set_value(later)
        dialog.minutes.setValue(60)
        dialog.format.setCurrentIndex(dialog.format.findData("phone"))
        dialog.location.setText("+44 20 7946 0018")
        dialog.agenda.entry.setText("Hiring plan")
        dialog.accept()

    dialogs.answer(reschedule)
    view.edit_action.trigger()
    with database.session() as session:
        moved = meeting_queries.detail(session, meeting_ids["planned"])
    assert (moved.scheduled_start, moved.planned_minutes, moved.format) == (later, 60, "phone")
    assert [a.text for a in moved.agenda] == ["Budget", "Team", "Hiring plan"]
    current = view.current()
    assert current is not None and current.scheduled_start == later  # the list follows

    context.undo_stack.undo()
    with database.session() as session:
        back = meeting_queries.detail(session, meeting_ids["planned"])
    assert (back.scheduled_start, back.planned_minutes, back.location) == (
        NOW + timedelta(days=3),
        45,
        LINK,
    )
    assert [a.text for a in back.agenda] == ["Budget", "Team"]


def test_a_held_meeting_s_time_and_length_can_be_corrected(
    qtbot: QtBot,
    context: AppContext,
    database: Database,
    meeting_ids: dict[str, str],
    dialogs: DialogAnswerer,
) -> None:
    view = make_view(qtbot, context)
    view.set_scope(MeetingFilterProxy.PAST)
    row(view, meeting_ids["held"])
    really = NOW - timedelta(days=8, hours=3)

    def correct(dialog: QDialog) -> None:
        assert isinstance(dialog, EditMeetingDialog) and dialog.held
        assert dialog.minutes.value() == 50
        dialog.when.set_value(really)
        dialog.minutes.setValue(35)
        dialog.rating.setCurrentIndex(dialog.rating.findData(5))
        dialog.accept()

    dialogs.answer(correct)
    view.edit_action.trigger()
    with database.session() as session:
        held = meeting_queries.detail(session, meeting_ids["held"])
    assert (held.scheduled_start, held.actual_minutes, held.rating) == (really, 35, 5)
    assert held.ended_at == really + timedelta(minutes=35)
    shown = view.table.currentIndex().siblingAtColumn(MeetingTableModel.COL_DURATION).data()
    assert "35" in shown


def test_join_opens_the_video_link(
    qtbot: QtBot, context: AppContext, meeting_ids: dict[str, str], links: LinkCatcher
) -> None:
    view = make_view(qtbot, context)
    row(view, meeting_ids["planned"])
    assert view.join_action.isEnabled()
    view.buttons["joinMeetingAction"].click()
    assert links.opened == [LINK]
    view.set_scope(MeetingFilterProxy.PAST)
    row(view, meeting_ids["held"])  # no link: nothing to join
    assert not view.join_action.isEnabled()


def test_copy_agenda_puts_it_on_the_clipboard_to_send_ahead(
    qtbot: QtBot, context: AppContext, meeting_ids: dict[str, str], dialogs: DialogAnswerer
) -> None:
    view = make_view(qtbot, context)
    row(view, meeting_ids["planned"])
    dialogs.answer(lambda dialog: dialog.accept())  # the preview of what leaves: Copy
    view.copy_action.trigger()
    text = QGuiApplication.clipboard().text()
    assert text.startswith("Agenda for our meeting on")
    assert "1. Budget\n2. Team" in text


def test_a_held_meeting_is_read_back_without_meeting_mode(
    qtbot: QtBot,
    context: AppContext,
    meeting_ids: dict[str, str],
    dialogs: DialogAnswerer,
) -> None:
    view = make_view(qtbot, context)
    view.set_scope(MeetingFilterProxy.PAST)
    row(view, meeting_ids["held"])
    seen: list[str] = []

    def read(dialog: QDialog) -> None:
        assert isinstance(dialog, ReadMeetingDialog)
        assert dialog.text.isReadOnly()
        seen.append(dialog.text.toPlainText())
        dialog.reject()

    opened: list[str] = []
    context.meeting_mode_requested.connect(opened.append)
    dialogs.answer(read)
    view.table.setFocus()
    press(view.table, Qt.Key.Key_Return)  # Enter on a meeting that is over: read it
    text = seen[0]
    assert "She said lead with impact." in text  # Markdown shown as formatting
    assert "**" not in text and "# Career" not in text
    assert "Write it down" in text
    assert opened == []  # meeting mode did not open


def test_a_search_hit_in_the_notes_opens_them_at_the_words_found(
    qtbot: QtBot,
    context: AppContext,
    meeting_ids: dict[str, str],
    dialogs: DialogAnswerer,
) -> None:
    search = SearchView(context)
    qtbot.addWidget(search)
    search.show()
    search.field.setText("roadmap")
    search.run_search()
    index = next(
        search.model.index(r, 0)
        for r in range(search.model.rowCount())
        if search.model.hits()[r].kind == "meeting"
    )
    found: list[str] = []

    def read(dialog: QDialog) -> None:
        assert isinstance(dialog, ReadMeetingDialog)
        found.append(dialog.text.textCursor().selectedText())
        dialog.reject()

    dialogs.answer(read)
    search.open_index(index)
    assert found == ["roadmap"]
