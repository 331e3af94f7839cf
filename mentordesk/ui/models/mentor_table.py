"""The mentors list: a table model over mentor snapshots, and its filter proxy."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QObject,
    QSortFilterProxyModel,
    Qt,
)

from mentordesk.db.models import MentorStatus
from mentordesk.services.mentors import MentorSnapshot
from mentordesk.services.text import fold
from mentordesk.ui.labels import AFFILIATION_LABELS, STATUS_LABELS, STATUS_ORDER
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


def local_time_text(moment: datetime) -> str:
    """A stored UTC moment shown in the computer's time zone."""
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


class MentorTableModel(RowTableModel[MentorSnapshot]):
    """One row per mentor. ``OBJECT_ROLE`` gives the MentorSnapshot of a row."""

    COL_NAME, COL_ROLE, COL_ORGANISATION, COL_AFFILIATION, COL_STATUS, COL_TAGS, COL_UPDATED = (
        range(7)
    )
    HEADERS = (
        "Name",
        "Role",
        "Organisation",
        "Internal/External",
        "Status",
        "Tags",
        "Last updated",
    )

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        mentor = self.record(index)
        if mentor is None:
            return None
        column = index.column()
        if role == OBJECT_ROLE:
            return mentor
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._display(mentor, column)
        if role == SORT_ROLE:
            return self._sort_key(mentor, column)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{self.HEADERS[column]}: {self._display(mentor, column)}"
        return None

    def _display(self, mentor: MentorSnapshot, column: int) -> str:
        data = mentor.data
        if column == self.COL_NAME:
            return data.name
        if column == self.COL_ROLE:
            return data.role
        if column == self.COL_ORGANISATION:
            return data.organisation
        if column == self.COL_AFFILIATION:
            return AFFILIATION_LABELS.get(data.affiliation, data.affiliation)
        if column == self.COL_STATUS:
            return STATUS_LABELS.get(data.status, data.status)
        if column == self.COL_TAGS:
            return ", ".join(data.tags)
        if column == self.COL_UPDATED:
            return local_time_text(mentor.updated_at)
        return ""

    def _sort_key(self, mentor: MentorSnapshot, column: int) -> Any:
        if column == self.COL_STATUS:
            return STATUS_ORDER.get(mentor.data.status, len(STATUS_ORDER))
        if column == self.COL_UPDATED:
            return mentor.updated_at.timestamp()
        return fold(self._display(mentor, column))


class MentorFilterProxy(QSortFilterProxyModel):
    """Filters mentors by text (name, organisation, tags) and by status.

    Matching ignores case and accents: "jose" finds "José".
    """

    ALL_STATUSES = ""
    NOT_ENDED = "not_ended"

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self._status = self.ALL_STATUSES
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self._words = fold(text).split()
        self.endFilterChange()

    def set_status(self, status: str) -> None:
        self.beginFilterChange()
        self._status = status
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: ModelIndex) -> bool:
        model = self.sourceModel()
        mentor = model.index(source_row, 0, source_parent).data(OBJECT_ROLE)
        if not isinstance(mentor, MentorSnapshot):
            return False
        status = mentor.data.status
        if self._status == self.NOT_ENDED and status == MentorStatus.ENDED.value:
            return False
        if self._status not in (self.ALL_STATUSES, self.NOT_ENDED) and status != self._status:
            return False
        if not self._words:
            return True
        haystack = fold(" ".join((mentor.data.name, mentor.data.organisation, *mentor.data.tags)))
        return all(word in haystack for word in self._words)
