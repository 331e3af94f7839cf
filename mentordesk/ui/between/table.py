"""The lists of a mentor's Inbox tab: topics (waiting, on a plan, discussed, dropped)
and touches (newest first)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QApplication

from mentordesk.db.choices import TopicStatus, TouchKind
from mentordesk.services.text import fold
from mentordesk.services.topics import TopicRow
from mentordesk.services.touches import TouchRow
from mentordesk.ui import formats, labels
from mentordesk.ui.lists.record_proxy import RecordProxy
from mentordesk.ui.lists.row_table import RowTableModel
from mentordesk.ui.theme import muted_colour


def where_text(row: TopicRow) -> str:
    """ "In the inbox", "On the plan for 9 Dec", "Discussed 9 Dec", "Dropped"."""
    if row.planned and row.meeting_start is not None:
        return QCoreApplication.translate("between", "On the plan for {day}").format(
            day=formats.short_date(formats.local_date(row.meeting_start))
        )
    if row.status == TopicStatus.DISCUSSED and row.meeting_start is not None:
        return QCoreApplication.translate("between", "Discussed {day}").format(
            day=formats.short_date(formats.local_date(row.meeting_start))
        )
    return labels.label(TopicStatus, row.status)


class TopicTableModel(RowTableModel[TopicRow]):
    """One row per topic; ``OBJECT_ROLE`` gives its TopicRow."""

    COL_TEXT, COL_WHERE, COL_PRIVATE = range(3)
    RELATED = ("mentor_id", "meeting_id")
    HEADERS = (
        str(QT_TRANSLATE_NOOP("TopicTableModel", "Topic")),
        str(QT_TRANSLATE_NOOP("TopicTableModel", "Where")),
        str(QT_TRANSLATE_NOOP("TopicTableModel", "Private")),
    )

    def display(self, row: TopicRow, column: int) -> str:
        if column == self.COL_TEXT:
            return row.text
        if column == self.COL_WHERE:
            return where_text(row)
        if column == self.COL_PRIVATE:
            return self.tr("Private") if row.private else ""
        return ""

    def styled(self, row: TopicRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and not (row.waiting or row.planned):
            return muted_colour(QApplication.palette())
        return None

    def sort_key(self, row: TopicRow, column: int) -> Any:
        if column == self.COL_WHERE:
            waiting = 0 if row.waiting else 1 if row.planned else 2
            return (waiting, row.created_at)
        return fold(self.display(row, column))


class TopicProxy(RecordProxy[TopicRow]):
    """Open topics only (waiting or on a plan), unless all are asked for."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.everything = False
        self.presenting = False

    def show_everything(self, everything: bool) -> None:
        self.beginFilterChange()
        self.everything = everything
        self.endFilterChange()

    def set_presenting(self, on: bool) -> None:
        """Private topics leave the list while the screen is shared."""
        if on == self.presenting:
            return
        model = self.sourceModel()
        rows = model.rows() if isinstance(model, TopicTableModel) else []
        if not any(row.private for row in rows):
            self.presenting = on  # nothing to hide: the list (and its selection) stays
            return
        self.beginFilterChange()
        self.presenting = on
        self.endFilterChange()

    def accepts(self, record: Any) -> bool:
        row: TopicRow = record
        if self.presenting and row.private:
            return False
        return self.everything or row.status == TopicStatus.OPEN


class TouchTableModel(RowTableModel[TouchRow]):
    """One row per touch; ``OBJECT_ROLE`` gives its TouchRow."""

    COL_DAY, COL_KIND, COL_NOTE = range(3)
    RELATED = ("mentor_id",)
    HEADERS = (
        str(QT_TRANSLATE_NOOP("TouchTableModel", "Day")),
        str(QT_TRANSLATE_NOOP("TouchTableModel", "How")),
        str(QT_TRANSLATE_NOOP("TouchTableModel", "About")),
    )

    def display(self, row: TouchRow, column: int) -> str:
        if column == self.COL_DAY:
            return formats.short_date(row.data.day)
        if column == self.COL_KIND:
            return labels.label(TouchKind, row.data.kind)
        if column == self.COL_NOTE:
            return row.data.note
        return ""

    def sort_key(self, row: TouchRow, column: int) -> Any:
        if column == self.COL_DAY:
            return (row.data.day.toordinal(), row.created_at)
        return fold(self.display(row, column))
