"""The Action items area: every piece of advice to act on, across mentors."""

from __future__ import annotations

from collections.abc import Callable
from operator import attrgetter

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWidget

from mentordesk.db.choices import ActionStatus
from mentordesk.services import action_items as service
from mentordesk.services.action_items import ActionItemState
from mentordesk.services.kinds import Change, Kind, Ref
from mentordesk.ui import labels
from mentordesk.ui.action_items import operations
from mentordesk.ui.action_items.commands import ItemCommands
from mentordesk.ui.action_items.done_dialog import DueDateDialog
from mentordesk.ui.action_items.table import COLUMNS, ActionFilterProxy, ActionTableModel
from mentordesk.ui.context import AppContext
from mentordesk.ui.lists.list_area import ListArea
from mentordesk.ui.lists.tables import fit_columns
from mentordesk.ui.messages import tell
from mentordesk.ui.privacy import PRIVATE_KEYS, private_switch_text
from mentordesk.ui.widgets.empty_state import EmptyState


class ActionItemsView(ListArea[ActionItemState], ItemCommands):
    """All action items; mark done with an outcome, reopen, drop, due dates, report back.

    Every change is undoable through the shared undo stack."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        empty = EmptyState(
            self.tr("No action items yet"),
            self.tr(
                "Action items are the advice you decide to act on. Capture them while you "
                "talk: in meeting mode, put the cursor on a line of your notes and press "
                "Ctrl+Shift+A. Advice that came by mail? Press Ctrl+Shift+A here to add it. "
                "They all gather here, with due dates and how they turned out."
            ),
        )
        empty.setObjectName("actionItemsEmptyState")
        self.add_first_button = empty.add_button(
            "addFirstActionItemButton", self.tr("Add an action item"), primary=True
        )
        proxy = ActionFilterProxy()
        super().__init__(
            context,
            ActionTableModel(context.today),
            proxy,
            name="action",
            accessible=self.tr("Action items"),
            shows={Kind.ACTION_ITEM, Kind.MENTOR, Kind.MEETING},
            sort_column=ActionTableModel.COL_DUE,
            order=Qt.SortOrder.AscendingOrder,
            empty=empty,
            parent=parent,
        )
        self.setObjectName("actionItemsView")
        self.model.setParent(self)
        proxy.setParent(self)
        self.action_proxy = proxy

        self.mentor_filter = self.add_combo(
            "actionMentorFilter", self.tr("Mentor:"), self.tr("Show mentor")
        )
        self.mentor_filter.setMinimumContentsLength(16)
        self.mentor_filter.currentIndexChanged.connect(self._mentor_filter_changed)
        self.status_filter = self.add_combo(
            "actionStatusFilter", self.tr("Show:"), self.tr("Show status")
        )
        choices = [
            (labels.label(ActionStatus, ActionStatus.OPEN), ActionStatus.OPEN.value),
            (self.tr("Overdue"), ActionFilterProxy.OVERDUE),
            (self.tr("To report back"), ActionFilterProxy.TO_REPORT),
            (labels.label(ActionStatus, ActionStatus.DONE), ActionStatus.DONE.value),
            (labels.label(ActionStatus, ActionStatus.DROPPED), ActionStatus.DROPPED.value),
            (self.tr("All"), ActionFilterProxy.ALL),
        ]
        for text, value in choices:
            self.status_filter.addItem(text, value)
        self.status_filter.currentIndexChanged.connect(
            lambda: self.action_proxy.set_status(str(self.status_filter.currentData()))
        )
        self.filters.addStretch(1)
        self.add_first_button.clicked.connect(self.add_item)

        self.new_action = self.add_action(
            "newActionItemAction", self.tr("New action item…"), self.add_item, menu=False
        )
        self.new_action.setToolTip(self.tr("Add advice you will act on (Ctrl+Shift+A)"))
        self.edit_action = self.add_action(
            "editActionItemAction", self.tr("Edit…"), self.edit_item, "F2"
        )
        self.done_action = self.add_action(
            "markDoneAction", self.tr("Mark done…"), self.mark_done, "Ctrl+D"
        )
        self.reopen_action = self.add_action("reopenAction", self.tr("Reopen"), self.reopen)
        self.drop_action = self.add_action("dropAction", self.tr("Drop"), self.drop)
        self.due_action = self.add_action("dueDateAction", self.tr("Due date…"), self.edit_due_date)
        self.report_action = self.add_action(
            "reportBackAction", self.tr("Report back"), self.toggle_report_back
        )
        self.report_action.setCheckable(True)
        self.private_action = self.add_action(
            "privateActionItemAction",
            private_switch_text(),
            self.toggle_private,
            PRIVATE_KEYS,
            button=False,
        )
        self.private_action.setCheckable(True)
        context.presenting_changed.connect(proxy.set_presenting)
        proxy.set_presenting(context.presenting)
        self.mentor_action = self.add_action(
            "goToMentorAction", self.tr("Go to mentor"), self.go_to_mentor, button=False
        )

        fit_columns(self.table, *COLUMNS)
        self.table.doubleClicked.connect(lambda _index: self.edit_item())
        self.reload()

    # -- reading --------------------------------------------------------------------
    def fetch(self, touching: frozenset[str] | None) -> list[ActionItemState]:
        return self.context.read(service.item_rows, touching)

    def reload(self) -> None:
        super().reload()
        self._fill_mentors()

    def refresh(self, change: Change | None) -> None:
        self.action_proxy.follow_today()  # "overdue" moves on with the date
        super().refresh(change)
        if change is not None and self._mentors_differ(change):
            self._fill_mentors()

    def _mentors_differ(self, change: Change) -> bool:
        """Whether the mentor filter may need other names after this news (a mentor
        renamed or deleted, a row gone, a row of a mentor not in it yet)."""
        merged = self.last_merge
        return (
            Kind.MENTOR in change.kinds
            or bool(merged.removed)
            or any(self.mentor_filter.findData(row.mentor_id) < 0 for row in merged.added)
        )

    def _fill_mentors(self) -> None:
        current = self.mentor_filter.currentData()
        named = set(map(attrgetter("mentor_name", "mentor_id"), self.model.rows()))
        mentors = sorted(named, key=lambda m: m[0].lower())
        self.mentor_filter.blockSignals(True)
        self.mentor_filter.clear()
        self.mentor_filter.addItem(self.tr("All mentors"), "")
        for name, mentor_id in mentors:
            self.mentor_filter.addItem(name, mentor_id)
        index = self.mentor_filter.findData(current) if current else 0
        self.mentor_filter.setCurrentIndex(max(0, index))
        self.mentor_filter.blockSignals(False)
        self._mentor_filter_changed()

    def _mentor_filter_changed(self) -> None:
        self.action_proxy.set_mentor(str(self.mentor_filter.currentData() or "") or None)

    def no_match_text(self) -> str:
        return self.tr("No action items match this filter. Choose “All” to see every one.")

    def clear_filters(self) -> None:
        self.mentor_filter.setCurrentIndex(0)
        self.status_filter.setCurrentIndex(self.status_filter.findData(ActionFilterProxy.ALL))

    def current_item(self) -> ActionItemState | None:
        return self.current()

    def select_item(self, item_id: str, clear_filters: bool = True) -> None:
        self.select(item_id, reveal=clear_filters)

    def mentor_on_screen(self) -> str | None:
        """The mentor chosen in the filter, else the current item's."""
        chosen = self.mentor_filter.currentData()
        item = self.current()
        return str(chosen) if chosen else (item.mentor_id if item is not None else None)

    def update_actions(self) -> None:
        item = self.current()
        status = item.status if item else None
        self.edit_action.setEnabled(item is not None)
        self.done_action.setEnabled(item is not None and status != ActionStatus.DONE.value)
        self.reopen_action.setEnabled(item is not None and status != ActionStatus.OPEN.value)
        self.drop_action.setEnabled(item is not None and status == ActionStatus.OPEN.value)
        self.due_action.setEnabled(item is not None)
        self.report_action.setEnabled(item is not None)
        self.report_action.setChecked(bool(item and item.report_back))
        self.private_action.setEnabled(item is not None)
        self.private_action.setChecked(bool(item and item.private))
        self.mentor_action.setEnabled(item is not None)

    # -- changing -------------------------------------------------------------------
    def _change(self, change: Callable[[ActionItemState], object]) -> None:
        """Run the operation ``change`` on the selected item; field errors in a box."""
        item = self.current()
        if item is None:
            return
        try:
            change(item)
        except service.ActionItemValidationError as error:
            tell(self, self.tr("Action items"), " ".join(error.errors.values()))

    def new_item_mentor(self) -> str | None:
        """The mentor chosen in the filter, if there is one."""
        return str(self.mentor_filter.currentData() or "") or None

    def show_item(self, item_id: str) -> None:
        self.select_item(item_id)

    def reopen(self) -> None:
        self._change(
            lambda item: operations.set_status(self.context, self, item, ActionStatus.OPEN)
        )

    def drop(self) -> None:
        self._change(
            lambda item: operations.set_status(self.context, self, item, ActionStatus.DROPPED)
        )

    def edit_due_date(self) -> None:
        item = self.current()
        if item is None:
            return
        dialog = DueDateDialog(item, self.context.today(), self)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            due = dialog.value()
        finally:
            dialog.deleteLater()
        self._change(
            lambda item: operations.edit_item(
                self.context, self, item, due=due, clear_due=due is None
            )
        )

    def toggle_report_back(self) -> None:
        self._change(lambda item: operations.toggle_report_back(self.context, self, item))

    def toggle_private(self) -> None:
        """Keep the selected item on this laptop (Ctrl+Alt+L), or share it again."""
        self._change(
            lambda item: operations.set_private(self.context, self, item, not item.private)
        )

    def go_to_mentor(self) -> None:
        item = self.current()
        if item is not None:
            self.context.open(Ref(Kind.MENTOR, item.mentor_id))
