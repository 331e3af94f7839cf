"""Meetings: plan, prepare (agenda, carry-over, brief), take notes, end.

Notes are saved often (see ``save_notes``); it keeps the note history too.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from mentordesk.db.models import (
    ActionItem,
    ActionStatus,
    AgendaItem,
    Meeting,
    MeetingFormat,
    MeetingStatus,
    Mentor,
)
from mentordesk.db.types import new_id, utc_now
from mentordesk.services import note_history
from mentordesk.services.errors import FieldValidationError

DEFAULT_INTERVAL = timedelta(weeks=4)
MAX_MINUTES = 24 * 60


class MeetingNotFoundError(LookupError):
    """The meeting is gone (deleted elsewhere)."""


class MeetingValidationError(FieldValidationError):
    """A meeting field is invalid."""


@dataclass(frozen=True)
class MeetingPlan:
    """What a person fills in to plan a meeting."""

    mentor_id: str
    scheduled_start: datetime
    planned_minutes: int = 45
    format: str = MeetingFormat.VIDEO.value
    location: str = ""
    agenda: tuple[str, ...] = ()
    # Agenda items of an earlier meeting to bring along (they stay linked).
    carried_agenda_ids: tuple[str, ...] = ()


@dataclass(frozen=True)
class CarryOver:
    """What the previous meeting with this mentor left open."""

    previous: Meeting | None
    unchecked_agenda: list[AgendaItem] = field(default_factory=list)
    open_actions: list[ActionItem] = field(default_factory=list)


@dataclass(frozen=True)
class Brief:
    """What to have in mind before the next meeting with a mentor."""

    mentor: Mentor
    next_meeting: Meeting | None
    last_meeting: Meeting | None
    open_actions: list[ActionItem]
    to_report_back: list[ActionItem]
    unchecked_agenda: list[AgendaItem]

    @property
    def last_takeaways(self) -> str:
        return self.last_meeting.takeaways if self.last_meeting else ""


def validate_plan(session: Session, plan: MeetingPlan) -> dict[str, str]:
    errors: dict[str, str] = {}
    if session.get(Mentor, plan.mentor_id) is None:
        errors["mentor"] = "Choose the mentor you are meeting."
    if plan.scheduled_start.tzinfo is None:
        errors["scheduled_start"] = "The meeting time needs a time zone."
    if not 1 <= plan.planned_minutes <= MAX_MINUTES:
        errors["planned_minutes"] = "Plan between 1 minute and 24 hours."
    if plan.format not in {f.value for f in MeetingFormat}:
        errors["format"] = "Choose a format from the list."
    return errors


def plan_meeting(session: Session, plan: MeetingPlan) -> Meeting:
    """Add a planned meeting with its agenda (new items, then carried-over ones)."""
    errors = validate_plan(session, plan)
    if errors:
        raise MeetingValidationError(errors)
    now = utc_now()
    meeting = Meeting(
        id=new_id(),
        mentor_id=plan.mentor_id,
        scheduled_start=plan.scheduled_start,
        status=MeetingStatus.PLANNED.value,
        planned_minutes=plan.planned_minutes,
        format=plan.format,
        location=plan.location.strip(),
        created_at=now,
        updated_at=now,
    )
    position = 0
    for carried_id in plan.carried_agenda_ids:
        earlier = session.get(AgendaItem, carried_id)
        if earlier is None:
            continue
        meeting.agenda.append(
            AgendaItem(
                id=new_id(), position=position, text=earlier.text, carried_from_id=earlier.id
            )
        )
        position += 1
    for text in plan.agenda:
        if text.strip():
            meeting.agenda.append(AgendaItem(id=new_id(), position=position, text=text.strip()))
            position += 1
    session.add(meeting)
    session.flush()
    return meeting


def get_meeting(session: Session, meeting_id: str) -> Meeting:
    meeting = session.get(Meeting, meeting_id, options=[selectinload(Meeting.agenda)])
    if meeting is None:
        raise MeetingNotFoundError(meeting_id)
    return meeting


def list_meetings(session: Session, mentor_id: str | None = None) -> list[Meeting]:
    """Meetings, newest first; only one mentor's when ``mentor_id`` is given."""
    query = select(Meeting).options(selectinload(Meeting.agenda))
    if mentor_id is not None:
        query = query.where(Meeting.mentor_id == mentor_id)
    return list(session.scalars(query.order_by(Meeting.scheduled_start.desc())))


