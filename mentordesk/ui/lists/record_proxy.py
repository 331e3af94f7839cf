"""The filter over a record table: which rows show, never in what order.

Sorting belongs to the source model (one ``sorted`` over precomputed keys);
``sort`` is forwarded there and the source's order is kept. Which rows show is
decided by ``accepts`` in plain Python, never through Qt's per-row callbacks
(QSortFilterProxyModel re-runs a Python ``filterAcceptsRow`` for every row after
each sort). A change of the filters asks every row; a change of the rows asks
only the rows that changed (issue 17): an inserted, removed or moved source row
is one insert, remove or move here, a changed row is inserted or removed only
if it now passes or fails the filters, and a sort maps the shown rows to their
new places without asking ``accepts`` at all. Selections and the current row
follow their records across any change.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable
from itertools import compress
from typing import Any, Generic

from PySide6.QtCore import QAbstractProxyModel, QModelIndex, QObject, Qt

from mentordesk.ui.lists.row_table import ModelIndex, RowT, RowTableModel

_NO_INDEX = QModelIndex()
# A dataChanged over more rows than this re-decides them all at once.
MANY_ROWS = 64


class RecordProxy(QAbstractProxyModel, Generic[RowT]):
    """Shows the source's records that ``accepts`` lets through, in the source's order."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._visible: list[int] = []  # proxy row -> source row, ascending
        self._held: list[tuple[QModelIndex, str, int]] = []
        self._move: tuple[int, int, int, bool] | None = None
        self._sorting = False  # during the layoutChanged of a sort
        # The source's rows (its own list, read only here) and its ``cell``, when its
        # ``data`` is RowTableModel's: ``data`` then asks ``cell`` directly.
        self._records: list[RowT] = []
        self._cell: Callable[[Any, int, int], Any] | None = None

    # -- what subclasses say ----------------------------------------------------------
    def accepts(self, record: Any) -> bool:
        """Whether ``record`` passes the filters (all records, unless overridden)."""
        return True

    # -- the source -------------------------------------------------------------------
    def source(self) -> RowTableModel[RowT]:
        model = self.sourceModel()
        assert isinstance(model, RowTableModel)
        return model

    def setSourceModel(self, model: Any) -> None:
        assert isinstance(model, RowTableModel)
        self.beginResetModel()
        super().setSourceModel(model)
        self._records = model.row_list()
        self._cell = model.cell if type(model).data is RowTableModel.data else None
        model.modelAboutToBeReset.connect(self.beginResetModel)
        model.modelReset.connect(self._source_reset)
        model.layoutAboutToBeChanged.connect(self._about_to_change)
        model.layoutChanged.connect(self._source_layout_changed)
        model.rowsInserted.connect(self._source_inserted)
        model.rowsAboutToBeRemoved.connect(self._source_about_to_remove)
        model.rowsRemoved.connect(self._source_removed)
        model.rowsAboutToBeMoved.connect(self._source_about_to_move)
        model.rowsMoved.connect(self._source_moved)
        model.dataChanged.connect(self._source_data_changed)
        self._recompute()
        self.endResetModel()

    def passes(self) -> Callable[[Any], bool] | None:
        """What ``accepts`` says, as one function for a pass over every row: None when
        every record passes. Subclasses may return a function made for the filters set
        now (cheaper per row than ``accepts``; it must agree with it)."""
        if type(self).accepts is RecordProxy.accepts:
            return None
        return self.accepts

    def _recompute(self) -> None:
        model = self.sourceModel()
        if not isinstance(model, RowTableModel):
            self._visible = []
            return
        records = model.row_list()
        passes = self.passes()
        if passes is None:
            self._visible = list(range(len(records)))
        else:
            self._visible = list(compress(range(len(records)), map(passes, records)))

    def _source_reset(self) -> None:
        self._recompute()
        self.endResetModel()

    def _about_to_change(self, *_args: object) -> None:
        self.layoutAboutToBeChanged.emit()
        source = self.source()
        self._held = []
        for index in self.persistentIndexList():
            if index.isValid():
                record = source.record_at(self._visible[index.row()])
                old = self.index(index.row(), index.column())
                self._held.append((old, record.id, index.column()))

    def _changed(self, *_args: object) -> None:
        self._recompute()
        self._layout_done()

    def _source_layout_changed(self, *_args: object) -> None:
        moved_to = self.source().moved_to
        if len(moved_to) == self.source().rowCount():  # a sort: the same rows, elsewhere
            if len(self._visible) == len(moved_to):  # every row shown: still every row
                self._visible = list(range(len(moved_to)))
            else:
                self._visible = sorted(map(moved_to.__getitem__, self._visible))
            self._layout_done(sort=True)
        else:
            self._recompute()
            self._layout_done()

    def sorting(self) -> bool:
        """Whether the layout change under way is a sort: the same rows, elsewhere,
        each showing what it showed (ColumnFit keeps what it measured of them)."""
        return self._sorting

    def _layout_done(self, *, sort: bool = False) -> None:
        source = self.source()
        old, new = [], []
        for index, record_id, column in self._held:
            row = self._proxy_row(source.row_of(record_id))
            old.append(index)
            new.append(self.index(row, column) if row >= 0 else QModelIndex())
        self.changePersistentIndexList(old, new)
        self._held = []
        self._sorting = sort
        try:
            self.layoutChanged.emit()
        finally:
            self._sorting = False

    def _proxy_row(self, source_row: int) -> int:
        """The proxy row showing ``source_row``, or -1."""
        row = bisect_left(self._visible, source_row)
        return row if row < len(self._visible) and self._visible[row] == source_row else -1

    # -- the source's rows, one change at a time ----------------------------------------
    def _source_inserted(self, _parent: QModelIndex, first: int, last: int) -> None:
        visible, count = self._visible, last - first + 1
        start = bisect_left(visible, first)
        visible[start:] = [number + count for number in visible[start:]]
        source = self.source()
        for number in range(first, last + 1):
            if self.accepts(source.record_at(number)):
                self._show(number)

    def _show(self, source_row: int) -> None:
        row = bisect_left(self._visible, source_row)
        self.beginInsertRows(_NO_INDEX, row, row)
        self._visible.insert(row, source_row)
        self.endInsertRows()

    def _hide(self, first: int, last: int) -> None:
        """Stop showing source rows ``first`` to ``last`` (the source still has them)."""
        start, end = bisect_left(self._visible, first), bisect_right(self._visible, last)
        if start < end:
            self.beginRemoveRows(_NO_INDEX, start, end - 1)
            del self._visible[start:end]
            self.endRemoveRows()

    def _source_about_to_remove(self, _parent: QModelIndex, first: int, last: int) -> None:
        self._hide(first, last)

    def _source_removed(self, _parent: QModelIndex, first: int, last: int) -> None:
        visible, count = self._visible, last - first + 1
        start = bisect_left(visible, first)
        visible[start:] = [number - count for number in visible[start:]]

    def _source_about_to_move(
        self, _parent: QModelIndex, first: int, last: int, _to: QModelIndex, destination: int
    ) -> None:
        visible = self._visible
        start, end = bisect_left(visible, first), bisect_right(visible, last)
        to = bisect_left(visible, destination)
        moving = start < end and not start <= to <= end
        if moving:
            self.beginMoveRows(_NO_INDEX, start, end - 1, _NO_INDEX, to)
        self._move = (first, last, destination, moving)

    def _source_moved(self, *_args: object) -> None:
        assert self._move is not None
        first, last, destination, moving = self._move
        self._move = None
        count = last - first + 1
        if destination > last:  # down: the rows between move up
            low, high, shift, jump = first, destination, -count, destination - last - 1
        else:  # up: the rows between move down
            low, high, shift, jump = destination, last + 1, count, destination - first

        def moved(number: int) -> int:
            return number + (jump if first <= number <= last else shift)

        visible = self._visible
        start, end = bisect_left(visible, low), bisect_left(visible, high)
        visible[start:end] = sorted(moved(number) for number in visible[start:end])
        if moving:
            self.endMoveRows()

    def _source_data_changed(self, top: QModelIndex, bottom: QModelIndex, roles: Any = ()) -> None:
        first, last = top.row(), bottom.row()
        source = self.source()
        if last - first >= MANY_ROWS:
            changes = any(
                self.accepts(source.record_at(n)) != (self._proxy_row(n) >= 0)
                for n in range(first, last + 1)
            )
            if changes:
                self.refilter()
        else:
            for number in range(first, last + 1):
                showing = self._proxy_row(number) >= 0
                if self.accepts(source.record_at(number)) != showing:
                    if showing:
                        self._hide(number, number)
                    else:
                        self._show(number)
        start = bisect_left(self._visible, first)
        end = bisect_right(self._visible, last) - 1
        if start <= end:
            self.dataChanged.emit(self.index(start, top.column()), self.index(end, bottom.column()))

    def refilter(self) -> None:
        """The filters changed: decide again for every row."""
        self._about_to_change()
        self._changed()

    # Subclasses call these around a change of their filter settings.
    def beginFilterChange(self) -> None:
        self._about_to_change()

    def endFilterChange(self) -> None:
        self._changed()

    # -- Qt -------------------------------------------------------------------------------
    def index(self, row: int, column: int, parent: ModelIndex = _NO_INDEX) -> QModelIndex:
        if parent.isValid() or not 0 <= row < len(self._visible):
            return QModelIndex()
        if not 0 <= column < self.columnCount():
            return QModelIndex()
        return self.createIndex(row, column)

    def parent(self, _index: ModelIndex = _NO_INDEX) -> QModelIndex:  # type: ignore[override]
        return QModelIndex()

    def rowCount(self, parent: ModelIndex = _NO_INDEX) -> int:
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: ModelIndex = _NO_INDEX) -> int:
        model = self.sourceModel()
        return 0 if parent.isValid() or model is None else model.columnCount()

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # A view asks several roles per cell as it paints or measures: straight to the
        # source's ``cell`` for the record, without a source index (issue 17).
        row = index.row()
        if self._cell is None or not 0 <= row < len(self._visible) or not index.isValid():
            return super().data(index, role)
        return self._cell(self._records[self._visible[row]], index.column(), role)

    def mapToSource(self, proxy_index: ModelIndex) -> QModelIndex:
        if not proxy_index.isValid() or not 0 <= proxy_index.row() < len(self._visible):
            return QModelIndex()
        return self.source().index(self._visible[proxy_index.row()], proxy_index.column())

    def mapFromSource(self, source_index: ModelIndex) -> QModelIndex:
        if not source_index.isValid():
            return QModelIndex()
        row = self._proxy_row(source_index.row())
        return self.index(row, source_index.column()) if row >= 0 else QModelIndex()

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            return self.source().headerData(section, orientation, role)
        return super().headerData(section, orientation, role)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.source().sort(column, order)

    def record(self, row: int) -> RowT | None:
        """The record shown in proxy row ``row``."""
        if not 0 <= row < len(self._visible):
            return None
        return self.source().record_at(self._visible[row])
