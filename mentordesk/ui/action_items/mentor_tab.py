"""One mentor's action items on their page: add advice that came by mail, edit it,
mark it done. Reads only that mentor's items, and nothing while the tab is hidden."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QPushButton, QVBoxLayout, QWidget

from mentordesk.db.choices import ActionStatus
from mentordesk.services import action_items as service
from mentordesk.services.action_items import ActionItemState
from mentordesk.services.kinds import Change, Kind
from mentordesk.ui.action_items.done_dialog import mark_item_done
from mentordesk.ui.action_items.item_dialog import add_action_item, edit_action_item
from mentordesk.ui.action_items.table import ActionFilterProxy, ActionTableModel
from mentordesk.ui.context import AppContext
from mentordesk.ui.follow import ChangeFollower
from mentordesk.ui.lists.tables import record_table


class MentorActionsPanel(QWidget):
    """The mentor's action items, open ones first by due date."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mentorActionsPanel")
        self.context = context
        self.mentor_id: str | None = None
        self.model = ActionTableModel(context.today, self)
        self.proxy = ActionFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.set_status(ActionFilterProxy.ALL)
        self.summary = QLabel()
        self.summary.setObjectName("mentorActionsSummary")
        self.summary.setWordWrap(True)
        self.add_button = self._button("mentorAddActionButton", self.tr("New action item…"))
        self.add_button.setAccessibleName(self.tr("New action item"))
        self.add_button.clicked.connect(self.add_item)
        self.edit_button = self._button("mentorEditActionButton", self.tr("Edit…"))
        self.edit_button.setAccessibleName(self.tr("Edit the action item"))
        self.edit_button.clicked.connect(self.edit_current)
        self.done_button = self._button("mentorDoneActionButton", self.tr("Mark done…"))
        self.done_button.setAccessibleName(self.tr("Mark the action item done"))
        self.done_button.clicked.connect(self.mark_done)
        self.table = record_table(
            "mentorActionTable",
            self.tr("Action items from this mentor"),
            self.proxy,
            ActionTableModel.COL_DUE,
        )
        # A narrow tab: the advice itself (wrapped, never cut), when it is due and its
        # state. The outcome and dates are one Edit… away, and in the Action items area.
        for column in (
            ActionTableModel.COL_MENTOR,
            ActionTableModel.COL_DONE_ON,
            ActionTableModel.COL_OUTCOME,
            ActionTableModel.COL_REPORT,
        ):
            self.table.setColumnHidden(column, True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ActionTableModel.COL_TEXT, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.doubleClicked.connect(lambda _index: self.edit_current())
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.done_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.summary)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        self.follower = ChangeFollower(
            self, context, (Kind.ACTION_ITEM, Kind.MENTOR, Kind.MEETING), self._refresh
        )
        self._update_text()

    def _button(self, name: str, text: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        return button

    def set_mentor(self, mentor_id: str | None) -> None:
        if mentor_id == self.mentor_id:
            return
        self.mentor_id = mentor_id
        self.model.set_rows([])
        self.follower.everything_changed()
        self._update_text()

    def _refresh(self, change: Change | None) -> None:
        if self.mentor_id is None:
            self.model.set_rows([])
        else:
            self.model.set_rows(self.context.read(service.list_items, mentor_id=self.mentor_id))
        self._update_text()

    def _update_text(self) -> None:
        rows = self.model.rows()
        today = self.context.today()
        open_count = sum(1 for row in rows if row.status == ActionStatus.OPEN.value)
        overdue = sum(1 for row in rows if row.is_overdue(today))
        if self.mentor_id is None:
            text = self.tr("Save the mentor first; then add their advice here.")
        elif not rows:
            text = self.tr(
                "No action items yet. Advice from a call or an email? Add it with "
                "“New action item…”."
            )
        else:
            text = self.tr("%n open", "", open_count)
            if overdue:
                text += " · " + self.tr("%n overdue", "", overdue)
            text += " · " + self.tr("%n in all", "", len(rows))
        self.summary.setText(text)
        self.add_button.setEnabled(self.mentor_id is not None)
        self._update_buttons()

    def _update_buttons(self) -> None:
        item = self.current_item()
        self.edit_button.setEnabled(item is not None)
        self.done_button.setEnabled(item is not None and item.status != ActionStatus.DONE.value)

    def current_item(self) -> ActionItemState | None:
        rows = self.table.selectionModel().selectedRows()
        return self.proxy.record(rows[0].row()) if rows else None

    def add_item(self) -> None:
        if self.mentor_id is None:
            return
        item_id = add_action_item(self.context, self.mentor_id, self)
        if item_id is not None:
            self.follower.flush()
            row = self.model.row_of(item_id)
            if row >= 0:
                index = self.proxy.mapFromSource(self.model.index(row, 0))
                self.table.selectRow(index.row())
                self.table.scrollTo(index)

    def edit_current(self) -> None:
        item = self.current_item()
        if item is not None:
            edit_action_item(self.context, item.id, self)

    def mark_done(self) -> None:
        item = self.current_item()
        if item is not None:
            mark_item_done(self.context, item, self)
