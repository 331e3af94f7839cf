"""One goal in full: its progress history, mentors, action items, the meetings where it
came up, and the board that sets several mentors' advice on it side by side.

A meeting "came up" with the goal when it produced one of the goal's action items,
or when its agenda, notes or takeaways name the goal's title (meetings of the
goal's mentors only).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy.orm import Session

from mentordesk.db.fast import placeholders, plain_rows
from mentordesk.services.cadence_read import moment
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


@dataclass(frozen=True)
class GoalPage:
    goal: GoalRow
    history: tuple[ProgressUpdate, ...]  # newest first
    mentors: tuple[LinkedMentor, ...]
    actions: tuple[LinkedAction, ...]
    meetings: tuple[GoalMeeting, ...]  # newest first


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def page(session: Session, goal_id: str) -> GoalPage:
    """Everything about one goal (GoalNotFoundError if it is gone)."""
    goal = get(session, goal_id)
    history = tuple(
        ProgressUpdate(str(i), date.fromisoformat(str(d)), int(p), str(c or ""))
        for i, d, p, c in plain_rows(
            session,
            "SELECT id, day, progress, comment FROM goal_progress WHERE goal_id = ?"
            " ORDER BY day DESC, created_at DESC",
            [goal_id],
        )
    )
    mentors = tuple(
        LinkedMentor(str(i), str(n), str(s))
        for i, n, s in plain_rows(
            session,
            "SELECT m.id, m.name, m.status FROM goal_mentor gm JOIN mentor m"
            " ON m.id = gm.mentor_id WHERE gm.goal_id = ? ORDER BY m.name",
            [goal_id],
        )
    )
    actions = tuple(
        LinkedAction(
            str(i),
            str(mid),
            str(name),
            meet,
            str(text),
            str(status),
            _day(due),
            _day(done),
            str(outcome or ""),
        )
        for i, mid, name, meet, text, status, due, done, outcome in plain_rows(
            session,
            "SELECT a.id, a.mentor_id, m.name, a.meeting_id, a.text, a.status, a.due_date,"
            " a.done_on, a.outcome FROM goal_action_item ga"
            " JOIN action_item a ON a.id = ga.action_item_id"
            " JOIN mentor m ON m.id = a.mentor_id WHERE ga.goal_id = ?"
            " ORDER BY a.status != 'open', a.due_date IS NULL, a.due_date, a.created_at",
            [goal_id],
        )
    )
    return GoalPage(goal, history, mentors, actions, _meetings(session, goal, actions))


def _meetings(
    session: Session, goal: GoalRow, actions: tuple[LinkedAction, ...]
) -> tuple[GoalMeeting, ...]:
    from_actions = {a.meeting_id for a in actions if a.meeting_id}
    mentor_ids = list(goal.mentor_ids)
    found: dict[str, GoalMeeting] = {}
    title = fold(goal.title)
    columns = (
        "SELECT g.id, g.mentor_id, m.name, g.scheduled_start, g.status, g.takeaways, g.notes,"
        " (SELECT group_concat(text, char(10)) FROM agenda_item WHERE meeting_id = g.id)"
        " FROM meeting g JOIN mentor m ON m.id = g.mentor_id"
    )
    rows: list[tuple[object, ...]] = []
    if from_actions:
        ids = sorted(from_actions)
        rows += plain_rows(session, columns + f" WHERE g.id IN ({placeholders(len(ids))})", ids)
    if mentor_ids and title:
        rows += plain_rows(
            session,
            columns + f" WHERE g.mentor_id IN ({placeholders(len(mentor_ids))})"
            " AND g.status != 'cancelled'",
            mentor_ids,
        )
    for meeting_id, mentor_id, name, start, status, takeaways, notes, agenda in rows:
        key = str(meeting_id)
        if key in found:
            continue
        if key in from_actions:
            reason = BY_ACTION
        elif title in fold(f"{agenda or ''}\n{notes or ''}\n{takeaways or ''}"):
            reason = BY_MENTION
        else:
            continue
        found[key] = GoalMeeting(
            key,
            str(mentor_id),
            str(name),
            moment(str(start)),
            str(status),
            str(takeaways or ""),
            reason,
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


def board(session: Session, goal_id: str) -> Board:
    """Every mentor who covers the goal, with their advice on it, side by side."""
    found = page(session, goal_id)
    statuses = {m.id: m.status for m in found.mentors}
    names = {m.id: m.name for m in found.mentors}
    for action in found.actions:
        names.setdefault(action.mentor_id, action.mentor_name)
    if missing := [i for i in names if i not in statuses]:
        for i, s in plain_rows(
            session,
            f"SELECT id, status FROM mentor WHERE id IN ({placeholders(len(missing))})",
            missing,
        ):
            statuses[str(i)] = str(s)
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
