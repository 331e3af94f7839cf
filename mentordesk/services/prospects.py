"""Finding the right mentor: prospects (status prospect or requested), why they fit my
goals, the steps of asking them (asked, followed up, answered) and when to follow up.

Asking a prospect makes them "requested"; promoting makes them active in one step,
keeping everything recorded (``services.mentors`` writes the status history).
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, replace
from datetime import date, datetime

from sqlalchemy.orm import Session

from mentordesk.db.choices import MentorStatus, OutreachKind
from mentordesk.db.fast import placeholders, plain_rows
from mentordesk.db.models import OutreachStep
from mentordesk.db.types import new_id, utc_now
from mentordesk.services import mentors
from mentordesk.services.errors import FieldValidationError, NotFoundError
from mentordesk.services.kinds import Kind

PROSPECTIVE = (MentorStatus.PROSPECT.value, MentorStatus.REQUESTED.value)
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


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _steps(session: Session, mentor_ids: list[str]) -> dict[str, list[StepState]]:
    found: dict[str, list[StepState]] = {}
    for start in range(0, len(mentor_ids), 500):
        chunk = mentor_ids[start : start + 500]
        for i, mentor_id, kind, day, note, follow in plain_rows(
            session,
            "SELECT id, mentor_id, kind, day, note, follow_up_on FROM outreach_step"
            f" WHERE mentor_id IN ({placeholders(len(chunk))}) ORDER BY day, created_at",
            chunk,
        ):
            found.setdefault(str(mentor_id), []).append(
                StepState(
                    str(i),
                    str(mentor_id),
                    str(kind),
                    date.fromisoformat(str(day)),
                    str(note or ""),
                    _day(follow),
                )
            )
    return found


def prospect_rows(session: Session, touching: Collection[str] | None = None) -> list[ProspectRow]:
    """Every prospect and requested mentor, by name (with ``touching``: those whose id is
    one of those ids, or who have a step or goal link with one)."""
    sql = (
        "SELECT id, name, status, role, organisation, where_found, where_found_detail,"
        f" fit_notes FROM mentor WHERE status IN ({placeholders(len(PROSPECTIVE))})"
    )
    parameters: list[str] = list(PROSPECTIVE)
    if touching is not None and len(touching) <= 500:
        ids = list(touching)
        marks = placeholders(len(ids)) or "NULL"
        sql += (
            f" AND (id IN ({marks}) OR id IN (SELECT mentor_id FROM outreach_step WHERE id IN"
            f" ({marks})) OR id IN (SELECT mentor_id FROM goal_mentor WHERE goal_id IN ({marks})))"
        )
        parameters += ids * 3
    found = plain_rows(session, sql + " ORDER BY name", parameters)
    ids = [str(row[0]) for row in found]
    steps = _steps(session, ids)
    goals: dict[str, list[str]] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        for mentor_id, title in plain_rows(
            session,
            "SELECT gm.mentor_id, g.title FROM goal_mentor gm JOIN goal g ON g.id = gm.goal_id"
            f" WHERE gm.mentor_id IN ({placeholders(len(chunk))}) ORDER BY g.title",
            chunk,
        ):
            goals.setdefault(str(mentor_id), []).append(str(title))
    return [
        ProspectRow(
            id=str(i),
            name=str(name),
            status=str(status),
            role=str(role or ""),
            organisation=str(org or ""),
            where_found=str(where),
            where_found_detail=str(detail or ""),
            fit_notes=str(fit or ""),
            goal_titles=tuple(goals.get(str(i), ())),
            steps=tuple(steps.get(str(i), ())),
        )
        for i, name, status, role, org, where, detail, fit in found
    ]


def validate_step(
    kind: str, day: date, follow_up_on: date | None, note: str, *, today: date
) -> dict[str, str]:
    errors: dict[str, str] = {}
    if kind not in {k.value for k in OutreachKind}:
        errors["kind"] = "Choose asked, followed up or answered."
    if day > today:
        errors["day"] = "A step cannot be in the future: record it once it happened."
    if follow_up_on is not None and follow_up_on < day:
        errors["follow_up_on"] = "Follow up after the step, not before it."
    if len(note) > NOTE_MAX:
        errors["note"] = f"Keep the note under {NOTE_MAX:,} characters."
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
    now: datetime | None = None,
) -> StepState:
    """Record a step; asking a prospect makes them "requested" (in their history)."""
    errors = validate_step(kind, day, follow_up_on, note, today=today)
    if errors:
        raise OutreachValidationError(errors)
    now = now or utc_now()
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
    step = session.get(OutreachStep, step_id)
    if step is None:
        raise StepNotFoundError(step_id)
    session.delete(step)
    session.flush()


def promote(session: Session, mentor_id: str, *, now: datetime | None = None) -> str:
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
