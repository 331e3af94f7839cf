"""Meetings as the UI reads them: list rows, one meeting whole, the brief, carry-over.

Everything here is read-only and frozen. List rows are computed in SQL (counts
by correlated subqueries, no note text read at all), so a list of thousands of
meetings costs one statement; ``services.meetings`` makes the changes.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from mentordesk.db.choices import ActionStatus, MeetingStatus
from mentordesk.db.fast import IN_LIMIT, FastSelect, in_list
from mentordesk.db.models import ActionItem, AgendaItem, Meeting, Mentor
from mentordesk.services import _loaded as loaded
from mentordesk.services import action_items
from mentordesk.services._loaded import MeetingNotFoundError
from mentordesk.services.action_items import ActionItemState
from mentordesk.services.errors import NotFoundError
from mentordesk.services.kinds import Kind


@dataclass(frozen=True)
class MeetingRow:
    """One meeting as a list shows it."""

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

    @property
    def planned_end(self) -> datetime:
        return self.scheduled_start + timedelta(minutes=self.planned_minutes)

    def is_upcoming(self, now: datetime) -> bool:
        """Still ahead (or going on now) and not held yet; cancelled ones count too."""
        return self.status != MeetingStatus.HELD.value and self.planned_end > now


@dataclass(frozen=True)
class AgendaPoint:
    """One point of a meeting's agenda."""

    id: str
    text: str
    done: bool
    private: bool = False  # never in anything copied or sent (services/private.py)


@dataclass(frozen=True)
class MeetingDetail:
    """One meeting whole: what meeting mode and the read view show."""

    id: str
    mentor_id: str
    mentor_name: str
    mentor_time_zone: str
    scheduled_start: datetime
    status: str
    planned_minutes: int
    actual_minutes: int | None
    format: str
    location: str
    notes: str
    takeaways: str
    rating: int | None
    started_at: datetime | None
    ended_at: datetime | None
    agenda: tuple[AgendaPoint, ...]
    notes_private: bool = False
    takeaways_private: bool = False

    @property
    def held(self) -> bool:
        return self.status == MeetingStatus.HELD.value


@dataclass(frozen=True)
class DeleteSummary:
    """What deleting a meeting removes or unlinks, for the question before it."""

    agenda_points: int
    notes_characters: int
    has_takeaways: bool
    action_items: int


@dataclass(frozen=True)
class CarryOver:
    """What the previous held meeting with a mentor left open."""

    previous_start: datetime | None
    unchecked_agenda: tuple[AgendaPoint, ...]
    open_actions: tuple[ActionItemState, ...]


@dataclass(frozen=True)
class Brief:
    """What to have in mind before the next meeting with a mentor."""

    mentor_id: str
    mentor_name: str
    next_meeting: MeetingRow | None
    last_meeting_start: datetime | None
    last_takeaways: str
    open_actions: tuple[ActionItemState, ...]
    to_report_back: tuple[ActionItemState, ...]
    unchecked_agenda: tuple[str, ...]
    last_takeaways_private: bool = False
    private_points: tuple[str, ...] = ()  # those of ``unchecked_agenda`` marked private


# The columns of a MeetingRow but its counts (the list reads those grouped, apart).
_MEETINGS = select(
    Meeting.id,
    Meeting.mentor_id,
    Mentor.name,
    Mentor.status,
    Meeting.scheduled_start,
    Meeting.status,
    Meeting.format,
    Meeting.location,
    Meeting.planned_minutes,
    Meeting.actual_minutes,
    Meeting.rating,
).join(Mentor, Mentor.id == Meeting.mentor_id)


def _row_query() -> Any:  # a Select of the MeetingRow columns
    agenda_total = (
        select(func.count())
        .where(AgendaItem.meeting_id == Meeting.id)
        .correlate(Meeting)
        .scalar_subquery()
    )
    agenda_done = (
        select(func.count())
        .where(AgendaItem.meeting_id == Meeting.id, AgendaItem.done.is_(True))
        .correlate(Meeting)
        .scalar_subquery()
    )
    actions = (
        select(func.count())
        .where(ActionItem.meeting_id == Meeting.id)
        .correlate(Meeting)
        .scalar_subquery()
    )
    return _MEETINGS.add_columns(agenda_done, agenda_total, actions)


_AGENDA_COUNTS = select(AgendaItem.meeting_id, func.count(), func.total(AgendaItem.done)).group_by(
    AgendaItem.meeting_id
)
_ACTION_COUNTS = (
    select(ActionItem.meeting_id, func.count())
    .where(ActionItem.meeting_id.is_not(None))
    .group_by(ActionItem.meeting_id)
)
_ids = in_list("ids")
_EVERY = (
    FastSelect(_MEETINGS.order_by(Meeting.scheduled_start.desc())),
    FastSelect(_AGENDA_COUNTS),
    FastSelect(_ACTION_COUNTS),
)
_TOUCHING = (
    FastSelect(
        _MEETINGS.where(Meeting.id.in_(_ids) | Meeting.mentor_id.in_(_ids)).order_by(
            Meeting.scheduled_start.desc()
        )
    ),
    FastSelect(_AGENDA_COUNTS.where(AgendaItem.meeting_id.in_(_ids))),
    FastSelect(_ACTION_COUNTS.where(ActionItem.meeting_id.in_(_ids))),
)


