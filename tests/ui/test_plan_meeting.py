"""The plan meeting dialog: defaults, the carry-over offer, creating, and inline errors."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from mentordesk.db.database import Database
from mentordesk.db.types import utc_now
from mentordesk.services import action_items, agreements, meeting_queries, meetings
from mentordesk.services.agreements import AgreementTerms
from mentordesk.services.meetings import MeetingPlan
from mentordesk.services.mentors import MentorData, create_mentor
from mentordesk.ui.context import AppContext
from mentordesk.ui.meetings.plan_dialog import PlanMeetingDialog, default_start
from tests.ui.helpers import add_people, click, press, type_keys, type_text

LEFT = Qt.MouseButton.LeftButton
EARLIER = datetime(2025, 3, 4, 15, 30, tzinfo=UTC)


@pytest.fixture
def people(database: Database) -> dict[str, str]:
    return add_people(database, "Ada Lovelace", ("Old Mentor", "ended"))


def held_with_leftovers(database: Database, mentor_id: str) -> None:
    """A held meeting that left "Conference talk" unchecked and one open action item."""
    with database.session() as session:
        plan = MeetingPlan(mentor_id, EARLIER, agenda=("Promotion case", "Conference talk"))
        meeting = meetings.plan_meeting(session, plan, now=utc_now())
        agenda = meeting_queries.detail(session, meeting.id).agenda
        items = [(item.id, item.text, item.text == "Promotion case") for item in agenda]
        meetings.set_agenda(session, meeting.id, items, now=utc_now())  # type: ignore[arg-type]
        action_items.capture(
            session, mentor_id, "Draft the case", meeting_id=meeting.id, now=utc_now()
        )
        meetings.end_meeting(session, meeting.id, actual_minutes=40, now=utc_now())


def open_dialog(qtbot: QtBot, context: AppContext, mentor_id: str | None) -> PlanMeetingDialog:
    dialog = PlanMeetingDialog(context, mentor_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def stored_meetings(database: Database) -> list[tuple[str, list[str], int, str, str]]:
    with database.session() as session:
        return [
            (m.mentor_id, [i.text for i in m.agenda], m.planned_minutes, m.format, m.location)
            for m in (
                meeting_queries.detail(session, row.id)
                for row in meeting_queries.meeting_rows(session)
            )
        ]


def test_defaults_tomorrow_next_hour_45_minutes_and_active_mentors_only(
    qtbot: QtBot, context: AppContext, people: dict[str, str]
) -> None:
    dialog = open_dialog(qtbot, context, None)
    names = [dialog.mentor.itemText(i) for i in range(dialog.mentor.count())]
    assert names == ["Ada Lovelace"]
    assert dialog.mentor.currentIndex() == -1  # nobody chosen for the user
    dialog.show_ended.setChecked(True)
    assert dialog.mentor.count() == 2
    start = dialog.when.dateTime().toPython()
    assert isinstance(start, datetime)
    assert start == default_start(context.now()).replace(tzinfo=None)
    assert (start.minute, start.second) == (0, 0)
    assert start.date() == context.now().astimezone().date() + timedelta(days=1)
    assert 9 <= start.hour <= 17
    assert dialog.minutes.value() == 45


def test_plans_a_meeting_with_carried_agenda_and_new_points(
    qtbot: QtBot, context: AppContext, database: Database, people: dict[str, str]
) -> None:
    ada = people["Ada Lovelace"]
    held_with_leftovers(database, ada)
    dialog = open_dialog(qtbot, context, ada)
    assert dialog.mentor.currentText() == "Ada Lovelace"
    assert dialog.carry_box.isVisible()
    offered = [dialog.carried.item(i) for i in range(dialog.carried.count())]
    assert [(i.text(), i.checkState()) for i in offered if i] == [
        ("Conference talk", Qt.CheckState.Checked)
    ]
    assert "Draft the case" in dialog.open_actions.text()

    type_keys(dialog.agenda_entry, "Ask about the reorg")
    press(dialog.agenda_entry, Qt.Key.Key_Return)  # adds the point, does not plan
    assert dialog.isVisible() and dialog.agenda.count() == 1
    type_keys(dialog.location, "https://meet.example.com/ada")
    dialog.minutes.setValue(30)
    with qtbot.waitSignal(context.changed):
        click(dialog.plan_button)
    assert not dialog.isVisible()
    newest = stored_meetings(database)[0]
    assert newest == (
        ada,
        ["Conference talk", "Ask about the reorg"],
        30,
        "video",
        "https://meet.example.com/ada",
    )
    # Planning is undoable.
    context.undo_stack.undo()
    assert len(stored_meetings(database)) == 1
    context.undo_stack.redo()
    assert stored_meetings(database)[0] == newest


def test_unticked_carry_over_stays_behind(
    qtbot: QtBot, context: AppContext, database: Database, people: dict[str, str]
) -> None:
    held_with_leftovers(database, people["Ada Lovelace"])
    dialog = open_dialog(qtbot, context, people["Ada Lovelace"])
    item = dialog.carried.item(0)
    assert item is not None
    item.setCheckState(Qt.CheckState.Unchecked)
    click(dialog.plan_button)
    assert stored_meetings(database)[0][1] == []


def test_no_mentor_chosen_is_refused_inline_and_keeps_the_typing(
    qtbot: QtBot, context: AppContext, database: Database, people: dict[str, str]
) -> None:
    dialog = open_dialog(qtbot, context, None)
    type_text(dialog.location, "Café Nova, 2nd floor")
    type_keys(dialog.agenda_entry, "Salary talk")
    press(dialog.agenda_entry, Qt.Key.Key_Return)
    click(dialog.plan_button)

    error = dialog.findChild(QLabel, "mentorError")
    assert error is not None and error.isVisible()
    assert "mentor" in error.text().lower()
    assert dialog.isVisible()
    assert dialog.location.text() == "Café Nova, 2nd floor"
    assert dialog.agenda_lines() == ["Salary talk"]
    assert stored_meetings(database) == []

    dialog.mentor.setCurrentIndex(dialog.mentor.findData(people["Ada Lovelace"]))
    assert not error.isVisible()
    click(dialog.plan_button)
    assert stored_meetings(database)[0][1] == ["Salary talk"]
    assert dialog.result() == PlanMeetingDialog.DialogCode.Accepted


# -- issue 18, item 5: plan meeting from the agreement ----------------------------------------
def test_the_agreements_place_format_and_length_are_filled_in(
    qtbot: QtBot, context: AppContext, database: Database
) -> None:
    with database.session() as session:
        grace = create_mentor(
            session,
            MentorData(name="Grace", status="active", preferred_channel="phone"),
            now=utc_now(),
        )
        agreements.save(
            session,
            grace.id,
            AgreementTerms(
                status="agreed",
                format="video",
                link="https://meet.example.com/grace",
                duration_minutes=60,
                frequency_every=4,
            ),
            today=date.today(),
            now=utc_now(),
        )
    dialog = open_dialog(qtbot, context, grace.id)
    assert dialog.format.currentData() == "video"  # as agreed, over the preferred phone
    assert dialog.location.text() == "https://meet.example.com/grace"  # not typed twice
    assert dialog.minutes.value() == 60
    dialog.location.setText("Café downstairs")  # the person's own choice stays
    dialog.mentor.setCurrentIndex(dialog.mentor.findData(grace.id))
    assert dialog.location.text() == "Café downstairs"


def test_without_an_agreement_the_format_follows_the_preferred_channel(
    qtbot: QtBot, context: AppContext, database: Database
) -> None:
    with database.session() as session:
        colleague = create_mentor(
            session,
            MentorData(
                name="Colleague",
                status="active",
                affiliation="internal",
                preferred_channel="email",
            ),
            now=utc_now(),
        )
        caller = create_mentor(
            session,
            MentorData(name="Caller", status="active", preferred_channel="phone"),
            now=utc_now(),
        )
    dialog = open_dialog(qtbot, context, colleague.id)
    assert dialog.format.currentData() == "in_person"  # not Video for an internal mentor
    dialog.mentor.setCurrentIndex(dialog.mentor.findData(caller.id))
    assert dialog.format.currentData() == "phone"


def test_the_proposed_start_is_tomorrow_in_working_hours() -> None:
    """Planning late at night or early in the morning proposes 10:00 tomorrow, not 1 a.m."""

    def proposed(hour: int, minute: int) -> tuple[date, int]:
        start = default_start(datetime(2026, 12, 7, hour, minute).astimezone())
        local = start.astimezone()
        return local.date(), local.hour

    tomorrow = date(2026, 12, 8)
    assert proposed(0, 14) == (tomorrow, 10)
    assert proposed(6, 30) == (tomorrow, 10)
    assert proposed(8, 5) == (tomorrow, 9)
    assert proposed(14, 20) == (tomorrow, 15)
    assert proposed(16, 59) == (tomorrow, 17)
    assert proposed(17, 1) == (tomorrow, 10)
    assert proposed(23, 30) == (tomorrow, 10)
