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

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, NoReturn, TypeVar

from sqlalchemy import Column, ForeignKey, Table, and_, delete, insert, select, tuple_, update
from sqlalchemy.orm import Session

from mentordesk.db.models import Base
from mentordesk.services.errors import GoneWithParentError, NotFoundError
from mentordesk.services.kinds import Change, Kind, Ref

T = TypeVar("T")

CHUNK = 500  # ids per IN (...) query: far below SQLite's variable limit


# A row's identity: its table and its primary key values.
RowKey = tuple[str, tuple[Any, ...]]
# A row's values, in the table's column order, as (column name, value) pairs.
Row = tuple[tuple[str, Any], ...]


class RecordGoneError(NotFoundError):
    """A record to change was deleted since; ``kind`` says what was missing."""

    def __init__(self, kind: Kind, record_id: str = "") -> None:
        super().__init__(record_id, kind)


class ParentGoneError(RecordGoneError, GoneWithParentError):
    """A record cannot come back: the record it belongs to (``kind``) was deleted."""


def table_of(kind: Kind | str) -> Table:
    return Base.metadata.tables[str(kind)]


def _key_columns(table: Table) -> list[Column[Any]]:
    return list(table.primary_key.columns)


def _key_of(table: Table, values: Mapping[Any, Any]) -> RowKey:
    return (table.name, tuple(values[column.key] for column in _key_columns(table)))


def _is_shared(table: Table) -> bool:
    return bool(table.info.get("shared"))


def _is_part(foreign_key: ForeignKey) -> bool:
    return bool(foreign_key.parent.info.get("part"))


def _sets_null(foreign_key: ForeignKey) -> bool:
    return (foreign_key.ondelete or "").upper() == "SET NULL"


def _children(table: Table) -> Iterator[tuple[Table, ForeignKey]]:
    """Every (child table, its foreign key) pointing at ``table``."""
    for child in Base.metadata.sorted_tables:
        for foreign_key in child.foreign_keys:
            if foreign_key.column.table is table:
                yield child, foreign_key


def _chunks(values: Sequence[Any]) -> Iterator[Sequence[Any]]:
    for start in range(0, len(values), CHUNK):
        yield values[start : start + CHUNK]


@dataclass(frozen=True)
class Records:
    """Captured rows by key. ``roots`` are the records asked for; ``linked`` rows
    only point at a captured record (they are not part of it); ``shared`` rows are
    shared values a captured row uses."""

    rows: Mapping[RowKey, Row] = field(default_factory=dict)
    roots: frozenset[RowKey] = frozenset()
    linked: frozenset[RowKey] = frozenset()
    shared: frozenset[RowKey] = frozenset()

    def owned(self) -> dict[RowKey, Row]:
        """The rows that go when the roots are deleted (roots included)."""
        return {
            key: row
            for key, row in self.rows.items()
            if key not in self.linked and key not in self.shared
        }

    def count(self, kind: Kind) -> int:
        """How many owned rows of ``kind`` (the roots' own kind included)."""
        return sum(1 for table, _ in self.owned() if table == kind.value)

    def ids(self, kind: Kind) -> list[str]:
        return [str(key[1][0]) for key in self.rows if key[0] == kind.value]


