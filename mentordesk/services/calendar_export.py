"""Planned meetings as an RFC 5545 calendar (.ics), written with the icalendar package.

Qt-free, for File ▸ Export calendar…, the command line (``mentordesk ics -o FILE``) and
the calendar file kept in a folder the person chose (``keep_calendar``: rewritten whole
on every change, for calendar apps that subscribe to a file). Each event's UID is the
meeting's own UUID, so importing a newer export updates the events already in a
calendar instead of adding copies; LAST-MODIFIED follows every change, SEQUENCE grows
only when what a calendar shows of the event changes (its time, place, title, or its
status: RFC 5545 §3.8.7.4 counts a cancellation as significant), remembered per meeting
in ``calendar_event``; a meeting cancelled since is exported as CANCELLED so the
calendar drops it. Every event carries one VALARM, ``alarm_minutes`` before it starts
(Preferences ▸ Reminders; ``mentordesk ics --alarm``).
DTSTAMP is the meeting's last change (RFC 5545 §3.8.7.2, a calendar without METHOD), so
the same meetings give the same bytes. Times are UTC (RFC 5545 form 2), which every
calendar reads.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from mentordesk import __version__
from mentordesk.db.choices import MeetingStatus
from mentordesk.db.fast import FastSelect
from mentordesk.db.files import write_text_file
from mentordesk.db.models import AgendaItem, CalendarEvent, Meeting, Mentor
from mentordesk.services import private
from mentordesk.services.dashboard import join_url

if TYPE_CHECKING:
    from icalendar import Alarm, Event

PRODID = "-//MentorDesk//MentorDesk {version}//EN"
UID_DOMAIN = "mentordesk"
KEEP_DAYS = 30  # past meetings still planned (or cancelled) this recently are exported too
ALARM_MINUTES = 30  # the default reminder before each event
MAX_ALARM_MINUTES = 7 * 24 * 60
FORMATS = {"in_person": "In person", "video": "Video call", "phone": "Phone", "chat": "Chat"}


@dataclass(frozen=True)
class CalendarMeeting:
    """One meeting as the calendar shows it."""

    id: str
    mentor_name: str
    start: datetime
    minutes: int
    status: str
    format: str
    location: str
    agenda: tuple[str, ...]
    created_at: datetime
    updated_at: datetime

    @property
    def uid(self) -> str:
        return f"{self.id}@{UID_DOMAIN}"

    @property
    def end(self) -> datetime:
        return self.start + timedelta(minutes=self.minutes)

    sequence: int = 0

    @property
    def title(self) -> str:
        return f"Mentoring: {self.mentor_name}"

    def fingerprint(self) -> str:
        """What a calendar shows of the event that makes it a new version of it."""
        start = self.start.astimezone(UTC).isoformat()
        return json.dumps([start, self.minutes, self.location, self.title, self.status])


_EXPORTED = FastSelect(
    select(
        Meeting.id,
        Mentor.name,
        Meeting.scheduled_start,
        Meeting.planned_minutes,
        Meeting.status,
        Meeting.format,
        Meeting.location,
        Meeting.created_at,
        Meeting.updated_at,
    )
    .join(Mentor, Mentor.id == Meeting.mentor_id)
    .where(
        Meeting.status.in_((MeetingStatus.PLANNED, MeetingStatus.CANCELLED)),
        Meeting.scheduled_start >= bindparam("since"),
    )
    .order_by(Meeting.scheduled_start)
)
_AGENDA = FastSelect(
    select(AgendaItem.meeting_id, AgendaItem.text)
    .join(Meeting, Meeting.id == AgendaItem.meeting_id)
    .where(
        Meeting.status == MeetingStatus.PLANNED,
        Meeting.scheduled_start >= bindparam("since"),
        private.not_private(AgendaItem),
    )
    .order_by(AgendaItem.meeting_id, AgendaItem.position)
)


def meetings_to_export(session: Session, now: datetime) -> list[CalendarMeeting]:
    """Planned meetings from ``KEEP_DAYS`` ago on, and those cancelled in that time,
    each with its SEQUENCE (raised here, once, when the event changed since the last
    export; a meeting exported for the first time starts at 0)."""
    return [_sequenced(session, meeting) for meeting in _found(session, now)]


def _sequenced(session: Session, meeting: CalendarMeeting) -> CalendarMeeting:
    fingerprint = meeting.fingerprint()
    known = session.get(CalendarEvent, meeting.id)
    if known is None:
        known = CalendarEvent(meeting_id=meeting.id, sequence=0, fingerprint=fingerprint)
        session.add(known)
    elif known.fingerprint != fingerprint:
        known.sequence += 1
        known.fingerprint = fingerprint
    return replace(meeting, sequence=known.sequence)


def _found(session: Session, now: datetime) -> list[CalendarMeeting]:
    since = now - timedelta(days=KEEP_DAYS)
    rows = _EXPORTED.rows(session, since=since)
    agenda: dict[str, list[str]] = {}
    if rows:
        for meeting_id, text in _AGENDA.rows(session, since=since):
            agenda.setdefault(meeting_id, []).append(text)
    return [
        CalendarMeeting(
            id=i,
            mentor_name=name,
            start=start,
            minutes=minutes,
            status=status,
            format=form,
            location=place,
            agenda=tuple(agenda.get(i, ())),
            created_at=created,
            updated_at=updated,
        )
        for i, name, start, minutes, status, form, place, created, updated in rows
    ]


FILE_NAME = "mentordesk-meetings.ics"  # the kept calendar file's name in its folder


# icalendar is imported where a calendar is made: it takes about 40 ms to import, and
# the window keeps the calendar file (ui/shell/calendar_feed.py) from its first moment.
def _alarms_of(meeting: CalendarMeeting, minutes: int) -> list[Alarm]:
    """The VALARM of a meeting's event: a reminder ``minutes`` before it starts."""
    from icalendar import Alarm

    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", meeting.title)
    alarm.add("trigger", timedelta(minutes=-minutes))
    return [alarm]


