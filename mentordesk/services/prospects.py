"""Finding the right mentor: prospects (status prospect or requested), why they fit my
goals, the steps of asking them (asked, followed up, answered) and when to follow up.

Asking a prospect makes them "requested"; promoting makes them active in one step,
keeping everything recorded (``services.mentors`` writes the status history).
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, replace
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from mentordesk.db.choices import PROSPECTIVE, MentorStatus, OutreachKind
from mentordesk.db.fast import IN_LIMIT, FastSelect, chunks, in_list
from mentordesk.db.models import Goal, GoalMentor, Mentor, OutreachStep
from mentordesk.db.types import new_id
from mentordesk.services import mentors
from mentordesk.services.errors import FieldValidationError, NotFoundError
from mentordesk.services.kinds import Kind
from mentordesk.services.records import found
from mentordesk.services.words import translate

NOTE_MAX = 20_000


class OutreachValidationError(FieldValidationError):
    """An outreach step field is invalid; nothing was saved."""


class StepNotFoundError(NotFoundError):
    kind = Kind.OUTREACH_STEP


@dataclass(frozen=True)
class StepState:
    """One step of reaching out."""

    id: str
    mentor_id: str
    kind: str
    day: date
    note: str
    follow_up_on: date | None


@dataclass(frozen=True)
class ProspectRow:
    """A prospect as the Prospects list shows them."""

    id: str  # the mentor's id
    name: str
    status: str
    role: str
    organisation: str
    where_found: str
    where_found_detail: str
    fit_notes: str
    goal_titles: tuple[str, ...]
    steps: tuple[StepState, ...]  # oldest first

    @property
    def last_step(self) -> StepState | None:
        return self.steps[-1] if self.steps else None

    @property
    def follow_up_on(self) -> date | None:
        """When to follow up: the last step's day, unless they answered."""
        last = self.last_step
        if last is None or last.kind == OutreachKind.ANSWERED.value:
            return None
        return last.follow_up_on


_STEPS = FastSelect(
    select(
        OutreachStep.id,
        OutreachStep.mentor_id,
        OutreachStep.kind,
        OutreachStep.day,
        OutreachStep.note,
        OutreachStep.follow_up_on,
    )
    .where(OutreachStep.mentor_id.in_(in_list("mentor_ids")))
    .order_by(OutreachStep.day, OutreachStep.created_at)
)
_PROSPECTS = select(
    Mentor.id,
    Mentor.name,
    Mentor.status,
    Mentor.role,
    Mentor.organisation,
    Mentor.where_found,
    Mentor.where_found_detail,
    Mentor.fit_notes,
).where(Mentor.status.in_(PROSPECTIVE))
_ids = in_list("ids")
_EVERY_PROSPECT = FastSelect(_PROSPECTS.order_by(Mentor.name))
_PROSPECTS_TOUCHING = FastSelect(
    _PROSPECTS.where(
        Mentor.id.in_(_ids)
        | Mentor.id.in_(select(OutreachStep.mentor_id).where(OutreachStep.id.in_(_ids)))
        | Mentor.id.in_(select(GoalMentor.mentor_id).where(GoalMentor.goal_id.in_(_ids)))
    ).order_by(Mentor.name)
)
_GOAL_TITLES = FastSelect(
    select(GoalMentor.mentor_id, Goal.title)
    .join(Goal, Goal.id == GoalMentor.goal_id)
    .where(GoalMentor.mentor_id.in_(in_list("mentor_ids")))
    .order_by(Goal.title)
)


def _steps(session: Session, mentor_ids: list[str]) -> dict[str, list[StepState]]:
    found: dict[str, list[StepState]] = {}
    for chunk in chunks(mentor_ids):
        for step in _STEPS.made(session, StepState, mentor_ids=chunk):
            found.setdefault(step.mentor_id, []).append(step)
    return found


