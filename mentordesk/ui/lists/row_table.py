"""The base of every list table: frozen records with an ``id``, one per line.

Sorting happens here, in one ``sorted`` over keys computed once per row
(``sort_keys``, kept per column in a list by the row's "seq", its turn in the order
the rows came in; a changed row's keys are computed again), never through a proxy
comparing rows one pair at a time. A sort reads no record: it orders the seqs by
their keys (``ordering.py``). Rows that sort equal keep the order they were read in
(then the order they were added), so every row has one place, found by bisection.
Change news updates the rows it names (``merge``): a changed row in place
(``dataChanged``), or moved to its place with one ``beginMoveRows`` when its sort
key changed; a new row inserted at its place; a gone row removed. No reset, no
re-sort, no pass over every row: a change costs the rows it names (issue 17).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from itertools import repeat
from operator import attrgetter
from typing import Any, Generic, Protocol, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
)

from mentordesk.ui.lists.ordering import in_order, place
from mentordesk.ui.lists.relations import Relations

ModelIndex = QModelIndex | QPersistentModelIndex

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
OBJECT_ROLE = Qt.ItemDataRole.UserRole + 2

_ROOT = QModelIndex()
_id_of = attrgetter("id")


class HasId(Protocol):
    @property
    def id(self) -> str: ...


RowT = TypeVar("RowT", bound=HasId)


@dataclass(frozen=True)
class Merged:
    """What a merge did: the records added, the ids of those changed (in place or
    moved) and of those removed."""

    added: tuple[Any, ...] = ()
    changed: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()


class RowTableModel(QAbstractTableModel, Generic[RowT]):
    """Rows, headers, lookup by id, sorting and merging; subclasses say what each
    cell shows (``display``, ``tooltip``, ``heard_as``, ``styled``), what each
    column sorts by (``sort_key``) and which other records a row belongs to
    (``RELATED``: attributes holding one id each, or ``related_ids``).

    ``OBJECT_ROLE`` gives a row's record; ``SORT_ROLE`` its sort key.
    """

    HEADERS: tuple[str, ...] = ()
    RELATED: tuple[str, ...] = ()  # e.g. ("mentor_id", "meeting_id")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[RowT] = []
        # The order rows came in (ties keep it): each row's number in it, its "seq",
        # and the rows by seq (None where a row went, until the next ``set_rows``).
        self._seq: dict[str, int] = {}
        self._arrived: list[Any] = []  # RowT, or None for a row gone
        self._positions: list[int] = []  # the seq of each row in ``_rows``
        self._sort_column = -1
        self._order = Qt.SortOrder.AscendingOrder
        # Sort keys by column, by seq: computed once per row, again when a row changes.
        self._keys: dict[int, list[Any]] = {}
        # Related id -> ids of the rows that belong to it: built while idle after a
        # reload (or at the first merge that needs it), then kept up to date row by row.
        said_by_related = type(self).related_ids is RowTableModel.related_ids
        self._relations = Relations(self.related_ids, self.RELATED if said_by_related else None)
        # During a sort's layoutChanged: the old row of each record -> its new row
        # (and so a sort's layout change, the same rows elsewhere, is told apart).
        self.moved_to: list[int] = []

    # -- what subclasses say ------------------------------------------------------------
    def display(self, row: RowT, column: int) -> str:
        """What the cell of ``row`` in ``column`` shows."""
        return ""

    def tooltip(self, row: RowT, column: int) -> str:
        """The cell's tooltip: its whole text unless a model says more."""
        return self.display(row, column)

    def heard_as(self, row: RowT, column: int) -> str:
        """What a screen reader says for the cell after its column's heading."""
        return self.display(row, column)

    def styled(self, row: RowT, column: int, role: int) -> Any:
        """Any other role of the cell: fonts, colours, alignment, a model's own roles."""
        return None

    def sort_key(self, row: RowT, column: int) -> Any:
        """What ``column`` sorts by for ``row`` (comparable within the column)."""
        return ""

    def sort_keys(self, rows: list[RowT], column: int) -> list[Any]:
        """``sort_key`` of each of ``rows`` in ``column``, in one go (a model may
        compute a column's keys faster for many rows at once; they must be equal)."""
        return list(map(self.sort_key, rows, repeat(column, len(rows))))

    def related_ids(self, row: RowT) -> Iterable[str]:
        """Ids whose change news concerns ``row``: its own and those of ``RELATED``."""
        return (row.id, *(value for name in self.RELATED if (value := getattr(row, name))))

    # -- rows -----------------------------------------------------------------------------
    def set_rows(self, rows: Iterable[RowT]) -> None:
        """Show exactly ``rows`` (in the current sort order; equal ones in this order)."""
        self.beginResetModel()
        rows = list(rows)
        self._seq = dict(zip(map(_id_of, rows), range(len(rows)), strict=True))
        self._arrived = rows  # a list of its own: grows and loses rows with the news
        self._keys.clear()
        self._relations.reset()
        order = self._in_order(range(len(rows)))
        # One list for the model's life: proxies hold it (``row_list``).
        self._rows[:] = map(rows.__getitem__, order)
        self._positions = order
        self.endResetModel()

    def rows(self) -> list[RowT]:
        return list(self._rows)

    def row_list(self) -> list[RowT]:
        """The model's own list of rows, in order (the same list for the model's life;
        read it, never change it): what a proxy reads without copying."""
        return self._rows

    def row_of(self, row_id: str) -> int:
        """The row holding ``row_id``, or -1."""
        row = self.find(row_id)
        return -1 if row is None else self._locate(row)

    def record(self, index: ModelIndex) -> RowT | None:
        """The record behind ``index``, if it is a valid cell."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        return self._rows[index.row()]

    def record_at(self, row: int) -> RowT:
        """The record of source row ``row`` (for proxies: no index, no role lookup)."""
        return self._rows[row]

    def find(self, row_id: str) -> RowT | None:
        seq = self._seq.get(row_id)
        return None if seq is None else self._arrived[seq]

    def merge(self, fresh: Iterable[RowT], touched: Iterable[str]) -> Merged:
        """Apply change news: ``fresh`` are the current rows for the ids ``touched``
        (as read again); rows that concerned those ids and are not in ``fresh`` went.
        Each row is updated, moved, inserted or removed on its own."""
        touched = set(touched)
        fresh = list(fresh)
        if not self._seq:
            # Rows come to an empty list (a first sync, an import): one reset, so the
            # views lay out and measure once, not once a row.
            if fresh:
                self.set_rows(fresh)
            return Merged(tuple(fresh), (), ())
        fresh_ids = {row.id for row in fresh}
        related = self._relations.index(self._arrived)
        concerned = {row_id for row_id in touched if row_id in self._seq}
        for some_id in touched:
            concerned |= related.get(some_id, set())
        removed = tuple(concerned - fresh_ids)
        for row_id in removed:
            self._remove(self._arrived[self._seq[row_id]])
        added: list[RowT] = []
        changed: list[str] = []
        for row in fresh:
            old = self.find(row.id)
            if old is None:
                self._insert(row)
                added.append(row)
            elif old != row:
                self._replace(old, row)
                changed.append(row.id)
        return Merged(tuple(added), tuple(changed), removed)

    def refresh_all(self) -> None:
        """Every cell may show something else now (e.g. "today" moved on)."""
        if self._rows:
            last = self.index(len(self._rows) - 1, len(self.HEADERS) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    # -- one row at a time ----------------------------------------------------------------
    def _insert(self, row: RowT) -> None:
        seq = len(self._arrived)
        self._seq[row.id] = seq
        self._arrived.append(row)
        for column, keys in self._keys.items():
            keys.append(self.sort_key(row, column))
        number = self._place(seq)
        self.beginInsertRows(_ROOT, number, number)
        self._rows.insert(number, row)
        self._positions.insert(number, seq)
        self._relations.relate(row)
        self.endInsertRows()

    def _remove(self, row: RowT) -> None:
        number = self._locate(row)
        self.beginRemoveRows(_ROOT, number, number)
        del self._rows[number]
        del self._positions[number]
        self._relations.forget(row)
        self._arrived[self._seq.pop(row.id)] = None
        self.endRemoveRows()

    def _replace(self, old: RowT, row: RowT) -> None:
        number = self._locate(old)
        seq = self._seq[row.id]
        column = self._sort_column
        before = self._column_keys(column)[seq] if column >= 0 else None
        self._arrived[seq] = row
        for some_column, keys in self._keys.items():
            keys[seq] = self.sort_key(row, some_column)
        moves = column >= 0 and self._keys[column][seq] != before
        self._relations.forget(old)
        self._relations.relate(row)
        rows, positions = self._rows, self._positions
        if moves:
            del rows[number]  # placed among the others, then put back for the signal
            del positions[number]
            target = self._place(seq)
            rows.insert(number, old)
            positions.insert(number, seq)
            destination = target if target < number else target + 1
            if destination not in (number, number + 1):
                self.beginMoveRows(_ROOT, number, number, _ROOT, destination)
                del rows[number]
                del positions[number]
                rows.insert(target, row)
                positions.insert(target, seq)
                self.endMoveRows()
            number = target
        rows[number] = row
        self.dataChanged.emit(self.index(number, 0), self.index(number, self.columnCount() - 1))

    def _place(self, seq: int) -> int:
        """Where the row ``seq`` goes among the rows (it is not among them)."""
        column = self._sort_column
        keys = self._column_keys(column) if column >= 0 else None
        return place(self._positions, keys, seq, self._order == Qt.SortOrder.DescendingOrder)

    def _locate(self, row: RowT) -> int:
        """The row number of ``row`` (a record shown now)."""
        seq = self._seq[row.id]
        number = self._place(seq)
        if number < len(self._positions) and self._positions[number] == seq:
            return number
        return self._positions.index(seq)  # not where its key says: look

    def prepare_changes(self) -> None:
        """Work out which rows belong to which records (the first change news needs
        it) while the list is idle after a reload, a slice per turn of the event loop
        (``Relations``), so neither a capture nor the reload pays for it at once."""
        if not self._relations.build_some(self._arrived):
            QTimer.singleShot(0, self.prepare_changes)

    # -- sorting --------------------------------------------------------------------------
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if (column, order) == (self._sort_column, self._order):
            return  # asked again for the order it already has: nothing to do
        self._sort_column, self._order = column, order
        self.layoutAboutToBeChanged.emit()
        # The rows' seqs in the order they came in (numbers only: no record is read).
        order_seqs = self._in_order(self._shown_seqs())
        where = dict(zip(order_seqs, range(len(order_seqs)), strict=True))
        moved_to = list(map(where.__getitem__, self._positions))
        persistent = self.persistentIndexList()
        self._rows[:] = map(self._arrived.__getitem__, order_seqs)
        self._positions = order_seqs
        self.moved_to = moved_to
        self.changePersistentIndexList(
            persistent,
            [self.index(moved_to[index.row()], index.column()) for index in persistent],
        )
        self.layoutChanged.emit()
        self.moved_to = []

    def sort_column(self) -> int:
        return self._sort_column

    def sort_order(self) -> Qt.SortOrder:
        return self._order

    def _in_order(self, seqs: Iterable[int]) -> list[int]:
        column = self._sort_column
        keys = self._column_keys(column) if column >= 0 else None
        return in_order(seqs, keys, self._order == Qt.SortOrder.DescendingOrder)

    def _column_keys(self, column: int) -> list[Any]:
        """The sort keys of ``column`` by seq, computed for every row the first time."""
        keys = self._keys.get(column)
        if keys is None:
            seqs = self._shown_seqs()
            if isinstance(seqs, range):  # no row went: every seq is a row
                keys = self.sort_keys(self._arrived, column)
            else:
                found = self.sort_keys(list(map(self._arrived.__getitem__, seqs)), column)
                keys = [None] * len(self._arrived)
                for seq, key in zip(seqs, found, strict=True):
                    keys[seq] = key
            self._keys[column] = keys
        return keys

    def _shown_seqs(self) -> range | list[int]:
        """The seqs of the rows shown, ascending (``_seq`` keeps the order they came in)."""
        if len(self._seq) == len(self._arrived):
            return range(len(self._arrived))
        return list(self._seq.values())

    # -- Qt ---------------------------------------------------------------------------------
    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.record(index)
        if row is None:
            return None
        return self.cell(row, index.column(), role)

    def cell(self, row: RowT, column: int, role: int) -> Any:
        """``data`` for the record ``row`` (proxies ask here without a model index)."""
        if role == OBJECT_ROLE:
            return row
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(row, column)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            header = self.headerData(column, Qt.Orientation.Horizontal)
            return f"{header}: {self.heard_as(row, column)}"
        if role == SORT_ROLE:
            return self.sort_key(row, column)
        return self.styled(row, column, role)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.HEADERS)
        ):
            # HEADERS are marked with QT_TRANSLATE_NOOP under the class's name.
            return QCoreApplication.translate(type(self).__name__, str(self.HEADERS[section]))
        return None
