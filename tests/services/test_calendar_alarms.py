"""Calendar alarms and versions: every event of the .ics carries one VALARM (30 minutes
before by default), and SEQUENCE grows only when the event's time, place, title or
status changes, never for notes typed into the meeting (issue 18 item 10: it counted
autosaves). Parsed back with the icalendar package, a parser of its own."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from icalendar import Calendar, Component

from mentordesk.db.database import Database
from mentordesk.services import calendar_export, meeting_edits, meetings
from mentordesk.services.mentors import MentorData, create_mentor, update_mentor

NOW = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)


def events(
    database: Database, path: Path, alarm: int = calendar_export.ALARM_MINUTES
) -> dict[str, Component]:
    with database.session() as session:
        calendar_export.write_calendar(session, path, NOW, alarm)
    return {str(e["UID"]): e for e in Calendar.from_ical(path.read_bytes()).walk("VEVENT")}


def sequence(event: Component) -> int:
    return int(str(event["SEQUENCE"]))


def test_every_event_carries_one_alarm_30_minutes_before_by_default(
    database: Database, tmp_path: Path
) -> None:
    with database.session() as session:
        ada = create_mentor(session, MentorData(name="Ada", status="active"), now=NOW).id
        for days in (1, 2, 3):
            meetings.plan_meeting(
                session, meetings.MeetingPlan(ada, NOW + timedelta(days=days)), now=NOW
            )
    found = events(database, tmp_path / "m.ics")
    assert len(found) == 3
    for event in found.values():
        alarms = event.walk("VALARM")
        assert len(alarms) == 1
        assert alarms[0].decoded("TRIGGER") == timedelta(minutes=-30)
        assert str(alarms[0]["ACTION"]) == "DISPLAY"
        assert str(alarms[0]["DESCRIPTION"]) == "Mentoring: Ada"
    other = events(database, tmp_path / "ten.ics", alarm=10)
    assert {e.walk("VALARM")[0].decoded("TRIGGER") for e in other.values()} == {
        timedelta(minutes=-10)
    }


def test_sequence_grows_only_when_time_place_title_or_status_change(
    database: Database, tmp_path: Path
) -> None:
    with database.session() as session:
        ada = create_mentor(session, MentorData(name="Ada", status="active"), now=NOW).id
        meeting = meetings.plan_meeting(
            session, meetings.MeetingPlan(ada, NOW + timedelta(days=2)), now=NOW
        ).id
    uid = f"{meeting}@mentordesk"
    path = tmp_path / "m.ics"
    assert sequence(events(database, path)[uid]) == 0

    # Notes typed into the planned meeting, saved 300 times, and a new agenda: the
    # calendar shows the same event, so the version stays.
    for second in range(300):
        with database.session() as session:
            meetings.save_notes(
                session, meeting, f"note {second}", now=NOW + timedelta(seconds=second)
            )
    with database.session() as session:
        meetings.set_agenda(session, meeting, [(None, "Ask about the rota", False)], now=NOW)
    assert sequence(events(database, path)[uid]) == 0
    assert sequence(events(database, path)[uid]) == 0  # exporting again changes nothing

    def moved(**change: object) -> None:
        values: dict[str, object] = {
            "scheduled_start": NOW + timedelta(days=2),
            "planned_minutes": 60,
            "format": "video",
            "location": "",
        }
        values.update(change)
        with database.session() as session:
            meeting_edits.reschedule(session, meeting, now=NOW, **values)  # type: ignore[arg-type]

    moved(scheduled_start=NOW + timedelta(days=3))
    assert sequence(events(database, path)[uid]) == 1  # time
    moved(scheduled_start=NOW + timedelta(days=3), planned_minutes=90)
    assert sequence(events(database, path)[uid]) == 2  # end time
    moved(scheduled_start=NOW + timedelta(days=3), planned_minutes=90, location="Café Nord")
    assert sequence(events(database, path)[uid]) == 3  # place
    with database.session() as session:
        update_mentor(session, ada, MentorData(name="Ada Lovelace", status="active"), now=NOW)
    assert sequence(events(database, path)[uid]) == 4  # title
    with database.session() as session:
        meetings.cancel_meeting(session, meeting, now=NOW)
    cancelled = events(database, path)[uid]
    assert (sequence(cancelled), str(cancelled["STATUS"])) == (5, "CANCELLED")


def test_a_meeting_deleted_and_brought_back_never_goes_down_a_version(
    database: Database, tmp_path: Path
) -> None:
    from mentordesk.services import records
    from mentordesk.services.kinds import Kind, Ref

    with database.session() as session:
        ada = create_mentor(session, MentorData(name="Ada", status="active"), now=NOW).id
        meeting = meetings.plan_meeting(
            session, meetings.MeetingPlan(ada, NOW + timedelta(days=2)), now=NOW
        ).id
    path = tmp_path / "m.ics"
    events(database, path)
    with database.session() as session:
        meeting_edits.reschedule(
            session,
            meeting,
            scheduled_start=NOW + timedelta(days=4),
            planned_minutes=60,
            format="video",
            location="",
            now=NOW,
        )
    assert sequence(events(database, path)[f"{meeting}@mentordesk"]) == 1
    with database.session() as session:
        _none, delta = records.track(
            session,
            [Ref(Kind.MEETING, meeting)],
            lambda s: meetings.delete_meeting(s, meeting),
            dependents=True,
        )
    assert events(database, path) == {}
    with database.session() as session:
        records.apply(session, delta.reversed())
    assert sequence(events(database, path)[f"{meeting}@mentordesk"]) == 1
