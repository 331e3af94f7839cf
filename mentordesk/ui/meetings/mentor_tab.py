"""A mentor's own meeting history (on the mentor's page), and the meeting actions it
shares with the Meetings area: cancel and delete, each undoable."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mentordesk.db.choices import MeetingStatus
from mentordesk.services import meeting_queries, meetings, mentors
from mentordesk.services.errors import NotFoundError
from mentordesk.services.kinds import Change, Kind, Ref
from mentordesk.services.meeting_queries import MeetingRow
from mentordesk.ui import formats
from mentordesk.ui.context import AppContext
from mentordesk.ui.follow import ChangeFollower
from mentordesk.ui.lists.tables import Column, fit_columns, record_table
from mentordesk.ui.meetings import plan_dialog
from mentordesk.ui.meetings.edit_dialog import edit_meeting
from mentordesk.ui.meetings.read_dialog import read_meeting
from mentordesk.ui.meetings.table import MeetingFilterProxy, MeetingTableModel
from mentordesk.ui.shell.areas import area_title

MEETING_KINDS = (Kind.MEETING, Kind.AGENDA_ITEM, Kind.ACTION_ITEM, Kind.MENTOR)

# The page is one mentor's: when, how it went and the agenda matter; the format gives
# way first.
M = MeetingTableModel
MENTOR_MEETINGS = (
    (
        Column(M.COL_WHEN, keep=True),
        Column(M.COL_STATUS, keep=True),
        Column(M.COL_RATING, keep=True),
        Column(M.COL_AGENDA, keep=True),
        Column(M.COL_FORMAT),
    ),
    M.COL_WHEN,
)


class MeetingEditing(QObject):
    """What every list of meetings does with the chosen one (None: nothing chosen, and
    nothing done): open it in meeting mode, read it, edit it, or cancel or delete it
    the same way everywhere (confirm, write, undo, announce)."""

    def __init__(self, context: AppContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.context = context
        self._parent = parent

    def label(self, meeting: MeetingRow) -> str:
        return self.tr("with {name} on {when}").format(
            name=meeting.mentor_name, when=formats.meeting_time(meeting.scheduled_start)
        )

    def activate(self, meeting: MeetingRow | None) -> None:
        """Enter or a double-click: a planned meeting opens in meeting mode (to prepare
        or hold it); one that is over opens to be read."""
        if meeting is not None and meeting.status == MeetingStatus.PLANNED.value:
            self.open(meeting)
        else:
            self.read(meeting)

    def open(self, meeting: MeetingRow | None) -> None:
        if meeting is not None:
            self.context.open_meeting_mode(meeting.id)

    def read(self, meeting: MeetingRow | None) -> None:
        if meeting is not None:
            read_meeting(self.context, meeting.id, self._parent)

    def edit(self, meeting: MeetingRow | None) -> None:
        if meeting is not None:
            edit_meeting(self.context, meeting.id, self._parent)

    def cancel(self, meeting: MeetingRow | None) -> bool:
        """Mark a planned meeting cancelled (Edit ▸ Undo brings it back)."""
        if meeting is None or meeting.status != MeetingStatus.PLANNED.value:
            return False
        label = self.label(meeting)
        done = self.context.write(
            self.tr("Cancel meeting {label}").format(label=label),
            lambda s: meetings.cancel_meeting(s, meeting.id, now=self.context.now()),
            refs=[Ref(Kind.MEETING, meeting.id)],
            area=area_title("meetings"),
            parent=self._parent,
        )
        if done is None:
            return False
        self.context.say(
            self.tr("Cancelled the meeting {label}. Edit ▸ Undo brings it back.").format(
                label=label
            )
        )
        return True

    def delete(self, meeting: MeetingRow | None, confirm: bool = True) -> bool:
        """Delete a meeting after saying what goes with it (Edit ▸ Undo brings it back)."""
        if meeting is None or (confirm and not self._confirm_delete(meeting)):
            return False
        done = self.context.write(
            self.tr("Delete meeting {label}").format(label=self.label(meeting)),
            lambda s: meetings.delete_meeting(s, meeting.id),
            refs=[Ref(Kind.MEETING, meeting.id)],
            dependents=True,
            area=area_title("meetings"),
            parent=self._parent,
        )
        return done is not None

    def _confirm_delete(self, meeting: MeetingRow) -> bool:
        try:
            summary = self.context.read(meeting_queries.delete_summary, meeting.id)
        except NotFoundError:
            return False
        parts = [
            self.tr("its agenda ({count})").format(
                count=formats.count_text(
                    summary.agenda_points, self.tr("1 point"), self.tr("{n} points")
                )
            )
            if summary.agenda_points
            else self.tr("its (empty) agenda"),
            self.tr("its notes ({count} characters) and their history").format(
                count=summary.notes_characters
            )
            if summary.notes_characters
            else self.tr("its (empty) notes"),
        ]
        if summary.has_takeaways:
            parts.append(self.tr("its takeaways"))
        actions = ""
        if summary.action_items:
            actions = "\n\n" + formats.count_text(
                summary.action_items,
                self.tr(
                    "Its action item stays in the Action items area, no longer linked to a meeting."
                ),
                self.tr(
                    "Its {n} action items stay in the Action items area, no longer linked "
                    "to a meeting."
                ),
            )
        answer = QMessageBox.question(
            self._parent,
            self.tr("Delete meeting"),
            self.tr(
                "Delete the meeting {label}?\n\nThis removes {parts}.{actions}\n\n"
                "Edit ▸ Undo brings it back. To keep the record, cancel it instead."
            ).format(label=self.label(meeting), parts=", ".join(parts), actions=actions),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes


class MentorMeetingsPanel(QWidget):
    """One mentor's meetings, newest first; plan another or open one in meeting mode.

    It reads only that mentor's meetings, and nothing while its tab is hidden.
    """

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mentorMeetingsPanel")
        self.context = context
        self.mentor_id: str | None = None
        self._name = ""
        self.editing = MeetingEditing(context, self)
        self.model = MeetingTableModel(context.now, self)
        self.proxy = MeetingFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        self.summary = QLabel()
        self.summary.setObjectName("mentorMeetingsSummary")
        self.summary.setWordWrap(True)
        self.plan_button = QPushButton(self.tr("Plan meeting…"))
        self.plan_button.setObjectName("mentorPlanMeetingButton")
        self.plan_button.setAccessibleName(self.tr("Plan meeting"))
        self.plan_button.clicked.connect(self.plan_meeting)
        self.read_button = QPushButton(self.tr("Read…"))
        self.read_button.setObjectName("mentorReadMeetingButton")
        self.read_button.setAccessibleName(self.tr("Read the meeting"))
        self.read_button.clicked.connect(self.read_current)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.setObjectName("mentorEditMeetingButton")
        self.edit_button.setAccessibleName(self.tr("Edit the meeting"))
        self.edit_button.clicked.connect(self.edit_current)
        self.open_button = QPushButton(self.tr("Open in meeting mode"))
        self.open_button.setObjectName("mentorOpenMeetingButton")
        self.open_button.setAccessibleName(self.tr("Open in meeting mode"))
        self.open_button.clicked.connect(self.open_current)

        self.table = record_table(
            "mentorMeetingTable",
            self.tr("Meetings with this mentor"),
            self.proxy,
            MeetingTableModel.COL_WHEN,
            Qt.SortOrder.DescendingOrder,
        )
        # The mentor is known here; the length matters less than in the full list.
        self.table.setColumnHidden(MeetingTableModel.COL_MENTOR, True)
        self.table.setColumnHidden(MeetingTableModel.COL_DURATION, True)
        fit_columns(self.table, *MENTOR_MEETINGS)
        self.table.doubleClicked.connect(lambda _index: self.activate_current())
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        for name, text, slot in (
            ("mentorReadMeetingAction", self.tr("Read…"), self.read_current),
            ("mentorOpenMeetingAction", self.tr("Open in meeting mode"), self.open_current),
            ("mentorEditMeetingAction", self.tr("Edit…"), self.edit_current),
            ("mentorCancelMeetingAction", self.tr("Cancel meeting"), self.cancel_current),
            ("mentorDeleteMeetingAction", self.tr("Delete meeting…"), self.delete_current),
        ):
            action = QAction(text, self.table)
            action.setObjectName(name)
            action.triggered.connect(lambda _checked=False, slot=slot: slot())
            self.table.addAction(action)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)

        buttons = QHBoxLayout()
        buttons.addWidget(self.plan_button)
        buttons.addWidget(self.read_button)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.edit_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.summary)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        self.follower = ChangeFollower(self, context, MEETING_KINDS, self._refresh)
        self._update_text()

    def set_mentor(self, mentor_id: str | None) -> None:
        """Show ``mentor_id``'s meetings (None: nobody, e.g. a new mentor being added)."""
        if mentor_id == self.mentor_id:
            return
        self.mentor_id = mentor_id
        self.model.set_rows([])
        self.follower.everything_changed()
        self._update_text()

    def _refresh(self, change: Change | None) -> None:
        mentor_id = self.mentor_id
        if mentor_id is None:
            self.model.set_rows([])
            self._name = ""
        elif change is None or mentor_id in change.ids:
            self.model.set_rows(self.context.read(meeting_queries.meeting_rows, {mentor_id}))
            try:
                self._name = self.context.read(mentors.get, mentor_id).data.name
            except mentors.MentorNotFoundError:
                self._name = ""
        else:
            fresh = self.context.read(meeting_queries.meeting_rows, change.ids)
            self.model.merge([row for row in fresh if row.mentor_id == mentor_id], change.ids)
        if self.proxy.rowCount() and self.current_meeting() is None:
            self.table.selectRow(0)
        self._update_text()

    def _update_text(self) -> None:
        name = self._name if self.mentor_id else ""
        count = self.proxy.rowCount()
        # The page is the mentor's: the button stays short, the name is heard and shown
        # in its tooltip (a long name cut the buttons beside it).
        plan_text = self.tr("Plan a meeting with {name}").format(name=name) if name else ""
        self.plan_button.setText(self.tr("Plan meeting…"))
        self.plan_button.setAccessibleName(plan_text or self.tr("Plan meeting"))
        self.plan_button.setToolTip(plan_text)
        self.plan_button.setEnabled(bool(name))
        if not name:
            self.summary.setText(self.tr("Save the mentor first; then plan meetings here."))
        elif count == 0:
            self.summary.setText(self.tr("No meetings with {name} yet.").format(name=name))
        else:
            held = sum(1 for row in self.model.rows() if row.status == MeetingStatus.HELD.value)
            self.summary.setText(
                formats.count_text(
                    count,
                    self.tr("1 meeting with {name}, {held} held."),
                    self.tr("{n} meetings with {name}, {held} held."),
                ).format(name=name, held=held)
            )
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = self.current_meeting() is not None
        for button in (self.open_button, self.read_button, self.edit_button):
            button.setEnabled(chosen)

    def current_meeting(self) -> MeetingRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.proxy.record(rows[0].row()) if rows else None

    def plan_meeting(self) -> None:
        if self.mentor_id is not None:
            plan_dialog.plan_meeting(self.context, self.mentor_id, self)

    def open_current(self) -> None:
        self.editing.open(self.current_meeting())

    def activate_current(self) -> None:
        self.editing.activate(self.current_meeting())

    def read_current(self) -> None:
        self.editing.read(self.current_meeting())

    def edit_current(self) -> None:
        self.editing.edit(self.current_meeting())

    def cancel_current(self) -> None:
        self.editing.cancel(self.current_meeting())

    def delete_current(self) -> None:
        self.editing.delete(self.current_meeting())
