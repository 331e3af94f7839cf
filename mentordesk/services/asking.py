"""What asking a prospect to mentor me is built from (the article's hardest step):
why they fit, the goals they fit, and the rhythm I would propose (a draft agreement's
frequency and length, else the mentor's own interval, else none: the words then
propose a short first conversation). ``ui/prospects/ask_text.py`` puts it in words."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from mentordesk.db.models import Agreement, AgreementVersion, Mentor, OutreachStep
from mentordesk.services import goal_links
from mentordesk.services.errors import NotFoundError
from mentordesk.services.kinds import Kind


@dataclass(frozen=True)
class AskFacts:
    mentor_id: str
    name: str
    email: str
    role: str
    organisation: str
    fit_notes: str
    goal_titles: tuple[str, ...]
    every: int | None
    unit: str | None
    minutes: int | None
    asked_before: bool  # a step was recorded already: the next one is a follow-up


def ask_facts(session: Session, mentor_id: str) -> AskFacts:
    mentor = session.get(Mentor, mentor_id)
    if mentor is None:
        raise NotFoundError(mentor_id, Kind.MENTOR)
    every, unit, minutes = mentor.cadence_every, mentor.cadence_unit, None
    agreement = session.scalars(select(Agreement).where(Agreement.mentor_id == mentor_id)).first()
    if agreement is not None:
        version = session.scalars(
            select(AgreementVersion)
            .where(AgreementVersion.agreement_id == agreement.id)
            .order_by(AgreementVersion.number.desc())
            .limit(1)
        ).first()
        if version is not None and version.frequency_every:
            every, unit = version.frequency_every, version.frequency_unit
        if version is not None:
            minutes = version.duration_minutes
    steps = session.scalar(
        select(func.count()).select_from(OutreachStep).where(OutreachStep.mentor_id == mentor_id)
    )
    goals = goal_links.goals_of_mentor(session, mentor_id)
    return AskFacts(
        mentor_id=mentor_id,
        name=mentor.name,
        email=mentor.email,
        role=mentor.role,
        organisation=mentor.organisation,
        fit_notes=mentor.fit_notes,
        goal_titles=tuple(goal.title for goal in goals),
        every=every,
        unit=unit,
        minutes=minutes,
        asked_before=bool(steps),
    )