class _Reader:
    """Collects rows, table by table, without reading any twice."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.rows: dict[RowKey, Row] = {}
        self.owned: set[RowKey] = set()
        self.linked: set[RowKey] = set()
        self.shared: set[RowKey] = set()

    def read(self, table: Table, column: Column[Any], values: Iterable[Any]) -> list[RowKey]:
        """Rows of ``table`` whose ``column`` is one of ``values``; returns their keys."""
        wanted = sorted({value for value in values if value is not None}, key=str)
        found: list[RowKey] = []
        for chunk in _chunks(wanted):
            result = self.session.execute(select(table).where(column.in_(chunk)))
            for mapping in result.mappings():
                key = _key_of(table, mapping)
                if key not in self.rows:
                    self.rows[key] = tuple((c.key, mapping[c.key]) for c in table.columns)
                found.append(key)
        return found

    def read_keys(self, keys: Iterable[RowKey]) -> None:
        by_table: dict[str, list[tuple[Any, ...]]] = {}
        for table_name, values in keys:
            by_table.setdefault(table_name, []).append(values)
        for table_name, pks in by_table.items():
            table = Base.metadata.tables[table_name]
            columns = _key_columns(table)
            if len(columns) == 1:
                self.read(table, columns[0], [pk[0] for pk in pks])
                continue
            for chunk in _chunks(pks):
                result = self.session.execute(
                    select(table).where(tuple_(*columns).in_([tuple(pk) for pk in chunk]))
                )
                for mapping in result.mappings():
                    self.rows.setdefault(
                        _key_of(table, mapping),
                        tuple((c.key, mapping[c.key]) for c in table.columns),
                    )

    def expand(self, table: Table, keys: list[RowKey], dependents: bool) -> None:
        """Read what belongs to ``keys`` (rows of ``table``), depth first."""
        if not keys or len(_key_columns(table)) != 1:
            return
        self.owned.update(keys)
        ids = [key[1][0] for key in keys]
        for child, foreign_key in _children(table):
            if not (_is_part(foreign_key) or dependents):
                continue
            found = self.read(child, foreign_key.parent, ids)
            if _sets_null(foreign_key):
                self.linked.update(found)
            else:
                self.expand(child, found, dependents)

    def add_shared(self) -> None:
        """Shared values (tags) that captured rows point at."""
        for key, row in list(self.rows.items()):
            table = Base.metadata.tables[key[0]]
            values = dict(row)
            for foreign_key in table.foreign_keys:
                parent = foreign_key.column.table
                if _is_shared(parent):
                    found = self.read(parent, foreign_key.column, [values[foreign_key.parent.key]])
                    self.shared.update(found)


def capture(
    session: Session,
    refs: Iterable[Ref],
    *,
    dependents: bool = False,
    also: Iterable[RowKey] = (),
) -> Records:
    """The rows of ``refs`` with their parts (and, with ``dependents``, everything
    deleted or unlinked along with them), plus the rows of ``also`` by key."""
    reader = _Reader(session)
    roots: set[RowKey] = set()
    by_kind: dict[Kind, list[str]] = {}
    for ref in refs:
        by_kind.setdefault(ref.kind, []).append(ref.id)
    for kind, ids in by_kind.items():
        table = table_of(kind)
        found = reader.read(table, _key_columns(table)[0], ids)
        roots.update(found)
        reader.expand(table, found, dependents)
    reader.read_keys(also)
    reader.add_shared()
    linked = frozenset(reader.linked - reader.owned)
    return Records(dict(reader.rows), frozenset(roots), linked, frozenset(reader.shared))


def what_goes(session: Session, ref: Ref) -> dict[Kind, int]:
    """How many records of each kind deleting ``ref`` removes (``ref`` itself included)."""
    records = capture(session, [ref], dependents=True)
    counts = {kind: records.count(kind) for kind in Kind}
    return {kind: count for kind, count in counts.items() if count}


def unlinked_by(session: Session, ref: Ref) -> dict[Kind, int]:
    """How many records of each kind deleting ``ref`` keeps but unlinks from it."""
    records = capture(session, [ref], dependents=True)
    counts: dict[Kind, int] = {}
    for table_name, _ in records.linked:
        kind = Kind(table_name)
        counts[kind] = counts.get(kind, 0) + 1
    return counts


# -- changes ------------------------------------------------------------------------


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
        *(column == value for column, value in zip(_key_columns(table), key[1], strict=True))
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
    for child, foreign_key in _children(table):
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
        if _sets_null(foreign_key):
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
        if not _is_shared(Base.metadata.tables[change.key[0]])
        and _current(session, change.key) is not None
    ]
    now = _capture_keys(session, going)
    for key, row in now.owned().items():
        happened[key] = RowChange(key, row, None)
    for change in sorted(removals, key=lambda c: -order[c.key[0]]):
        table = Base.metadata.tables[change.key[0]]
        if _is_shared(table) and _referenced(session, table, change.key):
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
        elif not _is_shared(table):
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
        if value is None or _sets_null(foreign_key):
            continue
        if not _exists(session, foreign_key.column.table, foreign_key.column, value):
            raise ParentGoneError(Kind(foreign_key.column.table.name), str(value))
    raise RecordGoneError(Kind(table.name), str(change.key[1][0]))


def _capture_keys(session: Session, keys: list[RowKey]) -> Records:
    refs = [
        Ref(Kind(table), str(values[0]))
        for table, values in keys
        if len(_key_columns(Base.metadata.tables[table])) == 1
    ]
    composite = [key for key in keys if len(_key_columns(Base.metadata.tables[key[0]])) != 1]
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
