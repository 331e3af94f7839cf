"""Table views as every list in the app shows them."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractItemModel, Qt, QTimer
from PySide6.QtWidgets import QAbstractItemView, QTableView, QWidget

from mentordesk.ui.context import AppContext


def record_table(
    name: str,
    accessible_name: str,
    model: QAbstractItemModel,
    sort_column: int,
    order: Qt.SortOrder = Qt.SortOrder.AscendingOrder,
) -> QTableView:
    """A read-only, sortable table of records: whole rows selected, one at a time."""
    table = QTableView()
    table.setObjectName(name)
    table.setAccessibleName(accessible_name)
    table.setModel(model)
    table.setSortingEnabled(True)
    table.sortByColumn(sort_column, order)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    return table


def follow_changes(
    owner: QWidget,
    context: AppContext,
    proxy: QAbstractItemModel,
    after_change: Callable[[], None],
    reload: Callable[[], None],
) -> QTimer:
    """Call ``reload`` once per burst of data changes anywhere, and ``after_change``
    whenever the rows shown change. Returns the reload timer (owned by ``owner``)."""
    for signal in (proxy.modelReset, proxy.layoutChanged, proxy.rowsInserted, proxy.rowsRemoved):
        signal.connect(after_change)
    reload_soon = QTimer(owner)
    reload_soon.setSingleShot(True)
    reload_soon.setInterval(0)  # an autosave burst or an undo of many rows: read once
    reload_soon.timeout.connect(reload)
    context.data_changed.connect(lambda _kind, _ids: reload_soon.start())
    return reload_soon
