"""A mentor's own meeting interval: how often to meet when no agreed agreement says so.

Kept apart from ``services/agreements.py`` (which re-exports it) by size alone.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from mentordesk.db.choices import IntervalUnit
from mentordesk.db.models import Mentor
from mentordesk.services.errors import FieldValidationError
from mentordesk.services.mentors import MentorNotFoundError
from mentordesk.services.records import found
from mentordesk.services.words import translate

EVERY_MAX = 366


class CadenceValidationError(FieldValidationError):
    """The mentor's own meeting interval is invalid."""


def set_mentor_interval(
    session: Session,
    mentor_id: str,
    every: int | None,
    unit: str | None,
    *,
    now: datetime,
) -> None:
    """How often to meet the mentor when no agreed agreement says so (None: not set)."""
    if every is not None and every <= 0:
        raise CadenceValidationError(
            {
                "cadence_every": translate(
                    "services", "Meet at least once: the frequency must be 1 or more."
                )
            }
        )
    if every is not None and every > EVERY_MAX:
        raise CadenceValidationError(
            {"cadence_every": translate("services", "Use at most {most}.").format(most=EVERY_MAX)}
        )
    if every is not None and unit not in {u.value for u in IntervalUnit}:
        raise CadenceValidationError(
            {"cadence_every": translate("services", "Choose days, weeks or months.")}
        )
    mentor = found(session, Mentor, mentor_id, MentorNotFoundError)
    mentor.cadence_every = every
    mentor.cadence_unit = unit if every is not None else None
    mentor.updated_at = now
    session.flush()
