"""One goal in full: its progress history, mentors, action items, the meetings where it
came up, and the board that sets several mentors' advice on it side by side.

A meeting "came up" with the goal when it produced one of the goal's action items,
or when its agenda, notes or takeaways name the goal's title (meetings of the
goal's mentors only).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime

from sqlalchemy import bindparam, func, select
from sqlalchemy.orm import Session

from mentordesk.db.choices import ActionStatus, MeetingStatus
from mentordesk.db.fast import FastSelect, in_list
from mentordesk.db.models import (
    ActionItem,
    AgendaItem,
    GoalActionItem,
    GoalMentor,
    GoalProgress,
    Meeting,
    Mentor,
)
from mentordesk.services import private
from mentordesk.services.goals import GoalRow, get
from mentordesk.services.text import fold

# Why a meeting is listed on a goal's page.
BY_ACTION = "action"
BY_MENTION = "mention"


@dataclass(frozen=True)
class ProgressUpdate:
    """One progress update set by hand."""

    id: str
    day: date
    progress: int
    comment: str


@dataclass(frozen=True)
class LinkedMentor:
    id: str
    name: str
    status: str


@dataclass(frozen=True)
class LinkedAction:
    """An action item that works toward the goal."""

    id: str
    mentor_id: str
    mentor_name: str
    meeting_id: str | None
    text: str
    status: str
    due_date: date | None
    done_on: date | None
    outcome: str
    private: bool = False


@dataclass(frozen=True)
class GoalMeeting:
    """A meeting where the goal came up, with its takeaways."""

    id: str
    mentor_id: str
    mentor_name: str
    start: datetime
    status: str
    takeaways: str
    reason: str  # BY_ACTION or BY_MENTION
    takeaways_private: bool = False


@dataclass(frozen=True)
class GoalPage:
    goal: GoalRow
    history: tuple[ProgressUpdate, ...]  # newest first
    mentors: tuple[LinkedMentor, ...]
    actions: tuple[LinkedAction, ...]
    meetings: tuple[GoalMeeting, ...]  # newest first


_HISTORY = FastSelect(
    select(GoalProgress.id, GoalProgress.day, GoalProgress.progress, GoalProgress.comment)
    .where(GoalProgress.goal_id == bindparam("goal_id"))
    .order_by(GoalProgress.day.desc(), GoalProgress.created_at.desc())
)
_MENTORS = FastSelect(
    select(Mentor.id, Mentor.name, Mentor.status)
    .select_from(GoalMentor)
    .join(Mentor, Mentor.id == GoalMentor.mentor_id)
    .where(GoalMentor.goal_id == bindparam("goal_id"))
    .order_by(Mentor.name)
)
_ACTIONS = FastSelect(
    select(
        ActionItem.id,
        ActionItem.mentor_id,
        Mentor.name,
        ActionItem.meeting_id,
        ActionItem.text,
        ActionItem.status,
        ActionItem.due_date,
        ActionItem.done_on,
        ActionItem.outcome,
        ActionItem.private,
    )
    .select_from(GoalActionItem)
    .join(ActionItem, ActionItem.id == GoalActionItem.action_item_id)
    .join(Mentor, Mentor.id == ActionItem.mentor_id)
    .where(GoalActionItem.goal_id == bindparam("goal_id"))
    .order_by(
        ActionItem.status != ActionStatus.OPEN,
        ActionItem.due_date.is_(None),
        ActionItem.due_date,
        ActionItem.created_at,
    )
)


def page(session: Session, goal_id: str, *, presenting: bool = False) -> GoalPage:
    """Everything about one goal (GoalNotFoundError if it is gone); ``presenting``
    leaves private action items and private takeaways out (a shared screen)."""
    goal = get(session, goal_id)
    history = tuple(_HISTORY.made(session, ProgressUpdate, goal_id=goal_id))
    mentors = tuple(_MENTORS.made(session, LinkedMentor, goal_id=goal_id))
    actions = tuple(_ACTIONS.made(session, LinkedAction, goal_id=goal_id))
    meetings = _meetings(session, goal, actions)
    if presenting:
        actions = tuple(private.shared(actions))
        meetings = tuple(replace(m, takeaways="") if m.takeaways_private else m for m in meetings)
    return GoalPage(goal, history, mentors, actions, meetings)


_agenda = (
    select(func.group_concat(AgendaItem.text, func.char(10)))
    .where(AgendaItem.meeting_id == Meeting.id)
    .correlate(Meeting)
    .scalar_subquery()
)
_MEETINGS = select(
    Meeting.id,
    Meeting.mentor_id,
    Mentor.name,
    Meeting.scheduled_start,
    Meeting.status,
    Meeting.takeaways,
    Meeting.notes,
    _agenda,
    Meeting.takeaways_private,
).join(Mentor, Mentor.id == Meeting.mentor_id)
_MEETINGS_OF = FastSelect(_MEETINGS.where(Meeting.id.in_(in_list("meeting_ids"))))
_MENTORS_MEETINGS = FastSelect(
    _MEETINGS.where(
        Meeting.mentor_id.in_(in_list("mentor_ids")),
        Meeting.status != MeetingStatus.CANCELLED,
    )
)


def _meetings(
    session: Session, goal: GoalRow, actions: tuple[LinkedAction, ...]
) -> tuple[GoalMeeting, ...]:
    from_actions = {a.meeting_id for a in actions if a.meeting_id}
    found: dict[str, GoalMeeting] = {}
    title = fold(goal.title)
    rows = []
    if from_actions:
        rows += _MEETINGS_OF.rows(session, meeting_ids=sorted(from_actions))
    if goal.mentor_ids and title:
        rows += _MENTORS_MEETINGS.rows(session, mentor_ids=list(goal.mentor_ids))
    for meeting_id, mentor_id, name, start, status, takeaways, notes, agenda, kept in rows:
        if meeting_id in found:
            continue
        if meeting_id in from_actions:
            reason = BY_ACTION
        elif title in fold(f"{agenda or ''}\n{notes}\n{takeaways}"):
            reason = BY_MENTION
        else:
            continue
        found[meeting_id] = GoalMeeting(
            meeting_id, mentor_id, name, start, status, takeaways, reason, kept
        )
    return tuple(sorted(found.values(), key=lambda m: m.start, reverse=True))


# -- the board ------------------------------------------------------------------------------
@dataclass(frozen=True)
class BoardColumn:
    """One mentor's advice on the goal: their action items and meeting takeaways."""

    mentor_id: str
    mentor_name: str
    mentor_status: str
    linked: bool  # linked to the goal itself (not only through an action item)
    actions: tuple[LinkedAction, ...]
    meetings: tuple[GoalMeeting, ...]  # those with takeaways, newest first


