"""File ▸ Export Calendar…: a person picks a file; the planned meetings are in it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from icalendar import Calendar
from PySide6.QtWidgets import QDialog, QFileDialog, QMenu

from mentordesk.db.database import Database
from mentordesk.db.types import utc_now
from mentordesk.services import meetings
from mentordesk.services.mentors import MentorData, create_mentor
from mentordesk.ui.shell.main_window import MainWindow
from tests.ui.conftest import DialogAnswerer
from tests.ui.helpers import context_of

NOW = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)


def test_export_calendar_from_the_file_menu(
    window: MainWindow, database: Database, dialogs: DialogAnswerer, tmp_path: Path
) -> None:
    context_of(window).set_clock(lambda: NOW)
    with database.session() as session:
        mentor = create_mentor(
            session, MentorData(name="Priya Raman", status="active"), now=utc_now()
        ).id
        planned = meetings.plan_meeting(
            session,
            meetings.MeetingPlan(mentor, NOW + timedelta(days=3), agenda=("Hiring",)),
            now=utc_now(),
        ).id
    file_menu = window.menuBar().actions()[0].menu()
    assert isinstance(file_menu, QMenu)
    assert window.calendar_action in file_menu.actions()
    assert window.calendar_action.text() == "Export &Calendar…"

    def save_as(dialog: QDialog) -> None:
        assert isinstance(dialog, QFileDialog)
        dialog.selectFile(str(tmp_path / "my-meetings"))
        dialog.accept()

    dialogs.answer(save_as)
    window.calendar_action.trigger()

    written = tmp_path / "my-meetings.ics"
    events = Calendar.from_ical(written.read_bytes()).walk("VEVENT")
    assert [str(e.get("UID")) for e in events] == [f"{planned}@mentordesk"]
    assert "Hiring" in str(events[0].get("DESCRIPTION"))
    assert window.statusBar().currentMessage() == f"Exported 1 meeting to {written}."
