"""The meetings list: a table model over meeting rows, and its filter proxy."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    QSortFilterProxyModel,
    Qt,
    QTimer,
)
from PySide6.QtGui import QFont, QUndoCommand
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy.exc import SQLAlchemyError

from mentordesk.db.models import MeetingFormat, MeetingStatus
from mentordesk.db.types import utc_now
from mentordesk.services import action_items, meeting_queries, meetings
from mentordesk.services.meeting_queries import MeetingRow, MeetingSnapshot
from mentordesk.services.text import fold
from mentordesk.ui.context import MEETING, AppContext
from mentordesk.ui.models.row_table import (
    OBJECT_ROLE as OBJECT_ROLE,
)
from mentordesk.ui.models.row_table import (
    SORT_ROLE as SORT_ROLE,
)
from mentordesk.ui.models.row_table import (
    ModelIndex,
    RowTableModel,
)
from mentordesk.ui.theme import muted_colour


def _tr(text: str) -> str:
    return QCoreApplication.translate("meetings", text)


MEETING_STATUS_LABELS = {
    MeetingStatus.PLANNED.value: _tr("Planned"),
    MeetingStatus.HELD.value: _tr("Held"),
    MeetingStatus.CANCELLED.value: _tr("Cancelled"),
}
FORMAT_LABELS = {
    MeetingFormat.IN_PERSON.value: _tr("In person"),
    MeetingFormat.VIDEO.value: _tr("Video"),
    MeetingFormat.PHONE.value: _tr("Phone"),
    MeetingFormat.CHAT.value: _tr("Chat"),
}


def meeting_time_text(moment: datetime) -> str:
    """A stored UTC moment in the computer's time zone, with the weekday for planning."""
    return moment.astimezone().strftime("%a %Y-%m-%d %H:%M")


def local_date(moment: datetime) -> date:
    return moment.astimezone().date()


def _failure_reason(error: BaseException) -> str:
    mentor_gone = (meeting_queries.MeetingMentorGoneError, action_items.ActionItemMentorGoneError)
    if isinstance(error, mentor_gone):
        return _tr("the mentor it belongs to was deleted since")
    if isinstance(error, LookupError):
        return _tr("it was deleted since")
    if isinstance(error, SQLAlchemyError):
        return _tr("the database could not be written (it may be busy or the disk full)")
    return _tr("it changed since")


# What an undo command may meet when the thing it changes has gone meanwhile.
UNDO_FAILURES = (LookupError, ValueError, SQLAlchemyError)


def undo_failed(
    context: AppContext, command: QUndoCommand, error: BaseException, *, undoing: bool
) -> None:
    """An undo or redo could not be applied: drop the command from Edit ▸ Undo and say why.

    The stack deletes an obsolete command once its undo()/redo() returns; the message
    box waits for that, so nothing runs inside the stack's own call.
    """
    command.setObsolete(True)
    verb = _tr("undo") if undoing else _tr("redo")
    text = _tr("Could not {verb} “{action}”: {reason}.").format(
        verb=verb, action=command.text(), reason=_failure_reason(error)
    )
    context.status_message.emit(text)

    def show() -> None:
        box = QMessageBox(QApplication.activeWindow())
        box.setObjectName("undoFailedBox")
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(_tr("Undo"))
        box.setText(text)
        box.setInformativeText(_tr("Nothing was changed. The step is removed from Edit ▸ Undo."))
        box.exec()

    QTimer.singleShot(0, show)


