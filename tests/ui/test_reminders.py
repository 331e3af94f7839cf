"""Reminders while the app runs: a banner (no tray here) 15 minutes before a meeting and
when a mentor becomes overdue; never twice for one event, not even after a restart;
off when Preferences say so. The checks are called directly (no waiting for timers)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtWidgets import QDialog, QDialogButtonBox
from pytestqt.qtbot import QtBot

from mentordesk.config import Paths
from mentordesk.db.database import Database
from mentordesk.db.types import utc_now
from mentordesk.services import agreements, meeting_edits, meeting_queries, meetings
from mentordesk.services.mentors import MentorData, create_mentor
from mentordesk.ui import settings as setting
from mentordesk.ui.settings import open_settings
from mentordesk.ui.shell.main_window import MainWindow
from mentordesk.ui.shell.notifications import BannerNotifier
from mentordesk.ui.shell.preferences import PreferencesDialog
from mentordesk.ui.shell.reminders import Reminders
from tests.ui.conftest import DialogAnswerer
from tests.ui.helpers import click, context_of

START = datetime(2026, 3, 10, 10, 0, tzinfo=UTC)


@pytest.fixture
def setup(window: MainWindow, database: Database) -> tuple[MainWindow, Reminders, str]:
    with database.session() as session:
        priya = create_mentor(
            session, MentorData(name="Priya Raman", status="active"), now=utc_now()
        ).id
        meeting = meetings.plan_meeting(
            session, meetings.MeetingPlan(priya, START), now=utc_now()
        ).id
    reminders = window.reminders
    assert isinstance(reminders, Reminders)
    return window, reminders, meeting


def at(window: MainWindow, moment: datetime) -> None:
    context_of(window).set_clock(lambda: moment)


def test_a_meeting_fifteen_minutes_ahead_is_shown_once(
    setup: tuple[MainWindow, Reminders, str],
) -> None:
    window, reminders, meeting = setup
    # The offscreen test platform has no tray and no session bus: the banner.
    assert isinstance(reminders.notifier, BannerNotifier)
    at(window, START - timedelta(minutes=20))
    assert reminders.check() == []
    assert not reminders.banner.isVisible()

    at(window, START - timedelta(minutes=14))
    shown = reminders.check()
    assert [r.meeting_id for r in shown] == [meeting]
    assert reminders.banner.isVisible()
    assert reminders.banner.text.text().startswith("Meeting with Priya Raman at 10:00: ")
    assert reminders.banner.open_button.text() == "Open brief"

    at(window, START - timedelta(minutes=5))
    assert reminders.check() == []  # never twice

    click(reminders.banner.open_button)
    assert window.current_area() == "meetings"
    assert not reminders.banner.isVisible()


def test_a_rescheduled_meeting_is_a_new_event(
    setup: tuple[MainWindow, Reminders, str], database: Database
) -> None:
    window, reminders, meeting = setup
    at(window, START - timedelta(minutes=10))
    assert len(reminders.check()) == 1
    with database.session() as session:
        planned = meeting_queries.detail(session, meeting)
        meeting_edits.reschedule(
            session,
            meeting,
            scheduled_start=START + timedelta(hours=2),
            planned_minutes=planned.planned_minutes,
            format=planned.format,
            location=planned.location,
            now=utc_now(),
        )
    at(window, START + timedelta(hours=2) - timedelta(minutes=10))
    assert len(reminders.check()) == 1


def test_a_mentor_becoming_overdue_is_shown_once_even_after_a_restart(
    window: MainWindow, database: Database, paths: Paths, qtbot: QtBot
) -> None:
    with database.session() as session:
        priya = create_mentor(
            session, MentorData(name="Priya Raman", status="active"), now=utc_now()
        ).id
        agreements.set_mentor_interval(session, priya, 1, "weeks", now=utc_now())
        held = meetings.plan_meeting(session, meetings.MeetingPlan(priya, START), now=utc_now()).id
        meetings.end_meeting(session, held, actual_minutes=30, now=START)
    reminders = window.reminders
    at(window, START + timedelta(days=7))  # due today: not overdue yet
    assert reminders.check() == []
    at(window, START + timedelta(days=8))
    shown = reminders.check()
    assert [(r.kind, r.mentor_name, r.days_overdue) for r in shown] == [
        ("overdue", "Priya Raman", 1)
    ]
    assert "Priya Raman is overdue for a meeting (1 day)." in reminders.banner.text.text()
    at(window, START + timedelta(days=9))
    assert reminders.check() == []  # still overdue, the same event

    again = MainWindow(paths, open_settings(paths))  # the next start of the app
    qtbot.addWidget(again)
    again.attach_database(database)
    context_of(again).set_clock(lambda: START + timedelta(days=10))
    assert again.reminders.check() == []


def test_the_off_switch_in_preferences(
    setup: tuple[MainWindow, Reminders, str], dialogs: DialogAnswerer, paths: Paths
) -> None:
    window, reminders, _ = setup

    def switch_off(dialog: QDialog) -> None:
        assert isinstance(dialog, PreferencesDialog)
        assert dialog.reminders.isChecked()
        dialog.reminders.setChecked(False)
        ok = dialog.findChild(QDialogButtonBox)
        assert ok is not None
        button = ok.button(QDialogButtonBox.StandardButton.Ok)
        assert button is not None
        button.click()

    dialogs.answer(switch_off)
    window.show_preferences()
    assert open_settings(paths).get(setting.REMINDERS) is False
    at(window, START - timedelta(minutes=10))
    assert reminders.check() == []
    assert not reminders.banner.isVisible()


def test_meetings_each_have_a_note_and_the_overdue_share_one() -> None:
    from mentordesk.services.reminders import Reminder
    from mentordesk.ui.shell.reminders import notes_for

    start = datetime(2026, 3, 10, 10, 0, tzinfo=UTC)
    now = start - timedelta(minutes=14)
    notes = notes_for(
        [
            Reminder("a", "meeting", "m", "Priya", now, "x", start, agenda=("Promotion",)),
            Reminder("b", "overdue", "n", "Sam", now, days_overdue=3),
            Reminder("c", "overdue", "o", "Jo", now, days_overdue=1),
        ],
        now,
    )
    assert [(n.title, n.action) for n in notes] == [
        ("Meeting with Priya at 10:00", "Open brief"),
        ("Time to meet", "Open"),
    ]
    assert notes[0].text == "Agenda: Promotion"
    assert notes[1].text == "2 mentors are overdue for a meeting: Sam, Jo."


def test_no_overdue_reminder_when_a_meeting_is_already_planned(
    window: MainWindow, database: Database
) -> None:
    with database.session() as session:
        priya = create_mentor(
            session, MentorData(name="Priya Raman", status="active"), now=utc_now()
        ).id
        agreements.set_mentor_interval(session, priya, 1, "weeks", now=utc_now())
        held = meetings.plan_meeting(session, meetings.MeetingPlan(priya, START), now=utc_now()).id
        meetings.end_meeting(session, held, actual_minutes=30, now=START)
        meetings.plan_meeting(
            session, meetings.MeetingPlan(priya, START + timedelta(days=12)), now=utc_now()
        )
    at(window, START + timedelta(days=9))  # two days overdue, the next meeting is planned
    assert window.reminders.check() == []


def test_a_database_damaged_while_running_is_said_once_and_checks_go_on(
    setup: tuple[MainWindow, Reminders, str], database: Database
) -> None:
    """The half-minute check let the "damaged" error escape its timer slot: an
    unexpected-error box every 30 seconds. It says so once in the status bar instead."""
    window, reminders, _meeting = setup
    at(window, START - timedelta(minutes=14))
    path = database.paths.database
    with database.engine.connect() as connection:  # everything into the main file
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    kept = path.read_bytes()
    database.engine.dispose()
    path.write_bytes(b"not a database at all " * (len(kept) // 22))
    try:
        assert reminders.check() == []
        said = window.statusBar().currentMessage()
        assert "Reminders could not be checked" in said and "damaged" in said, said
        window.statusBar().clearMessage()
        assert reminders.check() == []
        assert window.statusBar().currentMessage() == "", "said again every half minute"
    finally:
        database.engine.dispose()
        path.write_bytes(kept)
    assert [r.meeting_id for r in reminders.check()] == [_meeting]  # sound again: back
