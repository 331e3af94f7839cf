"""A mentor's own meeting history (on the mentor's page), and the meeting actions it
shares with the Meetings area: cancel and delete, each undoable."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QWidget,
)

from mentordesk.db.choices import MeetingStatus
from mentordesk.services import meeting_queries, mentors
from mentordesk.services.kinds import Change, Kind, Ref
from mentordesk.services.meeting_queries import MeetingRow
from mentordesk.ui import formats
from mentordesk.ui.attachments.window import show_attachments
from mentordesk.ui.context import AppContext
from mentordesk.ui.lists.scoped_list import ScopedList
from mentordesk.ui.lists.tables import Column, fit_columns
from mentordesk.ui.meetings import operations, plan_dialog
from mentordesk.ui.meetings.edit_dialog import edit_meeting
from mentordesk.ui.meetings.read_dialog import read_meeting
from mentordesk.ui.meetings.table import MeetingFilterProxy, MeetingTableModel

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
        return operations.cancel_meeting(
            self.context, self._parent, meeting.id, self.label(meeting)
        )

    def delete(self, meeting: MeetingRow | None, confirm: bool = True) -> bool:
        """Delete a meeting after saying what goes with it (Edit ▸ Undo brings it back)."""
        if meeting is None:
            return False
        return operations.delete_meeting(
            self.context, self._parent, meeting.id, self.label(meeting), ask=confirm
        )


class MentorMeetingsPanel(ScopedList[MeetingRow]):
    """One mentor's meetings, newest first; plan another or open one in meeting mode.

    It reads only that mentor's meetings, and nothing while its tab is hidden.
    """

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(
            context,
            MeetingTableModel(context.now),
            proxy=MeetingFilterProxy(),
            name="mentorMeetingsPanel",
            table_name="mentorMeetingTable",
            accessible=self.tr("Meetings with this mentor"),
            sort_column=MeetingTableModel.COL_WHEN,
            order=Qt.SortOrder.DescendingOrder,
            follows=MEETING_KINDS,
            parent=parent,
        )
        self._name = ""
        self.editing = MeetingEditing(context, self)
        self.plan_button = self.button(
            "mentorPlanMeetingButton",
            self.tr("Plan meeting…"),
            self.tr("Plan meeting"),
            self.plan_meeting,
        )
        self.read_button = self.button(
            "mentorReadMeetingButton",
            self.tr("Read…"),
            self.tr("Read the meeting"),
            self.read_current,
        )
        self.open_button = self.button(
            "mentorOpenMeetingButton",
            self.tr("Open in meeting mode"),
            self.tr("Open in meeting mode"),
            self.open_current,
        )
        self.edit_button = self.button(
            "mentorEditMeetingButton",
            self.tr("Edit…"),
            self.tr("Edit the meeting"),
            self.edit_current,
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
            ("mentorMeetingAttachmentsAction", self.tr("Attachments…"), self.attachments),
            ("mentorCancelMeetingAction", self.tr("Cancel meeting"), self.cancel_current),
            ("mentorDeleteMeetingAction", self.tr("Delete meeting…"), self.delete_current),
        ):
            action = QAction(text, self.table)
            action.setObjectName(name)
            action.triggered.connect(lambda _checked=False, slot=slot: slot())
            self.table.addAction(action)
        self.finish_buttons()

    def refresh(self, change: Change | None) -> None:
        mentor_id = self.mentor_id
        assert mentor_id is not None
        if change is None or mentor_id in change.ids:
            self.model.set_rows(self.context.read(meeting_queries.meeting_rows, {mentor_id}))
            try:
                self._name = self.context.read(mentors.get, mentor_id).data.name
            except mentors.MentorNotFoundError:
                self._name = ""
        else:
            fresh = self.context.read(meeting_queries.meeting_rows, change.ids)
            self.model.merge([row for row in fresh if row.mentor_id == mentor_id], change.ids)
        if self.table.model().rowCount() and self.current() is None:
            self.table.selectRow(0)

    def summary_text(self) -> str:
        name = self._name if self.mentor_id else ""
        count = self.table.model().rowCount()
        # The page is the mentor's: the button stays short, the name is heard and shown
        # in its tooltip (a long name cut the buttons beside it).
        plan_text = self.tr("Plan a meeting with {name}").format(name=name) if name else ""
        self.plan_button.setAccessibleName(plan_text or self.tr("Plan meeting"))
        self.plan_button.setToolTip(plan_text)
        self.plan_button.setEnabled(bool(name))
        if not name:
            return self.tr("Save the mentor first; then plan meetings here.")
        if count == 0:
            return self.tr("No meetings with {name} yet.").format(name=name)
        held = sum(1 for row in self.model.rows() if row.status == MeetingStatus.HELD.value)
        return self.tr("%n meeting(s) with {name}, {held} held.", "", count).format(
            name=name, held=held
        )

    def update_buttons(self) -> None:
        chosen = self.current() is not None
        for button in (self.open_button, self.read_button, self.edit_button):
            button.setEnabled(chosen)

    def current_meeting(self) -> MeetingRow | None:
        return self.current()

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

    def attachments(self) -> None:
        """The files and links of the chosen meeting (ui/attachments)."""
        meeting = self.current_meeting()
        if meeting is not None:
            when = formats.short_datetime(meeting.scheduled_start)
            heading = self.tr("Meeting with {name}, {when}").format(
                name=meeting.mentor_name, when=when
            )
            show_attachments(self.context, self, Ref(Kind.MEETING, meeting.id), heading)
