"""Meetings for lists and undo: detached rows for tables, whole-meeting snapshots.

``services.meetings`` plans, edits and ends meetings; this module reads them in
the shape the Meetings lists need (one query, no lazy loads after the session
ends) and captures a meeting whole, so deleting or cancelling it can be undone.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session, selectinload

from mentordesk.db.models import (
    ActionItem,
    AgendaItem,
    Meeting,
    MeetingStatus,
    Mentor,
    NoteSnapshot,
)
from mentordesk.services.meetings import MeetingNotFoundError, get_meeting


class MeetingMentorGoneError(LookupError):
    """The meeting's mentor was deleted, so the meeting cannot come back on its own."""


# A row's column values as (name, value) pairs: frozen, and it follows the schema.
Columns = tuple[tuple[str, Any], ...]


@dataclass(frozen=True)
class MeetingRow:
    """One meeting as a list shows it, readable after its session has closed."""

    id: str
    mentor_id: str
    mentor_name: str
    mentor_status: str
    scheduled_start: datetime
    status: str
    format: str
    location: str
    planned_minutes: int
    actual_minutes: int | None
    rating: int | None
    agenda_done: int
    agenda_total: int
    action_count: int
    notes_length: int
    has_takeaways: bool

    @property
    def planned_end(self) -> datetime:
        return self.scheduled_start + timedelta(minutes=self.planned_minutes)

    def is_upcoming(self, now: datetime) -> bool:
        """Still ahead (or going on now) and not held yet; cancelled ones count too."""
        return self.status != MeetingStatus.HELD.value and self.planned_end > now


@dataclass(frozen=True)
class MeetingSnapshot:
    """A meeting with its agenda and note history, to put back after a delete."""

    meeting: Columns
    agenda: tuple[Columns, ...]
    note_history: tuple[Columns, ...]
    action_item_ids: tuple[str, ...]

    @property
    def id(self) -> str:
        return str(dict(self.meeting)["id"])


def row_of(meeting: Meeting, action_count: int = 0) -> MeetingRow:
    agenda = meeting.agenda
    return MeetingRow(
        id=meeting.id,
        mentor_id=meeting.mentor_id,
        mentor_name=meeting.mentor.name if meeting.mentor else "",
        mentor_status=meeting.mentor.status if meeting.mentor else "",
        scheduled_start=meeting.scheduled_start,
        status=meeting.status,
        format=meeting.format,
        location=meeting.location,
        planned_minutes=meeting.planned_minutes,
        actual_minutes=meeting.actual_minutes,
        rating=meeting.rating,
        agenda_done=sum(1 for item in agenda if item.done),
        agenda_total=len(agenda),
        action_count=action_count,
        notes_length=len(meeting.notes),
        has_takeaways=bool(meeting.takeaways.strip()),
    )


def meeting_rows(session: Session, mentor_id: str | None = None) -> list[MeetingRow]:
    """Every meeting (or one mentor's), newest first, with agenda and action counts."""
    query = select(Meeting).options(selectinload(Meeting.agenda))
    if mentor_id is not None:
        query = query.where(Meeting.mentor_id == mentor_id)
    meetings = list(session.scalars(query.order_by(Meeting.scheduled_start.desc())))
    counts: dict[str, int] = {
        str(meeting_id): int(count)
        for meeting_id, count in session.execute(
            select(ActionItem.meeting_id, func.count())
            .where(ActionItem.meeting_id.is_not(None))
            .group_by(ActionItem.meeting_id)
        )
    }
    return [row_of(meeting, counts.get(meeting.id, 0)) for meeting in meetings]


def meeting_row(session: Session, meeting_id: str) -> MeetingRow:
    meeting = get_meeting(session, meeting_id)
    count = session.scalar(
        select(func.count()).select_from(ActionItem).where(ActionItem.meeting_id == meeting_id)
    )
    return row_of(meeting, int(count or 0))


def _columns(row: object) -> Columns:
    table = getattr(type(row), "__table__")  # noqa: B009 (the mapped table, for every column)
    return tuple((column.key, getattr(row, column.key)) for column in table.columns)


def snapshot(session: Session, meeting_id: str) -> MeetingSnapshot:
    """The whole meeting as it is now: its row, agenda, note history and linked actions."""
    meeting = get_meeting(session, meeting_id)
    history = session.scalars(
        select(NoteSnapshot).where(NoteSnapshot.meeting_id == meeting_id)
    ).all()
    actions = session.scalars(
        select(ActionItem.id).where(ActionItem.meeting_id == meeting_id)
    ).all()
    return MeetingSnapshot(
        meeting=_columns(meeting),
        agenda=tuple(_columns(item) for item in meeting.agenda),
        note_history=tuple(_columns(entry) for entry in history),
        action_item_ids=tuple(actions),
    )


def restore(session: Session, state: MeetingSnapshot) -> Meeting:
    """Make the database hold ``state`` again (undo of a delete, redo of a plan).

    Refused with ``MeetingMentorGoneError`` when the mentor was deleted since.
    """
    if session.get(Mentor, dict(state.meeting)["mentor_id"]) is None:
        raise MeetingMentorGoneError(state.id)
    meeting = session.get(Meeting, state.id)
    if meeting is not None:
        session.delete(meeting)
        session.flush()
    session.add(Meeting(**dict(state.meeting)))
    for item in state.agenda:
        session.add(AgendaItem(**dict(item)))
    for entry in state.note_history:
        session.add(NoteSnapshot(**dict(entry)))
    session.flush()
    if state.action_item_ids:
        # Deleting the meeting unlinked its action items (ON DELETE SET NULL): link them back.
        session.execute(
            update(ActionItem)
            .where(ActionItem.id.in_(state.action_item_ids), ActionItem.meeting_id.is_(None))
            .values(meeting_id=state.id)
        )
    session.expire_all()
    return get_meeting(session, state.id)


def set_status(session: Session, meeting_id: str, status: str) -> Meeting:
    """Put a meeting's status back (undo of a cancel); leaves its notes alone."""
    if status not in {s.value for s in MeetingStatus}:
        raise ValueError(status)
    meeting = session.get(Meeting, meeting_id)
    if meeting is None:
        raise MeetingNotFoundError(meeting_id)
    meeting.status = status
    session.flush()
    return meeting
