"""The filter over a record table: which rows show, never in what order.

Sorting belongs to the source model (one ``list.sort`` over precomputed keys);
this proxy forwards ``sort`` there and keeps the source's order. Filters read
the record straight from the source's list, not through indexes and roles.
"""

from __future__ import annotations

from typing import Any, Generic

from PySide6.QtCore import QObject, QSortFilterProxyModel, Qt

from mentordesk.ui.models.row_table import ModelIndex, RowT, RowTableModel


class RecordProxy(QSortFilterProxyModel, Generic[RowT]):
    """Filters the rows of a ``RowTableModel``; subclasses say which ``accepts``."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setDynamicSortFilter(True)

    def source(self) -> RowTableModel[RowT]:
        model = self.sourceModel()
        assert isinstance(model, RowTableModel)
        return model

    def accepts(self, record: Any) -> bool:
        """Whether ``record`` passes the filters (all records, unless overridden)."""
        return True

    def refilter(self) -> None:
        """The filters changed: decide again for every row."""
        self.beginFilterChange()
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: ModelIndex) -> bool:
        if source_parent.isValid():
            return False
        return self.accepts(self.source().record_at(source_row))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        # The proxy never sorts (Qt would compare pairs of rows through data()).
        self.source().sort(column, order)

    def record(self, row: int) -> RowT | None:
        """The record shown in proxy row ``row``."""
        index = self.mapToSource(self.index(row, 0))
        return self.source().record_at(index.row()) if index.isValid() else None
