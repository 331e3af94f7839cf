"""Issue 18, item 6: a meeting moved to the year 2147 was accepted without a word. A date
more than two years away, or a plan in the past, asks first; Cancel keeps the dialog
open with what was typed, and nothing is stored."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from mentordesk.db.database import Database
from mentordesk.db.types import utc_now
from mentordesk.services import meeting_queries, meetings
from mentordesk.services.meetings import MeetingPlan
from mentordesk.ui.context import AppContext
from mentordesk.ui.meetings.edit_dialog import EditMeetingDialog
from mentordesk.ui.meetings.plan_dialog import PlanMeetingDialog
from tests.ui.conftest import DialogAnswerer
from tests.ui.helpers import add_people, context_at

NOW = datetime(2026, 6, 1, 12, 0, tzinfo=UTC)
FAR = datetime(2147, 6, 3, 12, 0, tzinfo=UTC)


context = context_at(NOW)


@pytest.fixture
def planned(database: Database) -> tuple[str, datetime]:
    ada = add_people(database, "Ada Lovelace")["Ada Lovelace"]
    start = NOW + timedelta(days=3)
    with database.session() as session:
        return meetings.plan_meeting(session, MeetingPlan(ada, start), now=utc_now()).id, start


def stored_start(database: Database, meeting_id: str) -> datetime:
    with database.session() as session:
        return meeting_queries.detail(session, meeting_id).scheduled_start


def edit(qtbot: QtBot, context: AppContext, meeting_id: str) -> EditMeetingDialog:
    dialog = EditMeetingDialog(context, context.read(meeting_queries.detail, meeting_id))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_moving_a_meeting_to_2147_asks_and_cancel_keeps_it_where_it_was(
    qtbot: QtBot,
    context: AppContext,
    database: Database,
    planned: tuple[str, datetime],
    dialogs: DialogAnswerer,
) -> None:
    meeting_id, start = planned
    dialog = edit(qtbot, context, meeting_id)
    dialog.when.set_value(FAR)
    dialogs.answer(QMessageBox.StandardButton.Cancel)
    dialog.accept()
    assert "2147" in dialogs.texts[0] and "two years" in dialogs.texts[0]
    assert stored_start(database, meeting_id) == start
    assert dialog.isVisible() and dialog.when.value() == FAR  # the typing stays

    dialogs.answer(QMessageBox.StandardButton.Yes)
    dialog.accept()
    assert stored_start(database, meeting_id) == FAR


def test_a_near_date_is_stored_without_a_question(
    qtbot: QtBot, context: AppContext, database: Database, planned: tuple[str, datetime]
) -> None:
    meeting_id, start = planned
    dialog = edit(qtbot, context, meeting_id)
    dialog.when.set_value(start + timedelta(days=30))
    dialog.accept()  # an unexpected question box would fail the test
    assert stored_start(database, meeting_id) == start + timedelta(days=30)


def test_planning_a_meeting_in_the_past_asks(
    qtbot: QtBot, context: AppContext, database: Database, dialogs: DialogAnswerer
) -> None:
    add_people(database, "Ada Lovelace")
    dialog = PlanMeetingDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.when.set_value(NOW - timedelta(days=2))
    dialogs.answer(QMessageBox.StandardButton.Cancel)
    dialog.accept()
    assert "past" in dialogs.texts[0]
    assert dialog.meeting_id is None
    with database.session() as session:
        assert meeting_queries.meeting_rows(session) == []
