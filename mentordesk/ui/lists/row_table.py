"""The base of every list table: frozen records with an ``id``, one per line.

Sorting happens here, in Python's own sort over keys computed once per row
(``sort_key``), never through a proxy comparing rows one pair at a time: a
header click on 15,000 rows costs one ``list.sort``. Change news updates the
rows it names (``merge``): changed rows in place, new ones inserted, gone ones
removed, the selection kept.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Generic, Protocol, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

ModelIndex = QModelIndex | QPersistentModelIndex

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
OBJECT_ROLE = Qt.ItemDataRole.UserRole + 2


class HasId(Protocol):
    @property
    def id(self) -> str: ...


RowT = TypeVar("RowT", bound=HasId)


class RowTableModel(QAbstractTableModel, Generic[RowT]):
    """Rows, headers, lookup by id, sorting and merging; subclasses say what each
    cell shows (``display``, ``tooltip``, ``heard_as``, ``styled``) and what each
    column sorts by (``sort_key``).

    ``OBJECT_ROLE`` gives a row's record; ``SORT_ROLE`` its sort key.
    """

    HEADERS: tuple[str, ...] = ()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[RowT] = []
        self._where: dict[str, int] = {}
        self._sort_column = -1
        self._order = Qt.SortOrder.AscendingOrder
        # Sort keys by column, then by row id: computed once, dropped when a row changes.
        self._keys: dict[int, dict[str, Any]] = {}

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

    def related_ids(self, row: RowT) -> Iterable[str]:
        """Ids whose change news concerns ``row``: its own, its mentor's..."""
        return (row.id,)

    # -- rows -----------------------------------------------------------------------------
    def set_rows(self, rows: Iterable[RowT]) -> None:
        """Show exactly ``rows`` (in the current sort order)."""
        self.beginResetModel()
        self._rows = list(rows)
        self._keys.clear()
        self._sort_rows()
        self.endResetModel()

    def rows(self) -> list[RowT]:
        return list(self._rows)

    def row_of(self, row_id: str) -> int:
        """The row holding ``row_id``, or -1."""
        return self._where.get(row_id, -1)

    def record(self, index: ModelIndex) -> RowT | None:
        """The record behind ``index``, if it is a valid cell."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        return self._rows[index.row()]

    def record_at(self, row: int) -> RowT:
        """The record of source row ``row`` (for proxies: no index, no role lookup)."""
        return self._rows[row]

    def find(self, row_id: str) -> RowT | None:
        row = self.row_of(row_id)
        return self._rows[row] if row >= 0 else None

    def merge(self, fresh: Iterable[RowT], touched: Iterable[str]) -> None:
        """Apply change news: ``fresh`` are the current rows for the ids ``touched``
        (as read again); rows that concerned those ids and are not in ``fresh`` went."""
        touched = set(touched)
        fresh = list(fresh)
        fresh_ids = {row.id for row in fresh}
        for keys in self._keys.values():
            for row_id in touched | fresh_ids:
                keys.pop(row_id, None)
        gone = [
            number
            for number, row in enumerate(self._rows)
            if row.id not in fresh_ids and not touched.isdisjoint(self.related_ids(row))
        ]
        for number in reversed(gone):
            self.beginRemoveRows(QModelIndex(), number, number)
            del self._rows[number]
            self.endRemoveRows()
        if gone:
            self._reindex()
        added: list[RowT] = []
        moved = False
        for row in fresh:
            number = self._where.get(row.id, -1)
            if number < 0:
                added.append(row)
                continue
            old = self._rows[number]
            if old == row:
                continue
            column = self._sort_column
            if column >= 0:
                moved = moved or self.sort_key(old, column) != self.sort_key(row, column)
            self._rows[number] = row
            for keys in self._keys.values():
                keys.pop(row.id, None)
            self.dataChanged.emit(self.index(number, 0), self.index(number, self.columnCount() - 1))
        if added:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(added) - 1)
            self._rows.extend(added)
            self._reindex()
            self.endInsertRows()
            moved = moved or self._sort_column >= 0
        if moved:
            self._resort()

    def refresh_all(self) -> None:
        """Every cell may show something else now (e.g. "today" moved on)."""
        if self._rows:
            last = self.index(len(self._rows) - 1, len(self.HEADERS) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    # -- sorting --------------------------------------------------------------------------
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort_column, self._order = column, order
        self._resort()

    def sort_column(self) -> int:
        return self._sort_column

    def sort_order(self) -> Qt.SortOrder:
        return self._order

    def _sort_rows(self) -> None:
        if self._sort_column >= 0:
            column = self._sort_column
            keys = self._keys.setdefault(column, {})

            def key(row: RowT) -> Any:
                found = keys.get(row.id)
                if found is None:
                    found = keys[row.id] = self.sort_key(row, column)
                return found

            self._rows.sort(key=key, reverse=self._order == Qt.SortOrder.DescendingOrder)
        self._reindex()

    def _resort(self) -> None:
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        held = [(index, self._rows[index.row()].id) for index in persistent if index.isValid()]
        self._sort_rows()
        self.changePersistentIndexList(
            [index for index, _ in held],
            [self.index(self._where[row_id], index.column()) for index, row_id in held],
        )
        self.layoutChanged.emit()

    def _reindex(self) -> None:
        self._where = {row.id: number for number, row in enumerate(self._rows)}

    # -- Qt ---------------------------------------------------------------------------------
    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.record(index)
        if row is None:
            return None
        column = index.column()
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
