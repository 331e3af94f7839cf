"""The mentors list: a table model over mentor snapshots, and its filter proxy."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt
from PySide6.QtGui import QGuiApplication

from mentordesk.db.choices import Affiliation, MentorStatus
from mentordesk.services.kinds import Kind
from mentordesk.services.mentors import MentorSnapshot
from mentordesk.services.text import fold
from mentordesk.ui import formats, labels
from mentordesk.ui.lists.record_proxy import RecordProxy
from mentordesk.ui.lists.row_table import OBJECT_ROLE as OBJECT_ROLE
from mentordesk.ui.lists.row_table import RowTableModel
from mentordesk.ui.lists.tables import Column
from mentordesk.ui.mentors import cadence_model as mentor_cadence


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
        if column == self.COL_NAME and row.is_sample:
            return self.tr("{name}: sample data, a fictional mentor").format(name=row.data.name)
        return self.display(row, column)

    def heard_as(self, row: MentorSnapshot, column: int) -> str:
        if column == self.COL_NAME and row.is_sample:
            return self.tr("{name}, sample").format(name=row.data.name)
        return self.display(row, column)

    def styled(self, row: MentorSnapshot, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and column == self.COL_NEXT_DUE:
            return mentor_cadence.foreground(row.cadence, QGuiApplication.palette())
        if role == Qt.ItemDataRole.FontRole and column == self.COL_NAME and row.is_sample:
            # A fictional "Priya Raman" beside a real "Priya Raghunathan" looks different
            # (as the banner above the list says).
            font = QGuiApplication.font()
            font.setItalic(True)
            return font
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


# The columns, most wanted first, and the one that takes spare room: the wanted ones
# keep their width as the window narrows, the others end in "…" or give way
# (``lists/tables.fit_columns``).
# Who to meet next is what the list is for; organisation, role and tags shorten
# before they go, then the rest (the mentor's page shows all of it).
COLUMNS = (
    (
        Column(MentorTableModel.COL_NAME, keep=True),
        Column(MentorTableModel.COL_STATUS, keep=True),
        Column(MentorTableModel.COL_NEXT_DUE, keep=True),
        Column(MentorTableModel.COL_LAST_MET, keep=True),
        Column(MentorTableModel.COL_CADENCE, keep=True),
        Column(MentorTableModel.COL_ORGANISATION, shrink_to=90),
        Column(MentorTableModel.COL_ROLE, shrink_to=90),
        Column(MentorTableModel.COL_TAGS, shrink_to=90),
        Column(MentorTableModel.COL_AFFILIATION),
        Column(MentorTableModel.COL_UPDATED),
    ),
    MentorTableModel.COL_NAME,
)
