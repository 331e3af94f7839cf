"""This meeting's action items: captured, edited in place and removed, every change
undoable through the context; and the table model of the side list."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QObject, Qt, Signal
from PySide6.QtWidgets import QWidget

from mentordesk.services import action_items as service
from mentordesk.services.action_items import ActionItemState
from mentordesk.services.due_words import due_from_words
from mentordesk.services.kinds import Change, Kind
from mentordesk.ui import formats
from mentordesk.ui.action_items import operations
from mentordesk.ui.context import AppContext
from mentordesk.ui.lists.row_table import ModelIndex as Index
from mentordesk.ui.lists.row_table import RowTableModel
from mentordesk.ui.messages import problem_text
from mentordesk.ui.privacy import marked

if TYPE_CHECKING:
    from mentordesk.ui.meeting_mode.window import MeetingModeWindow

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
        done = operations.add_item(
            self.context,
            self._parent_widget(),
            self.mentor_id,
            text,
            due=due,
            meeting_id=self.meeting_id,
            goal_id=self.goal_id,
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
        try:
            done = operations.edit_item(
                self.context, self._parent_widget(), item, text=text, due=due, clear_due=clear_due
            )
        except service.ActionItemValidationError as error:
            self.last_problem = problem_text(error)
            return False
        return done is not None

    def delete(self, item: ActionItemState) -> bool:
        return operations.remove_item(self.context, self._parent_widget(), item)


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
            self.merge(self._shown(), shown | change.ids)

    def _shown(self) -> list[ActionItemState]:
        """The meeting's items; private ones hidden while presenting."""
        presenting = self.actions.context.presenting
        return [item for item in self.actions.all() if not (presenting and item.private)]

    def reload(self) -> None:
        self.set_rows(self._shown())

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        item = self.record(index)
        if item is None:
            return None
        if role == STATE_ROLE:
            return item
        if index.column() == self.COL_TEXT:
            if role == Qt.ItemDataRole.DisplayRole:
                return marked(item.text, item.private)
            if role == Qt.ItemDataRole.EditRole:
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


def capture_line(window: MeetingModeWindow) -> ActionItemState | None:
    """Turn the selection or the current line of ``window``'s notes (or takeaways) into
    an action item, its due date read from its words; typing goes on."""
    editor = window.takeaways if window.takeaways.hasFocus() else window.notes
    text = editor.capture_text()
    if not text:
        window.action_panel.show_message(
            QCoreApplication.translate(
                "MeetingModeWindow",
                "Put the cursor on a line of notes (or select text) to capture it.",
            )
        )
        return None
    try:
        state = window.meeting_actions.capture(text, due_from_words(text, window.context.today()))
    except service.ActionItemValidationError as error:
        window.action_panel.show_message(problem_text(error))
        return None
    if state is None:
        window.action_panel.show_message(
            QCoreApplication.translate(
                "MeetingModeWindow", "Not captured. The text is still in your notes."
            )
        )
        return None
    window.action_panel.select(state.id)  # the list heard of it already
    window.action_panel.show_message("")  # its due date shows in the list
    window.context.say(QCoreApplication.translate("MeetingModeWindow", "Action item captured"))
    return state