def _event_of(meeting: CalendarMeeting, alarm_minutes: int = ALARM_MINUTES) -> Event:
    from icalendar import Event

    event = Event()
    event.add("uid", meeting.uid)
    event.add("dtstamp", meeting.updated_at.astimezone(UTC))
    event.add("dtstart", meeting.start.astimezone(UTC))
    event.add("dtend", meeting.end.astimezone(UTC))
    event.add("summary", meeting.title)
    cancelled = meeting.status == MeetingStatus.CANCELLED
    event.add("status", "CANCELLED" if cancelled else "CONFIRMED")
    event.add("sequence", meeting.sequence)
    event.add("created", meeting.created_at.astimezone(UTC))
    event.add("last-modified", meeting.updated_at.astimezone(UTC))
    event.add("categories", ["Mentoring"])
    link = join_url(meeting.location)
    if meeting.location:
        event.add("location", meeting.location)
    if link:
        event.add("url", link)
    lines = [FORMATS.get(meeting.format, meeting.format)]
    if meeting.agenda:
        lines += ["", "Agenda:", *(f"- {point}" for point in meeting.agenda)]
    if link:
        lines += ["", f"Join: {link}"]
    event.add("description", "\n".join(lines))
    for alarm in _alarms_of(meeting, alarm_minutes):
        event.add_component(alarm)
    return event


def calendar_bytes(
    session: Session, now: datetime, alarm_minutes: int = ALARM_MINUTES
) -> tuple[bytes, int]:
    """The calendar file's bytes and how many meetings it holds."""
    from icalendar import Calendar

    calendar = Calendar()
    calendar.add("prodid", PRODID.format(version=__version__))
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", "MentorDesk meetings")
    found = meetings_to_export(session, now)
    for meeting in found:
        calendar.add_component(_event_of(meeting, alarm_minutes))
    return calendar.to_ical(), len(found)


def write_calendar(
    session: Session, path: Path, now: datetime, alarm_minutes: int = ALARM_MINUTES
) -> int:
    """Write the calendar to ``path`` (replacing it whole); how many meetings it holds."""
    data, count = calendar_bytes(session, now, alarm_minutes)
    write_text_file(path, data.decode("utf-8"))
    return count


def keep_calendar(
    session: Session, folder: Path, now: datetime, alarm_minutes: int = ALARM_MINUTES
) -> bool:
    """Bring ``folder``'s calendar file up to date (written whole, atomically, and only
    when it would change); True when it was written."""
    data, _count = calendar_bytes(session, now, alarm_minutes)
    path = folder / FILE_NAME
    try:
        if path.read_bytes() == data:
            return False
    except FileNotFoundError:
        pass
    write_text_file(path, data.decode("utf-8"))
    return True
