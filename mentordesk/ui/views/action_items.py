"""The Action items area: every piece of advice to act on, across mentors."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import partial

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from mentordesk.db.models import ActionStatus
from mentordesk.services import action_items as service
from mentordesk.services.action_items import ActionItemState
from mentordesk.ui.actions import button_for, make_action
from mentordesk.ui.context import ACTION_ITEM, AppContext
from mentordesk.ui.dialogs.action_done import ActionDoneDialog, DueDateDialog
from mentordesk.ui.models.action_table import (
    ACTION_STATUS_LABELS,
    OBJECT_ROLE,
    ActionFilterProxy,
    ActionItemChangeCommand,
    ActionTableModel,
)
from mentordesk.ui.widgets.empty_state import EmptyState
from mentordesk.ui.widgets.tables import follow_changes, record_table

PAGE_EMPTY, PAGE_LIST = 0, 1


class ActionItemsView(QWidget):
    """All action items; mark done with an outcome, reopen, drop, due dates, report back.

    Every change is undoable through the shared undo stack."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("actionItemsView")
        self.context = context
        self.model = ActionTableModel(self)
        self.proxy = ActionFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        self.empty = EmptyState(
            self.tr("No action items yet"),
            self.tr(
                "Action items are the advice you decide to act on. Capture them while you "
                "talk: in meeting mode, put the cursor on a line of your notes and press "
                "Ctrl+Shift+A. They all gather here, with due dates and how they turned out."
            ),
        )
        self.empty.setObjectName("actionItemsEmptyState")

        self.mentor_filter = QComboBox()
        self.mentor_filter.setObjectName("actionMentorFilter")
        self.mentor_filter.setAccessibleName(self.tr("Show mentor"))
        self.mentor_filter.setMinimumContentsLength(16)
        self.mentor_filter.currentIndexChanged.connect(self._mentor_filter_changed)
        self.status_filter = QComboBox()
        self.status_filter.setObjectName("actionStatusFilter")
        self.status_filter.setAccessibleName(self.tr("Show status"))
        choices = [
            (ACTION_STATUS_LABELS[ActionStatus.OPEN.value], ActionStatus.OPEN.value),
            (self.tr("Overdue"), ActionFilterProxy.OVERDUE),
            (self.tr("To report back"), ActionFilterProxy.TO_REPORT),
            (ACTION_STATUS_LABELS[ActionStatus.DONE.value], ActionStatus.DONE.value),
            (ACTION_STATUS_LABELS[ActionStatus.DROPPED.value], ActionStatus.DROPPED.value),
            (self.tr("All"), ActionFilterProxy.ALL),
        ]
        for label, value in choices:
            self.status_filter.addItem(label, value)
        self.status_filter.currentIndexChanged.connect(
            lambda: self.proxy.set_status(str(self.status_filter.currentData()))
        )

        self.done_action = self._action(
            "markDoneAction", self.tr("Mark done…"), self.mark_done, "Ctrl+D"
        )
        self.reopen_action = self._action("reopenAction", self.tr("Reopen"), self.reopen)
        self.drop_action = self._action("dropAction", self.tr("Drop"), self.drop)
        self.due_action = self._action("dueDateAction", self.tr("Due date…"), self.edit_due_date)
        self.report_action = self._action(
            "reportBackAction", self.tr("Report back"), self.toggle_report_back
        )
        self.report_action.setCheckable(True)
        self.mentor_action = self._action(
            "goToMentorAction", self.tr("Go to mentor"), self.go_to_mentor
        )

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Mentor:")))
        top.addWidget(self.mentor_filter)
        top.addWidget(QLabel(self.tr("Show:")))
        top.addWidget(self.status_filter)
        top.addStretch(1)
        self.buttons: dict[str, QPushButton] = {}
        for action in (self.done_action, self.reopen_action, self.drop_action, self.due_action):
            top.addWidget(self._button_for(action))
        top.addWidget(self._button_for(self.report_action))

        self.table = record_table(
            "actionTable",
            self.tr("Action items"),
            self.proxy,
            ActionTableModel.COL_DUE,
            Qt.SortOrder.AscendingOrder,
        )
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        for action in (self.done_action, self.reopen_action, self.drop_action):
            self.table.addAction(action)
        for action in (self.due_action, self.report_action, self.mentor_action):
            self.table.addAction(action)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(ActionTableModel.COL_TEXT, QHeaderView.ResizeMode.Stretch)
        for column, width in ((1, 130), (2, 170), (3, 70), (4, 90), (5, 170), (6, 100)):
            self.table.setColumnWidth(column, width)
        self.table.doubleClicked.connect(lambda _index: self.mark_done())
        self.table.selectionModel().selectionChanged.connect(self._update_actions)
        self.no_match = QLabel()
        self.no_match.setObjectName("actionNoMatch")
        self.no_match.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.no_match.hide()

        page = QWidget()
        page_layout = QVBoxLayout(page)
        page_layout.setContentsMargins(0, 0, 0, 0)
        page_layout.addLayout(top)
        page_layout.addWidget(self.table, 1)
        page_layout.addWidget(self.no_match)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.empty)
        self.pages.addWidget(page)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)

        self._reload_soon = follow_changes(
            self, context, self.proxy, self._after_change, self.reload
        )
        self.reload()

    # -- building -------------------------------------------------------------------
    def _action(self, name: str, text: str, slot: Callable[[], object], keys: str = "") -> QAction:
        return make_action(
            self, name, text, slot, keys, Qt.ShortcutContext.WidgetWithChildrenShortcut
        )

    def _button_for(self, action: QAction) -> QPushButton:
        button = button_for(action)
        self.buttons[action.objectName()] = button
        return button

    # -- reading --------------------------------------------------------------------
    def set_today(self, today: date | None) -> None:
        """Fix "today" (tests); None follows the clock."""
        self.model.set_today(today)
        self.proxy.invalidate()

    def reload(self) -> None:
        keep = self.current_item()
        with self.context.database.session() as session:
            rows = service.all_states(session)
        self._fill_mentors(rows)
        self.model.set_rows(rows)
        self.pages.setCurrentIndex(PAGE_LIST if rows else PAGE_EMPTY)
        if keep is not None:
            self.select_item(keep.id, clear_filters=False)
        self._after_change()

    def _select_first_if_none(self) -> None:
        if self.current_item() is None and self.proxy.rowCount():
            self.table.selectRow(0)

    def _fill_mentors(self, rows: list[ActionItemState]) -> None:
        current = self.mentor_filter.currentData()
        mentors = sorted({(r.mentor_name, r.mentor_id) for r in rows}, key=lambda m: m[0].lower())
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
        self.proxy.set_mentor(str(self.mentor_filter.currentData() or "") or None)

    def _after_change(self) -> None:
        hidden = self.model.rowCount() > 0 and self.proxy.rowCount() == 0
        if hidden:
            self.no_match.setText(
                self.tr("No action items match this filter. Choose “All” to see every one.")
            )
        self.no_match.setVisible(hidden)
        self._select_first_if_none()
        self._update_actions()

    def current_item(self) -> ActionItemState | None:
        index = self.table.currentIndex()
        rows = self.table.selectionModel().selectedRows()
        if not index.isValid() or not rows:
            return None
        item = index.data(OBJECT_ROLE)
        return item if isinstance(item, ActionItemState) else None

    def select_item(self, item_id: str, clear_filters: bool = True) -> None:
        """Select ``item_id`` (clearing the filters if they hide it)."""
        row = self.model.row_of(item_id)
        if row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid() and clear_filters:
            self.mentor_filter.setCurrentIndex(0)
            self.status_filter.setCurrentIndex(self.status_filter.findData(ActionFilterProxy.ALL))
            index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            return
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)

    def _update_actions(self) -> None:
        item = self.current_item()
        status = item.status if item else None
        self.done_action.setEnabled(item is not None and status != ActionStatus.DONE.value)
        self.reopen_action.setEnabled(item is not None and status != ActionStatus.OPEN.value)
        self.drop_action.setEnabled(item is not None and status == ActionStatus.OPEN.value)
        self.due_action.setEnabled(item is not None)
        self.report_action.setEnabled(item is not None)
        self.report_action.setChecked(bool(item and item.report_back))
        self.mentor_action.setEnabled(item is not None)

    # -- changing -------------------------------------------------------------------
    def _change(self, text: str, change: Callable[[Session, str], object]) -> None:
        """Run ``change(session, item id)`` on the selected item, then make it undoable."""
        before = self.current_item()
        if before is None:
            return
        try:
            with self.context.database.session() as session:
                change(session, before.id)
                after = service.state_of(service.get(session, before.id))
        except service.ActionItemValidationError as error:
            QMessageBox.warning(self, self.tr("Action items"), str(error))
            return
        except (service.ActionItemNotFoundError, SQLAlchemyError) as error:
            QMessageBox.warning(
                self,
                self.tr("Action items"),
                self.tr("Could not save the change: {reason}").format(
                    reason=str(getattr(error, "orig", None) or error).splitlines()[0]
                ),
            )
            self.reload()
            return
        self.context.undo_stack.push(
            ActionItemChangeCommand(self.context, text.format(text=before.text), [before], [after])
        )
        self.context.notify(ACTION_ITEM, [before.id])
        self.reload()

    def mark_done(self) -> None:
        """Ask how it turned out, then mark the selected item done."""
        item = self.current_item()
        if item is None or item.status == ActionStatus.DONE.value:
            return
        dialog = ActionDoneDialog(item, self.model.today(), self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        outcome, done_on, report_back = dialog.values()
        self._change(
            self.tr("Mark done: {text}"),
            partial(service.mark_done, outcome=outcome, on=done_on, report_back=report_back),
        )

    def reopen(self) -> None:
        self._change(
            self.tr("Reopen: {text}"), partial(service.set_status, status=ActionStatus.OPEN.value)
        )

    def drop(self) -> None:
        self._change(
            self.tr("Drop: {text}"), partial(service.set_status, status=ActionStatus.DROPPED.value)
        )

    def edit_due_date(self) -> None:
        item = self.current_item()
        if item is None:
            return
        dialog = DueDateDialog(item, self.model.today(), self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        due = dialog.value()
        self._change(
            self.tr("Set due date: {text}"),
            partial(service.update, due_date=due, clear_due_date=due is None),
        )

    def toggle_report_back(self) -> None:
        item = self.current_item()
        if item is None:
            return
        self._change(
            self.tr("Report back: {text}"),
            partial(service.update, report_back=not item.report_back),
        )

    def go_to_mentor(self) -> None:
        item = self.current_item()
        if item is not None:
            self.context.show_mentor_requested.emit(item.mentor_id)