class MeetingTableModel(RowTableModel[MeetingRow]):
    """One row per meeting. ``OBJECT_ROLE`` gives the MeetingRow of a row."""

    COL_WHEN, COL_MENTOR, COL_STATUS, COL_FORMAT, COL_DURATION, COL_RATING, COL_AGENDA = range(7)
    HEADERS = ("When", "Mentor", "Status", "Format", "Length", "Rating", "Agenda")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._now: datetime | None = None

    def set_now(self, now: datetime | None) -> None:
        """Fix "now" (tests); None follows the clock."""
        self._now = now
        self.refresh_all()

    def now(self) -> datetime:
        return self._now or utc_now()

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.record(index)
        if row is None:
            return None
        column = index.column()
        if role == OBJECT_ROLE:
            return row
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == SORT_ROLE:
            return self._sort_key(row, column)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{self.tr(self.HEADERS[column])}: {self._tooltip(row, column)}"
        if role == Qt.ItemDataRole.ForegroundRole and row.status == MeetingStatus.CANCELLED.value:
            return muted_colour(QApplication.palette())
        if role == Qt.ItemDataRole.FontRole and column == self.COL_STATUS:
            font = QFont()
            font.setStrikeOut(row.status == MeetingStatus.CANCELLED.value)
            font.setItalic(self._missed(row))
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            self.COL_RATING,
            self.COL_AGENDA,
        ):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _missed(self, row: MeetingRow) -> bool:
        """Planned, but its time has passed without being marked held."""
        return row.status == MeetingStatus.PLANNED.value and not row.is_upcoming(self.now())

    def _display(self, row: MeetingRow, column: int) -> str:
        if column == self.COL_WHEN:
            return meeting_time_text(row.scheduled_start)
        if column == self.COL_MENTOR:
            return row.mentor_name
        if column == self.COL_STATUS:
            label = MEETING_STATUS_LABELS.get(row.status, row.status)
            if self._missed(row):
                return self.tr("{status} (not held)").format(status=label)
            return label
        if column == self.COL_FORMAT:
            return FORMAT_LABELS.get(row.format, row.format)
        if column == self.COL_DURATION:
            if row.actual_minutes is None:
                return self.tr("{planned} min").format(planned=row.planned_minutes)
            return self.tr("{planned} / {actual} min").format(
                planned=row.planned_minutes, actual=row.actual_minutes
            )
        if column == self.COL_RATING:
            return "★" * row.rating + "☆" * (5 - row.rating) if row.rating else ""
        if column == self.COL_AGENDA:
            return f"{row.agenda_done}/{row.agenda_total}" if row.agenda_total else "–"
        return ""

    def _tooltip(self, row: MeetingRow, column: int) -> str:
        if column == self.COL_RATING:
            return (
                self.tr("Rated {rating} out of 5").format(rating=row.rating)
                if row.rating
                else self.tr("Not rated")
            )
        if column == self.COL_AGENDA:
            if not row.agenda_total:
                return self.tr("No agenda")
            return self.tr("{done} of {total} agenda points covered").format(
                done=row.agenda_done, total=row.agenda_total
            )
        if column == self.COL_FORMAT and row.location:
            return f"{FORMAT_LABELS.get(row.format, row.format)}: {row.location}"
        if column == self.COL_STATUS and self._missed(row):
            return self.tr("Its time has passed: open it to take notes, or cancel it.")
        if column == self.COL_DURATION:
            if row.actual_minutes is None:
                return self.tr("Planned for {planned} minutes").format(planned=row.planned_minutes)
            return self.tr("Planned {planned} minutes, took {actual}").format(
                planned=row.planned_minutes, actual=row.actual_minutes
            )
        return self._display(row, column)

    def _sort_key(self, row: MeetingRow, column: int) -> Any:
        if column == self.COL_WHEN:
            return row.scheduled_start.timestamp()
        if column == self.COL_DURATION:
            return row.actual_minutes if row.actual_minutes is not None else row.planned_minutes
        if column == self.COL_RATING:
            return row.rating or 0
        if column == self.COL_AGENDA:
            return row.agenda_done / row.agenda_total if row.agenda_total else -1.0
        return fold(self._display(row, column))


