"""Closing a mentorship well: a short review when it ends.

What I learned, which goals it served, and a thank-you note drafted from what was
recorded (takeaways, the advice I acted on, what I gave back). The review is kept
(one per mentor); ending makes the mentor "ended", or "alumni" with a light
keep-in-touch interval that cadence and the dashboard follow (``services.cadence``).
The note itself is composed by the UI, in the user's language, from ``draft``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, datetime, tzinfo

from sqlalchemy import bindparam, delete, select
from sqlalchemy.orm import Session

from mentordesk.db.choices import (
    ActionStatus,
    GiveBackStatus,
    IntervalUnit,
    MeetingStatus,
    MentorStatus,
)
from mentordesk.db.fast import FastSelect
from mentordesk.db.models import (
    ActionItem,
    Closure,
    ClosureGoal,
    GiveBack,
    Goal,
    GoalMentor,
    Meeting,
)
from mentordesk.db.types import new_id
from mentordesk.services import agreements, mentors, private
from mentordesk.services.cadence_read import local_day
from mentordesk.services.errors import FieldValidationError
from mentordesk.services.goal_links import GoalChoice, choices
from mentordesk.services.words import translate

TEXT_MAX = 50_000
EVERY_MAX = 366
SHOWN = 6  # takeaways and done actions offered to the note
_BULLET = re.compile(r"^\s*(?:[-*•+]\s+|\d+[.)]\s+|#+\s+)")


class ClosureValidationError(FieldValidationError):
    """A field of the closure review is invalid; nothing was saved."""


@dataclass(frozen=True)
class Takeaway:
    meeting_id: str
    day: date
    text: str


@dataclass(frozen=True)
class DoneAction:
    id: str
    text: str
    outcome: str
    done_on: date | None


@dataclass(frozen=True)
class GaveBack:
    id: str
    idea: str
    kind: str
    done_on: date | None


@dataclass(frozen=True)
class ClosureState:
    """A kept closure review."""

    id: str
    mentor_id: str
    ended_on: date
    learned: str
    thank_you: str
    goal_ids: tuple[str, ...]


@dataclass(frozen=True)
class ClosureDraft:
    """What the closure review starts from."""

    mentor_id: str
    mentor_name: str
    status: str
    first_met: date | None
    last_met: date | None
    meetings_held: int
    takeaways: tuple[Takeaway, ...]  # newest first, one line each
    done_actions: tuple[DoneAction, ...]  # newest first
    gave_back: tuple[GaveBack, ...]  # done ones, newest first
    goals: tuple[GoalChoice, ...]  # every goal, for the "served" choice
    linked_goal_ids: frozenset[str]  # the mentor's goals: ticked at first
    existing: ClosureState | None


def takeaway_lines(text: str) -> list[str]:
    """The lines of a meeting's takeaways, without bullets or headings."""
    found = (_BULLET.sub("", line).strip() for line in text.splitlines())
    return [line for line in found if line]


def closure_of(session: Session, mentor_id: str) -> ClosureState | None:
    """The mentor's kept review, if any."""
    closure = session.scalars(select(Closure).where(Closure.mentor_id == mentor_id)).first()
    if closure is None:
        return None
    goal_ids = tuple(
        str(g)
        for g in session.scalars(
            select(ClosureGoal.goal_id).where(ClosureGoal.closure_id == closure.id)
        )
    )
    return ClosureState(
        closure.id, mentor_id, closure.ended_on, closure.learned, closure.thank_you, goal_ids
    )


_HELD = FastSelect(
    select(Meeting.id, Meeting.scheduled_start, Meeting.takeaways, Meeting.takeaways_private)
    .where(Meeting.mentor_id == bindparam("mentor_id"), Meeting.status == MeetingStatus.HELD)
    .order_by(Meeting.scheduled_start.desc())
)
_DONE = FastSelect(
    select(ActionItem.id, ActionItem.text, ActionItem.outcome, ActionItem.done_on)
    .where(
        ActionItem.mentor_id == bindparam("mentor_id"),
        ActionItem.status == ActionStatus.DONE,
        private.not_private(ActionItem),
    )
    .order_by(ActionItem.done_on.desc(), ActionItem.created_at.desc())
    .limit(SHOWN)
)
_GAVE = FastSelect(
    select(GiveBack.id, GiveBack.idea, GiveBack.kind, GiveBack.done_on)
    .where(GiveBack.mentor_id == bindparam("mentor_id"), GiveBack.status == GiveBackStatus.DONE)
    .order_by(GiveBack.done_on.desc())
)


