"""Meetings: plan, edit, take notes, end, cancel, delete.

Reads (rows, details, the brief, carry-over) are in ``services.meeting_queries``.
Notes are saved often (see ``save_notes``); it keeps the note history too.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy.orm import Session

from mentordesk.db.choices import MeetingFormat, MeetingStatus
from mentordesk.db.models import AgendaItem, Meeting, Mentor
from mentordesk.db.types import new_id
from mentordesk.services import note_history
from mentordesk.services._loaded import MeetingNotFoundError
from mentordesk.services._loaded import meeting as get_meeting
from mentordesk.services.errors import FieldValidationError
from mentordesk.services.meeting_queries import MeetingDetail, MeetingRow, detail_of, meeting_row
from mentordesk.services.records import found
from mentordesk.services.words import translate

# Typing starts the meeting clock only this close to the planned time: notes
# prepared weeks ahead, or a past meeting logged later, never start it.
AUTO_START_WINDOW = timedelta(minutes=15)
MAX_MINUTES = 24 * 60


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
class Ended:
    """A meeting marked held, and the next one planned with it (if any)."""

    meeting: MeetingDetail
    next_meeting_id: str | None


def validate_plan(session: Session, plan: MeetingPlan) -> dict[str, str]:
    errors: dict[str, str] = {}
    if session.get(Mentor, plan.mentor_id) is None:
        errors["mentor"] = translate("services", "Choose the mentor you are meeting.")
    if plan.scheduled_start.tzinfo is None:
        errors["scheduled_start"] = translate("services", "The meeting time needs a time zone.")
    if not 1 <= plan.planned_minutes <= MAX_MINUTES:
        errors["planned_minutes"] = translate("services", "Plan between 1 minute and 24 hours.")
    if plan.format not in {f.value for f in MeetingFormat}:
        errors["format"] = translate("services", "Choose a format from the list.")
    return errors


def plan_meeting(session: Session, plan: MeetingPlan, *, now: datetime) -> MeetingRow:
    """Add a planned meeting with its agenda (carried-over items, then new ones)."""
    return meeting_row(session, _plan(session, plan, now).id)


def _plan(session: Session, plan: MeetingPlan, now: datetime) -> Meeting:
    errors = validate_plan(session, plan)
    if errors:
        raise MeetingValidationError(errors)
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
                id=new_id(),
                position=position,
                text=earlier.text,
                carried_from_id=earlier.id,
                private=earlier.private,  # a private point stays private when carried
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


def save_notes(
    session: Session,
    meeting_id: str,
    notes: str,
    takeaways: str | None = None,
    *,
    now: datetime,
) -> None:
    """Store the notes (and takeaways) as typed; snapshot history when it is due."""
    meeting = found(session, Meeting, meeting_id, MeetingNotFoundError)
    if notes != meeting.notes:
        note_history.record_before_save(session, meeting, notes, now)
        meeting.notes = notes
    if takeaways is not None:
        meeting.takeaways = takeaways
    meeting.updated_at = now
    session.flush()


def set_agenda(
    session: Session,
    meeting_id: str,
    items: list[tuple[str | None, str, bool]],
    *,
    now: datetime,
) -> None:
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
    meeting.updated_at = now
    session.flush()


def start_meeting(session: Session, meeting_id: str, now: datetime) -> None:
    """Note when the conversation started (the timer counts from here); idempotent."""
    meeting = get_meeting(session, meeting_id)
    if meeting.started_at is None:
        meeting.started_at = now
        session.flush()


def elapsed(meeting: Meeting | MeetingDetail, now: datetime) -> timedelta:
    """How long the meeting has been going (zero before it starts)."""
    if meeting.started_at is None:
        return timedelta(0)
    end = meeting.ended_at or now
    return max(timedelta(0), end - meeting.started_at)


def clock_may_start(meeting: MeetingDetail, now: datetime) -> bool:
    """Whether typing in the notes now means the conversation has begun."""
    return abs(now - meeting.scheduled_start) <= AUTO_START_WINDOW


def suggested_length(meeting: MeetingDetail, now: datetime) -> int:
    """Minutes to offer when ending: the clock's, else the planned length."""
    if meeting.started_at is None:
        return meeting.planned_minutes
    return max(1, round(elapsed(meeting, now).total_seconds() / 60))


