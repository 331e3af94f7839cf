"""This meeting's action items: captured, edited in place and removed, every change
undoable through the context; and the table model of the side list."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QObject, Qt, Signal
from PySide6.QtWidgets import QWidget

from mentordesk.services import action_items as service
from mentordesk.services import goal_links
from mentordesk.services.action_items import ActionItemState
from mentordesk.services.kinds import Change, Kind, Ref
from mentordesk.ui import formats
from mentordesk.ui.context import AppContext
from mentordesk.ui.lists.row_table import ModelIndex as Index
from mentordesk.ui.lists.row_table import RowTableModel
from mentordesk.ui.messages import problem_text
from mentordesk.ui.shell.areas import area_title

STATE_ROLE = Qt.ItemDataRole.UserRole + 1


class MeetingActions(QObject):
    """The action items captured in one meeting. ``message`` receives what went wrong."""

    def __init__(
        self, context: AppContext, meeting_id: str, mentor_id: str, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.meeting_id = meeting_id
        self.mentor_id = mentor_id
        self.last_problem = ""
        self.goal_id: str | None = None  # captured items work toward it (``goal_capture``)

    def _parent_widget(self) -> QWidget | None:
        parent = self.parent()
        return parent if isinstance(parent, QWidget) else None

    def all(self) -> list[ActionItemState]:
        return self.context.read(service.list_items, meeting_id=self.meeting_id)

    def capture(self, text: str, due: date | None = None) -> ActionItemState | None:
        """Add an action item from ``text`` (undoable). Raises on invalid text."""
        now, goal_id = self.context.now(), self.goal_id

        def capture(s: Any) -> ActionItemState:
            state = service.capture(
                s, self.mentor_id, text, meeting_id=self.meeting_id, due_date=due, now=now
            )
            if goal_id is not None:
                goal_links.link_action(s, goal_id, state.id)
            return state

        done = self.context.write(
            self.tr("Capture “{text}”").format(text=" ".join(text.split())[:40]),
            capture,
            refs=[Ref(Kind.GOAL, goal_id)] if goal_id is not None else [],
            created=lambda state: [Ref(Kind.ACTION_ITEM, state.id)],
            area=area_title("actions"),
            parent=self._parent_widget(),
        )
        return done.value if done is not None else None

    def update(
        self,
        item: ActionItemState,
        *,
        text: str | None = None,
        due: date | None = None,
        clear_due: bool = False,
    ) -> bool:
        """Edit the text or due date in place (undoable); False if it was refused."""
        label = (
            self.tr("Edit “{text}”") if text is not None else self.tr("Set due date: “{text}”")
        ).format(text=item.text[:40])
        try:
            done = self.context.write(
                label,
                lambda s: service.update(
                    s,
                    item.id,
                    text=text,
                    due_date=due,
                    clear_due_date=clear_due,
                    now=self.context.now(),
                ),
                refs=[Ref(Kind.ACTION_ITEM, item.id)],
                area=area_title("actions"),
                parent=self._parent_widget(),
            )
        except service.ActionItemValidationError as error:
            self.last_problem = problem_text(error)
            return False
        return done is not None

    def delete(self, item: ActionItemState) -> bool:
        done = self.context.write(
            self.tr("Remove “{text}”").format(text=item.text[:40]),
            lambda s: service.delete(s, item.id),
            refs=[Ref(Kind.ACTION_ITEM, item.id)],
            dependents=True,
            area=area_title("actions"),
            parent=self._parent_widget(),
        )
        return done is not None


class ActionItemsModel(RowTableModel[ActionItemState]):
    """Action items with their text and due date, both editable in place."""

    COL_TEXT, COL_DUE = 0, 1
    HEADERS = (
        str(QT_TRANSLATE_NOOP("ActionItemsModel", "Action item")),
        str(QT_TRANSLATE_NOOP("ActionItemsModel", "Due")),
    )
    refused = Signal(str)  # an edit in place was not stored: why, in plain words

    def __init__(self, actions: MeetingActions, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.actions = actions
        # Changes made anywhere (this window, the Action items area, undo) reach it.
        actions.context.changed.connect(self._changed)

    def _changed(self, change: Change) -> None:
        if change.touches((Kind.ACTION_ITEM, Kind.MEETING)) and (
            self.actions.meeting_id in change.ids or any(r.id in change.ids for r in self._rows)
        ):
            # Row by row, never a reset: this may run inside an edit's own setData.
            shown = {row.id for row in self._rows}
            self.merge(self.actions.all(), shown | change.ids)

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
                return formats.short_date(item.due_date) if item.due_date else self.tr("No date")
            if role == Qt.ItemDataRole.EditRole:
                return formats.to_qdate(item.due_date) if item.due_date else QDate()
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("Double-click or press F2 to set a due date")
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """An edit in place: stored (undoable) at once; a refused one says why."""
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        item = self._rows[index.row()]
        self.actions.last_problem = ""
        if index.column() == self.COL_TEXT:
            if " ".join(str(value).split()) == item.text:
                return True
            stored = self.actions.update(item, text=str(value))
        elif isinstance(value, QDate) and value.isValid():
            stored = self.actions.update(item, due=formats.to_date(value))
        elif item.due_date is None:
            return True
        else:
            stored = self.actions.update(item, clear_due=True)
        if not stored and self.actions.last_problem:
            self.refused.emit(self.actions.last_problem)
        return stored
