"""This meeting's action items: reads and writes for the UI, undo commands, a table model."""

from __future__ import annotations

import contextlib
from datetime import date

from PySide6.QtCore import (
    QDate,
    QObject,
    Qt,
    QTimer,
)
from PySide6.QtGui import QUndoCommand
from sqlalchemy.exc import SQLAlchemyError

from mentordesk.services import action_items as service
from mentordesk.services.action_items import ActionItemState
from mentordesk.ui.context import ACTION_ITEM, MEETING, AppContext
from mentordesk.ui.meeting_mode.saver import describe_failure
from mentordesk.ui.models.meeting_table import UNDO_FAILURES, undo_failed
from mentordesk.ui.models.row_table import ModelIndex as Index
from mentordesk.ui.models.row_table import RowTableModel

STATE_ROLE = Qt.ItemDataRole.UserRole + 1


class MeetingActions:
    """The action items captured in one meeting; every change is announced."""

    def __init__(self, context: AppContext, meeting_id: str, mentor_id: str) -> None:
        self.context = context
        self.meeting_id = meeting_id
        self.mentor_id = mentor_id

    def all(self) -> list[ActionItemState]:
        with self.context.database.session() as session:
            items = service.list_items(session, meeting_id=self.meeting_id)
            return [service.state_of(item) for item in items]

    def capture(self, text: str, due: date | None = None) -> ActionItemState:
        with self.context.database.session() as session:
            item = service.capture(
                session, self.mentor_id, text, meeting_id=self.meeting_id, due_date=due
            )
            state = service.state_of(item)
        self.context.notify(ACTION_ITEM, [state.id])
        return state

    def update(
        self,
        item_id: str,
        *,
        text: str | None = None,
        due: date | None = None,
        clear_due: bool = False,
    ) -> ActionItemState:
        with self.context.database.session() as session:
            item = service.update(
                session, item_id, text=text, due_date=due, clear_due_date=clear_due
            )
            state = service.state_of(item)
        self.context.notify(ACTION_ITEM, [item_id])
        return state

    def delete(self, item_id: str) -> ActionItemState:
        with self.context.database.session() as session:
            state = service.delete(session, item_id)
        self.context.notify(ACTION_ITEM, [item_id])
        return state

    def restore(self, state: ActionItemState) -> None:
        with self.context.database.session() as session:
            service.restore(session, state)
        self.context.notify(ACTION_ITEM, [state.id])


class ActionItemCommand(QUndoCommand):
    """A capture or removal that already happened; undo reverses it, redo repeats it."""

    def __init__(
        self, actions: MeetingActions, text: str, state: ActionItemState, *, removed: bool
    ) -> None:
        super().__init__(text)
        self._actions = actions
        self._state = state
        self._removed = removed
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        try:
            self._apply(present=not self._removed)
        except UNDO_FAILURES as error:
            undo_failed(self._actions.context, self, error, undoing=False)

    def undo(self) -> None:
        try:
            self._apply(present=self._removed)
        except UNDO_FAILURES as error:
            undo_failed(self._actions.context, self, error, undoing=True)

    def _apply(self, *, present: bool) -> None:
        if present:
            self._actions.restore(self._state)
        else:
            with contextlib.suppress(service.ActionItemNotFoundError):
                self._state = self._actions.delete(self._state.id)


class ActionItemsModel(RowTableModel[ActionItemState]):
    """Action items with their text and due date, both editable in place."""

    COL_TEXT, COL_DUE = 0, 1
    HEADERS = ("Action item", "Due")

    def __init__(self, actions: MeetingActions, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.actions = actions
        self.last_error = ""
        # Changes made anywhere (this window, the Action items area, undo) re-read the list,
        # once per turn of the event loop.
        self._reload_soon = QTimer(self)
        self._reload_soon.setSingleShot(True)
        self._reload_soon.setInterval(0)
        self._reload_soon.timeout.connect(self.reload)
        actions.context.data_changed.connect(self._data_changed)

    def _data_changed(self, kind: str, _ids: list[str]) -> None:
        if kind in (ACTION_ITEM, MEETING):
            self._reload_soon.start()

    def reload(self) -> None:
        self.set_rows(self.actions.all())

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        item = self.record(index)
        if item is None:
            return None
        if role == STATE_ROLE:
            return item
        if index.column() == self.COL_TEXT:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
                return item.text
            if role == Qt.ItemDataRole.ToolTipRole:
                return item.text
        elif index.column() == self.COL_DUE:
            if role == Qt.ItemDataRole.DisplayRole:
                return item.due_date.isoformat() if item.due_date else self.tr("No date")
            if role == Qt.ItemDataRole.EditRole:
                due = item.due_date
                return QDate(due.year, due.month, due.day) if due else QDate()
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("Double-click or press F2 to set a due date")
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        item = self._rows[index.row()]
        try:
            if index.column() == self.COL_TEXT:
                if str(value).strip() == item.text:
                    return True
                new = self.actions.update(item.id, text=str(value))
            elif isinstance(value, QDate) and value.isValid():
                new = self.actions.update(
                    item.id, due=date.fromisoformat(value.toString(Qt.DateFormat.ISODate))
                )
            else:
                new = self.actions.update(item.id, clear_due=True)
        except service.ActionItemValidationError as error:
            self.last_error = str(error)
            return False
        except (SQLAlchemyError, service.ActionItemNotFoundError) as error:
            self.last_error = describe_failure(error)
            return False
        row = self.row_of(item.id)
        if row >= 0:
            self._rows[row] = new
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.COL_DUE))
        return True