def update_details(
    session: Session,
    meeting_id: str,
    *,
    scheduled_start: datetime | None = None,
    planned_minutes: int | None = None,
    format: str | None = None,
    location: str | None = None,
    rating: int | None = None,
) -> Meeting:
    """Change when/how a meeting happens, or its value rating (1-5)."""
    meeting = get_meeting(session, meeting_id)
    errors: dict[str, str] = {}
    if planned_minutes is not None and not 1 <= planned_minutes <= MAX_MINUTES:
        errors["planned_minutes"] = "Plan between 1 minute and 24 hours."
    if format is not None and format not in {f.value for f in MeetingFormat}:
        errors["format"] = "Choose a format from the list."
    if rating is not None and not 1 <= rating <= 5:
        errors["rating"] = "Rate the meeting from 1 to 5."
    if errors:
        raise MeetingValidationError(errors)
    if scheduled_start is not None:
        meeting.scheduled_start = scheduled_start
    if planned_minutes is not None:
        meeting.planned_minutes = planned_minutes
    if format is not None:
        meeting.format = format
    if location is not None:
        meeting.location = location.strip()
    if rating is not None:
        meeting.rating = rating
    meeting.updated_at = utc_now()
    session.flush()
    return meeting


def save_notes(
    session: Session,
    meeting_id: str,
    notes: str,
    takeaways: str | None = None,
    *,
    now: datetime | None = None,
) -> Meeting:
    """Store the notes (and takeaways) as typed; snapshot history when it is due."""
    meeting = session.get(Meeting, meeting_id)
    if meeting is None:
        raise MeetingNotFoundError(meeting_id)
    now = now or utc_now()
    if notes != meeting.notes:
        note_history.record_before_save(session, meeting, notes, now)
        meeting.notes = notes
    if takeaways is not None:
        meeting.takeaways = takeaways
    meeting.updated_at = now
    session.flush()
    return meeting


def set_agenda(
    session: Session, meeting_id: str, items: list[tuple[str | None, str, bool]]
) -> Meeting:
    """Replace the agenda with ``items``: (existing id or None, text, done), in order."""
    meeting = get_meeting(session, meeting_id)
    by_id = {item.id: item for item in meeting.agenda}
    kept: list[AgendaItem] = []
    for position, (item_id, text, done) in enumerate(items):
        item = by_id.pop(item_id, None) if item_id else None
        if item is None:
            item = AgendaItem(id=item_id or new_id(), meeting_id=meeting.id)
        item.position, item.text, item.done = position, text, done
        kept.append(item)
    meeting.agenda = kept
    meeting.updated_at = utc_now()
    session.flush()
    return meeting


def start_meeting(session: Session, meeting_id: str, now: datetime | None = None) -> Meeting:
    """Note when the conversation started (the timer counts from here); idempotent."""
    meeting = get_meeting(session, meeting_id)
    if meeting.started_at is None:
        meeting.started_at = now or utc_now()
        session.flush()
    return meeting


def elapsed(meeting: Meeting, now: datetime | None = None) -> timedelta:
    """How long the meeting has been going (zero before it starts)."""
    if meeting.started_at is None:
        return timedelta(0)
    end = meeting.ended_at or now or utc_now()
    return max(timedelta(0), end - meeting.started_at)


def end_meeting(
    session: Session,
    meeting_id: str,
    *,
    actual_minutes: int | None = None,
    rating: int | None = None,
    now: datetime | None = None,
) -> Meeting:
    """Mark the meeting held, with its actual length (from the timer unless given).

    A meeting already held is refused: ending it again would silently replace its
    end time and length.
    """
    meeting = get_meeting(session, meeting_id)
    if meeting.status == MeetingStatus.HELD.value:
        raise MeetingValidationError({"status": "This meeting was already marked held."})
    now = now or utc_now()
    if meeting.started_at is None:
        meeting.started_at = now
    meeting.ended_at = now
    if actual_minutes is None:
        actual_minutes = max(1, round(elapsed(meeting, now).total_seconds() / 60))
    if not 1 <= actual_minutes <= MAX_MINUTES:
        raise MeetingValidationError({"actual_minutes": "Enter between 1 minute and 24 hours."})
    if rating is not None and not 1 <= rating <= 5:
        raise MeetingValidationError({"rating": "Rate the meeting from 1 to 5."})
    meeting.actual_minutes = actual_minutes
    meeting.rating = rating if rating is not None else meeting.rating
    meeting.status = MeetingStatus.HELD.value
    meeting.updated_at = now
    session.flush()
    return meeting


