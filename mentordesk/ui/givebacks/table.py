"""The give-back list: a table model over give-back ideas, and its filter."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt
from PySide6.QtWidgets import QApplication

from mentordesk.db.choices import GiveBackKind, GiveBackStatus
from mentordesk.services.givebacks import GiveBackState
from mentordesk.services.text import fold
from mentordesk.ui import formats, labels
from mentordesk.ui.lists.mentor_status_proxy import MentorStatusProxy
from mentordesk.ui.lists.row_table import OBJECT_ROLE as OBJECT_ROLE
from mentordesk.ui.lists.row_table import RowTableModel
from mentordesk.ui.lists.tables import Column
from mentordesk.ui.theme import muted_colour

NO_DATE_SORT = date.max.toordinal() + 1


class GiveBackTableModel(RowTableModel[GiveBackState]):
    """One row per idea. ``OBJECT_ROLE`` gives its GiveBackState."""

    COL_IDEA, COL_MENTOR, COL_KIND, COL_STATUS, COL_WHEN, COL_NOTE = range(6)
    RELATED = ("mentor_id", "meeting_id")
    HEADERS = (
        str(QT_TRANSLATE_NOOP("GiveBackTableModel", "Idea")),
        str(QT_TRANSLATE_NOOP("GiveBackTableModel", "Mentor")),
        str(QT_TRANSLATE_NOOP("GiveBackTableModel", "Kind")),
        str(QT_TRANSLATE_NOOP("GiveBackTableModel", "Status")),
        str(QT_TRANSLATE_NOOP("GiveBackTableModel", "When")),
        str(QT_TRANSLATE_NOOP("GiveBackTableModel", "Note")),
    )

    def tooltip(self, row: GiveBackState, column: int) -> str:
        if column == self.COL_IDEA and row.data.note:
            return f"{row.idea}\n\n{row.data.note}"
        return self.display(row, column)

    def styled(self, row: GiveBackState, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and row.status == GiveBackStatus.DONE.value:
            return muted_colour(QApplication.palette())
        return None

    def display(self, item: GiveBackState, column: int) -> str:
        data = item.data
        if column == self.COL_IDEA:
            return data.idea
        if column == self.COL_MENTOR:
            return item.mentor_name
        if column == self.COL_KIND:
            return labels.label(GiveBackKind, data.kind)
        if column == self.COL_STATUS:
            return labels.label(GiveBackStatus, data.status)
        if column == self.COL_WHEN:
            if data.done_on is not None:
                return self.tr("done {day}").format(day=formats.short_date(data.done_on))
            if data.planned_on is not None:
                return self.tr("planned {day}").format(day=formats.short_date(data.planned_on))
            return ""
        if column == self.COL_NOTE:
            return " ".join(data.note.split())
        return ""

    def sort_key(self, row: GiveBackState, column: int) -> Any:
        if column == self.COL_STATUS:
            return labels.order(GiveBackStatus, row.status)
        if column == self.COL_KIND:
            return labels.order(GiveBackKind, row.data.kind)
        if column == self.COL_WHEN:
            day = row.data.done_on or row.data.planned_on
            return day.toordinal() if day is not None else NO_DATE_SORT
        return fold(self.display(row, column))


class GiveBackFilterProxy(MentorStatusProxy[GiveBackState]):
    """Ideas of one mentor (or all) and one status; "not done" is the default."""

    NOT_DONE = "not_done"

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(self.NOT_DONE, parent)

    def has_status(self, record: Any, status: str) -> bool:
        item: GiveBackState = record
        if status == self.NOT_DONE:
            return item.status != GiveBackStatus.DONE.value
        return item.status == status


# The columns, most wanted first, and the one that takes spare room: the wanted ones
# keep their width as the window narrows, the others end in "…" or give way
# (``lists/tables.fit_columns``).
# The idea, for whom, and where it stands; the kind is the one to do without. The
# note is in the idea's tooltip.
COLUMNS = (
    (
        Column(GiveBackTableModel.COL_IDEA, keep=True, shrink_to=160),
        Column(GiveBackTableModel.COL_MENTOR, keep=True),
        Column(GiveBackTableModel.COL_STATUS, keep=True),
        Column(GiveBackTableModel.COL_WHEN, keep=True),
        Column(GiveBackTableModel.COL_KIND),
    ),
    GiveBackTableModel.COL_IDEA,
)