def prospect_rows(session: Session, touching: Collection[str] | None = None) -> list[ProspectRow]:
    """Every prospect and requested mentor, by name (with ``touching``: those whose id is
    one of those ids, or who have a step or goal link with one)."""
    if touching is not None and len(touching) <= IN_LIMIT:
        found = _PROSPECTS_TOUCHING.rows(session, ids=list(touching))
    else:
        found = _EVERY_PROSPECT.rows(session)
    ids = [row[0] for row in found]
    steps = _steps(session, ids)
    goals: dict[str, list[str]] = {}
    for chunk in chunks(ids):
        for mentor_id, title in _GOAL_TITLES.rows(session, mentor_ids=chunk):
            goals.setdefault(mentor_id, []).append(title)
    return [
        ProspectRow(
            id=i,
            name=name,
            status=status,
            role=role,
            organisation=org,
            where_found=where,
            where_found_detail=detail,
            fit_notes=fit,
            goal_titles=tuple(goals.get(i, ())),
            steps=tuple(steps.get(i, ())),
        )
        for i, name, status, role, org, where, detail, fit in found
    ]


def validate_step(
    kind: str, day: date, follow_up_on: date | None, note: str, *, today: date
) -> dict[str, str]:
    errors: dict[str, str] = {}
    if kind not in {k.value for k in OutreachKind}:
        errors["kind"] = translate("services", "Choose asked, followed up or answered.")
    if day > today:
        errors["day"] = translate(
            "services", "A step cannot be in the future: record it once it happened."
        )
    if follow_up_on is not None and follow_up_on < day:
        errors["follow_up_on"] = translate("services", "Follow up after the step, not before it.")
    if len(note) > NOTE_MAX:
        errors["note"] = translate("services", "Keep the note under {most} characters.").format(
            most=f"{NOTE_MAX:,}"
        )
    return errors


def add_step(
    session: Session,
    mentor_id: str,
    kind: str,
    day: date,
    *,
    note: str = "",
    follow_up_on: date | None = None,
    today: date,
    now: datetime,
) -> StepState:
    """Record a step; asking a prospect makes them "requested" (in their history)."""
    errors = validate_step(kind, day, follow_up_on, note, today=today)
    if errors:
        raise OutreachValidationError(errors)
    mentor = mentors.get(session, mentor_id)  # MentorNotFoundError if gone
    if kind == OutreachKind.ASKED.value and mentor.data.status == MentorStatus.PROSPECT.value:
        asked = replace(mentor.data, status=MentorStatus.REQUESTED.value)
        mentors.update_mentor(session, mentor_id, asked, now=now)
    step = OutreachStep(
        id=new_id(),
        mentor_id=mentor_id,
        kind=kind,
        day=day,
        note=note.strip(),
        follow_up_on=follow_up_on if kind != OutreachKind.ANSWERED.value else None,
        created_at=now,
    )
    session.add(step)
    session.flush()
    return StepState(step.id, mentor_id, kind, day, step.note, step.follow_up_on)


def delete_step(session: Session, step_id: str) -> None:
    step = found(session, OutreachStep, step_id, StepNotFoundError)
    session.delete(step)
    session.flush()


def promote(session: Session, mentor_id: str, *, now: datetime) -> str:
    """Make a prospect an active mentor, keeping everything; returns their name."""
    mentor = mentors.get(session, mentor_id)
    active = replace(mentor.data, status=MentorStatus.ACTIVE.value)
    mentors.update_mentor(session, mentor_id, active, now=now)
    return mentor.data.name


@dataclass(frozen=True)
class FollowUp:
    """A prospect to follow up with today (or since some days)."""

    mentor_id: str
    mentor_name: str
    last_kind: str
    last_day: date
    follow_up_on: date
    days_late: int


def follow_ups(session: Session, today: date) -> list[FollowUp]:
    """Prospects whose last step asks for a follow-up on or before ``today``."""
    due = []
    for row in prospect_rows(session):
        last, when = row.last_step, row.follow_up_on
        if last is None or when is None or when > today:
            continue
        due.append(FollowUp(row.id, row.name, last.kind, last.day, when, (today - when).days))
    due.sort(key=lambda f: (f.follow_up_on, f.mentor_name.casefold()))
    return due
