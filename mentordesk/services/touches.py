"""Touches: an email, a message, a call or a corridor chat with a mentor, outside a
meeting, on a day, in one line.

Whether they count toward the cadence is the agreement's ``touches_count`` (a
``TouchRule``; default: they reset "overdue" but not the meeting rhythm), read by
``services/cadence.py``. Qt-free; the clock is passed in.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from mentordesk.db.choices import TouchKind
from mentordesk.db.models import Mentor, Touch
from mentordesk.db.types import new_id
from mentordesk.services.errors import FieldValidationError, NotFoundError
from mentordesk.services.kinds import Kind
from mentordesk.services.records import found
from mentordesk.services.words import translate

NOTE_MAX = 500


class TouchNotFoundError(NotFoundError):
    """The touch is gone."""

    kind = Kind.TOUCH


class TouchValidationError(FieldValidationError):
    """A touch field is invalid; nothing was saved."""


@dataclass(frozen=True)
class TouchData:
    """What a person fills in: who, how, when, and one line."""

    mentor_id: str
    kind: str
    day: date
    note: str = ""


@dataclass(frozen=True)
class TouchRow:
    id: str
    data: TouchData
    mentor_name: str
    created_at: datetime

    @property
    def mentor_id(self) -> str:
        return self.data.mentor_id


def validate(data: TouchData, *, today: date) -> dict[str, str]:
    errors: dict[str, str] = {}
    if data.kind not in {k.value for k in TouchKind}:
        errors["kind"] = translate("services", "Choose email, message, call or chat.")
    if data.day > today:
        errors["day"] = translate(
            "services", "A touch is something that happened: choose today or a day before."
        )
    if len(" ".join(data.note.split())) > NOTE_MAX:
        errors["note"] = translate(
            "services", "Keep it to one line (under {most} characters)."
        ).format(most=NOTE_MAX)
    return errors


def _checked(session: Session, data: TouchData, today: date) -> TouchData:
    errors = validate(data, today=today)
    if session.get(Mentor, data.mentor_id) is None:
        errors["mentor"] = translate("services", "This mentor was deleted meanwhile.")
    if errors:
        raise TouchValidationError(errors)
    return TouchData(data.mentor_id, data.kind, data.day, " ".join(data.note.split()))


def add_touch(session: Session, data: TouchData, *, today: date, now: datetime) -> TouchRow:
    """Log a touch."""
    data = _checked(session, data, today)
    touch = Touch(
        id=new_id(),
        mentor_id=data.mentor_id,
        kind=data.kind,
        day=data.day,
        note=data.note,
        created_at=now,
        updated_at=now,
    )
    session.add(touch)
    session.flush()
    return _row(session, touch)


def _get(session: Session, touch_id: str) -> Touch:
    return found(session, Touch, touch_id, TouchNotFoundError)


def edit_touch(
    session: Session, touch_id: str, data: TouchData, *, today: date, now: datetime
) -> TouchRow:
    """Change a touch's kind, day and line (its mentor stays)."""
    touch = _get(session, touch_id)
    data = TouchData(touch.mentor_id, data.kind, data.day, data.note)
    data = _checked(session, data, today)
    touch.kind, touch.day, touch.note, touch.updated_at = data.kind, data.day, data.note, now
    session.flush()
    return _row(session, touch)


def delete_touch(session: Session, touch_id: str) -> None:
    session.delete(_get(session, touch_id))
    session.flush()


def _row(session: Session, touch: Touch) -> TouchRow:
    mentor = session.get(Mentor, touch.mentor_id)
    return TouchRow(
        id=touch.id,
        data=TouchData(touch.mentor_id, touch.kind, touch.day, touch.note),
        mentor_name=mentor.name if mentor is not None else "",
        created_at=touch.created_at,
    )


def get(session: Session, touch_id: str) -> TouchRow:
    """One touch (TouchNotFoundError when it is gone)."""
    return _row(session, _get(session, touch_id))


def touches_of(session: Session, mentor_id: str) -> list[TouchRow]:
    """A mentor's touches, newest first."""
    query = (
        select(Touch)
        .where(Touch.mentor_id == mentor_id)
        .order_by(Touch.day.desc(), Touch.created_at.desc())
    )
    return [_row(session, touch) for touch in session.scalars(query)]
