"""Which rows of a list belong to which records (issue 17): a related id (a mentor's,
a meeting's) -> the ids of the rows that belong to it, so change news about a
record finds its rows without a pass over every row.

Built while the list is idle, a slice of rows per turn of the event loop
(``build_some``), so a reload of 45,000 rows is not followed by one long stall;
change news that comes first finishes it at once (``index``). Then kept up to date
row by row (``relate``, ``forget``)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from operator import attrgetter
from typing import Any

_id_of = attrgetter("id")


class Relations:
    SLICE = 5000  # rows per turn of the event loop while building

    def __init__(
        self, related_ids: Callable[[Any], Iterable[str]], names: tuple[str, ...] | None
    ) -> None:
        """``related_ids(row)``: the ids a row belongs to (its own among them);
        ``names``: the attributes holding them, when that is all (read faster)."""
        self._related_ids = related_ids
        self._names = names
        self._index: dict[str, set[str]] | None = None
        self._building: tuple[dict[str, set[str]], int] | None = None

    def reset(self) -> None:
        """Other rows now: start again when asked."""
        self._index = self._building = None

    def index(self, rows: list[Any]) -> dict[str, set[str]]:
        """The whole index over ``rows`` (the rows by seq, None where one went)."""
        if self._index is None:
            found, start = self._building or ({}, 0)
            self._add(found, rows, start, len(rows))
            self._index, self._building = found, None
        return self._index

    def build_some(self, rows: list[Any]) -> bool:
        """Add the next slice of ``rows`` (the same list, unchanged since the last
        slice: any change goes through ``index`` first); True once all are in."""
        if self._index is not None:
            return True
        found, start = self._building or ({}, 0)
        end = min(start + self.SLICE, len(rows))
        self._add(found, rows, start, end)
        if end >= len(rows):
            self._index, self._building = found, None
            return True
        self._building = (found, end)
        return False

    def _add(self, found: dict[str, set[str]], rows: list[Any], start: int, end: int) -> None:
        some = [row for row in rows[start:end] if row is not None]
        if self._names is None:
            for row in some:
                self._put(found, row)
            return
        ids = list(map(_id_of, some))
        for name in self._names:
            for row_id, other in zip(ids, map(attrgetter(name), some), strict=True):
                if other:
                    known = found.get(other)
                    if known is None:
                        found[other] = {row_id}
                    else:
                        known.add(row_id)

    def _put(self, found: dict[str, set[str]], row: Any) -> None:
        for some_id in self._related_ids(row):
            if some_id != row.id:
                found.setdefault(some_id, set()).add(row.id)

    def relate(self, row: Any) -> None:
        """``row`` came or changed: note what it belongs to (once the index is built)."""
        if self._index is not None:
            self._put(self._index, row)

    def forget(self, row: Any) -> None:
        """``row`` went or is about to change."""
        if self._index is not None:
            for some_id in self._related_ids(row):
                self._index.get(some_id, set()).discard(row.id)
