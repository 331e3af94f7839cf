"""Links of goals: the mentors who help with a goal and the action items that work
toward it (parts of the goal: ``db/models/goals.py``), from either side.

Linking an action item links its mentor too (the advice came from them). A link to a
mentor, action item or goal deleted meanwhile is refused with a message for the
field, and nothing is written.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from mentordesk.db.choices import GoalStatus
from mentordesk.db.models import ActionItem, Goal, GoalActionItem, GoalMentor, Mentor
from mentordesk.services.goals import (
    GoalNotFoundError,
    GoalRow,
    GoalValidationError,
    check_mentors,
    get,
)
from mentordesk.services.records import found
from mentordesk.services.words import translate


def _goal(session: Session, goal_id: str) -> Goal:
    goal = found(session, Goal, goal_id, GoalNotFoundError)
    return goal


def set_mentors(
    session: Session, goal_id: str, mentor_ids: Iterable[str], *, now: datetime
) -> GoalRow:
    """Link exactly ``mentor_ids`` to the goal."""
    goal = _goal(session, goal_id)
    wanted = list(dict.fromkeys(mentor_ids))
    check_mentors(session, wanted)
    have = set(session.scalars(select(GoalMentor.mentor_id).where(GoalMentor.goal_id == goal_id)))
    for mentor_id in have - set(wanted):
        session.execute(
            delete(GoalMentor).where(
                GoalMentor.goal_id == goal_id, GoalMentor.mentor_id == mentor_id
            )
        )
    for mentor_id in wanted:
        if mentor_id not in have:
            session.add(GoalMentor(goal_id=goal_id, mentor_id=mentor_id))
    goal.updated_at = now
    session.flush()
    return get(session, goal_id)


def set_actions(
    session: Session, goal_id: str, action_ids: Iterable[str], *, now: datetime
) -> GoalRow:
    """Link exactly ``action_ids`` to the goal; their mentors are linked too."""
    goal = _goal(session, goal_id)
    wanted = list(dict.fromkeys(action_ids))
    for action_id in wanted:
        if session.get(ActionItem, action_id) is None:
            raise GoalValidationError(
                {
                    "actions": translate(
                        "services", "An action item you chose was deleted meanwhile: choose again."
                    )
                }
            )
    have = set(
        session.scalars(
            select(GoalActionItem.action_item_id).where(GoalActionItem.goal_id == goal_id)
        )
    )
    for action_id in have - set(wanted):
        session.execute(
            delete(GoalActionItem).where(
                GoalActionItem.goal_id == goal_id, GoalActionItem.action_item_id == action_id
            )
        )
    for action_id in wanted:
        if action_id not in have:
            link_action(session, goal_id, action_id)
    goal.updated_at = now
    session.flush()
    return get(session, goal_id)


def link_action(session: Session, goal_id: str, action_id: str) -> None:
    """Link an action item to the goal, and its mentor too (the advice came from them)."""
    _goal(session, goal_id)
    item = session.get(ActionItem, action_id)
    if item is None:
        raise GoalValidationError(
            {"actions": translate("services", "That action item was deleted meanwhile.")}
        )
    if session.get(GoalActionItem, (goal_id, action_id)) is None:
        session.add(GoalActionItem(goal_id=goal_id, action_item_id=action_id))
    if session.get(GoalMentor, (goal_id, item.mentor_id)) is None:
        session.add(GoalMentor(goal_id=goal_id, mentor_id=item.mentor_id))
    session.flush()


@dataclass(frozen=True)
class GoalChoice:
    """A goal as a picker lists it."""

    id: str
    title: str
    status: str


def choices(session: Session, *, active_only: bool = False) -> list[GoalChoice]:
    """Goals by title (only the active ones, if asked), for pickers and filters."""
    query = select(Goal.id, Goal.title, Goal.status).order_by(Goal.title)
    if active_only:
        query = query.where(Goal.status == GoalStatus.ACTIVE.value)
    return [GoalChoice(str(i), str(t), str(s)) for i, t, s in session.execute(query)]


def goals_of_mentor(session: Session, mentor_id: str) -> list[GoalChoice]:
    """The goals a mentor is linked to, by title."""
    query = (
        select(Goal.id, Goal.title, Goal.status)
        .join(GoalMentor, GoalMentor.goal_id == Goal.id)
        .where(GoalMentor.mentor_id == mentor_id)
        .order_by(Goal.title)
    )
    return [GoalChoice(str(i), str(t), str(s)) for i, t, s in session.execute(query)]


def set_goals_of_mentor(session: Session, mentor_id: str, goal_ids: Iterable[str]) -> None:
    """Link the mentor to exactly ``goal_ids`` (a prospect's "fits my goals")."""
    if session.get(Mentor, mentor_id) is None:
        raise GoalValidationError(
            {"goals": translate("services", "This mentor was deleted meanwhile.")}
        )
    wanted = set(goal_ids)
    for goal_id in wanted:
        _goal(session, goal_id)
    have = set(session.scalars(select(GoalMentor.goal_id).where(GoalMentor.mentor_id == mentor_id)))
    for goal_id in have - wanted:
        session.execute(
            delete(GoalMentor).where(
                GoalMentor.goal_id == goal_id, GoalMentor.mentor_id == mentor_id
            )
        )
    for goal_id in wanted - have:
        session.add(GoalMentor(goal_id=goal_id, mentor_id=mentor_id))
    session.flush()
