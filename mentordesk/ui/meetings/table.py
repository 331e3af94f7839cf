"""The meetings list: a table model over meeting rows, and its filter proxy."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from mentordesk.db.choices import MeetingFormat, MeetingStatus
from mentordesk.db.types import utc_now
from mentordesk.services.meeting_queries import MeetingRow
from mentordesk.services.text import fold
from mentordesk.ui import formats, labels
from mentordesk.ui.lists.mentor_status_proxy import MentorStatusProxy
from mentordesk.ui.lists.row_table import OBJECT_ROLE as OBJECT_ROLE
from mentordesk.ui.lists.row_table import RowTableModel
from mentordesk.ui.lists.tables import Column
from mentordesk.ui.theme import muted_colour


class MeetingTableModel(RowTableModel[MeetingRow]):
    """One row per meeting. ``OBJECT_ROLE`` gives the MeetingRow of a row."""

    COL_WHEN, COL_MENTOR, COL_STATUS, COL_FORMAT, COL_DURATION, COL_RATING, COL_AGENDA = range(7)
    RELATED = ("mentor_id",)
    HEADERS = (
        str(QT_TRANSLATE_NOOP("MeetingTableModel", "When")),
        str(QT_TRANSLATE_NOOP("MeetingTableModel", "Mentor")),
        str(QT_TRANSLATE_NOOP("MeetingTableModel", "Status")),
        str(QT_TRANSLATE_NOOP("MeetingTableModel", "Format")),
        str(QT_TRANSLATE_NOOP("MeetingTableModel", "Length")),
        str(QT_TRANSLATE_NOOP("MeetingTableModel", "Rating")),
        str(QT_TRANSLATE_NOOP("MeetingTableModel", "Agenda")),
    )

    def __init__(
        self, now: Callable[[], datetime] = utc_now, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.now = now

    def heard_as(self, row: MeetingRow, column: int) -> str:
        return self.tooltip(row, column)

    def styled(self, row: MeetingRow, column: int, role: int) -> Any:
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

    def display(self, row: MeetingRow, column: int) -> str:
        if column == self.COL_WHEN:
            return formats.meeting_time(row.scheduled_start)
        if column == self.COL_MENTOR:
            return row.mentor_name
        if column == self.COL_STATUS:
            text = labels.label(MeetingStatus, row.status)
            if self._missed(row):
                return self.tr("{status} (not held)").format(status=text)
            return text
        if column == self.COL_FORMAT:
            return labels.label(MeetingFormat, row.format)
        if column == self.COL_DURATION:
            if row.actual_minutes is None:
                return self.tr("{planned} min").format(planned=row.planned_minutes)
            # How long it took (the plan is in the tooltip): "45 / 50 min" read as a riddle.
            return self.tr("took {actual} min").format(actual=row.actual_minutes)
        if column == self.COL_RATING:
            return "★" * row.rating + "☆" * (5 - row.rating) if row.rating else ""
        if column == self.COL_AGENDA:
            return f"{row.agenda_done}/{row.agenda_total}" if row.agenda_total else "–"
        return ""

    def tooltip(self, row: MeetingRow, column: int) -> str:
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
            return f"{labels.label(MeetingFormat, row.format)}: {row.location}"
        if column == self.COL_STATUS and self._missed(row):
            return self.tr("Its time has passed: open it to take notes, or cancel it.")
        if column == self.COL_DURATION:
            if row.actual_minutes is None:
                return self.tr("Planned for {planned} minutes").format(planned=row.planned_minutes)
            return self.tr("Planned {planned} minutes, took {actual}").format(
                planned=row.planned_minutes, actual=row.actual_minutes
            )
        return self.display(row, column)

    def sort_key(self, row: MeetingRow, column: int) -> Any:
        if column == self.COL_WHEN:
            return row.scheduled_start.timestamp()
        if column == self.COL_DURATION:
            return row.actual_minutes if row.actual_minutes is not None else row.planned_minutes
        if column == self.COL_RATING:
            return row.rating or 0
        if column == self.COL_AGENDA:
            return row.agenda_done / row.agenda_total if row.agenda_total else -1.0
        if column == self.COL_STATUS:
            return labels.order(MeetingStatus, row.status)
        if column == self.COL_FORMAT:
            return labels.order(MeetingFormat, row.format)
        return fold(row.mentor_name)


class MeetingFilterProxy(MentorStatusProxy[MeetingRow]):
    """Filters meetings by time (upcoming/past), mentor, status and a date range."""

    # The time scope's choices (the status's "any" is ANY_STATUS).
    ALL, UPCOMING, PAST = "all", "upcoming", "past"

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(self.ANY_STATUS, parent)
        self._scope = self.ALL
        self._range: tuple[date, date] | None = None
        self._now = utc_now()
        # The next moment a meeting stops being upcoming (None: none will); until
        # then the clock moving on changes nothing here.
        self._next_end: datetime | None = None

    def _changing(self) -> None:
        super()._changing()
        self._now = self._clock()
        self._next_end = None

    def _clock(self) -> datetime:
        model = self.sourceModel()
        return model.now() if isinstance(model, MeetingTableModel) else utc_now()

    def follow_clock(self) -> None:
        """Decide again for every row only once a meeting went from upcoming to past."""
        if self._next_end is not None and self._clock() >= self._next_end:
            self.refilter()

    def set_scope(self, scope: str) -> None:
        self._changing()
        self._scope = scope
        self.endFilterChange()

    def set_date_range(self, first: date | None, last: date | None = None) -> None:
        """Only meetings on these local calendar days (both included); None shows all."""
        self._changing()
        if first is None:
            self._range = None
        else:
            last = last or first
            self._range = (min(first, last), max(first, last))
        self.endFilterChange()

    def scope(self) -> str:
        return self._scope

    def accepts(self, record: Any) -> bool:
        row: MeetingRow = record
        upcoming = row.is_upcoming(self._now)
        if upcoming and self._scope != self.ALL:
            end = row.planned_end
            if self._next_end is None or end < self._next_end:
                self._next_end = end
        if not super().accepts(row):
            return False
        if self._range is not None:
            day = formats.local_date(row.scheduled_start)
            if not self._range[0] <= day <= self._range[1]:
                return False
        if self._scope == self.ALL:
            return True
        return upcoming == (self._scope == self.UPCOMING)


# The columns, most wanted first, and the one that takes spare room: the wanted ones
# keep their width as the window narrows, the others end in "…" or give way
# (``lists/tables.fit_columns``).
# The format is the one a person can do without (the brief beside says it).
COLUMNS = (
    (
        Column(MeetingTableModel.COL_WHEN, keep=True),
        Column(MeetingTableModel.COL_MENTOR, keep=True),
        Column(MeetingTableModel.COL_STATUS, keep=True),
        Column(MeetingTableModel.COL_DURATION, keep=True),
        Column(MeetingTableModel.COL_RATING, keep=True),
        Column(MeetingTableModel.COL_AGENDA, keep=True),
        Column(MeetingTableModel.COL_FORMAT),
    ),
    MeetingTableModel.COL_MENTOR,
)
