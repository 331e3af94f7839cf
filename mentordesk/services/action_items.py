"""Action items: the advice I decided to act on."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from mentordesk.db.models import ActionItem, ActionStatus, Meeting, Mentor
from mentordesk.db.types import new_id, utc_now
from mentordesk.services.errors import FieldValidationError

TEXT_MAX = 2000


class ActionItemNotFoundError(LookupError):
    """The action item is gone."""


class ActionItemMentorGoneError(LookupError):
    """The mentor an action item belongs to was deleted, so it cannot come back."""


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
    )


def capture(
    session: Session,
    mentor_id: str,
    text: str,
    *,
    meeting_id: str | None = None,
    due_date: date | None = None,
    report_back: bool = False,
) -> ActionItem:
    """Turn a line of notes (or any text) into an open action item."""
    text = " ".join(text.split())
    errors: dict[str, str] = {}
    if not text:
        errors["text"] = "Write what you will do."
    elif len(text) > TEXT_MAX:
        errors["text"] = f"Keep it under {TEXT_MAX} characters; the notes can hold the rest."
    if session.get(Mentor, mentor_id) is None:
        errors["mentor"] = "Choose the mentor this advice came from."
    if meeting_id is not None and session.get(Meeting, meeting_id) is None:
        errors["meeting"] = "That meeting no longer exists."
    if errors:
        raise ActionItemValidationError(errors)
    now = utc_now()
    item = ActionItem(
        id=new_id(),
        mentor_id=mentor_id,
        meeting_id=meeting_id,
        text=text,
        due_date=due_date,
        status=ActionStatus.OPEN.value,
        report_back=report_back,
        created_at=now,
        updated_at=now,
    )
    session.add(item)
    session.flush()
    session.refresh(item)
    return item


def get(session: Session, item_id: str) -> ActionItem:
    item = session.get(ActionItem, item_id)
    if item is None:
        raise ActionItemNotFoundError(item_id)
    return item


def list_items(
    session: Session,
    *,
    mentor_id: str | None = None,
    meeting_id: str | None = None,
    status: str | None = None,
) -> list[ActionItem]:
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
    return list(session.scalars(query))


def update(
    session: Session,
    item_id: str,
    *,
    text: str | None = None,
    due_date: date | None = None,
    clear_due_date: bool = False,
    report_back: bool | None = None,
) -> ActionItem:
    """Edit the text, due date (or clear it) or report-back flag."""
    item = get(session, item_id)
    if text is not None:
        cleaned = " ".join(text.split())
        if not cleaned:
            raise ActionItemValidationError({"text": "Write what you will do."})
        item.text = cleaned
    if clear_due_date:
        item.due_date = None
    elif due_date is not None:
        item.due_date = due_date
    if report_back is not None:
        item.report_back = report_back
    item.updated_at = utc_now()
    session.flush()
    return item


def set_status(
    session: Session,
    item_id: str,
    status: str,
    *,
    outcome: str | None = None,
    on: date | None = None,
) -> ActionItem:
    """Mark done (with an outcome note), dropped, or open again."""
    if status not in {s.value for s in ActionStatus}:
        raise ActionItemValidationError({"status": "Choose open, done or dropped."})
    item = get(session, item_id)
    item.status = status
    item.done_on = (on or date.today()) if status == ActionStatus.DONE.value else None
    if outcome is not None:
        item.outcome = outcome
    item.updated_at = utc_now()
    session.flush()
    return item


def mark_reported(session: Session, item_id: str, on: date | None = None) -> ActionItem:
    """I told the mentor how it went."""
    item = get(session, item_id)
    item.reported_on = on or date.today()
    item.updated_at = utc_now()
    session.flush()
    return item


def delete(session: Session, item_id: str) -> ActionItemState:
    item = get(session, item_id)
    state = state_of(item)
    session.delete(item)
    session.flush()
    return state


def restore(session: Session, state: ActionItemState) -> ActionItem:
    """Make the database hold ``state`` again (undo).

    A meeting deleted since leaves the item unlinked; a mentor deleted since means
    the item cannot come back (``ActionItemMentorGoneError``).
    """
    if session.get(Mentor, state.mentor_id) is None:
        raise ActionItemMentorGoneError(state.mentor_id)
    meeting_id = state.meeting_id
    if meeting_id is not None and session.get(Meeting, meeting_id) is None:
        meeting_id = None
    item = session.get(ActionItem, state.id)
    if item is None:
        item = ActionItem(id=state.id, created_at=utc_now())
        session.add(item)
    item.mentor_id = state.mentor_id
    item.meeting_id = meeting_id
    item.text = state.text
    item.due_date = state.due_date
    item.status = state.status
    item.done_on = state.done_on
    item.outcome = state.outcome
    item.report_back = state.report_back
    item.reported_on = state.reported_on
    item.updated_at = utc_now()
    session.flush()
    return item


def mark_done(
    session: Session,
    item_id: str,
    *,
    outcome: str = "",
    on: date | None = None,
    report_back: bool = False,
) -> ActionItem:
    """Done, with how it turned out and whether to tell the mentor about it."""
    if on is not None and on > date.today():
        raise ActionItemValidationError({"done_on": "The done date cannot be in the future."})
    item = set_status(session, item_id, ActionStatus.DONE.value, outcome=outcome.strip(), on=on)
    item.report_back = report_back
    if not report_back:
        item.reported_on = None
    session.flush()
    return item


def all_states(session: Session) -> list[ActionItemState]:
    """Every action item across mentors, detached for lists (soonest due first)."""
    return [state_of(item) for item in list_items(session)]
