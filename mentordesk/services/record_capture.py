"""Capture records of any kind with what belongs to them, from the foreign keys in
``Base.metadata`` (see ``services/records.py`` for the rules and for changes)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Column, ForeignKey, Table, select, tuple_
from sqlalchemy.orm import Session

from mentordesk.db.models import Base
from mentordesk.services.kinds import Kind, Ref

CHUNK = 500  # ids per IN (...) query: far below SQLite's variable limit


# A row's identity: its table and its primary key values.
RowKey = tuple[str, tuple[Any, ...]]
# A row's values, in the table's column order, as (column name, value) pairs.
Row = tuple[tuple[str, Any], ...]


def table_of(kind: Kind | str) -> Table:
    return Base.metadata.tables[str(kind)]


def key_columns(table: Table) -> list[Column[Any]]:
    return list(table.primary_key.columns)


def _key_of(table: Table, values: Mapping[Any, Any]) -> RowKey:
    return (table.name, tuple(values[column.key] for column in key_columns(table)))


def is_shared(table: Table) -> bool:
    return bool(table.info.get("shared"))


def _is_part(foreign_key: ForeignKey) -> bool:
    return bool(foreign_key.parent.info.get("part"))


def sets_null(foreign_key: ForeignKey) -> bool:
    return (foreign_key.ondelete or "").upper() == "SET NULL"


def children_of(table: Table) -> Iterator[tuple[Table, ForeignKey]]:
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
            columns = key_columns(table)
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
        if not keys or len(key_columns(table)) != 1:
            return
        self.owned.update(keys)
        ids = [key[1][0] for key in keys]
        for child, foreign_key in children_of(table):
            if not (_is_part(foreign_key) or dependents):
                continue
            found = self.read(child, foreign_key.parent, ids)
            if sets_null(foreign_key):
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
                if is_shared(parent):
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
        found = reader.read(table, key_columns(table)[0], ids)
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
