"""A mentor's own meeting history (on the mentor's page), and the meeting actions it
shares with the Meetings area: cancel and delete, each undoable."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import SQLAlchemyError

from mentordesk.db.models import MeetingStatus
from mentordesk.services import meeting_queries, meetings
from mentordesk.services.meeting_queries import MeetingRow
from mentordesk.ui.context import MEETING, AppContext
from mentordesk.ui.dialogs import plan_meeting as plan_dialog
from mentordesk.ui.models.meeting_table import (
    OBJECT_ROLE,
    MeetingChangeCommand,
    MeetingFilterProxy,
    MeetingStatusCommand,
    MeetingTableModel,
    meeting_time_text,
)
from mentordesk.ui.widgets.tables import record_table


class MeetingEditing(QObject):
    """Cancel or delete a meeting the way every list does: confirm, write, undo, announce."""

    def __init__(self, context: AppContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.context = context
        self._parent = parent

    def label(self, meeting: MeetingRow) -> str:
        return self.tr("with {name} on {when}").format(
            name=meeting.mentor_name, when=meeting_time_text(meeting.scheduled_start)
        )

    def cancel(self, meeting: MeetingRow) -> bool:
        """Mark a planned meeting cancelled (Edit ▸ Undo brings it back)."""
        if meeting.status != MeetingStatus.PLANNED.value:
            return False
        if not self._write(lambda session: meetings.cancel_meeting(session, meeting.id)):
            return False
        label = self.label(meeting)
        self.context.undo_stack.push(
            MeetingStatusCommand(
                self.context,
                self.tr("Cancel meeting {label}").format(label=label),
                meeting.id,
                meeting.status,
                MeetingStatus.CANCELLED.value,
            )
        )
        self.context.notify(MEETING, [meeting.id])
        self.context.status_message.emit(
            self.tr("Cancelled the meeting {label}. Edit ▸ Undo brings it back.").format(
                label=label
            )
        )
        return True

    def delete(self, meeting: MeetingRow, confirm: bool = True) -> bool:
        """Delete a meeting after saying what goes with it (Edit ▸ Undo brings it back)."""
        if confirm and not self._confirm_delete(meeting):
            return False
        try:
            with self.context.database.session() as session:
                before = meeting_queries.snapshot(session, meeting.id)
        except meetings.MeetingNotFoundError:
            return False
        if not self._write(lambda session: meetings.delete_meeting(session, meeting.id)):
            return False
        self.context.undo_stack.push(
            MeetingChangeCommand(
                self.context,
                self.tr("Delete meeting {label}").format(label=self.label(meeting)),
                before,
                None,
            )
        )
        self.context.notify(MEETING, [meeting.id])
        return True

    def _confirm_delete(self, meeting: MeetingRow) -> bool:
        parts = [
            self.tr("its agenda ({count} points)").format(count=meeting.agenda_total)
            if meeting.agenda_total
            else self.tr("its (empty) agenda"),
            self.tr("its notes ({count} characters) and their history").format(
                count=meeting.notes_length
            )
            if meeting.notes_length
            else self.tr("its (empty) notes"),
        ]
        if meeting.has_takeaways:
            parts.append(self.tr("its takeaways"))
        actions = (
            self.tr(
                "\n\nIts {count} action item(s) stay in the Action items area, "
                "no longer linked to a meeting."
            ).format(count=meeting.action_count)
            if meeting.action_count
            else ""
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

    def _write(self, write: Callable[..., object]) -> bool:
        try:
            with self.context.database.session() as session:
                write(session)
        except meetings.MeetingNotFoundError:
            return False
        except SQLAlchemyError as error:
            reason = str(getattr(error, "orig", None) or error).splitlines()[0]
            QMessageBox.warning(
                self._parent,
                self.tr("Meetings"),
                self.tr("Could not save the change: {reason}").format(reason=reason),
            )
            return False
        return True


class MentorMeetingsPanel(QWidget):
    """One mentor's meetings, newest first; plan another or open one in meeting mode."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mentorMeetingsPanel")
        self.context = context
        self.mentor_id: str | None = None
        self.editing = MeetingEditing(context, self)
        self.model = MeetingTableModel(self)
        self.proxy = MeetingFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.set_mentor("")  # nobody until set_mentor

        self.summary = QLabel()
        self.summary.setObjectName("mentorMeetingsSummary")
        self.summary.setWordWrap(True)
        self.plan_button = QPushButton(self.tr("Plan meeting"))
        self.plan_button.setObjectName("mentorPlanMeetingButton")
        self.plan_button.setAccessibleName(self.tr("Plan meeting"))
        self.plan_button.clicked.connect(self.plan_meeting)
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
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        header.setMinimumSectionSize(50)
        self.table.doubleClicked.connect(lambda _index: self.open_current())
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        for name, text, slot in (
            ("mentorOpenMeetingAction", self.tr("Open in meeting mode"), self.open_current),
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
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.summary)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)

        self._reload_soon = QTimer(self)
        self._reload_soon.setSingleShot(True)
        self._reload_soon.setInterval(0)
        self._reload_soon.timeout.connect(self.reload)
        context.data_changed.connect(lambda _kind, _ids: self._reload_soon.start())
        self._loaded = False

    def set_mentor(self, mentor_id: str | None) -> None:
        """Show ``mentor_id``'s meetings (None: nobody, e.g. a new mentor being added)."""
        self.mentor_id = mentor_id
        if not self._loaded:
            self.reload()
        self.proxy.set_mentor(mentor_id or "")
        if self.proxy.rowCount() and self.current_meeting() is None:
            self.table.selectRow(0)
        self._update_text()

    def reload(self) -> None:
        self._loaded = True
        with self.context.database.session() as session:
            self.model.set_rows(meeting_queries.meeting_rows(session))
        self._update_text()

    def _name(self) -> str:
        if self.mentor_id is None:
            return ""
        mentor = self.context.mentor_store.get(self.mentor_id)
        return mentor.data.name if mentor else ""

    def _update_text(self) -> None:
        name = self._name()
        count = self.proxy.rowCount()
        plan_text = self.tr("Plan meeting with {name}").format(name=name) if name else ""
        self.plan_button.setText(plan_text or self.tr("Plan meeting"))
        self.plan_button.setAccessibleName(self.plan_button.text())
        self.plan_button.setEnabled(bool(name))
        if not name:
            self.summary.setText(self.tr("Save the mentor first; then plan meetings here."))
        elif count == 0:
            self.summary.setText(self.tr("No meetings with {name} yet.").format(name=name))
        else:
            held = sum(
                1
                for row in range(count)
                if self.proxy.index(row, 0).data(OBJECT_ROLE).status == MeetingStatus.HELD.value
            )
            self.summary.setText(
                self.tr("{count} meeting(s) with {name}, {held} held.").format(
                    count=count, name=name, held=held
                )
            )
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.open_button.setEnabled(self.current_meeting() is not None)

    def current_meeting(self) -> MeetingRow | None:
        rows = self.table.selectionModel().selectedRows()
        row = rows[0].data(OBJECT_ROLE) if rows else None
        return row if isinstance(row, MeetingRow) else None

    def plan_meeting(self) -> None:
        if self.mentor_id is not None:
            plan_dialog.plan_meeting(self.context, self.mentor_id, self)

    def open_current(self) -> None:
        meeting = self.current_meeting()
        if meeting is not None:
            self.context.open_meeting_mode_requested.emit(meeting.id)

    def cancel_current(self) -> None:
        meeting = self.current_meeting()
        if meeting is not None:
            self.editing.cancel(meeting)

    def delete_current(self) -> None:
        meeting = self.current_meeting()
        if meeting is not None:
            self.editing.delete(meeting)
