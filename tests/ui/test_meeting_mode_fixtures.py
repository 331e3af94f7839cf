"""Shared set-up for the meeting mode tests (no tests here): a mentor, a meeting, a window."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from mentordesk.db.database import Database
from mentordesk.db.models import ActionItem, Meeting
from mentordesk.db.types import utc_now
from mentordesk.services import meetings, mentors
from mentordesk.ui.context import AppContext
from mentordesk.ui.meeting_mode.window import MeetingModeWindow
from tests.ui.helpers import press, type_text

__all__ = ["MeetingSetup", "make_setup", "press", "type_text"]

START = datetime(2025, 3, 4, 15, 30, tzinfo=UTC)


@dataclass
class MeetingSetup:
    """A context over a test database with one mentor and one planned meeting."""

    qtbot: QtBot
    database: Database
    context: AppContext
    mentor_id: str
    meeting_id: str

    def open(self) -> MeetingModeWindow:
        window = MeetingModeWindow(self.context, self.meeting_id)
        self.qtbot.addWidget(window, before_close_func=_close_without_asking)
        window.show()
        self.qtbot.waitExposed(window)
        window.activateWindow()
        window.notes.setFocus()
        self.qtbot.waitUntil(window.notes.hasFocus)
        return window

    def stored(self) -> Meeting:
        with self.database.session() as session:
            meeting = session.get(Meeting, self.meeting_id)
            assert meeting is not None
            session.expunge(meeting)
            return meeting

    def stored_notes(self) -> str:
        return self.stored().notes

    def stored_actions(self) -> list[str]:
        with self.database.session() as session:
            items = session.query(ActionItem).filter_by(meeting_id=self.meeting_id)
            return sorted(item.text for item in items)


def _close_without_asking(window: QWidget) -> None:
    """At teardown, a window whose notes cannot be saved (a failed test) would ask and
    block the run: shut it down instead."""
    if isinstance(window, MeetingModeWindow) and not window.flush():
        window._shut_down()


def make_setup(
    qtbot: QtBot, database: Database, agenda: tuple[str, ...] = (), notes: str = ""
) -> MeetingSetup:
    with database.session() as session:
        mentor = mentors.create_mentor(
            session, mentors.MentorData(name="Grace Hopper"), now=utc_now()
        )
        meeting = meetings.plan_meeting(
            session,
            meetings.MeetingPlan(mentor_id=mentor.id, scheduled_start=START, agenda=agenda),
            now=utc_now(),
        )
        if notes:
            meetings.save_notes(session, meeting.id, notes, now=utc_now())
        ids = mentor.id, meeting.id
    context = AppContext(database, QUndoStack())
    return MeetingSetup(qtbot, database, context, *ids)
