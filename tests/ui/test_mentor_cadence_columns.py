"""The Mentors list's Last met, Next due and Cadence columns: one click on Next due puts
the most overdue mentor first, and holding a meeting moves the row at once."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester
from sqlalchemy.orm import Session

from mentordesk.db.types import utc_now
from mentordesk.services import agreements, meetings
from mentordesk.services.agreements import AgreementTerms
from mentordesk.services.kinds import Kind, Ref
from mentordesk.services.mentors import MentorData
from mentordesk.ui.mentors.area import MentorsView
from mentordesk.ui.mentors.table import MentorTableModel
from mentordesk.ui.shell.main_window import MainWindow
from mentordesk.ui.theme import error_colour
from tests.ui.helpers import add_mentor, check_model, click, context_of, mentors_view, shown_names

NOW = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)


def held(window: MainWindow, mentor_id: str, days_ago: int) -> None:
    start = NOW - timedelta(days=days_ago)

    def hold(session: Session) -> str:
        made = meetings.plan_meeting(
            session, meetings.MeetingPlan(mentor_id=mentor_id, scheduled_start=start), now=start
        )
        meetings.end_meeting(session, made.id, actual_minutes=45, now=start)
        return made.id

    done = context_of(window).write(
        "Hold", hold, created=lambda meeting_id: [Ref(Kind.MEETING, meeting_id)]
    )
    assert done is not None
    QApplication.processEvents()


def every(window: MainWindow, mentor_id: str, weeks: int) -> None:
    assert context_of(window).write(
        "Rhythm",
        lambda s: agreements.set_mentor_interval(s, mentor_id, weeks, "weeks", now=utc_now()),
        refs=[Ref(Kind.MENTOR, mentor_id)],
    )


def cell(view: MentorsView, name: str, column: int, role: int = 0) -> object:
    for row in range(view.proxy.rowCount()):
        if view.proxy.index(row, MentorTableModel.COL_NAME).data() == name:
            return view.proxy.index(row, column).data(role)
    raise AssertionError(name)


def test_one_click_on_next_due_puts_the_most_overdue_first(
    window: MainWindow, qtmodeltester: ModelTester
) -> None:
    context_of(window).set_clock(lambda: NOW)
    people = {}
    for name, status in (
        ("Ann Active", "active"),
        ("Bo Behind", "active"),
        ("Cy Closer", "active"),
        ("Di Paused", "paused"),
        ("Ed New", "active"),
    ):
        people[name] = add_mentor(window, MentorData(name=name, status=status)).id
    last_met = {"Ann Active": 3, "Bo Behind": 60, "Cy Closer": 26, "Di Paused": 90}
    for name, days_ago in last_met.items():
        every(window, people[name], 4)
        held(window, people[name], days_ago)
    with context_of(window).access.database.session() as session:
        agreements.save(
            session,
            people["Ann Active"],
            AgreementTerms(status="agreed", frequency_every=2, frequency_unit="weeks"),
            today=NOW.date(),
            now=NOW,
        )
    view = mentors_view(window)
    view.follower.everything_changed()  # the agreement was written behind the UI's back
    check_model(qtmodeltester, view.model)

    header = view.table.horizontalHeader()
    x = header.sectionViewportPosition(MentorTableModel.COL_NEXT_DUE) + 10
    click(header.viewport(), QPoint(x, 5))
    assert shown_names(view) == ["Bo Behind", "Cy Closer", "Ann Active", "Ed New", "Di Paused"]

    due = MentorTableModel.COL_NEXT_DUE
    assert cell(view, "Bo Behind", due) == "32 days overdue"
    assert cell(view, "Cy Closer", due) == "due in 2 days"
    assert cell(view, "Ed New", MentorTableModel.COL_NEXT_DUE) == "No meeting yet"
    assert cell(view, "Di Paused", MentorTableModel.COL_NEXT_DUE) == "—"
    assert cell(view, "Ann Active", MentorTableModel.COL_CADENCE) == "every 2 weeks (agreed)"
    assert cell(view, "Bo Behind", MentorTableModel.COL_CADENCE) == "every 4 weeks"
    assert cell(view, "Ed New", MentorTableModel.COL_LAST_MET) == "—"
    overdue = cell(view, "Bo Behind", due, Qt.ItemDataRole.ForegroundRole)
    assert overdue == error_colour(view.palette())
    tip = cell(view, "Bo Behind", due, Qt.ItemDataRole.ToolTipRole)
    assert str(tip).startswith("Overdue · next due ")
    assert "32 days overdue" in str(tip)

    # Meeting Bo today moves Bo down the list at once.
    held(window, people["Bo Behind"], 0)
    assert shown_names(view)[0] == "Cy Closer"
    assert cell(view, "Bo Behind", MentorTableModel.COL_LAST_MET) != "—"
