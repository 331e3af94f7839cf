"""The mentors list: a table model over mentor snapshots, and its filter proxy."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt
from PySide6.QtGui import QGuiApplication

from mentordesk.db.models import Affiliation, MentorStatus
from mentordesk.services.kinds import Kind
from mentordesk.services.mentors import MentorSnapshot
from mentordesk.services.text import fold
from mentordesk.ui import formats, labels
from mentordesk.ui.models import mentor_cadence
from mentordesk.ui.models.record_proxy import RecordProxy
from mentordesk.ui.models.row_table import OBJECT_ROLE as OBJECT_ROLE
from mentordesk.ui.models.row_table import RowTableModel


class MentorTableModel(RowTableModel[MentorSnapshot]):
    """One row per mentor. ``OBJECT_ROLE`` gives the MentorSnapshot of a row."""

    # Who to meet next is what the list is for: the cadence columns come right after
    # the name and status, where they show without scrolling.
    COL_NAME, COL_STATUS = 0, 1
    COL_NEXT_DUE, COL_LAST_MET, COL_CADENCE = mentor_cadence.COLUMN_NUMBERS
    COL_ROLE, COL_ORGANISATION, COL_AFFILIATION, COL_TAGS, COL_UPDATED = range(5, 10)
    # What the list shows changes with these: meetings and agreements move the cadence.
    SHOWS = frozenset({Kind.MENTOR, Kind.MENTOR_TAG, Kind.STATUS_CHANGE, *mentor_cadence.KINDS})
    HEADERS = (
        str(QT_TRANSLATE_NOOP("MentorTableModel", "Name")),
        str(QT_TRANSLATE_NOOP("MentorTableModel", "Status")),
        str(QT_TRANSLATE_NOOP("MentorTableModel", "Next due")),
        str(QT_TRANSLATE_NOOP("MentorTableModel", "Last met")),
        str(QT_TRANSLATE_NOOP("MentorTableModel", "Cadence")),
        str(QT_TRANSLATE_NOOP("MentorTableModel", "Role")),
        str(QT_TRANSLATE_NOOP("MentorTableModel", "Organisation")),
        str(QT_TRANSLATE_NOOP("MentorTableModel", "Internal/External")),
        str(QT_TRANSLATE_NOOP("MentorTableModel", "Tags")),
        str(QT_TRANSLATE_NOOP("MentorTableModel", "Last updated")),
    )

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)

    def tooltip(self, row: MentorSnapshot, column: int) -> str:
        if column in mentor_cadence.COLUMNS:
            return mentor_cadence.tooltip(row.cadence)
        return self.display(row, column)

    def styled(self, row: MentorSnapshot, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and column == self.COL_NEXT_DUE:
            return mentor_cadence.foreground(row.cadence, QGuiApplication.palette())
        return None

    def display(self, mentor: MentorSnapshot, column: int) -> str:
        data = mentor.data
        if column == self.COL_NAME:
            return data.name
        if column == self.COL_ROLE:
            return data.role
        if column == self.COL_ORGANISATION:
            return data.organisation
        if column == self.COL_AFFILIATION:
            return labels.label(Affiliation, data.affiliation)
        if column == self.COL_STATUS:
            return labels.label(MentorStatus, data.status)
        if column == self.COL_TAGS:
            return ", ".join(data.tags)
        if column == self.COL_UPDATED:
            return formats.short_datetime(mentor.updated_at)
        if column in mentor_cadence.COLUMNS:
            return mentor_cadence.display(mentor.cadence, column)
        return ""

    def sort_key(self, row: MentorSnapshot, column: int) -> Any:
        if column == self.COL_STATUS:
            return labels.order(MentorStatus, row.data.status)
        if column == self.COL_UPDATED:
            return row.updated_at.timestamp()
        if column in mentor_cadence.COLUMNS:
            return mentor_cadence.sort_key(row.cadence, column)
        return fold(self.display(row, column))


listed = mentor_cadence.listed


class MentorFilterProxy(RecordProxy[MentorSnapshot]):
    """Filters mentors by text (name, organisation, tags) and by status.

    Matching ignores case and accents: "jose" finds "José".
    """

    ALL_STATUSES = ""
    NOT_ENDED = "not_ended"

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self._status = self.ALL_STATUSES

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self._words = fold(text).split()
        self.endFilterChange()

    def set_status(self, status: str) -> None:
        self.beginFilterChange()
        self._status = status
        self.endFilterChange()

    def accepts(self, record: Any) -> bool:
        mentor: MentorSnapshot = record
        status = mentor.data.status
        if self._status == self.NOT_ENDED and status == MentorStatus.ENDED.value:
            return False
        if self._status not in (self.ALL_STATUSES, self.NOT_ENDED) and status != self._status:
            return False
        if not self._words:
            return True
        haystack = fold(" ".join((mentor.data.name, mentor.data.organisation, *mentor.data.tags)))
        return all(word in haystack for word in self._words)