class MeetingFilterProxy(QSortFilterProxyModel):
    """Filters meetings by time (upcoming/past), mentor, status and a date range."""

    ALL, UPCOMING, PAST = "all", "upcoming", "past"
    ANY_STATUS = ""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._scope = self.ALL
        self._mentor_id: str | None = None
        self._status = self.ANY_STATUS
        self._range: tuple[date, date] | None = None
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)

    def _now(self) -> datetime:
        model = self.sourceModel()
        return model.now() if isinstance(model, MeetingTableModel) else utc_now()

    def set_scope(self, scope: str) -> None:
        self.beginFilterChange()
        self._scope = scope
        self.endFilterChange()

    def set_mentor(self, mentor_id: str | None) -> None:
        self.beginFilterChange()
        self._mentor_id = mentor_id
        self.endFilterChange()

    def set_status(self, status: str) -> None:
        self.beginFilterChange()
        self._status = status
        self.endFilterChange()

    def set_date_range(self, first: date | None, last: date | None = None) -> None:
        """Only meetings on these local calendar days (both included); None shows all."""
        self.beginFilterChange()
        if first is None:
            self._range = None
        else:
            last = last or first
            self._range = (min(first, last), max(first, last))
        self.endFilterChange()

    def scope(self) -> str:
        return self._scope

    def filterAcceptsRow(self, source_row: int, source_parent: ModelIndex) -> bool:
        row = self.sourceModel().index(source_row, 0, source_parent).data(OBJECT_ROLE)
        if not isinstance(row, MeetingRow):
            return False
        if self._mentor_id is not None and row.mentor_id != self._mentor_id:
            return False
        if self._status != self.ANY_STATUS and row.status != self._status:
            return False
        if self._range is not None:
            day = local_date(row.scheduled_start)
            if not self._range[0] <= day <= self._range[1]:
                return False
        if self._scope == self.ALL:
            return True
        return row.is_upcoming(self._now()) == (self._scope == self.UPCOMING)


class MeetingChangeCommand(QUndoCommand):
    """A meeting planned or deleted (already done): undo and redo swap the snapshots.

    ``None`` stands for "no such meeting"."""

    def __init__(
        self,
        context: AppContext,
        text: str,
        before: MeetingSnapshot | None,
        after: MeetingSnapshot | None,
    ) -> None:
        super().__init__(text)
        self._context = context
        self._before = before
        self._after = after
        snap = after or before
        assert snap is not None
        self._id = snap.id
        self._done = True

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        try:
            self._before = self._apply(self._after)
        except UNDO_FAILURES as error:
            undo_failed(self._context, self, error, undoing=False)

    def undo(self) -> None:
        try:
            self._after = self._apply(self._before)
        except UNDO_FAILURES as error:
            undo_failed(self._context, self, error, undoing=True)

    def _apply(self, state: MeetingSnapshot | None) -> MeetingSnapshot | None:
        """Hold ``state``; return what was there, so going back keeps notes typed since."""
        with self._context.database.session() as session:
            try:
                current = meeting_queries.snapshot(session, self._id)
            except meetings.MeetingNotFoundError:
                current = None
            if state is None:
                if current is not None:
                    meetings.delete_meeting(session, self._id)
            else:
                meeting_queries.restore(session, state)
        self._context.notify(MEETING, [self._id])
        return current


class MeetingStatusCommand(QUndoCommand):
    """A meeting's status changed (e.g. cancelled); undo puts the old status back."""

    def __init__(
        self, context: AppContext, text: str, meeting_id: str, before: str, after: str
    ) -> None:
        super().__init__(text)
        self._context = context
        self._id = meeting_id
        self._before = before
        self._after = after
        self._done = True

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        try:
            self._apply(self._after)
        except UNDO_FAILURES as error:
            undo_failed(self._context, self, error, undoing=False)

    def undo(self) -> None:
        try:
            self._apply(self._before)
        except UNDO_FAILURES as error:
            undo_failed(self._context, self, error, undoing=True)

    def _apply(self, status: str) -> None:
        with self._context.database.session() as session:
            meeting_queries.set_status(session, self._id, status)
        self._context.notify(MEETING, [self._id])
