"""The action items list: a table model over item states, its filter proxy, and the
undo command that replays those states."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QFont, QUndoCommand
from PySide6.QtWidgets import QApplication

from mentordesk.db.models import ActionStatus
from mentordesk.services import action_items as service
from mentordesk.services.action_items import ActionItemState
from mentordesk.services.text import fold
from mentordesk.ui.context import ACTION_ITEM, AppContext
from mentordesk.ui.models.meeting_table import UNDO_FAILURES, undo_failed
from mentordesk.ui.models.row_table import (
    OBJECT_ROLE as OBJECT_ROLE,
)
from mentordesk.ui.models.row_table import (
    SORT_ROLE as SORT_ROLE,
)
from mentordesk.ui.models.row_table import (
    ModelIndex,
    RowTableModel,
)
from mentordesk.ui.theme import error_colour, muted_colour

# Sorts after every real date: items without a due date come last.
NO_DUE_SORT = date.max.toordinal() + 1


def _tr(text: str) -> str:
    return QCoreApplication.translate("action_items", text)


ACTION_STATUS_LABELS = {
    ActionStatus.OPEN.value: _tr("Open"),
    ActionStatus.DONE.value: _tr("Done"),
    ActionStatus.DROPPED.value: _tr("Dropped"),
}


def needs_report(item: ActionItemState) -> bool:
    return item.status == ActionStatus.DONE.value and item.report_back and not item.reported_on


class ActionTableModel(RowTableModel[ActionItemState]):
    """One row per action item. ``OBJECT_ROLE`` gives the ActionItemState of a row."""

    COL_TEXT, COL_MENTOR, COL_DUE, COL_STATUS, COL_DONE_ON, COL_OUTCOME, COL_REPORT = range(7)
    HEADERS = ("Action", "Mentor", "Due", "Status", "Done on", "Outcome", "Report back")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._today: date | None = None

    def set_today(self, today: date | None) -> None:
        """Fix "today" for overdue marking (tests); None follows the clock."""
        self._today = today
        self.refresh_all()

    def today(self) -> date:
        return self._today or date.today()

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        item = self.record(index)
        if item is None:
            return None
        column = index.column()
        overdue = item.is_overdue(self.today())
        if role == OBJECT_ROLE:
            return item
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(item, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(item, column)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{self.tr(self.HEADERS[column])}: {self._tooltip(item, column)}"
        if role == SORT_ROLE:
            return self._sort_key(item, column)
        if role == Qt.ItemDataRole.FontRole and (overdue or needs_report(item)):
            font = QFont()
            font.setBold(column in (self.COL_TEXT, self.COL_DUE, self.COL_REPORT))
            return font
        if role == Qt.ItemDataRole.ForegroundRole:
            palette = QApplication.palette()
            if overdue and column in (self.COL_DUE, self.COL_TEXT):
                return error_colour(palette)
            if item.status == ActionStatus.DROPPED.value:
                return muted_colour(palette)
        return None

    def _display(self, item: ActionItemState, column: int) -> str:
        if column == self.COL_TEXT:
            return item.text
        if column == self.COL_MENTOR:
            return item.mentor_name
        if column == self.COL_DUE:
            if item.due_date is None:
                return ""
            text = item.due_date.isoformat()
            if item.is_overdue(self.today()):
                return self.tr("⚠ Overdue · {date}").format(date=text)
            return text
        if column == self.COL_STATUS:
            return ACTION_STATUS_LABELS.get(item.status, item.status)
        if column == self.COL_DONE_ON:
            return item.done_on.isoformat() if item.done_on else ""
        if column == self.COL_OUTCOME:
            return " ".join(item.outcome.split())
        if column == self.COL_REPORT:
            if not item.report_back:
                return ""
            if item.reported_on:
                return self.tr("Reported {date}").format(date=item.reported_on.isoformat())
            if item.status == ActionStatus.DONE.value:
                return self.tr("To report")
            return self.tr("Yes")
        return ""

    def _tooltip(self, item: ActionItemState, column: int) -> str:
        if column == self.COL_DUE:
            if item.due_date is None:
                return self.tr("No due date")
            days = (self.today() - item.due_date).days
            if item.is_overdue(self.today()):
                return self.tr("Overdue by {days} day(s): due {date}").format(
                    days=days, date=item.due_date.isoformat()
                )
            return self.tr("Due {date}").format(date=item.due_date.isoformat())
        if column == self.COL_REPORT:
            if needs_report(item):
                return self.tr("Tell {name} how it went").format(name=item.mentor_name)
            if item.report_back and not item.reported_on:
                return self.tr("Tell the mentor how it went, once it is done")
        if column == self.COL_OUTCOME:
            return item.outcome
        return self._display(item, column)

    def _sort_key(self, item: ActionItemState, column: int) -> Any:
        if column == self.COL_DUE:
            return item.due_date.toordinal() if item.due_date else NO_DUE_SORT
        if column == self.COL_DONE_ON:
            return item.done_on.toordinal() if item.done_on else NO_DUE_SORT
        if column == self.COL_STATUS:
            return list(ACTION_STATUS_LABELS).index(item.status)
        return fold(self._display(item, column))


class ActionFilterProxy(QSortFilterProxyModel):
    """Filters action items by mentor and by status (or "overdue", "to report back")."""

    ALL = ""
    OVERDUE = "overdue"
    TO_REPORT = "to_report"

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._mentor_id: str | None = None
        self._status = ActionStatus.OPEN.value
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)

    def set_mentor(self, mentor_id: str | None) -> None:
        self.beginFilterChange()
        self._mentor_id = mentor_id
        self.endFilterChange()

    def set_status(self, status: str) -> None:
        self.beginFilterChange()
        self._status = status
        self.endFilterChange()

    def status(self) -> str:
        return self._status

    def filterAcceptsRow(self, source_row: int, source_parent: ModelIndex) -> bool:
        model = self.sourceModel()
        item = model.index(source_row, 0, source_parent).data(OBJECT_ROLE)
        if not isinstance(item, ActionItemState):
            return False
        if self._mentor_id is not None and item.mentor_id != self._mentor_id:
            return False
        if self._status == self.ALL:
            return True
        if self._status == self.OVERDUE:
            today = model.today() if isinstance(model, ActionTableModel) else date.today()
            return item.is_overdue(today)
        if self._status == self.TO_REPORT:
            return needs_report(item)
        return item.status == self._status


class ActionItemChangeCommand(QUndoCommand):
    """A change to action items that already happened: undo puts back each "before"."""

    def __init__(
        self,
        context: AppContext,
        text: str,
        before: Sequence[ActionItemState],
        after: Sequence[ActionItemState],
    ) -> None:
        super().__init__(text)
        self._context = context
        self._before = list(before)
        self._after = list(after)
        self._done = True  # made before the command was pushed

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        try:
            self._apply(self._after)
        except UNDO_FAILURES as error:
            undo_failed(self._context, self, error, undoing=False)

    def undo(self) -> None:
        try:
            self._apply(self._before)
        except UNDO_FAILURES as error:
            undo_failed(self._context, self, error, undoing=True)

    def _apply(self, states: list[ActionItemState]) -> None:
        with self._context.database.session() as session:
            for state in states:
                service.restore(session, state)
        self._context.notify(ACTION_ITEM, [state.id for state in states])
