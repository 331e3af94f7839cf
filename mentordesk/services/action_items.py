"""Action items: the advice I decided to act on."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from mentordesk.db.choices import ActionStatus
from mentordesk.db.fast import IN_LIMIT, FastSelect, in_list
from mentordesk.db.models import ActionItem, Meeting, Mentor
from mentordesk.db.types import new_id
from mentordesk.services.cadence_read import local_day
from mentordesk.services.errors import FieldValidationError, NotFoundError
from mentordesk.services.kinds import Kind
from mentordesk.services.records import found
from mentordesk.services.text import plain_line
from mentordesk.services.words import translate

TEXT_MAX = 2000


class ActionItemNotFoundError(NotFoundError):
    """The action item is gone."""

    kind = Kind.ACTION_ITEM


class ActionItemValidationError(FieldValidationError):
    """An action item field is invalid."""


@dataclass(frozen=True)
class ActionItemState:
    """A whole action item, detached: shown in lists and replayed by undo."""

    id: str
    mentor_id: str
    mentor_name: str
    meeting_id: str | None
    text: str
    due_date: date | None
    status: str
    done_on: date | None
    outcome: str
    report_back: bool
    reported_on: date | None
    private: bool = False  # never in anything copied or sent (services/private.py)

    def is_overdue(self, today: date) -> bool:
        return (
            self.status == ActionStatus.OPEN.value
            and self.due_date is not None
            and self.due_date < today
        )


def state_of(item: ActionItem) -> ActionItemState:
    return ActionItemState(
        id=item.id,
        mentor_id=item.mentor_id,
        mentor_name=item.mentor.name if item.mentor else "",
        meeting_id=item.meeting_id,
        text=item.text,
        due_date=item.due_date,
        status=item.status,
        done_on=item.done_on,
        outcome=item.outcome,
        report_back=item.report_back,
        reported_on=item.reported_on,
        private=item.private,
    )


def capture(
    session: Session,
    mentor_id: str,
    text: str,
    *,
    meeting_id: str | None = None,
    due_date: date | None = None,
    report_back: bool = False,
    private: bool = False,
    now: datetime,
) -> ActionItemState:
    """Turn a line of notes (or any text) into an open action item, stored as plain
    text: Markdown markers typed in the notes stay in the notes."""
    text = plain_line(text)
    errors = _text_errors(text)
    if session.get(Mentor, mentor_id) is None:
        errors["mentor"] = translate("services", "Choose the mentor this advice came from.")
    if meeting_id is not None and session.get(Meeting, meeting_id) is None:
        errors["meeting"] = translate("services", "That meeting no longer exists.")
    if errors:
        raise ActionItemValidationError(errors)
    item = ActionItem(
        id=new_id(),
        mentor_id=mentor_id,
        meeting_id=meeting_id,
        text=text,
        due_date=due_date,
        status=ActionStatus.OPEN.value,
        report_back=report_back,
        private=private,
        created_at=now,
        updated_at=now,
    )
    session.add(item)
    session.flush()
    session.refresh(item)
    return state_of(item)


def _text_errors(text: str) -> dict[str, str]:
    if not text:
        return {"text": "Write what you will do."}
    if len(text) > TEXT_MAX:
        return {
            "text": translate(
                "services", "Keep it under {most} characters; the notes can hold the rest."
            ).format(most=TEXT_MAX)
        }
    return {}


def _get(session: Session, item_id: str) -> ActionItem:
    return found(session, ActionItem, item_id, ActionItemNotFoundError)


def get(session: Session, item_id: str) -> ActionItemState:
    """One action item (ActionItemNotFoundError if it is gone)."""
    return state_of(_get(session, item_id))


def list_items(
    session: Session,
    *,
    mentor_id: str | None = None,
    meeting_id: str | None = None,
    status: str | None = None,
) -> list[ActionItemState]:
    """Action items, soonest due first (no due date last)."""
    query = select(ActionItem)
    if mentor_id is not None:
        query = query.where(ActionItem.mentor_id == mentor_id)
    if meeting_id is not None:
        query = query.where(ActionItem.meeting_id == meeting_id)
    if status is not None:
        query = query.where(ActionItem.status == status)
    query = query.order_by(
        ActionItem.due_date.is_(None), ActionItem.due_date, ActionItem.created_at
    )
    return [state_of(item) for item in session.scalars(query)]


_ORDER = (ActionItem.due_date.is_(None), ActionItem.due_date, ActionItem.created_at)
_ITEMS = select(
    ActionItem.id,
    ActionItem.mentor_id,
    Mentor.name,
    ActionItem.meeting_id,
    ActionItem.text,
    ActionItem.due_date,
    ActionItem.status,
    ActionItem.done_on,
    ActionItem.outcome,
    ActionItem.report_back,
    ActionItem.reported_on,
    ActionItem.private,
).join(Mentor, Mentor.id == ActionItem.mentor_id)
_EVERY_ITEM = FastSelect(_ITEMS.order_by(*_ORDER))
_ids = in_list("ids")
_ITEMS_TOUCHING = FastSelect(
    _ITEMS.where(
        ActionItem.id.in_(_ids) | ActionItem.mentor_id.in_(_ids) | ActionItem.meeting_id.in_(_ids)
    ).order_by(*_ORDER)
)


def item_rows(session: Session, touching: Collection[str] | None = None) -> list[ActionItemState]:
    """Every action item for lists, in one fast read (15,000 rows in tens of ms);
    with ``touching``, only items whose id, mentor or meeting is one of those ids."""
    if touching is not None and len(touching) <= IN_LIMIT:
        return _ITEMS_TOUCHING.made(session, ActionItemState, ids=list(touching))
    return _EVERY_ITEM.made(session, ActionItemState)


def update(
    session: Session,
    item_id: str,
    *,
    text: str | None = None,
    due_date: date | None = None,
    clear_due_date: bool = False,
    report_back: bool | None = None,
    outcome: str | None = None,
    private: bool | None = None,
    now: datetime,
) -> ActionItemState:
    """Edit the text, due date (or clear it), report-back flag, outcome or privacy."""
    item = _get(session, item_id)
    if text is not None:
        cleaned = plain_line(text)
        errors = _text_errors(cleaned)
        if errors:
            raise ActionItemValidationError(errors)
        item.text = cleaned
    if clear_due_date:
        item.due_date = None
    elif due_date is not None:
        item.due_date = due_date
    if report_back is not None:
        item.report_back = report_back
    if outcome is not None:
        item.outcome = outcome.strip()
    if private is not None:
        item.private = private
    item.updated_at = now
    session.flush()
    return state_of(item)


def set_status(
    session: Session,
    item_id: str,
    status: str,
    *,
    outcome: str | None = None,
    on: date | None = None,
    now: datetime,
) -> ActionItemState:
    """Mark done (with an outcome note, on ``on`` or today), dropped, or open again."""
    return state_of(_set_status(session, item_id, status, outcome, on, now))


def _set_status(
    session: Session, item_id: str, status: str, outcome: str | None, on: date | None, now: datetime
) -> ActionItem:
    if status not in {s.value for s in ActionStatus}:
        raise ActionItemValidationError(
            {"status": translate("services", "Choose open, done or dropped.")}
        )
    item = _get(session, item_id)
    item.status = status
    item.done_on = (on or local_day(now, None)) if status == ActionStatus.DONE.value else None
    if outcome is not None:
        item.outcome = outcome
    item.updated_at = now
    session.flush()
    return item


def mark_reported(
    session: Session, item_id: str, on: date | None = None, *, now: datetime
) -> ActionItemState:
    """I told the mentor how it went (on ``on``, or today)."""
    item = _get(session, item_id)
    item.reported_on = on or local_day(now, None)
    item.updated_at = now
    session.flush()
    return state_of(item)


def delete(session: Session, item_id: str) -> None:
    """Remove an action item (undo brings it back through ``services.records``)."""
    session.delete(_get(session, item_id))
    session.flush()


def mark_done(
    session: Session,
    item_id: str,
    *,
    outcome: str = "",
    on: date | None = None,
    report_back: bool = False,
    now: datetime,
) -> ActionItemState:
    """Done, with how it turned out and whether to tell the mentor about it."""
    if on is not None and on > local_day(now, None):
        raise ActionItemValidationError(
            {"done_on": translate("services", "The done date cannot be in the future.")}
        )
    item = _set_status(session, item_id, ActionStatus.DONE.value, outcome.strip(), on, now)
    item.report_back = report_back
    if not report_back:
        item.reported_on = None
    session.flush()
    return state_of(item)
