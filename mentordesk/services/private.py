"""What never leaves the app: the one rule every output shares (issue 20, item 4).

Private are: a topic, an agenda point or an action item marked private, and a
meeting's notes or takeaways marked private (the flag is on the whole text, not on a
line of it: ``Meeting.notes_private`` / ``Meeting.takeaways_private``). Everything
copied, sent, saved or exported that holds meeting items (copy agenda, the recap,
the closing note's draft, the Markdown, CSV and JSON exports, the ``.ics``) and
search while presenting read through this module; the agreement PDF and the ask
draft hold none. On screen a private item is shown with a lock unless the person is
presenting (``ui/privacy.py``).

- ``PRIVATE_ROWS``: a table whose rows carry a ``private`` column; such a row is left
  out, and so is a row of another table that needs it (its foreign key is not
  nullable: a goal's link to a private action item).
- ``PRIVATE_TEXTS``: columns of a table left empty when a flag beside them is set.
- ``PRIVATE_COPIES``: rows that copy a private text (earlier versions of private notes).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, TypeVar

from sqlalchemy import ColumnElement, select, update
from sqlalchemy.orm import Session

from mentordesk.db.models import ActionItem, AgendaItem, Base, Meeting, Topic
from mentordesk.services.errors import NotFoundError
from mentordesk.services.kinds import Kind

T = TypeVar("T")

PRIVATE_ROWS: dict[str, str] = {
    "topic": "private",
    "agenda_item": "private",
    "action_item": "private",
}
PRIVATE_TEXTS: dict[str, dict[str, str]] = {
    "meeting": {"notes": "notes_private", "takeaways": "takeaways_private"},
}
# table -> (the column naming the row it copies, that row's table, the flag there)
PRIVATE_COPIES: dict[str, tuple[str, str, str]] = {
    "note_snapshot": ("meeting_id", "meeting", "notes_private"),
}


def is_private(item: object) -> bool:
    """Whether a topic, agenda point or action item (row or dataclass) is private."""
    return bool(getattr(item, "private", False))


def shared(items: Iterable[T]) -> list[T]:
    """The items that may leave the app: the private ones left out."""
    return [item for item in items if not is_private(item)]


def shared_text(meeting: object, field: str) -> str:
    """A meeting's ``notes`` or ``takeaways`` as they may leave the app: empty when
    marked private."""
    if getattr(meeting, f"{field}_private", False):
        return ""
    return str(getattr(meeting, field))


def not_private(model: type[AgendaItem] | type[ActionItem] | type[Topic]) -> ColumnElement[bool]:
    """The condition a query adds to read only rows that may leave the app."""
    return model.private.is_(False)


Flags = dict[tuple[str, str], set[Any]]  # (table, flag column) -> ids with the flag set


def shared_record(table: str, row: dict[str, Any], flags: Flags) -> bool:
    """Whether an exported row may leave (``flags``: from ``copy_flags``); blanks its
    private texts in place."""
    column = PRIVATE_ROWS.get(table)
    if column is not None and row.get(column):
        return False
    for text, flag in PRIVATE_TEXTS.get(table, {}).items():
        if row.get(flag):
            row[text] = ""
    copied = PRIVATE_COPIES.get(table)
    if copied is not None:
        key, source, flag = copied
        if row.get(key) in flags.get((source, flag), set()):
            return False
    return True


def copy_flags(session: Session) -> Flags:
    """For ``shared_record``: the rows whose copies stay home (``PRIVATE_COPIES``)."""
    flags: Flags = {}
    for _key, source, flag in PRIVATE_COPIES.values():
        table = Base.metadata.tables[source]
        ids = session.scalars(select(table.c.id).where(table.c[flag].is_(True)))
        flags.setdefault((source, flag), set()).update(ids)
    return flags


def hidden_items(session: Session, found: Iterable[tuple[Kind, str]]) -> set[str]:
    """Of search results (kind, id), the ids of private items (and of meetings whose
    notes or takeaways are private): never shown while presenting."""
    wanted: dict[Kind, list[str]] = {}
    for kind, item_id in found:
        wanted.setdefault(kind, []).append(item_id)
    hidden: set[str] = set()
    models: dict[Kind, type[AgendaItem] | type[ActionItem] | type[Topic]] = {
        Kind.AGENDA_ITEM: AgendaItem,
        Kind.ACTION_ITEM: ActionItem,
        Kind.TOPIC: Topic,
    }
    for kind, model in models.items():
        if wanted.get(kind):
            hidden |= set(
                session.scalars(
                    select(model.id).where(model.id.in_(wanted[kind]), model.private.is_(True))
                )
            )
    if wanted.get(Kind.MEETING):
        hidden |= set(
            session.scalars(
                select(Meeting.id).where(
                    Meeting.id.in_(wanted[Kind.MEETING]),
                    Meeting.notes_private.is_(True) | Meeting.takeaways_private.is_(True),
                )
            )
        )
    return hidden


def set_private(session: Session, kind: Kind, item_id: str, private: bool) -> None:
    """Mark an agenda point, action item or topic private (or not)."""
    models: dict[Kind, type[AgendaItem] | type[ActionItem] | type[Topic]] = {
        Kind.AGENDA_ITEM: AgendaItem,
        Kind.ACTION_ITEM: ActionItem,
        Kind.TOPIC: Topic,
    }
    model = models[kind]
    if session.get(model, item_id) is None:
        raise NotFoundError(item_id, kind)
    session.execute(update(model).where(model.id == item_id).values(private=private))
    session.flush()


def set_meeting_text_private(session: Session, meeting_id: str, field: str, private: bool) -> None:
    """Mark a meeting's whole ``notes`` or ``takeaways`` private (or not)."""
    if field not in PRIVATE_TEXTS["meeting"]:
        raise ValueError(field)
    meeting = session.get(Meeting, meeting_id)
    if meeting is None:
        raise NotFoundError(meeting_id, Kind.MEETING)
    setattr(meeting, PRIVATE_TEXTS["meeting"][field], private)
    session.flush()