def end_and_plan_next(
    session: Session,
    meeting_id: str,
    *,
    actual_minutes: int,
    rating: int | None,
    next_start: datetime | None,
    carried_agenda_ids: tuple[str, ...] = (),
) -> tuple[Meeting, Meeting | None]:
    """Mark the meeting held and, if ``next_start`` is given, plan the next one like it
    (same mentor, length, format and place) with the unticked agenda carried over."""
    ended = end_meeting(session, meeting_id, actual_minutes=actual_minutes, rating=rating)
    if next_start is None:
        return ended, None
    following = plan_meeting(
        session,
        MeetingPlan(
            mentor_id=ended.mentor_id,
            scheduled_start=next_start,
            planned_minutes=ended.planned_minutes,
            format=ended.format,
            location=ended.location,
            carried_agenda_ids=carried_agenda_ids,
        ),
    )
    return ended, following


def cancel_meeting(session: Session, meeting_id: str) -> Meeting:
    meeting = get_meeting(session, meeting_id)
    meeting.status = MeetingStatus.CANCELLED.value
    meeting.updated_at = utc_now()
    session.flush()
    return meeting


def delete_meeting(session: Session, meeting_id: str) -> None:
    """Remove a meeting, its agenda and note history; its action items stay (unlinked)."""
    session.delete(get_meeting(session, meeting_id))
    session.flush()


def suggested_next_date(meeting: Meeting, interval: timedelta = DEFAULT_INTERVAL) -> datetime:
    """When to meet next: the same time of day, one interval later (cadence comes later)."""
    return meeting.scheduled_start + interval


def previous_meeting(
    session: Session, mentor_id: str, before: datetime | None = None
) -> Meeting | None:
    """The latest held meeting with the mentor (before ``before`` if given)."""
    query = select(Meeting).where(
        Meeting.mentor_id == mentor_id, Meeting.status == MeetingStatus.HELD.value
    )
    if before is not None:
        query = query.where(Meeting.scheduled_start < before)
    return session.scalars(query.order_by(Meeting.scheduled_start.desc()).limit(1)).first()


def carry_over(session: Session, mentor_id: str, before: datetime | None = None) -> CarryOver:
    """What to offer when preparing a new meeting with the mentor."""
    previous = previous_meeting(session, mentor_id, before)
    unchecked = [item for item in previous.agenda if not item.done] if previous else []
    return CarryOver(previous, unchecked, open_actions(session, mentor_id))


def open_actions(session: Session, mentor_id: str) -> list[ActionItem]:
    query = (
        select(ActionItem)
        .where(ActionItem.mentor_id == mentor_id, ActionItem.status == ActionStatus.OPEN.value)
        .order_by(ActionItem.due_date.is_(None), ActionItem.due_date, ActionItem.created_at)
    )
    return list(session.scalars(query))


def next_planned(session: Session, mentor_id: str, after: datetime | None = None) -> Meeting | None:
    query = select(Meeting).where(
        Meeting.mentor_id == mentor_id, Meeting.status == MeetingStatus.PLANNED.value
    )
    if after is not None:
        query = query.where(Meeting.scheduled_start >= after)
    return session.scalars(query.order_by(Meeting.scheduled_start).limit(1)).first()


def brief(session: Session, mentor_id: str, today: date | None = None) -> Brief:
    """The pre-meeting brief: open actions, outcomes to report back, last takeaways, agenda."""
    mentor = session.get(Mentor, mentor_id)
    if mentor is None:
        raise LookupError(mentor_id)
    last = previous_meeting(session, mentor_id)
    to_report = list(
        session.scalars(
            select(ActionItem)
            .where(
                ActionItem.mentor_id == mentor_id,
                ActionItem.report_back.is_(True),
                ActionItem.status == ActionStatus.DONE.value,
                ActionItem.reported_on.is_(None),
            )
            .order_by(ActionItem.done_on)
        )
    )
    return Brief(
        mentor=mentor,
        next_meeting=next_planned(session, mentor_id),
        last_meeting=last,
        open_actions=open_actions(session, mentor_id),
        to_report_back=to_report,
        unchecked_agenda=[item for item in last.agenda if not item.done] if last else [],
    )
