"""What to remind the person of now: a meeting that starts within 15 minutes, a mentor
who has become overdue (and has no meeting planned yet), and, looking back to the last
check, meetings whose reminder came while MentorDesk was closed. Qt-free; the UI
decides how to show them and remembers which were shown (each has a key: none is shown
twice). Each reminder says when it came due (``due_at``): a meeting 15 minutes before
it starts, an overdue mentor at the start of the first day past the due day.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from mentordesk.db.choices import MeetingStatus, MentorStatus
from mentordesk.db.fast import FastSelect
from mentordesk.db.models import Meeting, Mentor
from mentordesk.services.cadence import CadenceStatus
from mentordesk.services.cadence_read import cadences_of
from mentordesk.services.meeting_queries import Brief, brief, detail

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
    due_at: datetime
    meeting_id: str | None = None
    start: datetime | None = None
    days_overdue: int = 0
    brief: Brief | None = None  # a meeting's: what to have in mind (open actions…)
    agenda: tuple[str, ...] = ()  # a meeting's agenda points


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
    session: Session,
    now: datetime,
    today: date,
    zone: tzinfo | None = None,
    since: datetime | None = None,
) -> list[Reminder]:
    """Meetings starting within 15 minutes (and, with ``since``, those whose reminder
    came after ``since``: the last check), then mentors overdue (longest first)."""
    found: list[Reminder] = []
    after = now if since is None else min(now, since + MEETING_AHEAD)
    for meeting_id, mentor_id, name, start in _STARTING.rows(
        session, after=after, until=now + MEETING_AHEAD
    ):
        found.append(
            Reminder(
                key=f"{MEETING}:{meeting_id}:{start.isoformat()}",
                kind=MEETING,
                mentor_id=mentor_id,
                mentor_name=name,
                due_at=start - MEETING_AHEAD,
                meeting_id=meeting_id,
                start=start,
                brief=brief(session, mentor_id),
                agenda=tuple(point.text for point in detail(session, meeting_id).agenda),
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
                due_at=_day_start(item.next_due + timedelta(days=1), zone),
                days_overdue=item.days_overdue,
            )
        )
    return found


def _day_start(day: date, zone: tzinfo | None) -> datetime:
    """Midnight at the start of ``day`` in ``zone`` (None: the computer's)."""
    if zone is None:
        return datetime.combine(day, time(0)).astimezone()
    return datetime.combine(day, time(0), tzinfo=zone)
