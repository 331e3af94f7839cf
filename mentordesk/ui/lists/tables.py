"""Table views as every list in the app shows them, with columns that fit the window."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QAbstractItemModel, QEvent, QModelIndex, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from mentordesk.ui.lists.row_table import OBJECT_ROLE
from mentordesk.ui.widgets.selection_colours import SelectionColoursDelegate

# Events after which a cell may measure otherwise (its font, style or words).
_RESTYLED = (QEvent.Type.FontChange, QEvent.Type.StyleChange, QEvent.Type.LanguageChange)


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
    table.setItemDelegate(SelectionColoursDelegate(table))
    return table


@dataclass(frozen=True)
class Column:
    """A column's place in the fit: ``keep`` columns are never hidden for room (the
    others are, least wanted first); ``shrink_to`` lets a column of long text end in
    "…" down to that width before it is hidden (its tooltip has the whole text)."""

    number: int
    keep: bool = False
    shrink_to: int = 0


class ColumnFit(QObject):
    """Sizes a table's columns to what they show, in order of how much they are wanted.

    Every column gets the width of its widest cell on screen (or its heading). When
    that is more than the table has, the least wanted columns give way first:
    shrunk to their ``shrink_to`` width if they have one, else hidden; the free-text
    column (``stretch``) then ends in "…", down to its own ``shrink_to``. Room to
    spare goes to ``stretch``. If the needed (``keep``) columns alone are still too
    wide, they all end in "…" alike. Refitted when the table is resized or shows other
    rows; nothing is measured while the table is hidden.
    """

    SLACK = 2  # pixels kept free, so a rounding never brings a sideways scroll bar
    KEPT_LEAST = 48  # a needed column ending in "…" still shows this much of its text
    MEASURED_MOST = 20_000  # cells whose width is kept for the next sort

    def __init__(self, table: QTableView, columns: Sequence[Column], stretch: int) -> None:
        super().__init__(table)
        self.setObjectName("columnFit")
        self.table = table
        self.columns = list(columns)  # most wanted first
        self.stretch = stretch
        self.left_out: set[int] = set()
        self._stale = True
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # A title wider than its column ends in "…" ("Nächstes fä…"), as the cells do;
        # Qt's headers otherwise cut a centred title at both ends ("ächstes fällig").
        header.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        table.viewport().installEventFilter(self)
        table.installEventFilter(self)
        # The widths the last fit wanted (each column's widest cell then): a changed
        # row refits the table only when one of its cells is wider (issue 17).
        self._widest: dict[int, int] = {}
        # What each record's cell measured, by column and record (the record kept, so
        # its id is not another's): a sort shows the same records, measured once. Any
        # other change (a reset, a filter, a changed cell, a font) forgets them all.
        self._measured: dict[tuple[int, int], tuple[object, int]] = {}
        self._measured_on = date.today()  # cells say "overdue" and the like: by day
        model = table.model()
        model.modelReset.connect(self._reset)
        model.layoutChanged.connect(self._layout_changed)
        model.rowsInserted.connect(lambda _parent, first, last: self._rows_changed(first, last))
        model.dataChanged.connect(self._data_changed)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() in _RESTYLED:
            self._measured.clear()
        if (event.type() == QEvent.Type.Resize and watched is self.table.viewport()) or (
            event.type() == QEvent.Type.Show and watched is self.table and self._stale
        ):
            self.fit()
        return False

    def refit(self) -> None:
        """What the table shows changed: fit now if it is on screen, else when shown."""
        self._stale = True
        if self.table.isVisible():
            self.fit()

    def _reset(self) -> None:
        self._measured.clear()
        self.refit()

    def _layout_changed(self, *_args: object) -> None:
        sorting = getattr(self.table.model(), "sorting", None)
        today = date.today()
        if not (callable(sorting) and sorting()) or today != self._measured_on:
            self._measured.clear()  # not just a sort, or another day: measure again
            self._measured_on = today
        self.refit()

    def _data_changed(self, top: QModelIndex, bottom: QModelIndex, _roles: object = ()) -> None:
        self._measured.clear()
        self._rows_changed(top.row(), bottom.row())

    def _rows_changed(self, first: int, last: int) -> None:
        """Rows ``first`` to ``last`` changed or came: refit only if a cell of them on
        screen is wider than its column's widest cell was (rows that went leave their
        columns as they are: no column jumps narrower under the reader's eyes)."""
        table = self.table
        if not table.isVisible():
            self._stale = True
            return
        if self._stale:
            self.fit()
            return
        top = max(0, table.rowAt(0))
        bottom = table.rowAt(table.viewport().height() - 1)
        if bottom < 0:
            bottom = table.model().rowCount() - 1
        first, last = max(first, top), min(last, bottom, top + 200)
        if first > last:
            return
        model = table.model()
        for column, widest in self._widest.items():
            for row in range(first, last + 1):
                if self._cell_width(model.index(row, column)) > widest:
                    self.fit()
                    return

    def _cell_width(self, index: QModelIndex) -> int:
        record = index.data(OBJECT_ROLE)
        if record is not None:
            known = self._measured.get((index.column(), id(record)))
            if known is not None and known[0] is record:
                return known[1]
        width = self.table.sizeHintForIndex(index).width()
        # The grid line takes a pixel of the cell: without it the text ends in "…".
        if width and self.table.showGrid():
            width += 1
        if record is not None:
            if len(self._measured) >= self.MEASURED_MOST:
                self._measured.clear()
            self._measured[(index.column(), id(record))] = (record, width)
        return width

    def leave_out(self, numbers: set[int]) -> None:
        """Hide these columns (say, one a filter makes the same on every row) and fit
        the others in the room."""
        self.left_out = set(numbers) - {self.stretch}
        for column in self.columns:
            self.table.horizontalHeader().setSectionHidden(
                column.number, column.number in self.left_out
            )
        self.refit()

    def wanted(self, column: int) -> int:
        header = self.table.horizontalHeader()
        return max(header.sectionSizeFromContents(column).width(), self._cells(column))

    def _cells(self, column: int) -> int:
        """The widest cell of ``column`` among the rows on screen."""
        table = self.table
        model = table.model()
        first = max(0, table.rowAt(0))
        last = table.rowAt(table.viewport().height() - 1)
        if last < 0:
            last = model.rowCount() - 1
        widest = 0
        for row in range(first, min(last, first + 200) + 1):
            widest = max(widest, self._cell_width(model.index(row, column)))
        return widest

    def fit(self) -> None:
        self._stale = False
        table = self.table
        room = table.viewport().width() - self.SLACK
        if room <= 0:
            return
        columns = [c for c in self.columns if c.number not in self.left_out]
        widths = {c.number: self.wanted(c.number) for c in columns}
        self._widest = dict(widths)
        hidden: set[int] = set()
        by_number = {c.number: c for c in columns}

        def used() -> int:
            return sum(w for n, w in widths.items() if n not in hidden)

        # The least wanted give way first: shrunk if they may be, else hidden.
        for column in reversed(columns):
            if used() <= room:
                break
            if column.number == self.stretch or column.keep:
                continue
            over = used() - room
            if column.shrink_to and widths[column.number] - over >= column.shrink_to:
                widths[column.number] -= over
            else:
                hidden.add(column.number)
        # Then the free text ends in "…", as far as it may; then kept columns go too.
        stretch = by_number[self.stretch]
        if used() > room and stretch.shrink_to:
            widths[self.stretch] = max(stretch.shrink_to, widths[self.stretch] - (used() - room))
        # Then the needed columns share what is left, each ending in "…" alike (a longer
        # language, a narrow window) rather than one going altogether; only when even
        # that leaves one narrower than KEPT_LEAST do they go, least wanted first.
        shown = [n for n in widths if n not in hidden and n != self.stretch]
        over = used() - room
        if over > 0 and shown:
            total = sum(widths[n] for n in shown)
            for number in shown:
                widths[number] -= -(-over * widths[number] // total)  # rounded up
            if min(widths[n] for n in shown) < self.KEPT_LEAST:
                for number in shown:
                    widths[number] = self.wanted(number)
        for column in reversed(columns):
            if used() <= room:
                break
            if column.number != self.stretch:
                hidden.add(column.number)
        # Room to spare goes to the free text.
        widths[self.stretch] += max(0, room - used())
        header = table.horizontalHeader()
        for number, width in widths.items():
            header.setSectionHidden(number, number in hidden)
            if number not in hidden and header.sectionSize(number) != width:
                header.resizeSection(number, width)


def fit_columns(table: QTableView, columns: Sequence[Column], stretch: int) -> ColumnFit:
    """Fit ``table``'s columns to their contents and the window (see ``ColumnFit``)."""
    return ColumnFit(table, columns, stretch)