def check_held(actual_minutes: int, rating: int | None) -> None:
    if not 1 <= actual_minutes <= MAX_MINUTES:
        raise MeetingValidationError(
            {"actual_minutes": translate("services", "Enter between 1 minute and 24 hours.")}
        )
    if rating is not None and not 1 <= rating <= 5:
        raise MeetingValidationError(
            {"rating": translate("services", "Rate the meeting from 1 to 5.")}
        )


def end_meeting(
    session: Session,
    meeting_id: str,
    *,
    actual_minutes: int | None = None,
    rating: int | None = None,
    held_start: datetime | None = None,
    now: datetime,
) -> MeetingDetail:
    """Mark the meeting held: when it really began (``held_start``; else the clock's
    start, else the planned time), how long it took (else the clock's length) and
    its value rating. Its date in the lists becomes the day it was held.

    A meeting already held is refused: ending it again would silently replace its
    time and length.
    """
    meeting = get_meeting(session, meeting_id)
    if meeting.status == MeetingStatus.HELD.value:
        raise MeetingValidationError(
            {"status": translate("services", "This meeting was already marked held.")}
        )
    if actual_minutes is None:
        actual_minutes = (
            max(1, round(elapsed(meeting, now).total_seconds() / 60))
            if meeting.started_at is not None
            else meeting.planned_minutes
        )
    check_held(actual_minutes, rating)
    start = held_start or meeting.started_at or meeting.scheduled_start
    if start.tzinfo is None:
        raise MeetingValidationError(
            {"held_start": translate("services", "The time needs a time zone.")}
        )
    meeting.started_at = start
    meeting.scheduled_start = start
    meeting.ended_at = start + timedelta(minutes=actual_minutes)
    meeting.actual_minutes = actual_minutes
    meeting.rating = rating if rating is not None else meeting.rating
    meeting.status = MeetingStatus.HELD.value
    meeting.updated_at = now
    session.flush()
    return detail_of(meeting)


def end_and_plan_next(
    session: Session,
    meeting_id: str,
    *,
    actual_minutes: int,
    rating: int | None,
    next_start: datetime | None,
    carried_agenda_ids: tuple[str, ...] = (),
    held_start: datetime | None = None,
    now: datetime,
) -> Ended:
    """Mark the meeting held and, if ``next_start`` is given, plan the next one like it
    (same mentor, length, format and place) with the unticked agenda carried over."""
    ended = end_meeting(
        session,
        meeting_id,
        actual_minutes=actual_minutes,
        rating=rating,
        held_start=held_start,
        now=now,
    )
    if next_start is None:
        return Ended(ended, None)
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
        now=now,
    )
    return Ended(ended, following.id)


def cancel_meeting(session: Session, meeting_id: str, *, now: datetime) -> None:
    meeting = get_meeting(session, meeting_id)
    meeting.status = MeetingStatus.CANCELLED.value
    meeting.updated_at = now
    session.flush()


def delete_meeting(session: Session, meeting_id: str) -> None:
    """Remove a meeting, its agenda and note history; its action items stay (unlinked)."""
    session.delete(get_meeting(session, meeting_id))
    session.flush()


def save_text(
    session: Session,
    meeting_id: str,
    *,
    notes: str,
    takeaways: str,
    agenda: list[tuple[str | None, str, bool]] | None = None,
    started_at: datetime | None = None,
    now: datetime,
) -> None:
    """What meeting mode autosaves, in one transaction: the start of the clock (once),
    the notes and takeaways (with history), and the agenda when it changed."""
    if started_at is not None:
        start_meeting(session, meeting_id, started_at)
    save_notes(session, meeting_id, notes, takeaways, now=now)
    if agenda is not None:
        set_agenda(session, meeting_id, agenda, now=now)
