"""The recap sent after a meeting: what it is built from, and the record that it was sent.

``recap_facts`` gathers what the recap says (``ui/meetings/recap_text.py`` puts it in
words): the points discussed, the action items captured in the meeting with their due
dates, what I promised to report back on, and the next meeting. Never in it: the notes
and takeaways (they are mine), and anything private (``services/private.py``: private
agenda points and action items are left out here).
``mark_sent`` records when and how it left the app (one recap per meeting).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from mentordesk.db.choices import ActionStatus, MeetingStatus, RecapSent
from mentordesk.db.models import ActionItem, AgendaItem, Meeting, MeetingRecap, Mentor
from mentordesk.services import private
from mentordesk.services.errors import FieldValidationError, NotFoundError
from mentordesk.services.kinds import Kind


@dataclass(frozen=True)
class RecapAction:
    text: str
    due_date: date | None
    report_back: bool = False  # promised in this meeting to report back on, too


@dataclass(frozen=True)
class NextMeeting:
    start: datetime
    format: str
    location: str


@dataclass(frozen=True)
class SentRecap:
    body: str
    sent_at: datetime | None
    sent_how: str | None


@dataclass(frozen=True)
class RecapFacts:
    """Everything a meeting's recap may say, private points already left out."""

    meeting_id: str
    mentor_name: str
    mentor_email: str
    held_on: datetime
    held: bool
    discussed: tuple[str, ...]
    actions: tuple[RecapAction, ...]
    report_back: tuple[RecapAction, ...]
    next_meeting: NextMeeting | None
    sent: SentRecap | None


is_private = private.is_private  # the one rule (services/private.py)


def recap_facts(session: Session, meeting_id: str) -> RecapFacts:
    meeting = session.get(Meeting, meeting_id)
    if meeting is None:
        raise NotFoundError(meeting_id, Kind.MEETING)
    mentor = session.get(Mentor, meeting.mentor_id)
    assert mentor is not None  # a meeting's mentor is a foreign key
    points = session.scalars(
        select(AgendaItem).where(AgendaItem.meeting_id == meeting_id).order_by(AgendaItem.position)
    ).all()
    # What was discussed: the ticked points (all of them when none was ticked).
    shown = [p for p in points if not is_private(p)]
    ticked = [p for p in shown if p.done]
    discussed = tuple(p.text for p in (ticked or shown) if p.text.strip())
    captured = session.scalars(
        select(ActionItem)
        .where(
            ActionItem.meeting_id == meeting_id,
            ActionItem.status != ActionStatus.DROPPED,
            private.not_private(ActionItem),
        )
        .order_by(ActionItem.due_date.is_(None), ActionItem.due_date, ActionItem.created_at)
    ).all()
    promised = session.scalars(
        select(ActionItem)
        .where(
            ActionItem.mentor_id == meeting.mentor_id,
            ActionItem.report_back.is_(True),
            ActionItem.reported_on.is_(None),
            ActionItem.status != ActionStatus.DROPPED,
            private.not_private(ActionItem),
        )
        .order_by(ActionItem.due_date.is_(None), ActionItem.due_date, ActionItem.created_at)
    ).all()
    start = meeting.started_at or meeting.scheduled_start
    following = session.scalars(
        select(Meeting)
        .where(
            Meeting.mentor_id == meeting.mentor_id,
            Meeting.status == MeetingStatus.PLANNED,
            Meeting.scheduled_start > meeting.scheduled_start,
            Meeting.id != meeting_id,
        )
        .order_by(Meeting.scheduled_start)
        .limit(1)
    ).first()
    recap = session.scalars(
        select(MeetingRecap).where(MeetingRecap.meeting_id == meeting_id)
    ).first()
    return RecapFacts(
        meeting_id=meeting_id,
        mentor_name=mentor.name,
        mentor_email=mentor.email,
        held_on=start,
        held=meeting.status == MeetingStatus.HELD,
        discussed=discussed,
        actions=tuple(RecapAction(a.text, a.due_date, a.report_back) for a in captured),
        # An item captured in this meeting is said once, under what I will do.
        report_back=tuple(
            RecapAction(a.text, a.due_date) for a in promised if a.meeting_id != meeting_id
        ),
        next_meeting=(
            NextMeeting(following.scheduled_start, following.format, following.location)
            if following is not None
            else None
        ),
        sent=(SentRecap(recap.body, recap.sent_at, recap.sent_how) if recap is not None else None),
    )


def mark_sent(session: Session, meeting_id: str, body: str, how: str, *, now: datetime) -> str:
    """Record that the meeting's recap (``body``) was sent ``how``; the recap's id."""
    if how not in {h.value for h in RecapSent}:
        raise FieldValidationError({"how": "A recap is copied, mailed or saved as Markdown."})
    if session.get(Meeting, meeting_id) is None:
        raise NotFoundError(meeting_id, Kind.MEETING)
    recap = session.scalars(
        select(MeetingRecap).where(MeetingRecap.meeting_id == meeting_id)
    ).first()
    if recap is None:
        recap = MeetingRecap(meeting_id=meeting_id, created_at=now)
        session.add(recap)
    recap.body, recap.sent_at, recap.sent_how, recap.updated_at = body, now, how, now
    session.flush()
    return recap.id