@dataclass(frozen=True)
class Board:
    goal: GoalRow
    columns: tuple[BoardColumn, ...]


_STATUSES = FastSelect(select(Mentor.id, Mentor.status).where(Mentor.id.in_(in_list("mentor_ids"))))


def board(session: Session, goal_id: str, *, presenting: bool = False) -> Board:
    """Every mentor who covers the goal, with their advice on it, side by side."""
    found = page(session, goal_id, presenting=presenting)
    statuses = {m.id: m.status for m in found.mentors}
    names = {m.id: m.name for m in found.mentors}
    for action in found.actions:
        names.setdefault(action.mentor_id, action.mentor_name)
    if missing := [i for i in names if i not in statuses]:
        statuses.update(_STATUSES.rows(session, mentor_ids=missing))
    columns = [
        BoardColumn(
            mentor_id=mentor_id,
            mentor_name=name,
            mentor_status=statuses.get(mentor_id, ""),
            linked=any(m.id == mentor_id for m in found.mentors),
            actions=tuple(a for a in found.actions if a.mentor_id == mentor_id),
            meetings=tuple(
                m for m in found.meetings if m.mentor_id == mentor_id and m.takeaways.strip()
            ),
        )
        for mentor_id, name in names.items()
    ]
    # The mentors with the most advice first, then by name.
    columns.sort(key=lambda c: (-(len(c.actions) + len(c.meetings)), fold(c.mentor_name)))
    return Board(found.goal, tuple(columns))