def draft(session: Session, mentor_id: str, zone: tzinfo | None = None) -> ClosureDraft:
    """Everything the review offers for ``mentor_id`` (MentorNotFoundError if gone)."""
    mentor = mentors.get(session, mentor_id)
    held = _HELD.rows(session, mentor_id=mentor_id)
    days = [local_day(start, zone) for _, start, _, _ in held]
    takeaways: list[Takeaway] = []
    seen: set[str] = set()
    for (meeting_id, _, text, kept_home), day in zip(held, days, strict=True):
        for line in takeaway_lines("" if kept_home else text):
            if line.casefold() not in seen and len(takeaways) < SHOWN:
                seen.add(line.casefold())
                takeaways.append(Takeaway(meeting_id, day, line))
    done = tuple(_DONE.made(session, DoneAction, mentor_id=mentor_id))
    gave = tuple(_GAVE.made(session, GaveBack, mentor_id=mentor_id))
    linked = frozenset(
        str(g)
        for g in session.scalars(
            select(GoalMentor.goal_id).where(GoalMentor.mentor_id == mentor_id)
        )
    )
    return ClosureDraft(
        mentor_id=mentor_id,
        mentor_name=mentor.data.name,
        status=mentor.data.status,
        first_met=days[-1] if days else None,
        last_met=days[0] if days else None,
        meetings_held=len(held),
        takeaways=tuple(takeaways),
        done_actions=done,
        gave_back=gave,
        goals=tuple(choices(session)),
        linked_goal_ids=linked,
        existing=closure_of(session, mentor_id),
    )


@dataclass(frozen=True)
class KeepInTouch:
    """An alumni's light interval: every ``every`` ``unit`` (for example 6 months)."""

    every: int
    unit: str = IntervalUnit.MONTHS.value


def validate(
    *,
    ended_on: date,
    learned: str,
    thank_you: str,
    keep_in_touch: KeepInTouch | None,
    today: date,
) -> dict[str, str]:
    errors: dict[str, str] = {}
    if ended_on > today:
        errors["ended_on"] = translate(
            "services", "The mentorship cannot end in the future: choose today or earlier."
        )
    for name, text in (("learned", learned), ("thank_you", thank_you)):
        if len(text) > TEXT_MAX:
            errors[name] = translate("services", "Keep this under {most} characters.").format(
                most=f"{TEXT_MAX:,}"
            )
    if keep_in_touch is not None:
        if not 1 <= keep_in_touch.every <= EVERY_MAX:
            errors["keep_in_touch"] = translate(
                "services", "Keep in touch every 1 to {most} days, weeks or months."
            ).format(most=EVERY_MAX)
        elif keep_in_touch.unit not in {u.value for u in IntervalUnit}:
            errors["keep_in_touch"] = translate("services", "Choose days, weeks or months.")
    return errors


def close(
    session: Session,
    mentor_id: str,
    *,
    learned: str,
    goal_ids: tuple[str, ...],
    thank_you: str,
    ended_on: date,
    keep_in_touch: KeepInTouch | None,
    today: date,
    now: datetime,
) -> ClosureState:
    """End the mentorship with its review: "alumni" with ``keep_in_touch``, else "ended".

    Served goals are linked to the mentor too. Nothing is written if a field is
    invalid or a chosen goal was deleted meanwhile.
    """
    errors = validate(
        ended_on=ended_on,
        learned=learned,
        thank_you=thank_you,
        keep_in_touch=keep_in_touch,
        today=today,
    )
    goal_ids = tuple(dict.fromkeys(goal_ids))
    if any(session.get(Goal, goal_id) is None for goal_id in goal_ids):
        errors["goals"] = translate(
            "services", "A goal you ticked was deleted meanwhile: tick again."
        )
    if errors:
        raise ClosureValidationError(errors)
    mentor = mentors.get(session, mentor_id)  # MentorNotFoundError if gone
    status = MentorStatus.ALUMNI if keep_in_touch is not None else MentorStatus.ENDED
    mentors.update_mentor(session, mentor_id, replace(mentor.data, status=status.value), now=now)
    if keep_in_touch is not None:
        agreements.set_mentor_interval(
            session, mentor_id, keep_in_touch.every, keep_in_touch.unit, now=now
        )
    closure = session.scalars(select(Closure).where(Closure.mentor_id == mentor_id)).first()
    if closure is None:
        closure = Closure(id=new_id(), mentor_id=mentor_id, created_at=now)
        session.add(closure)
    closure.ended_on = ended_on
    closure.learned = learned.strip()
    closure.thank_you = thank_you.strip()
    closure.updated_at = now
    session.flush()
    session.execute(delete(ClosureGoal).where(ClosureGoal.closure_id == closure.id))
    for goal_id in goal_ids:
        session.add(ClosureGoal(closure_id=closure.id, goal_id=goal_id))
        if session.get(GoalMentor, (goal_id, mentor_id)) is None:
            session.add(GoalMentor(goal_id=goal_id, mentor_id=mentor_id))
    session.flush()
    state = closure_of(session, mentor_id)
    assert state is not None
    return state
