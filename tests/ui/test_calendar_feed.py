"""The calendar file kept in a chosen folder: written as soon as the folder is chosen in
Preferences, rewritten whole (a new file renamed over the old) on every change to the
meetings, never when nothing in it changes, with each meeting's UID kept so a
subscribing calendar updates its events instead of adding copies; undo rewrites it too."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

from icalendar import Calendar
from PySide6.QtWidgets import QDialog

from mentordesk.db.database import Database
from mentordesk.services.goals import GoalData
from mentordesk.services.meetings import MeetingPlan
from mentordesk.ui import settings as setting
from mentordesk.ui.goals import operations as goal_operations
from mentordesk.ui.meetings import operations
from mentordesk.ui.settings import open_settings
from mentordesk.ui.shell.main_window import MainWindow
from mentordesk.ui.shell.preferences import PreferencesDialog
from tests.ui.conftest import DialogAnswerer
from tests.ui.helpers import add_people, context_of, save_preferences


def events(path: Path) -> dict[str, tuple[str, str, int]]:
    """UID: (start, status, sequence) of every event in the file."""
    calendar = Calendar.from_ical(path.read_bytes())
    return {
        str(event["uid"]): (
            event.decoded("dtstart").isoformat(),
            str(event["status"]),
            int(str(event["sequence"])),
        )
        for event in calendar.walk("VEVENT")
    }


def choose_folder(folder: Path) -> Callable[[QDialog], None]:
    def answer(dialog: QDialog) -> None:
        assert isinstance(dialog, PreferencesDialog)
        dialog.calendar_folder.setText(str(folder))
        save_preferences(dialog)

    return answer


def test_the_calendar_file_follows_every_change(
    window: MainWindow, database: Database, dialogs: DialogAnswerer, tmp_path: Path
) -> None:
    context = context_of(window)
    ada = add_people(database, "Ada Lovelace")["Ada Lovelace"]
    start = (context.now() + timedelta(days=2)).replace(microsecond=0)
    first = operations.plan_meeting(context, window, MeetingPlan(ada, start), "Ada Lovelace")
    assert first is not None
    folder = tmp_path / "calendars"
    folder.mkdir()
    path = folder / "mentordesk-meetings.ics"

    dialogs.answer(choose_folder(folder))
    window.show_preferences()
    assert open_settings(context.database.paths).get(setting.CALENDAR_FOLDER) == str(folder)
    uid = f"{first.value.id}@mentordesk"
    assert events(path) == {uid: (start.isoformat(), "CONFIRMED", 0)}

    second = operations.plan_meeting(
        context, window, MeetingPlan(ada, start + timedelta(days=7)), "Ada Lovelace"
    )
    assert second is not None
    assert set(events(path)) == {uid, f"{second.value.id}@mentordesk"}

    before = path.stat().st_ino
    later = context.now() + timedelta(hours=1)
    context.set_clock(lambda: later)
    moved = start + timedelta(hours=3)
    assert operations.reschedule(
        context,
        window,
        first.value.id,
        "Ada Lovelace",
        when=moved,
        minutes=45,
        format="video",
        location="",
        agenda=None,
    )
    when, status, sequence = events(path)[uid]  # the same event, moved: no copy
    assert (when, status) == (moved.isoformat(), "CONFIRMED") and len(events(path)) == 2
    assert sequence > 0  # a newer version of the event: calendars take it
    assert path.stat().st_ino != before, "written to a new file renamed over the old"
    assert [p.name for p in folder.iterdir()] == ["mentordesk-meetings.ics"]

    assert operations.cancel_meeting(context, window, first.value.id, "Ada")
    assert events(path)[uid][1] == "CANCELLED"  # calendars drop it
    window.undo_stack.undo()
    assert events(path)[uid][:2] == (moved.isoformat(), "CONFIRMED")

    # A change that does not touch meetings leaves the file as it is.
    unchanged = path.stat().st_ino
    assert goal_operations.add_goal(context, window, GoalData(title="Lead a team"), [])
    assert path.stat().st_ino == unchanged


def test_a_folder_that_cannot_be_written_is_said_once_and_nothing_breaks(
    window: MainWindow, database: Database, tmp_path: Path
) -> None:
    context = context_of(window)
    ada = add_people(database, "Ada Lovelace")["Ada Lovelace"]
    said: list[str] = []
    context.message.connect(said.append)
    context.settings.set(setting.CALENDAR_FOLDER, str(tmp_path / "missing" / "folder"))
    start = context.now() + timedelta(days=2)
    assert operations.plan_meeting(context, window, MeetingPlan(ada, start), "Ada Lovelace")
    assert operations.plan_meeting(
        context, window, MeetingPlan(ada, start + timedelta(days=1)), "Ada Lovelace"
    )
    problems = [text for text in said if "calendar file" in text]
    assert len(problems) == 1 and "could not be written" in problems[0]
