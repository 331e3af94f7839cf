"""The calendar alarm set in Preferences ▸ Reminders: the kept calendar file gets one
VALARM per event at once, 30 minutes before by default, and follows a new choice; an
agenda edit rewrites the file without raising the event's SEQUENCE."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from icalendar import Calendar
from PySide6.QtWidgets import QDialog, QSpinBox

from mentordesk.db.database import Database
from mentordesk.services.meetings import MeetingPlan
from mentordesk.ui import settings as setting
from mentordesk.ui.meetings import operations
from mentordesk.ui.settings import open_settings
from mentordesk.ui.shell.main_window import MainWindow
from mentordesk.ui.shell.preferences import PreferencesDialog
from tests.ui.conftest import DialogAnswerer
from tests.ui.helpers import add_people, context_of, save_preferences


def alarms(path: Path) -> dict[str, tuple[list[timedelta], int]]:
    """UID: (the triggers of its VALARMs, SEQUENCE) of every event in the file."""
    calendar = Calendar.from_ical(path.read_bytes())
    return {
        str(event["uid"]): (
            [alarm.decoded("trigger") for alarm in event.walk("VALARM")],
            int(str(event["sequence"])),
        )
        for event in calendar.walk("VEVENT")
    }


def test_the_calendar_file_carries_the_alarm_chosen_in_preferences(
    window: MainWindow, database: Database, dialogs: DialogAnswerer, tmp_path: Path
) -> None:
    context = context_of(window)
    ada = add_people(database, "Ada Lovelace")["Ada Lovelace"]
    start = (context.now() + timedelta(days=2)).replace(microsecond=0)
    first = operations.plan_meeting(context, window, MeetingPlan(ada, start), "Ada Lovelace")
    second = operations.plan_meeting(
        context, window, MeetingPlan(ada, start + timedelta(days=7)), "Ada Lovelace"
    )
    assert first is not None and second is not None
    folder = tmp_path / "calendars"
    folder.mkdir()
    path = folder / "mentordesk-meetings.ics"

    def choose(minutes: int | None) -> None:
        def answer(dialog: QDialog) -> None:
            assert isinstance(dialog, PreferencesDialog)
            dialog.calendar_folder.setText(str(folder))
            spin = dialog.findChild(QSpinBox, "calendarAlarm")
            assert spin is not None and spin.accessibleName()
            if minutes is not None:
                spin.setValue(minutes)
            save_preferences(dialog)

        dialogs.answer(answer)
        window.show_preferences()

    choose(None)
    half_hour = [timedelta(minutes=-30)]
    assert alarms(path) == {
        f"{first.value.id}@mentordesk": (half_hour, 0),
        f"{second.value.id}@mentordesk": (half_hour, 0),
    }
    choose(10)
    assert open_settings(context.database.paths).get(setting.CALENDAR_ALARM) == 10
    assert {triggers[0] for triggers, _seq in alarms(path).values()} == {timedelta(minutes=-10)}

    written = path.stat().st_ino
    assert operations.reschedule(
        context,
        window,
        first.value.id,
        "Ada Lovelace",
        when=start,
        minutes=45,
        format="video",
        location="",
        agenda=[(None, "Ask about the rota", False)],
    )
    assert path.stat().st_ino != written  # the agenda is in the event's description
    assert alarms(path)[f"{first.value.id}@mentordesk"] == ([timedelta(minutes=-10)], 0)
