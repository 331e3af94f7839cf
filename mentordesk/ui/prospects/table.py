"""The prospects list: candidate mentors, where I found them, the goals they fit, the
last outreach step and when to follow up."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt
from PySide6.QtWidgets import QApplication

from mentordesk.db.choices import MentorStatus, OutreachKind, WhereFound
from mentordesk.services.prospects import ProspectRow
from mentordesk.services.text import fold
from mentordesk.ui import formats, labels
from mentordesk.ui.lists.row_table import OBJECT_ROLE as OBJECT_ROLE
from mentordesk.ui.lists.row_table import RowTableModel
from mentordesk.ui.lists.tables import Column
from mentordesk.ui.theme import error_colour

NO_DATE_SORT = date.max.toordinal() + 1


class ProspectTableModel(RowTableModel[ProspectRow]):
    """One row per prospect. ``OBJECT_ROLE`` gives its ProspectRow."""

    COL_NAME, COL_STATUS, COL_FOUND, COL_GOALS, COL_LAST, COL_FOLLOW = range(6)
    HEADERS = (
        str(QT_TRANSLATE_NOOP("ProspectTableModel", "Name")),
        str(QT_TRANSLATE_NOOP("ProspectTableModel", "Status")),
        str(QT_TRANSLATE_NOOP("ProspectTableModel", "Where found")),
        str(QT_TRANSLATE_NOOP("ProspectTableModel", "Fits")),
        str(QT_TRANSLATE_NOOP("ProspectTableModel", "Last step")),
        str(QT_TRANSLATE_NOOP("ProspectTableModel", "Follow up")),
    )

    def __init__(
        self, today: Callable[[], date] = date.today, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.today = today

    def late(self, row: ProspectRow) -> bool:
        return row.follow_up_on is not None and row.follow_up_on <= self.today()

    def tooltip(self, row: ProspectRow, column: int) -> str:
        if column == self.COL_GOALS:
            return "\n".join(row.goal_titles)
        return self.display(row, column)

    def styled(self, row: ProspectRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and column == self.COL_FOLLOW and self.late(row):
            return error_colour(QApplication.palette())
        return None

    def display(self, row: ProspectRow, column: int) -> str:
        if column == self.COL_NAME:
            return row.name
        if column == self.COL_STATUS:
            return labels.label(MentorStatus, row.status)
        if column == self.COL_FOUND:
            return labels.label(WhereFound, row.where_found)
        if column == self.COL_GOALS:
            count = len(row.goal_titles)
            if count == 0:
                return ""
            return self.tr("%n goal(s)", "", count)
        if column == self.COL_LAST:
            last = row.last_step
            if last is None:
                return self.tr("Not asked yet")
            return self.tr("{step} {day}").format(
                step=labels.label(OutreachKind, last.kind), day=formats.short_date(last.day)
            )
        if column == self.COL_FOLLOW:
            when = row.follow_up_on
            if when is None:
                return ""
            text = formats.short_date(when)
            return self.tr("⚠ {day}").format(day=text) if self.late(row) else text
        return ""

    def sort_key(self, row: ProspectRow, column: int) -> Any:
        if column == self.COL_STATUS:
            return labels.order(MentorStatus, row.status)
        if column == self.COL_FOUND:
            return labels.order(WhereFound, row.where_found)
        if column == self.COL_GOALS:
            return len(row.goal_titles)
        if column == self.COL_LAST:
            last = row.last_step
            return last.day.toordinal() if last is not None else 0
        if column == self.COL_FOLLOW:
            when = row.follow_up_on
            return when.toordinal() if when is not None else NO_DATE_SORT
        return fold(self.display(row, column))


# The columns, most wanted first, and the one that takes spare room: the wanted ones
# keep their width as the window narrows, the others end in "…" or give way
# (``lists/tables.fit_columns``).
# Whom to follow up with, and when; the page beside says where they were found.
COLUMNS = (
    (
        Column(ProspectTableModel.COL_NAME, keep=True),
        Column(ProspectTableModel.COL_STATUS, keep=True),
        Column(ProspectTableModel.COL_FOLLOW, keep=True),
        Column(ProspectTableModel.COL_LAST, shrink_to=100),
        Column(ProspectTableModel.COL_GOALS),
    ),
    ProspectTableModel.COL_NAME,
)
