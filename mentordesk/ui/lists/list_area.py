"""One list area for every kind of record: filters, a sortable table over a model and
its proxy, actions with buttons, an empty page, a no-match line, select-and-reveal by
id, and change news applied row by row (only while the area is visible)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, Generic

from PySide6.QtCore import QCoreApplication, QEvent, QItemSelectionModel, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from mentordesk.services.kinds import Change, Kind, Ref
from mentordesk.ui.actions import button_for, make_action
from mentordesk.ui.area import AreaWidget
from mentordesk.ui.context import AppContext
from mentordesk.ui.follow import ChangeFollower
from mentordesk.ui.lists.record_proxy import RecordProxy
from mentordesk.ui.lists.row_table import Merged, RowT, RowTableModel
from mentordesk.ui.lists.tables import record_table
from mentordesk.ui.widgets.empty_state import EmptyState

PAGE_EMPTY, PAGE_LIST = 0, 1


class ListArea(AreaWidget, Generic[RowT]):
    """A list of records of one kind. Subclasses give ``fetch`` (read rows, all or
    those touching some ids), ``no_match_text``, ``update_actions`` and, for filters,
    ``clear_filters``; they build their filters with ``add_combo``/``filters`` and
    their actions with ``add_action``."""

    def __init__(
        self,
        context: AppContext,
        model: RowTableModel[RowT],
        proxy: RecordProxy[RowT],
        *,
        name: str,
        accessible: str,
        shows: Iterable[Kind],
        sort_column: int,
        order: Qt.SortOrder,
        empty: EmptyState,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.model = model
        self.proxy = proxy
        proxy.setSourceModel(model)
        self.empty = empty
        self.buttons: dict[str, QPushButton] = {}
        self._ready = False  # the subclass has built its filters (its first reload)
        self.last_merge = Merged()  # what the last change news did to the rows

        self.filters = QHBoxLayout()
        self.action_bar = QHBoxLayout()
        self.action_bar.addStretch(1)
        self.table = record_table(f"{name}Table", accessible, proxy, sort_column, order)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.table.installEventFilter(self)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.no_match = QLabel()
        self.no_match.setObjectName(f"{name}NoMatch")
        self.no_match.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.no_match.setWordWrap(True)
        self.no_match.hide()

        self.list_panel = QWidget()
        column = QVBoxLayout(self.list_panel)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.table, 1)
        column.addWidget(self.no_match)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName(f"{name}Splitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.list_panel)
        page = QWidget()
        page_layout = QVBoxLayout(page)
        page_layout.setContentsMargins(0, 0, 0, 0)
        page_layout.addLayout(self.action_bar)
        page_layout.addLayout(self.filters)
        page_layout.addWidget(self.splitter, 1)
        self.pages = QStackedWidget()
        self.pages.addWidget(empty)
        self.pages.addWidget(page)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)

        for signal in (proxy.modelReset, proxy.layoutChanged, proxy.rowsInserted):
            signal.connect(self._rows_changed)
        proxy.rowsRemoved.connect(self._rows_changed)
        self.follower = ChangeFollower(self, context, shows, self.refresh, ahead=self)
        self._read: tuple[Change | None, list[RowT]] | None = None  # rows read ahead

    # -- building -------------------------------------------------------------------
    def add_action(
        self,
        name: str,
        text: str,
        slot: Callable[[], object],
        keys: str = "",
        *,
        button: bool = True,
        menu: bool = True,
    ) -> QAction:
        """An action of this area (shortcut live while the area has focus), with a
        button in the bar and an entry in the table's context menu."""
        action = make_action(
            self, name, text, slot, keys, Qt.ShortcutContext.WidgetWithChildrenShortcut
        )
        if button:
            widget = button_for(action)
            self.buttons[name] = widget
            self.action_bar.addWidget(widget)
        if menu:
            self.table.addAction(action)
        return action

    def add_delete_key(self, slot: Callable[[], object]) -> None:
        """The Delete key on the table runs ``slot`` (a shortcut, not an action: an
        action of the table would be a row of its context menu holding only "Del")."""
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(lambda: slot())

    def add_combo(self, name: str, label: str, accessible: str) -> QComboBox:
        """A filter choice with its label, in the filter row."""
        combo = QComboBox()
        combo.setObjectName(name)
        combo.setAccessibleName(accessible)
        caption = QLabel(label)
        caption.setBuddy(combo)
        self.filters.addWidget(caption)
        self.filters.addWidget(combo)
        return combo

    def add_side(self, widget: QWidget, sizes: tuple[int, int]) -> None:
        """A panel beside the list (a form, a brief)."""
        self.splitter.addWidget(widget)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes(list(sizes))

    # -- what subclasses say ----------------------------------------------------------
    def fetch(self, touching: frozenset[str] | None) -> list[RowT]:
        """The rows to show: all of them, or those whose ids touch ``touching``."""
        raise NotImplementedError

    def no_match_text(self) -> str:
        return QCoreApplication.translate("ListArea", "Nothing matches these filters.")

    def clear_filters(self) -> None:
        """Show everything (a record to reveal is hidden by the filters)."""

    def update_actions(self) -> None:
        """Enable the actions that apply to the current record."""

    def activated(self) -> None:
        """Enter or a double-click on a row."""

    def has_records(self) -> bool:
        return self.model.rowCount() > 0

    def wants_first_row(self) -> bool:
        """Whether to select the first row when nothing is selected."""
        return True

    # -- reading ----------------------------------------------------------------------
    def reload(self) -> None:
        """Read every row again; keep the selection."""
        self._ready = True
        keep = self.current()
        self.model.set_rows(self._rows(None))
        if keep is not None:
            self.select(keep.id, reveal=False)
        self.after_change()
        QTimer.singleShot(0, self.model.prepare_changes)

    def refresh(self, change: Change | None) -> None:
        """Apply change news: only the rows it names are read again."""
        if change is None:
            self.reload()
            return
        self.last_merge = self.model.merge(self._rows(change), change.ids)
        self.after_change()

    # -- news from far (ui/follow.py) ------------------------------------------------
    def read_ahead(self, change: Change | None) -> list[RowT]:
        """``fetch`` on the worker thread (every ``fetch`` is reads only)."""
        return self.fetch(None if change is None else change.ids)

    def apply_read(self, change: Change | None, rows: list[RowT]) -> None:
        self._read = (change, rows)
        try:
            self.refresh(change)  # the area's own refresh, with these rows
        finally:
            self._read = None

    def _rows(self, change: Change | None) -> list[RowT]:
        read = self._read
        if read is not None and read[0] is change:
            self._read = None
            return read[1]
        return self.fetch(None if change is None else change.ids)

    def _rows_changed(self) -> None:
        if self._ready:  # not while the subclass is still building its filters
            self.after_change()

    def after_change(self) -> None:
        has_rows = self.has_records()
        self.pages.setCurrentIndex(PAGE_LIST if has_rows else PAGE_EMPTY)
        hidden = has_rows and self.proxy.rowCount() == 0
        if hidden:
            self.no_match.setText(self.no_match_text())
        self.no_match.setVisible(hidden)
        if (
            not self.table.selectionModel().hasSelection()
            and self.proxy.rowCount()
            and self.wants_first_row()
        ):
            self._select_proxy_row(0)
        self.update_actions()

    # -- selection --------------------------------------------------------------------
    def current(self) -> RowT | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        record = rows[0].data(Qt.ItemDataRole.UserRole + 2)  # OBJECT_ROLE
        return record  # type: ignore[no-any-return]

    def select(self, record_id: str, *, reveal: bool = True) -> bool:
        """Select ``record_id``; ``reveal`` clears filters that hide it. False if not shown."""
        row = self.model.row_of(record_id)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid() and reveal:
            self.clear_filters()  # which may re-sort: find the row again
            row = self.model.row_of(record_id)
            index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            return False
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)
        return True

    def reveal(self, ref: Ref) -> None:
        self.follower.flush()
        if not self.select(ref.id) and self.model.find(ref.id) is None:
            self.reload()  # added since the list was read
            self.select(ref.id)

    def _select_proxy_row(self, row: int) -> None:
        index = self.proxy.index(row, 0)
        if index.isValid():
            self.table.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )

    def _selection_changed(self) -> None:
        self.selection_changed()
        self.update_actions()

    def selection_changed(self) -> None:
        """The current record changed (subclasses follow it)."""

    def focus_main(self) -> None:
        self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.table
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and self.current() is not None
        ):
            self.activated()
            return True
        return super().eventFilter(watched, event)


def combo_value(combo: QComboBox) -> Any:
    return combo.currentData()
