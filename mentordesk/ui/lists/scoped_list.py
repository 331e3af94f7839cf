"""A list on a mentor's page, scoped to that mentor: their meetings, action items,
give-back ideas, timeline. The skeleton every such tab shares.

Rules:
- It reads only that mentor's rows, and nothing while its tab is hidden: news is
  followed by a ``ChangeFollower`` and applied when the tab is shown.
- ``set_mentor(None)`` (a new mentor being typed) empties it and says why.
- A subclass says how to read the rows (``read``, or ``refresh`` to merge news), what
  the line above the list says (``summary_text``) and which buttons act on the chosen
  row (``add_button``, ``update_buttons``); the skeleton lays them out.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Generic

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from mentordesk.services.kinds import Change, Kind
from mentordesk.ui.context import AppContext
from mentordesk.ui.follow import ChangeFollower
from mentordesk.ui.lists.record_proxy import RecordProxy
from mentordesk.ui.lists.row_table import OBJECT_ROLE, RowT, RowTableModel
from mentordesk.ui.lists.tables import record_table
from mentordesk.ui.widgets.parts import named_button


class ScopedList(QWidget, Generic[RowT]):
    """One mentor's rows of one kind, with a summary line and buttons above them."""

    def __init__(
        self,
        context: AppContext,
        model: RowTableModel[RowT],
        *,
        name: str,
        table_name: str,
        accessible: str,
        sort_column: int,
        follows: Iterable[Kind],
        proxy: RecordProxy[RowT] | None = None,
        order: Qt.SortOrder = Qt.SortOrder.AscendingOrder,
        summary: QLabel | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.context = context
        self.mentor_id: str | None = None
        self.model = model
        model.setParent(self)
        self.proxy: RecordProxy[RowT] = proxy if proxy is not None else RecordProxy()
        self.proxy.setParent(self)
        self.proxy.setSourceModel(model)
        if summary is None:
            summary = QLabel()
            summary.setObjectName(name.removesuffix("Panel") + "Summary")
            summary.setWordWrap(True)
        self.summary = summary
        self.table = record_table(table_name, accessible, self.proxy, sort_column, order)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.update_buttons())
        self.buttons = QHBoxLayout()
        self._right: list[QPushButton] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.summary)
        layout.addLayout(self.buttons)
        layout.addWidget(self.table, 1)
        self.follower = ChangeFollower(self, context, tuple(follows), self._changed)

    # -- what a tab says --------------------------------------------------------------
    def read(self, mentor_id: str) -> list[RowT]:
        """The rows of ``mentor_id`` (the tab's own query)."""
        raise NotImplementedError

    def refresh(self, change: Change | None) -> None:
        """Read the rows again (``change``: the news; None: everything may have changed)."""
        assert self.mentor_id is not None
        self.model.set_rows(self.read(self.mentor_id))

    def summary_text(self) -> str:
        """The line above the list (also when no mentor is chosen)."""
        return ""

    def update_buttons(self) -> None:
        """Enable the buttons for the chosen row."""

    # -- the skeleton -----------------------------------------------------------------
    def button(
        self,
        name: str,
        text: str,
        accessible: str,
        slot: Callable[[], object],
        *,
        right: bool = False,
    ) -> QPushButton:
        """A button above the list (``right``: at the far end, as a delete)."""
        button = named_button(name, text)
        button.setAccessibleName(accessible)

        def pressed() -> None:
            slot()
            if not button.isEnabled():
                # It went grey with its row (deleted, done): the keyboard stays with the
                # list, where Ctrl+Z undoes what was done. Qt would hand it to the next
                # field of the window, which keeps Ctrl+Z for its own typing.
                self.table.setFocus(Qt.FocusReason.OtherFocusReason)

        button.clicked.connect(lambda _checked=False: pressed())
        if right:
            self._right.append(button)
        else:
            self.buttons.addWidget(button)
        return button

    def finish_buttons(self) -> None:
        """Call once the buttons are added: the far-end ones go after a stretch."""
        self.buttons.addStretch(1)
        for button in self._right:
            self.buttons.addWidget(button)
        self.update_text()

    def set_mentor(self, mentor_id: str | None) -> None:
        """Follow ``mentor_id`` (read at once if the tab is shown, else when it is)."""
        if mentor_id == self.mentor_id:
            return
        self.mentor_id = mentor_id
        self.model.set_rows([])
        self.follower.everything_changed()
        self.update_text()

    def _changed(self, change: Change | None) -> None:
        if self.mentor_id is None:
            self.model.set_rows([])
        else:
            self.refresh(change)
        self.update_text()

    def update_text(self) -> None:
        self.summary.setText(self.summary_text())
        self.update_buttons()

    def current(self) -> RowT | None:
        """The chosen row's record, if one is chosen."""
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        record: RowT | None = rows[0].data(OBJECT_ROLE)
        return record

    def select_record(self, record_id: str) -> None:
        """Choose the row of ``record_id`` (just added) and show it."""
        self.follower.flush()
        row = self.model.row_of(record_id)
        if row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)
