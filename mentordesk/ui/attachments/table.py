"""The attachments list: title, the file's name (or the link's address), its size and
the day it was attached; a file deleted outside the app says so in red words."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QApplication

from mentordesk.services.attachments import AttachmentRow
from mentordesk.services.text import fold
from mentordesk.ui import formats
from mentordesk.ui.lists.row_table import RowTableModel
from mentordesk.ui.theme import muted_colour


def size_text(size: int | None) -> str:
    """ "340 kB", "12.5 MB" in the person's locale; "" for a link."""
    if size is None:
        return ""
    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeSIFormat)


def where_text(row: AttachmentRow) -> str:
    """A link's address, a file's name, or that the file is missing."""
    if row.is_link:
        return row.url
    if row.missing:
        return QCoreApplication.translate(
            "AttachmentTableModel", "{name} — missing from the data folder"
        ).format(name=row.file_name)
    return row.file_name


class AttachmentTableModel(RowTableModel[AttachmentRow]):
    """One row per file or link; ``OBJECT_ROLE`` gives its AttachmentRow."""

    COL_TITLE, COL_WHERE, COL_SIZE, COL_ADDED = range(4)
    HEADERS = (
        str(QT_TRANSLATE_NOOP("AttachmentTableModel", "Title")),
        str(QT_TRANSLATE_NOOP("AttachmentTableModel", "File or link")),
        str(QT_TRANSLATE_NOOP("AttachmentTableModel", "Size")),
        str(QT_TRANSLATE_NOOP("AttachmentTableModel", "Added")),
    )

    def display(self, row: AttachmentRow, column: int) -> str:
        if column == self.COL_TITLE:
            return row.title
        if column == self.COL_WHERE:
            return where_text(row)
        if column == self.COL_SIZE:
            return size_text(row.size)
        if column == self.COL_ADDED:
            return formats.short_date(formats.local_date(row.created_at))
        return ""

    def tooltip(self, row: AttachmentRow, column: int) -> str:
        if column == self.COL_TITLE:
            return (
                self.tr("Link: Enter opens it in the browser")
                if row.is_link
                else self.tr("File: Enter opens it with its application")
            )
        return self.display(row, column)

    def styled(self, row: AttachmentRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and row.missing:
            return muted_colour(QApplication.palette())
        return None

    def sort_key(self, row: AttachmentRow, column: int) -> Any:
        if column == self.COL_SIZE:
            return row.size or 0
        if column == self.COL_ADDED:
            return row.created_at
        return fold(self.display(row, column))
