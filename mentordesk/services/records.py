"""Records of any kind: capture rows with what belongs to them, and put them back.

One generic mechanism, driven by the foreign keys in ``Base.metadata``, serves
undo and redo, "what will be deleted", and the counts of exports and backups.
A new table needs no code here, only the right foreign keys:

- a foreign key marked ``info={"part": True}`` makes the child a *part* of its
  parent record (a mentor's tags and status history, a meeting's agenda): it is
  captured with the parent whenever the parent is;
- any other ``ON DELETE CASCADE`` child is a *dependent* (a mentor's meetings,
  a meeting's note history): captured when the parent may be deleted;
- an ``ON DELETE SET NULL`` child is *linked* (an action item's meeting): its row
  is captured so that a link can be put back, but it is never deleted;
- a table marked ``info={"shared": True}`` (tags) holds values shared between
  records: a shared row that a captured row points at is captured too, it is
  created again when missing and removed only when nothing points at it.

Rows are plain frozen tuples of column values, so they can sit on an undo stack
and cross threads.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, NoReturn, TypeVar

from sqlalchemy import Column, Table, and_, delete, insert, select, update
from sqlalchemy.orm import Session

from mentordesk.db.models import Base
from mentordesk.services.errors import GoneWithParentError, NotFoundError
from mentordesk.services.kinds import Change, Kind, Ref
from mentordesk.services.record_capture import (
    CHUNK,
    Records,
    Row,
    RowKey,
    capture,
    children_of,
    is_shared,
    key_columns,
    sets_null,
    table_of,
    unlinked_by,
    what_goes,
)

__all__ = [
    "CHUNK",
    "Delta",
    "ParentGoneError",
    "RecordGoneError",
    "Records",
    "RowChange",
    "apply",
    "capture",
    "diff",
    "table_of",
    "track",
    "unlinked_by",
    "what_goes",
]

T = TypeVar("T")


class RecordGoneError(NotFoundError):
    """A record to change was deleted since; ``kind`` says what was missing."""

    def __init__(self, kind: Kind, record_id: str = "") -> None:
        super().__init__(record_id, kind)


class ParentGoneError(RecordGoneError, GoneWithParentError):
    """A record cannot come back: the record it belongs to (``kind``) was deleted."""


RecordT = TypeVar("RecordT")


def found(
    session: Session, model: type[RecordT], record_id: str, missing: type[NotFoundError]
) -> RecordT:
    """The ``model`` row ``record_id``, or ``missing`` raised when it is not there (a
    service's ``_get``). Here, not in ``errors``: the window loads ``errors`` before its
    first paint, and this needs SQLAlchemy's ``Session`` at run time for its hints."""
    row = session.get(model, record_id)
    if row is None:
        raise missing(record_id)
    return row


@dataclass(frozen=True)
class RowChange:
    """One row before and after a change; None means the row did not exist."""

    key: RowKey
    before: Row | None
    after: Row | None

    @property
    def kind(self) -> Kind:
        return Kind(self.key[0])


@dataclass(frozen=True)
class Delta:
    """What a change did, row by row: only rows that differ are kept."""

    rows: tuple[RowChange, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.rows)

    def kinds(self) -> frozenset[Kind]:
        return frozenset(change.kind for change in self.rows)

    def ids(self) -> frozenset[str]:
        """Ids of the changed rows and of every record they point at (their mentor,
        their meeting...), so lists showing either can refresh."""
        found: set[str] = set()
        for change in self.rows:
            table = Base.metadata.tables[change.key[0]]
            for row in (change.before, change.after):
                if row is None:
                    continue
                values = dict(row)
                if "id" in values:
                    found.add(str(values["id"]))
                for foreign_key in table.foreign_keys:
                    value = values.get(foreign_key.parent.key)
                    if value is not None:
                        found.add(str(value))
        return frozenset(found)

    def change(self) -> Change:
        """The news of this delta, for lists that show these records."""
        return Change(self.kinds(), self.ids())

    def reversed(self) -> Delta:
        return Delta(tuple(RowChange(c.key, c.after, c.before) for c in self.rows))


def diff(before: Records, after: Records) -> Delta:
    """The rows that differ between two captures of the same records."""
    changes = []
    for key in {*before.rows, *after.rows}:
        old, new = before.rows.get(key), after.rows.get(key)
        if old != new:
            changes.append(RowChange(key, old, new))
    order = {table.name: number for number, table in enumerate(Base.metadata.sorted_tables)}
    changes.sort(key=lambda change: (order[change.key[0]], str(change.key[1])))
    return Delta(tuple(changes))


def _where_key(table: Table, key: RowKey) -> Any:
    return and_(
        *(column == value for column, value in zip(key_columns(table), key[1], strict=True))
    )


def _current(session: Session, key: RowKey) -> dict[str, Any] | None:
    table = Base.metadata.tables[key[0]]
    found = session.execute(select(table).where(_where_key(table, key))).mappings().first()
    return dict(found) if found is not None else None


def _exists(session: Session, table: Table, column: Column[Any], value: Any) -> bool:
    return session.execute(select(column).where(column == value).limit(1)).first() is not None


def _referenced(session: Session, table: Table, key: RowKey) -> bool:
    """Whether any row points at this (shared) row."""
    if len(key[1]) != 1:
        return False
    for child, foreign_key in children_of(table):
        if _exists(session, child, foreign_key.parent, key[1][0]):
            return True
    return False


def _checked_links(
    session: Session, table: Table, values: dict[str, Any], coming: set[RowKey]
) -> dict[str, Any]:
    """``values`` ready to write: a link to a deleted record is cleared when the link
    may be empty (SET NULL), else the record cannot come back (ParentGoneError)."""
    checked = dict(values)
    for foreign_key in table.foreign_keys:
        value = checked.get(foreign_key.parent.key)
        if value is None:
            continue
        parent = foreign_key.column.table
        if (parent.name, (value,)) in coming:
            continue
        if _exists(session, parent, foreign_key.column, value):
            continue
        if sets_null(foreign_key):
            checked[foreign_key.parent.key] = None
            continue
        raise ParentGoneError(Kind(parent.name), str(value))
    return checked


def apply(session: Session, delta: Delta) -> Delta:
    """Take every row of ``delta`` from its ``before`` to its ``after`` state.

    Columns the change did not touch are left alone, and so is a column that was
    changed again since (typing saved later is never overwritten). Returns the
    delta as it really happened: rows deleted here carry what they held just now,
    their dependents included, so reversing it brings back the newest text.
    Raises RecordGoneError (nothing written: the caller rolls back) when a row to
    change is gone or a row cannot come back without its parent.
    """
    order = {table.name: number for number, table in enumerate(Base.metadata.sorted_tables)}
    removals = [c for c in delta.rows if c.before is not None and c.after is None]
    inserts = [c for c in delta.rows if c.before is None and c.after is not None]
    updates = [c for c in delta.rows if c.before is not None and c.after is not None]
    happened: dict[RowKey, RowChange] = {change.key: change for change in delta.rows}

    # 1. What goes: read it as it is now (with dependents), then delete, children first.
    going = [
        change.key
        for change in removals
        if not is_shared(Base.metadata.tables[change.key[0]])
        and _current(session, change.key) is not None
    ]
    now = _capture_keys(session, going)
    for key, row in now.owned().items():
        happened[key] = RowChange(key, row, None)
    for change in sorted(removals, key=lambda c: -order[c.key[0]]):
        table = Base.metadata.tables[change.key[0]]
        if is_shared(table) and _referenced(session, table, change.key):
            continue
        session.execute(delete(table).where(_where_key(table, change.key)))
    # Rows that only pointed at what went lost that link (SET NULL): remember it.
    for key in now.linked:
        before, after = now.rows[key], _current(session, key)
        if after is not None and dict(before) != after:
            happened[key] = RowChange(key, before, tuple(after.items()))

    # 2. What comes back: parents first; a row already there takes the values given.
    coming = {change.key for change in inserts}
    for change in sorted(inserts, key=lambda c: order[c.key[0]]):
        assert change.after is not None
        table = Base.metadata.tables[change.key[0]]
        values = _checked_links(session, table, dict(change.after), coming)
        if _current(session, change.key) is None:
            session.execute(insert(table).values(**values))
        elif not is_shared(table):
            session.execute(update(table).where(_where_key(table, change.key)).values(**values))

    # 3. What changed: only the columns this change changed, if nobody changed them since.
    for change in sorted(updates, key=lambda c: order[c.key[0]]):
        assert change.before is not None and change.after is not None
        table = Base.metadata.tables[change.key[0]]
        current = _current(session, change.key)
        if current is None:
            _raise_gone(session, table, change)
        old, new = dict(change.before), dict(change.after)
        values = {
            name: new[name]
            for name in new
            if new[name] != old.get(name) and current.get(name) == old.get(name)
        }
        if values:
            values = _checked_links(session, table, values, coming)
            session.execute(update(table).where(_where_key(table, change.key)).values(**values))
    session.flush()
    session.expire_all()
    return Delta(
        tuple(happened[key] for key in sorted(happened, key=lambda k: (order[k[0]], str(k[1]))))
    )


def _raise_gone(session: Session, table: Table, change: RowChange) -> NoReturn:
    """The row to change is gone: say whether it went with its parent (a mentor...)."""
    values = dict(change.before or change.after or ())
    for foreign_key in table.foreign_keys:
        value = values.get(foreign_key.parent.key)
        if value is None or sets_null(foreign_key):
            continue
        if not _exists(session, foreign_key.column.table, foreign_key.column, value):
            raise ParentGoneError(Kind(foreign_key.column.table.name), str(value))
    raise RecordGoneError(Kind(table.name), str(change.key[1][0]))


def _capture_keys(session: Session, keys: list[RowKey]) -> Records:
    refs = [
        Ref(Kind(table), str(values[0]))
        for table, values in keys
        if len(key_columns(Base.metadata.tables[table])) == 1
    ]
    composite = [key for key in keys if len(key_columns(Base.metadata.tables[key[0]])) != 1]
    return capture(session, refs, dependents=True, also=composite)


def track(
    session: Session,
    refs: Iterable[Ref],
    change: Callable[[Session], T],
    *,
    dependents: bool = False,
    created: Callable[[T], Iterable[Ref]] | None = None,
) -> tuple[T, Delta]:
    """Run ``change`` and return its result with what it did to ``refs`` (and to the
    records ``created`` names in its result). ``dependents``: the change may delete
    ``refs``, so capture everything that would go with them."""
    refs = list(refs)
    before = capture(session, refs, dependents=dependents)
    result = change(session)
    session.flush()
    new_refs = list(created(result)) if created is not None else []
    after = capture(session, [*refs, *new_refs], dependents=dependents, also=before.rows)
    return result, diff(before, after)
