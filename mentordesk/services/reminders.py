"""What to remind the person of now: a meeting that starts within 15 minutes, a mentor
who has become overdue (and has no meeting planned yet). Qt-free; the UI decides how
to show them and remembers which were shown (each has a key: none is shown twice).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from mentordesk.db.choices import MeetingStatus, MentorStatus
from mentordesk.db.fast import FastSelect
from mentordesk.db.models import Meeting, Mentor
from mentordesk.services.cadence import CadenceStatus
from mentordesk.services.cadence_read import cadences_of

MEETING_AHEAD = timedelta(minutes=15)
MEETING = "meeting"
OVERDUE = "overdue"


@dataclass(frozen=True)
class Reminder:
    """One thing to remind of. ``key`` names the event: a meeting at a given time, or a
    mentor overdue since a given day (a rescheduled meeting is a new event)."""

    key: str
    kind: str
    mentor_id: str
    mentor_name: str
    meeting_id: str | None = None
    start: datetime | None = None
    days_overdue: int = 0


_STARTING = FastSelect(
    select(Meeting.id, Meeting.mentor_id, Mentor.name, Meeting.scheduled_start)
    .join(Mentor, Mentor.id == Meeting.mentor_id)
    .where(
        Meeting.status == MeetingStatus.PLANNED,
        Meeting.scheduled_start > bindparam("after"),
        Meeting.scheduled_start <= bindparam("until"),
    )
    .order_by(Meeting.scheduled_start)
)


def due_reminders(
    session: Session, now: datetime, today: date, zone: tzinfo | None = None
) -> list[Reminder]:
    """Meetings starting within 15 minutes, then mentors overdue (longest first)."""
    found: list[Reminder] = []
    for meeting_id, mentor_id, name, start in _STARTING.rows(
        session, after=now, until=now + MEETING_AHEAD
    ):
        found.append(
            Reminder(
                key=f"{MEETING}:{meeting_id}:{start.isoformat()}",
                kind=MEETING,
                mentor_id=mentor_id,
                mentor_name=name,
                meeting_id=meeting_id,
                start=start,
            )
        )
    for item in cadences_of(session, today, now, zone):
        # Overdue with a meeting already planned: nothing to do (as on the Dashboard).
        if item.status != CadenceStatus.OVERDUE or item.next_due is None or item.next_planned:
            continue
        if item.mentor_status == MentorStatus.ALUMNI:
            continue  # keeping in touch is light: the Dashboard says so, no pop-up
        found.append(
            Reminder(
                key=f"{OVERDUE}:{item.mentor_id}:{item.next_due.isoformat()}",
                kind=OVERDUE,
                mentor_id=item.mentor_id,
                mentor_name=item.mentor_name,
                days_overdue=item.days_overdue,
            )
        )
    return found
