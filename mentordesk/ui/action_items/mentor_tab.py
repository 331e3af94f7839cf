"""One mentor's action items on their page: add advice that came by mail, edit it,
mark it done. Reads only that mentor's items, and nothing while the tab is hidden."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QWidget

from mentordesk.db.choices import ActionStatus
from mentordesk.services import action_items as service
from mentordesk.services.action_items import ActionItemState
from mentordesk.services.kinds import Kind
from mentordesk.ui.action_items.commands import ItemCommands
from mentordesk.ui.action_items.table import ActionFilterProxy, ActionTableModel
from mentordesk.ui.context import AppContext
from mentordesk.ui.lists.scoped_list import ScopedList


class MentorActionsPanel(ScopedList[ActionItemState], ItemCommands):
    """The mentor's action items, open ones first by due date."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        proxy = ActionFilterProxy()
        super().__init__(
            context,
            ActionTableModel(context.today),
            proxy=proxy,
            name="mentorActionsPanel",
            table_name="mentorActionTable",
            accessible=self.tr("Action items from this mentor"),
            sort_column=ActionTableModel.COL_DUE,
            follows=(Kind.ACTION_ITEM, Kind.MENTOR, Kind.MEETING),
            parent=parent,
        )
        proxy.set_status(ActionFilterProxy.ALL)
        proxy.set_presenting(context.presenting)
        context.presenting_changed.connect(proxy.set_presenting)
        self.add_button = self.button(
            "mentorAddActionButton",
            self.tr("New action item…"),
            self.tr("New action item"),
            self.add_item,
        )
        self.edit_button = self.button(
            "mentorEditActionButton",
            self.tr("Edit…"),
            self.tr("Edit the action item"),
            self.edit_item,
        )
        self.done_button = self.button(
            "mentorDoneActionButton",
            self.tr("Mark done…"),
            self.tr("Mark the action item done"),
            self.mark_done,
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
        self.table.doubleClicked.connect(lambda _index: self.edit_item())
        self.finish_buttons()

    def read(self, mentor_id: str) -> list[ActionItemState]:
        return self.context.read(service.list_items, mentor_id=mentor_id)

    def summary_text(self) -> str:
        rows = self.model.rows()
        today = self.context.today()
        if self.mentor_id is None:
            return self.tr("Save the mentor first; then add their advice here.")
        if not rows:
            return self.tr(
                "No action items yet. Advice from a call or an email? Add it with "
                "“New action item…”."
            )
        open_count = sum(1 for row in rows if row.status == ActionStatus.OPEN.value)
        overdue = sum(1 for row in rows if row.is_overdue(today))
        text = self.tr("%n open", "", open_count)
        if overdue:
            text += " · " + self.tr("%n overdue", "", overdue)
        return text + " · " + self.tr("%n in all", "", len(rows))

    def update_buttons(self) -> None:
        item = self.current()
        self.add_button.setEnabled(self.mentor_id is not None)
        self.edit_button.setEnabled(item is not None)
        self.done_button.setEnabled(item is not None and item.status != ActionStatus.DONE.value)

    def current_item(self) -> ActionItemState | None:
        return self.current()

    def new_item_mentor(self) -> str | None:
        return self.mentor_id

    def show_item(self, item_id: str) -> None:
        self.select_record(item_id)
