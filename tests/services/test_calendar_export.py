"""The .ics export, parsed back with icalendar: every planned meeting, once, with a UID
that stays the same so a re-import updates instead of duplicating."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from icalendar import Calendar, Component

from mentordesk.db.database import Database
from mentordesk.db.types import utc_now
from mentordesk.services import calendar_export, meeting_edits, meetings
from mentordesk.services.mentors import MentorData, create_mentor

NOW = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)


def plan(database: Database, mentor_id: str, days: float, **more: object) -> str:
    with database.session() as session:
        return meetings.plan_meeting(
            session,
            meetings.MeetingPlan(
                mentor_id=mentor_id,
                scheduled_start=NOW + timedelta(days=days),
                **more,  # type: ignore[arg-type]
            ),
            now=NOW - timedelta(days=20),
        ).id


def events(database: Database, path: Path, now: datetime = NOW) -> dict[str, Component]:
    with database.session() as session:
        count = calendar_export.write_calendar(session, path, now)
    calendar = Calendar.from_ical(path.read_bytes())
    found = {text(e, "UID"): e for e in calendar.walk("VEVENT")}
    assert len(found) == count
    return found


def when(event: Component, name: str) -> Any:
    """A date-time property as Python reads it (aware)."""
    return event.decoded(name)


def text(event: Component, name: str) -> str:
    return str(event.get(name))


def test_every_planned_meeting_is_an_event_that_reads_back_exactly(
    database: Database, tmp_path: Path
) -> None:
    with database.session() as session:
        priya = create_mentor(
            session, MentorData(name="Priya Raman", status="active"), now=utc_now()
        ).id
        sam = create_mentor(session, MentorData(name="Sam Lee", status="active"), now=utc_now()).id
    video = plan(
        database,
        priya,
        2,
        planned_minutes=60,
        location="https://meet.example.com/priya",
        agenda=("Delegation", "Hiring, well; with commas"),
    )
    cafe = plan(database, sam, 9.5, format="in_person", location="Café Nero, Deansgate")
    held = plan(database, sam, -3)
    with database.session() as session:
        meetings.end_meeting(session, held, actual_minutes=30, now=NOW - timedelta(days=3))
    long_ago = plan(database, sam, -60)

    found = events(database, tmp_path / "meetings.ics")

    assert set(found) == {f"{video}@mentordesk", f"{cafe}@mentordesk"}
    first = found[f"{video}@mentordesk"]
    assert when(first, "DTSTART") == NOW + timedelta(days=2)
    assert when(first, "DTSTART").tzinfo is not None
    assert when(first, "DTEND") == NOW + timedelta(days=2, minutes=60)
    assert text(first, "SUMMARY") == "Mentoring: Priya Raman"
    assert text(first, "LOCATION") == "https://meet.example.com/priya"
    assert text(first, "URL") == "https://meet.example.com/priya"
    assert text(first, "STATUS") == "CONFIRMED"
    description = text(first, "DESCRIPTION")
    assert "Agenda:\n- Delegation\n- Hiring, well; with commas" in description
    assert "Join: https://meet.example.com/priya" in description
    second = found[f"{cafe}@mentordesk"]
    assert text(second, "LOCATION") == "Café Nero, Deansgate"
    assert "URL" not in second
    assert text(second, "DESCRIPTION").startswith("In person")
    assert f"{long_ago}@mentordesk" not in found


def test_a_reexport_keeps_the_uid_raises_the_sequence_and_cancels_what_was_cancelled(
    database: Database, tmp_path: Path
) -> None:
    with database.session() as session:
        priya = create_mentor(
            session, MentorData(name="Priya Raman", status="active"), now=utc_now()
        ).id
    moved = plan(database, priya, 2)
    dropped = plan(database, priya, 4)
    before = events(database, tmp_path / "first.ics")
    with database.session() as session:
        meeting_edits.reschedule(
            session,
            moved,
            scheduled_start=NOW + timedelta(days=3),
            planned_minutes=45,
            format="video",
            location="",
            now=NOW,
        )
        meetings.cancel_meeting(session, dropped, now=NOW)
    after = events(database, tmp_path / "second.ics", NOW + timedelta(minutes=5))
    assert set(after) == set(before)  # the same events: an import updates them
    uid = f"{moved}@mentordesk"
    assert when(after[uid], "DTSTART") == NOW + timedelta(days=3)
    assert int(text(after[uid], "SEQUENCE")) > int(text(before[uid], "SEQUENCE"))
    assert text(after[f"{dropped}@mentordesk"], "STATUS") == "CANCELLED"


def test_the_file_is_a_valid_calendar_even_with_nothing_planned(
    database: Database, tmp_path: Path
) -> None:
    path = tmp_path / "empty.ics"
    assert events(database, path) == {}
    text = path.read_bytes().decode("utf-8")
    assert text.startswith("BEGIN:VCALENDAR\r\n")  # RFC 5545 lines end in CRLF
    assert "VERSION:2.0" in text and "PRODID:-//MentorDesk//" in text