def meeting_rows(session: Session, touching: Collection[str] | None = None) -> list[MeetingRow]:
    """Every meeting, newest first; with ``touching``, only meetings whose id or
    mentor id is one of those ids (what a change news names).

    Fast reads: the meetings, then the agenda and action counts grouped in one
    pass each (a correlated count per meeting took longer than all the rest)."""
    if touching is not None and len(touching) <= IN_LIMIT:
        reads = _TOUCHING
        meetings = reads[0].rows(session, ids=list(touching))
        counted = [row[0] for row in meetings]
    else:
        reads = _EVERY
        meetings = reads[0].rows(session)
        counted = []
    agenda = {
        meeting_id: (total, int(done))
        for meeting_id, total, done in reads[1].rows(session, ids=counted)
    }
    actions = dict(reads[2].rows(session, ids=counted))
    rows = []
    for row in meetings:
        total, done = agenda.get(row[0], (0, 0))
        rows.append(MeetingRow(*row, done, total, actions.get(row[0], 0)))
    return rows


def meeting_row(session: Session, meeting_id: str) -> MeetingRow:
    found = session.execute(_row_query().where(Meeting.id == meeting_id)).first()
    if found is None:
        raise MeetingNotFoundError(meeting_id)
    return MeetingRow(*found)


def detail_of(meeting: Meeting) -> MeetingDetail:
    return MeetingDetail(
        id=meeting.id,
        mentor_id=meeting.mentor_id,
        mentor_name=meeting.mentor.name,
        mentor_time_zone=meeting.mentor.time_zone,
        scheduled_start=meeting.scheduled_start,
        status=meeting.status,
        planned_minutes=meeting.planned_minutes,
        actual_minutes=meeting.actual_minutes,
        format=meeting.format,
        location=meeting.location,
        notes=meeting.notes,
        takeaways=meeting.takeaways,
        rating=meeting.rating,
        started_at=meeting.started_at,
        ended_at=meeting.ended_at,
        agenda=tuple(AgendaPoint(a.id, a.text, a.done, a.private) for a in meeting.agenda),
        notes_private=meeting.notes_private,
        takeaways_private=meeting.takeaways_private,
    )


def detail(session: Session, meeting_id: str) -> MeetingDetail:
    """One meeting whole (MeetingNotFoundError if it is gone)."""
    return detail_of(loaded.meeting(session, meeting_id))


def delete_summary(session: Session, meeting_id: str) -> DeleteSummary:
    meeting = loaded.meeting(session, meeting_id)
    actions = session.scalar(
        select(func.count()).select_from(ActionItem).where(ActionItem.meeting_id == meeting_id)
    )
    return DeleteSummary(
        agenda_points=len(meeting.agenda),
        notes_characters=len(meeting.notes),
        has_takeaways=bool(meeting.takeaways.strip()),
        action_items=int(actions or 0),
    )


def _previous(session: Session, mentor_id: str, before: datetime | None) -> Meeting | None:
    """The latest held meeting with the mentor (before ``before`` if given)."""
    query = select(Meeting).where(
        Meeting.mentor_id == mentor_id, Meeting.status == MeetingStatus.HELD.value
    )
    if before is not None:
        query = query.where(Meeting.scheduled_start < before)
    query = query.options(selectinload(Meeting.agenda))
    return session.scalars(query.order_by(Meeting.scheduled_start.desc()).limit(1)).first()


def open_actions(session: Session, mentor_id: str) -> tuple[ActionItemState, ...]:
    query = (
        select(ActionItem)
        .where(ActionItem.mentor_id == mentor_id, ActionItem.status == ActionStatus.OPEN.value)
        .order_by(ActionItem.due_date.is_(None), ActionItem.due_date, ActionItem.created_at)
    )
    return tuple(action_items.state_of(item) for item in session.scalars(query))


def carry_over(session: Session, mentor_id: str, before: datetime | None = None) -> CarryOver:
    """What to offer when preparing a new meeting with the mentor."""
    previous = _previous(session, mentor_id, before)
    unchecked = (
        tuple(AgendaPoint(a.id, a.text, a.done, a.private) for a in previous.agenda if not a.done)
        if previous
        else ()
    )
    return CarryOver(
        previous.scheduled_start if previous else None,
        unchecked,
        open_actions(session, mentor_id),
    )


def next_planned(
    session: Session, mentor_id: str, after: datetime | None = None
) -> MeetingRow | None:
    query = _row_query().where(
        Meeting.mentor_id == mentor_id, Meeting.status == MeetingStatus.PLANNED.value
    )
    if after is not None:
        query = query.where(Meeting.scheduled_start >= after)
    found = session.execute(query.order_by(Meeting.scheduled_start).limit(1)).first()
    return MeetingRow(*found) if found is not None else None


def brief(session: Session, mentor_id: str) -> Brief:
    """The pre-meeting brief: open actions, outcomes to report back, last takeaways, agenda."""
    mentor = session.get(Mentor, mentor_id)
    if mentor is None:
        raise NotFoundError(mentor_id, Kind.MENTOR)
    last = _previous(session, mentor_id, None)
    to_report = session.scalars(
        select(ActionItem)
        .where(
            ActionItem.mentor_id == mentor_id,
            ActionItem.report_back.is_(True),
            ActionItem.status == ActionStatus.DONE.value,
            ActionItem.reported_on.is_(None),
        )
        .order_by(ActionItem.done_on)
    )
    return Brief(
        mentor_id=mentor_id,
        mentor_name=mentor.name,
        next_meeting=next_planned(session, mentor_id),
        last_meeting_start=last.scheduled_start if last else None,
        last_takeaways=last.takeaways.strip() if last else "",
        open_actions=open_actions(session, mentor_id),
        to_report_back=tuple(action_items.state_of(item) for item in to_report),
        unchecked_agenda=tuple(a.text for a in last.agenda if not a.done) if last else (),
        last_takeaways_private=bool(last and last.takeaways_private),
        private_points=tuple(a.text for a in last.agenda if not a.done and a.private)
        if last
        else (),
    )
