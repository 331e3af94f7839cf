"""The Meetings area: upcoming and past meetings, planning, and the brief for the next one."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from mentordesk.db.choices import MeetingStatus
from mentordesk.services import meeting_queries, mentors
from mentordesk.services.kinds import Change, Kind, Ref
from mentordesk.services.meeting_queries import MeetingRow
from mentordesk.ui import formats, labels
from mentordesk.ui.context import AppContext
from mentordesk.ui.links import join_url, open_link
from mentordesk.ui.lists.list_area import ListArea
from mentordesk.ui.lists.tables import fit_columns
from mentordesk.ui.meetings import plan_dialog
from mentordesk.ui.meetings.agenda_preview import preview_and_copy
from mentordesk.ui.meetings.brief import BriefPanel
from mentordesk.ui.meetings.mentor_tab import MEETING_KINDS, MeetingEditing
from mentordesk.ui.meetings.table import COLUMNS, MeetingFilterProxy, MeetingTableModel
from mentordesk.ui.widgets.date_fields import DateField
from mentordesk.ui.widgets.empty_state import EmptyState

SCOPES = (
    (MeetingFilterProxy.UPCOMING, QT_TRANSLATE_NOOP("MeetingsView", "Upcoming")),
    (MeetingFilterProxy.PAST, QT_TRANSLATE_NOOP("MeetingsView", "Past")),
    (MeetingFilterProxy.ALL, QT_TRANSLATE_NOOP("MeetingsView", "All")),
)


class MeetingsView(ListArea[MeetingRow]):
    """Every meeting, filtered by time, mentor, status and dates, beside the brief."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        empty = EmptyState(self.tr("No meetings yet"), "")
        empty.setObjectName("meetingsEmptyState")
        proxy = MeetingFilterProxy()
        super().__init__(
            context,
            MeetingTableModel(context.now),
            proxy,
            name="meeting",
            accessible=self.tr("Meetings"),
            shows=MEETING_KINDS,
            sort_column=MeetingTableModel.COL_WHEN,
            order=Qt.SortOrder.AscendingOrder,
            empty=empty,
            parent=parent,
        )
        self.setObjectName("meetingsView")
        self.model.setParent(self)
        proxy.setParent(self)
        self.meeting_proxy = proxy
        proxy.set_scope(MeetingFilterProxy.UPCOMING)
        self.editing = MeetingEditing(context, self)
        self.empty_plan = empty.add_button(
            "planFirstMeetingButton", self.tr("Plan a meeting"), primary=True
        )
        self.empty_plan.clicked.connect(lambda: self.plan_meeting())

        # File ▸ Plan Meeting owns Ctrl+Shift+N everywhere; two owners would cancel out.
        self.plan_action = self.add_action(
            "planMeetingAction", self.tr("Plan meeting…"), lambda: self.plan_meeting(), menu=False
        )
        self.read_action = self.add_action("readMeetingAction", self.tr("Read…"), self.read_current)
        self.open_action = self.add_action(
            "openMeetingAction", self.tr("Open in meeting mode"), self.open_current
        )
        self.edit_action = self.add_action("editMeetingAction", self.tr("Edit…"), self.edit_current)
        self.join_action = self.add_action("joinMeetingAction", self.tr("Join"), self.join_current)
        self.copy_action = self.add_action(
            "copyAgendaAction", self.tr("Copy agenda"), self.copy_agenda, button=False
        )
        self.mentor_action = self.add_action(
            "meetingMentorAction", self.tr("Go to mentor"), self.go_to_mentor, button=False
        )
        self.cancel_action = self.add_action(
            "cancelMeetingAction", self.tr("Cancel meeting"), self.cancel_current
        )
        self.delete_action = self.add_action(
            "deleteMeetingAction", self.tr("Delete…"), self.delete_current
        )
        self.recap_action = self.add_action(
            "sendRecapMeetingAction", self.tr("Send recap…"), self.send_recap, button=False
        )
        self.templates_action = self.add_action(
            "meetingTemplatesAction", self.tr("Meeting templates…"), self.templates, button=False
        )
        self.add_delete_key(self.delete_current)

        self.scope_group = QButtonGroup(self)
        self.scope_group.setExclusive(True)
        scope_row = QHBoxLayout()
        scope_row.setSpacing(0)
        for value, marked in SCOPES:
            text = QCoreApplication.translate("MeetingsView", str(marked))
            button = QPushButton(text)
            button.setObjectName(f"{value}ScopeButton")
            button.setAccessibleName(self.tr("Show {scope} meetings").format(scope=text))
            button.setCheckable(True)
            button.setChecked(value == MeetingFilterProxy.UPCOMING)
            button.setProperty("scope", value)
            self.scope_group.addButton(button)
            scope_row.addWidget(button)
        self.scope_group.buttonToggled.connect(self._scope_toggled)
        self.action_bar.insertLayout(0, scope_row)

        self.mentor_filter = self.add_combo(
            "meetingMentorFilter", self.tr("Mentor:"), self.tr("Show mentor")
        )
        self.mentor_filter.setMinimumContentsLength(14)
        self.mentor_filter.currentIndexChanged.connect(self._mentor_filter_changed)
        self.status_filter = self.add_combo(
            "meetingStatusFilter", self.tr("Status:"), self.tr("Show status")
        )
        self.status_filter.addItem(self.tr("Any status"), MeetingFilterProxy.ANY_STATUS)
        for value, text in labels.choices(MeetingStatus):
            self.status_filter.addItem(text, value)
        self.status_filter.currentIndexChanged.connect(
            lambda: self.meeting_proxy.set_status(str(self.status_filter.currentData()))
        )
        self.use_dates = QCheckBox(self.tr("Between"))
        self.use_dates.setObjectName("meetingDateFilter")
        self.use_dates.setAccessibleName(self.tr("Only meetings between two dates"))
        today = context.today()
        self.date_from = self._date_edit("meetingDateFrom", self.tr("From date"))
        self.date_to = self._date_edit("meetingDateTo", self.tr("To date"))
        self.date_from.setDate(formats.to_qdate(today - timedelta(days=30)))
        self.date_to.setDate(formats.to_qdate(today + timedelta(days=30)))
        self.use_dates.toggled.connect(self._dates_changed)
        self.date_from.dateChanged.connect(self._dates_changed)
        self.date_to.dateChanged.connect(self._dates_changed)
        self.filters.addSpacing(8)
        self.filters.addWidget(self.use_dates)
        self.filters.addWidget(self.date_from)
        self.filters.addWidget(QLabel(self.tr("and")))
        self.filters.addWidget(self.date_to)
        self.filters.addStretch(1)
        self._dates_changed()

        fit_columns(self.table, *COLUMNS)
        self.table.doubleClicked.connect(lambda _index: self.activated())

        self.brief = BriefPanel(context)
        self.add_side(self.brief, (660, 390))
        self.reload()

    def _date_edit(self, name: str, accessible: str) -> DateField:
        return DateField(name, accessible)  # one Tab passes it

    # -- reading --------------------------------------------------------------------
    def fetch(self, touching: frozenset[str] | None) -> list[MeetingRow]:
        return self.context.read(meeting_queries.meeting_rows, touching)

    def refresh(self, change: Change | None) -> None:
        if change is None or Kind.MENTOR in change.kinds:
            self._fill_mentors()
        self.meeting_proxy.follow_clock()  # "upcoming" moves on with the clock
        super().refresh(change)

    def reload(self) -> None:
        self._fill_mentors()
        super().reload()

    def after_change(self) -> None:
        if not self.has_records():
            self._update_empty_state()
        super().after_change()

    def _update_empty_state(self) -> None:
        has_mentors = self.mentor_filter.count() > 1
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
        for choice in self.context.read(mentors.choices):
            self.mentor_filter.addItem(choice.name, choice.id)
        index = self.mentor_filter.findData(current) if current else 0
        self.mentor_filter.setCurrentIndex(max(0, index))
        self.mentor_filter.blockSignals(False)
        self._mentor_filter_changed()

    def _mentor_filter_changed(self) -> None:
        self.meeting_proxy.set_mentor(str(self.mentor_filter.currentData() or "") or None)

    def _dates_changed(self) -> None:
        on = self.use_dates.isChecked()
        self.date_from.setEnabled(on)
        self.date_to.setEnabled(on)
        if on:
            self.meeting_proxy.set_date_range(
                formats.to_date(self.date_from.date()), formats.to_date(self.date_to.date())
            )
        else:
            self.meeting_proxy.set_date_range(None)

    def _scope_toggled(self, button: QPushButton, checked: bool) -> None:
        if not checked:
            return
        scope = str(button.property("scope"))
        self.meeting_proxy.set_scope(scope)
        # Soonest first for what is ahead, newest first for what is behind.
        if self.model.sort_column() == MeetingTableModel.COL_WHEN:
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

    def no_match_text(self) -> str:
        if self.meeting_proxy.scope() == MeetingFilterProxy.UPCOMING:
            return self.tr("No upcoming meetings. Plan one (Ctrl+Shift+N), or look at Past.")
        return self.tr("No meeting matches these filters.")

    def clear_filters(self) -> None:
        self.mentor_filter.setCurrentIndex(0)
        self.status_filter.setCurrentIndex(0)
        self.use_dates.setChecked(False)
        self.set_scope(MeetingFilterProxy.ALL)

    def current_meeting(self) -> MeetingRow | None:
        return self.current()

    def select_meeting(self, meeting_id: str, clear_filters: bool = True) -> None:
        self.select(meeting_id, reveal=clear_filters)

    def reveal(self, ref: Ref) -> None:
        if ref.kind is Kind.MEETING:
            super().reveal(ref)

    def mentor_on_screen(self) -> str | None:
        """The mentor chosen in the filter, else the current meeting's (as Plan meeting)."""
        chosen = self.mentor_filter.currentData()
        meeting = self.current()
        return str(chosen) if chosen else (meeting.mentor_id if meeting is not None else None)

    def selection_changed(self) -> None:
        meeting = self.current()
        self.brief.show_mentor(meeting.mentor_id if meeting else None)

    def update_actions(self) -> None:
        meeting = self.current()
        self.open_action.setEnabled(meeting is not None)
        self.read_action.setEnabled(meeting is not None)
        self.edit_action.setEnabled(meeting is not None)
        self.copy_action.setEnabled(meeting is not None)
        link = join_url(meeting.location) if meeting is not None else None
        self.join_action.setEnabled(link is not None)
        self.join_action.setToolTip(
            self.tr("Open {link}").format(link=link.toString()) if link else self.tr("No link")
        )
        self.mentor_action.setEnabled(meeting is not None)
        self.cancel_action.setEnabled(
            meeting is not None and meeting.status == MeetingStatus.PLANNED.value
        )
        self.delete_action.setEnabled(meeting is not None)
        self.recap_action.setEnabled(
            meeting is not None and meeting.status == MeetingStatus.HELD.value
        )
        if meeting is None and self.brief.mentor_id is not None:
            self.brief.show_mentor(None)

    # -- acting ---------------------------------------------------------------------
    def send_recap(self) -> None:
        from mentordesk.ui.meetings.recap_dialog import send_recap

        meeting = self.current()
        if meeting is not None:
            send_recap(self.context, self, meeting.id)

    def templates(self) -> None:
        from mentordesk.ui.templates.dialog import manage_templates

        manage_templates(self.context, self)

    def plan_meeting(self, mentor_id: str | None = None) -> None:
        """Open the plan dialog (for ``mentor_id`` if given); select the new meeting."""
        if mentor_id is None:
            meeting = self.current()
            chosen = self.mentor_filter.currentData()
            mentor_id = str(chosen) if chosen else (meeting.mentor_id if meeting else None)
        new_id = plan_dialog.plan_meeting(self.context, mentor_id, self)
        if new_id is not None:
            self.follower.flush()
            self.select(new_id)

    def activated(self) -> None:
        """Enter or a double-click: a planned meeting opens in meeting mode (to prepare
        or hold it); one that is over opens to be read."""
        self.editing.activate(self.current())

    def open_current(self) -> None:
        self.editing.open(self.current())

    def read_current(self) -> None:
        self.editing.read(self.current())

    def edit_current(self) -> None:
        self.editing.edit(self.current())

    def join_current(self) -> None:
        meeting = self.current()
        link = join_url(meeting.location) if meeting is not None else None
        if link is not None and meeting is not None:
            open_link(link, self.context.say, meeting.location)

    def copy_agenda(self) -> None:
        meeting = self.current()
        if meeting is not None:
            detail = self.context.read(meeting_queries.detail, meeting.id)
            preview_and_copy(self.context, detail, self)  # shows what leaves first

    def go_to_mentor(self) -> None:
        meeting = self.current()
        if meeting is not None:
            self.context.open(Ref(Kind.MENTOR, meeting.mentor_id))

    def cancel_current(self) -> None:
        """Mark the selected planned meeting cancelled (Edit ▸ Undo brings it back)."""
        self.editing.cancel(self.current())

    def delete_current(self, confirm: bool = True) -> None:
        """Delete the selected meeting after saying what goes with it (undoable)."""
        self.editing.delete(self.current(), confirm)
