"""The pre-meeting brief: what it shows, and "Reported" (undoable) taking an outcome off it."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from PySide6.QtWidgets import QLabel, QPushButton
from pytestqt.qtbot import QtBot

from mentordesk.db.database import Database
from mentordesk.db.types import utc_now
from mentordesk.services import action_items, meeting_queries, meetings
from mentordesk.services.meetings import MeetingPlan
from mentordesk.services.mentors import MentorData, create_mentor
from mentordesk.ui.context import AppContext
from mentordesk.ui.meetings.brief import BriefPanel
from tests.ui.conftest import LinkCatcher
from tests.ui.helpers import click, context_at

HELD = datetime(2025, 3, 4, 15, 30, tzinfo=UTC)
NEXT = datetime(2025, 4, 1, 15, 30, tzinfo=UTC)


context = context_at(datetime(2025, 3, 10, 12, tzinfo=UTC))


@pytest.fixture
def ada(database: Database) -> str:
    """Ada: a held meeting (takeaways, one unchecked point), open and done action items."""
    with database.session() as session:
        mentor_id = create_mentor(
            session, MentorData(name="Ada Lovelace", status="active"), now=utc_now()
        ).id
        plan = MeetingPlan(mentor_id, HELD, agenda=("Promotion case", "Conference talk"))
        meeting = meetings.plan_meeting(session, plan, now=utc_now())
        agenda = meeting_queries.detail(session, meeting.id).agenda
        items = [(i.id, i.text, i.text == "Promotion case") for i in agenda]
        meetings.set_agenda(session, meeting.id, items, now=utc_now())  # type: ignore[arg-type]
        meetings.save_notes(
            session, meeting.id, "notes", "Lead with the impact numbers.", now=utc_now()
        )
        meetings.end_meeting(session, meeting.id, actual_minutes=45, now=utc_now())
        meetings.plan_meeting(session, MeetingPlan(mentor_id, NEXT, format="phone"), now=utc_now())
        action_items.capture(
            session, mentor_id, "Read the book", due_date=date(2025, 3, 1), now=utc_now()
        )
        action_items.capture(
            session, mentor_id, "Write the talk", due_date=date(2025, 5, 1), now=utc_now()
        )
        done = action_items.capture(
            session, mentor_id, "Ask for the stretch project", now=utc_now()
        )
        action_items.mark_done(
            session, done.id, outcome="Got the API work", report_back=True, now=utc_now()
        )
        quiet = action_items.capture(session, mentor_id, "Tidy the CV", now=utc_now())
        action_items.mark_done(session, quiet.id, outcome="Done", report_back=False, now=utc_now())
        return mentor_id


def texts(panel: BriefPanel, name: str) -> list[str]:
    return [label.text() for label in panel.body.findChildren(QLabel, name) if label.isVisible()]


def all_text(panel: BriefPanel) -> str:
    return "\n".join(label.text() for label in panel.body.findChildren(QLabel) if label.isVisible())


def make_panel(qtbot: QtBot, context: AppContext) -> BriefPanel:
    panel = BriefPanel(context)
    qtbot.addWidget(panel)
    panel.resize(400, 700)
    panel.show()
    return panel


def show_brief(qtbot: QtBot, panel: BriefPanel, mentor_id: str) -> None:
    panel.show_mentor(mentor_id)
    # New rows show on the next turn of the event loop.
    qtbot.waitUntil(lambda: bool(texts(panel, "briefHeading")))


def test_without_a_mentor_it_says_what_to_do(qtbot: QtBot, context: AppContext) -> None:
    panel = make_panel(qtbot, context)
    assert "Select a meeting" in panel.subtitle.text()
    assert not panel.body.findChildren(QPushButton)


def test_shows_open_items_report_back_takeaways_and_unchecked_agenda(
    qtbot: QtBot, context: AppContext, ada: str
) -> None:
    panel = make_panel(qtbot, context)
    show_brief(qtbot, panel, ada)
    assert panel.title.text() == "Before you meet Ada Lovelace"
    assert "Phone" in panel.subtitle.text()
    actions = texts(panel, "briefOpenAction")
    assert len(actions) == 2
    assert "Read the book" in actions[0] and "overdue" in actions[0]
    assert "Write the talk" in actions[1] and "overdue" not in actions[1]
    text = all_text(panel)
    assert "Ask for the stretch project: Got the API work" in text
    assert "Tidy the CV" not in text  # done, but not to report back
    assert texts(panel, "briefTakeaways") == ["Lead with the impact numbers."]
    assert texts(panel, "briefAgendaPoint") == ["☐ Conference talk"]


def test_reported_removes_the_outcome_and_undo_brings_it_back(
    qtbot: QtBot, context: AppContext, ada: str
) -> None:
    panel = make_panel(qtbot, context)
    show_brief(qtbot, panel, ada)
    buttons = [b for b in panel.body.findChildren(QPushButton) if b.isVisible()]
    assert [b.objectName() for b in buttons] == ["briefReportedButton0"]
    click(buttons[0])
    qtbot.waitUntil(lambda: "Nothing to report back." in all_text(panel))
    assert "Ask for the stretch project" not in all_text(panel)
    context.undo_stack.undo()
    qtbot.waitUntil(lambda: "Ask for the stretch project" in all_text(panel))


def test_a_planned_meeting_whose_time_passed_is_not_called_the_next_one(
    qtbot: QtBot, context: AppContext, database: Database, links: LinkCatcher
) -> None:
    """Issue 8, point 8: the brief is honest about a meeting left unmarked, and its
    video link is a Join button."""
    with database.session() as session:
        mentor_id = create_mentor(session, MentorData(name="Grace Hopper"), now=utc_now()).id
        meetings.plan_meeting(
            session,
            MeetingPlan(
                mentor_id, datetime(2025, 3, 8, 9, tzinfo=UTC), location="meet.example.com/x"
            ),
            now=utc_now(),
        )
    panel = make_panel(qtbot, context)
    panel.show_mentor(mentor_id)
    subtitle = panel.subtitle.text()
    assert not subtitle.startswith("Next meeting")
    assert "not marked held yet" in subtitle

    context.set_clock(lambda: datetime(2025, 3, 8, 9, 10, tzinfo=UTC))
    panel.reload()
    assert panel.subtitle.text().startswith("Meeting now:")

    context.set_clock(lambda: datetime(2025, 3, 1, 9, tzinfo=UTC))
    panel.reload()
    assert panel.subtitle.text().startswith("Next meeting:")
    assert panel.join_button.isVisible()
    click(panel.join_button)
    assert links.opened == ["https://meet.example.com/x"]
