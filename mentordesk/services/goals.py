"""Goals: my career goals, their progress, and the mentors and action items serving them.

A goal's progress is set by hand (each update kept with its day and a comment) or,
when the user chooses, counted from its linked action items: done ones out of all
but the dropped. Links to mentors and action items are parts of the goal
(``db/models/goals.py``): deleting a goal never deletes a mentor, an action item or
a meeting, and undo (``services.records``) brings the links back.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass, replace
from datetime import date, datetime

from sqlalchemy import select, union
from sqlalchemy.orm import Session

from mentordesk.db.choices import ActionStatus, GoalStatus, ProgressMode
from mentordesk.db.fast import IN_LIMIT, FastSelect, chunks, in_list
from mentordesk.db.models import ActionItem, Goal, GoalActionItem, GoalMentor, GoalProgress, Mentor
from mentordesk.db.types import new_id
from mentordesk.services.cadence_read import local_day
from mentordesk.services.errors import FieldValidationError, NotFoundError
from mentordesk.services.kinds import Kind
from mentordesk.services.records import found
from mentordesk.services.words import translate

TITLE_MAX = 200
TEXT_MAX = 20_000


class GoalNotFoundError(NotFoundError):
    """The goal is gone."""

    kind = Kind.GOAL


class GoalValidationError(FieldValidationError):
    """A goal field is invalid; nothing was saved."""


@dataclass(frozen=True)
class GoalData:
    """What a person fills in on the goal form."""

    title: str
    why: str = ""
    success_criteria: str = ""
    target_date: date | None = None
    status: str = GoalStatus.ACTIVE.value
    progress_mode: str = ProgressMode.MANUAL.value

    def cleaned(self) -> GoalData:
        return replace(
            self,
            title=" ".join(self.title.split()),
            why=self.why.strip(),
            success_criteria=self.success_criteria.strip(),
        )


@dataclass(frozen=True)
class GoalRow:
    """A goal as lists show it, with its progress worked out."""

    id: str
    data: GoalData
    manual_progress: int
    mentor_ids: tuple[str, ...]
    mentor_names: tuple[str, ...]
    action_ids: tuple[str, ...]
    actions_done: int
    actions_open: int
    actions_counted: int  # all linked action items but the dropped ones
    is_sample: bool
    created_at: datetime

    @property
    def title(self) -> str:
        return self.data.title

    @property
    def status(self) -> str:
        return self.data.status

    @property
    def progress(self) -> int:
        """0-100: set by hand, or done action items out of those not dropped."""
        if self.data.progress_mode == ProgressMode.ACTIONS.value:
            return computed_progress(self.actions_done, self.actions_counted)
        return self.manual_progress


def computed_progress(done: int, counted: int) -> int:
    """Done out of counted, as a whole percentage (0 when nothing is counted)."""
    return round(100 * done / counted) if counted else 0


def validate(data: GoalData, *, created_on: date, is_new: bool = False) -> dict[str, str]:
    """Problems with ``data`` by field, in the user's words; ``created_on`` is the day the
    goal was (or is being) created: a target before it makes no sense."""
    data = data.cleaned()
    errors: dict[str, str] = {}
    if not data.title:
        errors["title"] = translate("services", "Name the goal.")
    elif len(data.title) > TITLE_MAX:
        errors["title"] = translate(
            "services", "Keep the title under {most} characters; the why can hold more."
        ).format(most=TITLE_MAX)
    if data.target_date is not None and data.target_date < created_on:
        errors["target_date"] = (
            translate("services", "The target date is in the past: choose today or a later day.")
            if is_new
            else translate(
                "services", "The target date is before the goal was created: choose a later day."
            )
        )
    if data.status not in {s.value for s in GoalStatus}:
        errors["status"] = translate("services", "Choose active, achieved or dropped.")
    if data.progress_mode not in {m.value for m in ProgressMode}:
        errors["progress_mode"] = translate("services", "Choose how progress is measured.")
    for name in ("why", "success_criteria"):
        if len(getattr(data, name)) > TEXT_MAX:
            errors[name] = translate("services", "Keep this under {most} characters.").format(
                most=f"{TEXT_MAX:,}"
            )
    return errors


def _get(session: Session, goal_id: str) -> Goal:
    return found(session, Goal, goal_id, GoalNotFoundError)


def check_mentors(session: Session, mentor_ids: Iterable[str]) -> None:
    for mentor_id in mentor_ids:
        if session.get(Mentor, mentor_id) is None:
            raise GoalValidationError(
                {
                    "mentors": translate(
                        "services", "A mentor you chose was deleted meanwhile: choose again."
                    )
                }
            )


def create_goal(
    session: Session,
    data: GoalData,
    *,
    mentor_ids: Iterable[str] = (),
    is_sample: bool = False,
    now: datetime,
) -> GoalRow:
    """Add a goal (linked to ``mentor_ids``); nothing is written if anything is invalid."""
    errors = validate(data, created_on=local_day(now, None), is_new=True)
    if errors:
        raise GoalValidationError(errors)
    mentor_ids = list(dict.fromkeys(mentor_ids))
    check_mentors(session, mentor_ids)
    data = data.cleaned()
    goal = Goal(id=new_id(), is_sample=is_sample, created_at=now, updated_at=now, progress=0)
    _write(goal, data)
    session.add(goal)
    session.flush()
    for mentor_id in mentor_ids:
        session.add(GoalMentor(goal_id=goal.id, mentor_id=mentor_id))
    session.flush()
    return get(session, goal.id)


def _write(goal: Goal, data: GoalData) -> None:
    goal.title = data.title
    goal.why = data.why
    goal.success_criteria = data.success_criteria
    goal.target_date = data.target_date
    goal.status = data.status
    goal.progress_mode = data.progress_mode


def update_goal(session: Session, goal_id: str, data: GoalData, *, now: datetime) -> GoalRow:
    """Save the form of an existing goal."""
    goal = _get(session, goal_id)
    errors = validate(data, created_on=local_day(goal.created_at, None))
    if errors:
        raise GoalValidationError(errors)
    _write(goal, data.cleaned())
    goal.updated_at = now
    session.flush()
    return get(session, goal_id)


def set_progress(
    session: Session,
    goal_id: str,
    progress: int,
    *,
    comment: str = "",
    day: date,
    today: date,
    now: datetime,
) -> GoalRow:
    """Set the progress by hand (0-100) on ``day``, with a comment; the update is kept."""
    errors: dict[str, str] = {}
    if not 0 <= progress <= 100:
        errors["progress"] = translate(
            "services", "Progress is a percentage: a whole number from 0 to 100."
        )
    if day > today:
        errors["day"] = translate("services", "The day of an update cannot be in the future.")
    if len(comment) > TEXT_MAX:
        errors["comment"] = translate(
            "services", "Keep the comment under {most} characters."
        ).format(most=f"{TEXT_MAX:,}")
    if errors:
        raise GoalValidationError(errors)
    goal = _get(session, goal_id)
    session.add(
        GoalProgress(
            id=new_id(),
            goal_id=goal_id,
            day=day,
            progress=progress,
            comment=comment.strip(),
            created_at=now,
        )
    )
    goal.progress = progress
    goal.progress_mode = ProgressMode.MANUAL.value
    goal.updated_at = now
    session.flush()
    return get(session, goal_id)


def delete_goal(session: Session, goal_id: str) -> None:
    """Remove a goal with its progress history and links (never the mentors, action items
    or meetings it was linked to); undo brings it all back."""
    session.delete(_get(session, goal_id))
    session.flush()


# -- reading --------------------------------------------------------------------------------
_GOALS = select(
    Goal.id,
    Goal.title,
    Goal.why,
    Goal.success_criteria,
    Goal.target_date,
    Goal.status,
    Goal.progress_mode,
    Goal.progress,
    Goal.is_sample,
    Goal.created_at,
)
_EVERY_GOAL = FastSelect(_GOALS.order_by(Goal.title))
_GOALS_OF = FastSelect(_GOALS.where(Goal.id.in_(in_list("goal_ids"))).order_by(Goal.title))
_ids = in_list("ids")
_GOALS_TOUCHED = FastSelect(
    union(
        select(Goal.id).where(Goal.id.in_(_ids)),
        select(GoalMentor.goal_id).where(GoalMentor.mentor_id.in_(_ids)),
        select(GoalActionItem.goal_id).where(GoalActionItem.action_item_id.in_(_ids)),
    )
)
_MENTORS = FastSelect(
    select(GoalMentor.goal_id, Mentor.id, Mentor.name)
    .join(Mentor, Mentor.id == GoalMentor.mentor_id)
    .where(GoalMentor.goal_id.in_(in_list("goal_ids")))
    .order_by(Mentor.name)
)
_ACTIONS = FastSelect(
    select(GoalActionItem.goal_id, ActionItem.id, ActionItem.status)
    .join(ActionItem, ActionItem.id == GoalActionItem.action_item_id)
    .where(GoalActionItem.goal_id.in_(in_list("goal_ids")))
)


def goal_rows(session: Session, touching: Collection[str] | None = None) -> list[GoalRow]:
    """Every goal for lists, by title; with ``touching``, only goals whose id, or a linked
    mentor's or action item's id, is one of those ids. A few fast reads in all."""
    if touching is not None and len(touching) <= IN_LIMIT:
        goal_ids = [goal_id for (goal_id,) in _GOALS_TOUCHED.rows(session, ids=list(touching))]
        if not goal_ids:
            return []
        goals = _GOALS_OF.rows(session, goal_ids=goal_ids)
    else:
        goals = _EVERY_GOAL.rows(session)
    mentors: dict[str, list[tuple[str, str]]] = {}
    actions: dict[str, list[tuple[str, str]]] = {}
    for chunk in chunks([row[0] for row in goals]):
        for goal_id, mentor_id, name in _MENTORS.rows(session, goal_ids=chunk):
            mentors.setdefault(goal_id, []).append((mentor_id, name))
        for goal_id, action_id, status in _ACTIONS.rows(session, goal_ids=chunk):
            actions.setdefault(goal_id, []).append((action_id, status))
    rows = []
    for goal_id, title, why, criteria, target, status, mode, progress, sample, created in goals:
        linked = mentors.get(goal_id, [])
        items = actions.get(goal_id, [])
        done = sum(1 for _, s in items if s == ActionStatus.DONE)
        opened = sum(1 for _, s in items if s == ActionStatus.OPEN)
        dropped = sum(1 for _, s in items if s == ActionStatus.DROPPED)
        rows.append(
            GoalRow(
                id=goal_id,
                data=GoalData(
                    title=title,
                    why=why,
                    success_criteria=criteria,
                    target_date=target,
                    status=status,
                    progress_mode=mode,
                ),
                manual_progress=progress,
                mentor_ids=tuple(m for m, _ in linked),
                mentor_names=tuple(n for _, n in linked),
                action_ids=tuple(sorted(a for a, _ in items)),
                actions_done=done,
                actions_open=opened,
                actions_counted=len(items) - dropped,
                is_sample=sample,
                created_at=created,
            )
        )
    return rows


def get(session: Session, goal_id: str) -> GoalRow:
    """One goal as lists show it (GoalNotFoundError if it is gone)."""
    found = goal_rows(session, [goal_id])
    match = [row for row in found if row.id == goal_id]
    if not match:
        raise GoalNotFoundError(goal_id)
    return match[0]
