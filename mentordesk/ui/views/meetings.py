"""The Meetings area: upcoming and past meetings, planning, and the brief for the next one."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from mentordesk.db.models import MeetingStatus
from mentordesk.services import meeting_queries
from mentordesk.services.meeting_queries import MeetingRow
from mentordesk.ui.actions import button_for, make_action
from mentordesk.ui.context import AppContext
from mentordesk.ui.dialogs import plan_meeting as plan_dialog
from mentordesk.ui.dialogs.action_done import to_date, to_qdate
from mentordesk.ui.models.meeting_table import (
    MEETING_STATUS_LABELS,
    OBJECT_ROLE,
    MeetingFilterProxy,
    MeetingTableModel,
)
from mentordesk.ui.widgets.brief import BriefPanel
from mentordesk.ui.widgets.empty_state import EmptyState
from mentordesk.ui.widgets.mentor_meetings import MeetingEditing
from mentordesk.ui.widgets.tables import follow_changes, record_table

PAGE_EMPTY, PAGE_LIST = 0, 1
SCOPES = (
    (MeetingFilterProxy.UPCOMING, "Upcoming"),
    (MeetingFilterProxy.PAST, "Past"),
    (MeetingFilterProxy.ALL, "All"),
)


class MeetingsView(QWidget):
    """Every meeting, filtered by time, mentor, status and dates, beside the brief."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("meetingsView")
        self.context = context
        self.model = MeetingTableModel(self)
        self.proxy = MeetingFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.set_scope(MeetingFilterProxy.UPCOMING)
        self.editing = MeetingEditing(context, self)

        self.empty = EmptyState(self.tr("No meetings yet"), "")
        self.empty.setObjectName("meetingsEmptyState")
        self.empty_plan = self.empty.add_button(
            "planFirstMeetingButton", self.tr("Plan a meeting"), primary=True
        )
        self.empty_plan.clicked.connect(lambda: self.plan_meeting())

        self.plan_action = self._action(
            "planMeetingAction",
            self.tr("Plan meeting…"),
            lambda: self.plan_meeting(),
            "Ctrl+Shift+N",
        )
        self.open_action = self._action(
            "openMeetingAction", self.tr("Open in meeting mode"), self.open_current
        )
        self.cancel_action = self._action(
            "cancelMeetingAction", self.tr("Cancel meeting"), self.cancel_current
        )
        self.delete_action = self._action(
            "deleteMeetingAction", self.tr("Delete…"), self.delete_current
        )
        self.mentor_action = self._action(
            "meetingMentorAction", self.tr("Go to mentor"), self.go_to_mentor
        )

        self.scope_group = QButtonGroup(self)
        self.scope_group.setExclusive(True)
        scope_row = QHBoxLayout()
        scope_row.setSpacing(0)
        for value, label in SCOPES:
            button = QPushButton(self.tr(label))
            button.setObjectName(f"{value}ScopeButton")
            button.setAccessibleName(self.tr("Show {scope} meetings").format(scope=self.tr(label)))
            button.setCheckable(True)
            button.setChecked(value == MeetingFilterProxy.UPCOMING)
            button.setProperty("scope", value)
            self.scope_group.addButton(button)
            scope_row.addWidget(button)
        self.scope_group.buttonToggled.connect(self._scope_toggled)

        self.mentor_filter = self._combo("meetingMentorFilter", self.tr("Show mentor"))
        self.mentor_filter.setMinimumContentsLength(14)
        self.mentor_filter.currentIndexChanged.connect(self._mentor_filter_changed)
        self.status_filter = self._combo("meetingStatusFilter", self.tr("Show status"))
        self.status_filter.addItem(self.tr("Any status"), MeetingFilterProxy.ANY_STATUS)
        for value, label in MEETING_STATUS_LABELS.items():
            self.status_filter.addItem(label, value)
        self.status_filter.currentIndexChanged.connect(
            lambda: self.proxy.set_status(str(self.status_filter.currentData()))
        )
        self.use_dates = QCheckBox(self.tr("Between"))
        self.use_dates.setObjectName("meetingDateFilter")
        self.use_dates.setAccessibleName(self.tr("Only meetings between two dates"))
        today = date.today()
        self.date_from = self._date_edit("meetingDateFrom", self.tr("From date"), today)
        self.date_to = self._date_edit(
            "meetingDateTo", self.tr("To date"), today + timedelta(days=30)
        )
        self.date_from.setDate(to_qdate(today - timedelta(days=30)))
        for widget in (self.use_dates, self.date_from, self.date_to):
            signal = widget.toggled if isinstance(widget, QCheckBox) else widget.dateChanged
            signal.connect(self._dates_changed)
        self._dates_changed()

        top = QHBoxLayout()
        top.addLayout(scope_row)
        top.addStretch(1)
        for action in (self.plan_action, self.open_action, self.cancel_action, self.delete_action):
            top.addWidget(self._button_for(action))
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Mentor:")))
        filters.addWidget(self.mentor_filter)
        filters.addSpacing(8)
        filters.addWidget(QLabel(self.tr("Status:")))
        filters.addWidget(self.status_filter)
        filters.addSpacing(8)
        filters.addWidget(self.use_dates)
        filters.addWidget(self.date_from)
        filters.addWidget(QLabel(self.tr("and")))
        filters.addWidget(self.date_to)
        filters.addStretch(1)

        self.table = record_table(
            "meetingTable",
            self.tr("Meetings"),
            self.proxy,
            MeetingTableModel.COL_WHEN,
            Qt.SortOrder.AscendingOrder,
        )
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        for action in (self.open_action, self.mentor_action, self.cancel_action):
            self.table.addAction(action)
        self.table.addAction(self.delete_action)
        self.table.installEventFilter(self)  # Enter opens the meeting
        delete = QAction(self.table)
        delete.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete.triggered.connect(self.delete_current)
        self.table.addAction(delete)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(MeetingTableModel.COL_MENTOR, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 140), (2, 95), (3, 70), (4, 95), (5, 55), (6, 60)):
            self.table.setColumnWidth(column, width)
        self.table.doubleClicked.connect(lambda _index: self.open_current())
        self.table.selectionModel().selectionChanged.connect(self._current_changed)
        self.no_match = QLabel()
        self.no_match.setObjectName("meetingNoMatch")
        self.no_match.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.no_match.setWordWrap(True)
        self.no_match.hide()

        self.brief = BriefPanel(context)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.no_match)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("meetingsSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.brief)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([660, 390])

        page = QWidget()
        page_layout = QVBoxLayout(page)
        page_layout.setContentsMargins(0, 0, 0, 0)
        page_layout.addLayout(top)
        page_layout.addLayout(filters)
        page_layout.addWidget(self.splitter, 1)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.empty)
        self.pages.addWidget(page)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)

        self._reload_soon = follow_changes(
            self, context, self.proxy, self._after_change, self.reload
        )
        self.reload()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.table
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and self.current_meeting() is not None
        ):
            self.open_current()
            return True
        return super().eventFilter(watched, event)

    # -- building -------------------------------------------------------------------
    def _action(self, name: str, text: str, slot: Callable[[], object], keys: str = "") -> QAction:
        return make_action(
            self, name, text, slot, keys, Qt.ShortcutContext.WidgetWithChildrenShortcut
        )

    def _button_for(self, action: QAction) -> QPushButton:
        return button_for(action)

    def _combo(self, name: str, accessible: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.setAccessibleName(accessible)
        return combo

    def _date_edit(self, name: str, accessible: str, value: date) -> QDateEdit:
        edit = QDateEdit(to_qdate(value))
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        return edit

    # -- reading --------------------------------------------------------------------
    def reload(self) -> None:
        """Read every meeting again; keep the selection."""
        keep = self.current_meeting()
        with self.context.database.session() as session:
            rows = meeting_queries.meeting_rows(session)
        self._fill_mentors()
        self.model.set_rows(rows)
        self.pages.setCurrentIndex(PAGE_LIST if rows else PAGE_EMPTY)
        if not rows:
            self._update_empty_state()
        if keep is not None and self.model.row_of(keep.id) >= 0:
            self.select_meeting(keep.id, clear_filters=False)
        elif self.proxy.rowCount():
            self._select_index(self.proxy.index(0, 0))
        self._after_change()

    def _update_empty_state(self) -> None:
        has_mentors = bool(self.mentor_filter.count() > 1)
        self.empty.text.setText(
            self.tr(
                "Plan your next conversation: when, how long, where or which link, and "
                "what you want to ask. Before you meet, a brief here reminds you of what "
                "you promised and what is left from last time."
            )
            if has_mentors
            else self.tr(
                "Meetings are with your mentors, so add a mentor first: open the Mentors "
                "area (Ctrl+2) and choose “New mentor”."
            )
        )
        self.empty_plan.setVisible(has_mentors)

    def _fill_mentors(self) -> None:
        current = self.mentor_filter.currentData()
        self.mentor_filter.blockSignals(True)
        self.mentor_filter.clear()
        self.mentor_filter.addItem(self.tr("All mentors"), "")
        for mentor in sorted(self.context.mentor_store.all(), key=lambda m: m.data.name.lower()):
            self.mentor_filter.addItem(mentor.data.name, mentor.id)
        index = self.mentor_filter.findData(current) if current else 0
        self.mentor_filter.setCurrentIndex(max(0, index))
        self.mentor_filter.blockSignals(False)
        self._mentor_filter_changed()

    def _mentor_filter_changed(self) -> None:
        self.proxy.set_mentor(str(self.mentor_filter.currentData() or "") or None)

    def _dates_changed(self) -> None:
        on = self.use_dates.isChecked()
        self.date_from.setEnabled(on)
        self.date_to.setEnabled(on)
        if on:
            self.proxy.set_date_range(to_date(self.date_from.date()), to_date(self.date_to.date()))
        else:
            self.proxy.set_date_range(None)

    def _scope_toggled(self, button: QPushButton, checked: bool) -> None:
        if not checked:
            return
        scope = str(button.property("scope"))
        self.proxy.set_scope(scope)
        # Soonest first for what is ahead, newest first for what is behind.
        if self.proxy.sortColumn() == MeetingTableModel.COL_WHEN:
            order = (
                Qt.SortOrder.AscendingOrder
                if scope == MeetingFilterProxy.UPCOMING
                else Qt.SortOrder.DescendingOrder
            )
            self.table.sortByColumn(MeetingTableModel.COL_WHEN, order)

    def set_scope(self, scope: str) -> None:
        for button in self.scope_group.buttons():
            if button.property("scope") == scope:
                button.setChecked(True)

    def _after_change(self) -> None:
        hidden = self.model.rowCount() > 0 and self.proxy.rowCount() == 0
        if hidden:
            self.no_match.setText(
                self.tr("No upcoming meetings. Plan one (Ctrl+Shift+N), or look at Past.")
                if self.proxy.scope() == MeetingFilterProxy.UPCOMING
                else self.tr("No meeting matches these filters.")
            )
        self.no_match.setVisible(hidden)
        if not self.table.selectionModel().hasSelection() and self.proxy.rowCount():
            self._select_index(self.proxy.index(0, 0))
        self._update_actions()

    def current_meeting(self) -> MeetingRow | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        row = rows[0].data(OBJECT_ROLE)
        return row if isinstance(row, MeetingRow) else None

    def _select_index(self, index: QModelIndex) -> None:
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )

    def select_meeting(self, meeting_id: str, clear_filters: bool = True) -> None:
        """Select ``meeting_id`` (clearing the filters if they hide it)."""
        row = self.model.row_of(meeting_id)
        if row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid() and clear_filters:
            self.mentor_filter.setCurrentIndex(0)
            self.status_filter.setCurrentIndex(0)
            self.use_dates.setChecked(False)
            self.set_scope(MeetingFilterProxy.ALL)
            index = self.proxy.mapFromSource(self.model.index(row, 0))
        if index.isValid():
            self._select_index(index)
            self.table.scrollTo(index)

    def _current_changed(self) -> None:
        meeting = self.current_meeting()
        self.brief.show_mentor(meeting.mentor_id if meeting else None)
        self._update_actions()

    def _update_actions(self) -> None:
        meeting = self.current_meeting()
        self.open_action.setEnabled(meeting is not None)
        self.mentor_action.setEnabled(meeting is not None)
        self.cancel_action.setEnabled(
            meeting is not None and meeting.status == MeetingStatus.PLANNED.value
        )
        self.delete_action.setEnabled(meeting is not None)
        if meeting is None and self.brief.mentor_id is not None:
            self.brief.show_mentor(None)

    # -- acting ---------------------------------------------------------------------
    def plan_meeting(self, mentor_id: str | None = None) -> None:
        """Open the plan dialog (for ``mentor_id`` if given); select the new meeting."""
        if mentor_id is None:
            meeting = self.current_meeting()
            chosen = self.mentor_filter.currentData()
            mentor_id = str(chosen) if chosen else (meeting.mentor_id if meeting else None)
        new_id = plan_dialog.plan_meeting(self.context, mentor_id, self)
        if new_id is not None:
            self.reload()
            self.select_meeting(new_id)

    def open_current(self) -> None:
        meeting = self.current_meeting()
        if meeting is not None:
            self.context.open_meeting_mode_requested.emit(meeting.id)

    def go_to_mentor(self) -> None:
        meeting = self.current_meeting()
        if meeting is not None:
            self.context.show_mentor_requested.emit(meeting.mentor_id)

    def cancel_current(self) -> None:
        """Mark the selected planned meeting cancelled (Edit ▸ Undo brings it back)."""
        meeting = self.current_meeting()
        if meeting is not None and self.editing.cancel(meeting):
            self.reload()

    def delete_current(self, confirm: bool = True) -> None:
        """Delete the selected meeting after saying what goes with it (undoable)."""
        meeting = self.current_meeting()
        if meeting is not None and self.editing.delete(meeting, confirm):
            self.reload()
