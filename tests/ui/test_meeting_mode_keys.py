"""Issue 8, point 8: Ctrl+W closes meeting mode and Ctrl+Q quits from it, each saving
the notes first, as they do in every other window."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from mentordesk.db.database import Database
from mentordesk.db.types import utc_now
from mentordesk.services import meeting_queries, meetings
from mentordesk.services.meetings import MeetingPlan
from mentordesk.services.mentors import MentorData, create_mentor
from mentordesk.ui.meeting_mode.window import MeetingModeWindow
from mentordesk.ui.shell.main_window import MainWindow
from tests.ui.helpers import press, type_text

CTRL = Qt.KeyboardModifier.ControlModifier


def open_meeting(qtbot: QtBot, window: MainWindow, database: Database) -> MeetingModeWindow:
    with database.session() as session:
        ada = create_mentor(session, MentorData(name="Ada Lovelace"), now=utc_now()).id
        meeting = meetings.plan_meeting(
            session, MeetingPlan(ada, datetime.now(UTC) + timedelta(days=7)), now=utc_now()
        ).id
    opened = window.open_meeting_mode(meeting)
    assert isinstance(opened, MeetingModeWindow)
    qtbot.waitExposed(opened)
    opened.activateWindow()
    qtbot.waitUntil(opened.isActiveWindow)
    opened.notes.setFocus()
    return opened


def notes_of(database: Database) -> list[str]:
    with database.session() as session:
        return [
            meeting_queries.detail(session, row.id).notes
            for row in meeting_queries.meeting_rows(session)
        ]


def test_ctrl_w_closes_meeting_mode_and_keeps_what_was_typed(
    qtbot: QtBot, window: MainWindow, database: Database
) -> None:
    meeting = open_meeting(qtbot, window, database)
    type_text(meeting.notes, "Ask about the offsite")
    press(meeting.notes, Qt.Key.Key_W, CTRL)
    qtbot.waitUntil(lambda: not meeting.isVisible())
    assert notes_of(database) == ["Ask about the offsite"]
    assert window.isVisible()  # only meeting mode closed


def test_ctrl_q_in_meeting_mode_quits_the_app_saving_first(
    qtbot: QtBot, window: MainWindow, database: Database
) -> None:
    meeting = open_meeting(qtbot, window, database)
    type_text(meeting.notes, "Prepared early")
    press(meeting.notes, Qt.Key.Key_Q, CTRL)
    qtbot.waitUntil(lambda: not window.isVisible())
    assert not meeting.isVisible()
    assert notes_of(database) == ["Prepared early"]
