"""A list filtered by one mentor (or all) and one status (or all): the Goals and the
Give-back lists' filter (a goal names its mentors, an idea its one mentor)."""

from __future__ import annotations

from typing import Any, Generic

from PySide6.QtCore import QObject

from mentordesk.ui.lists.record_proxy import RecordProxy
from mentordesk.ui.lists.row_table import RowT


class MentorStatusProxy(RecordProxy[RowT], Generic[RowT]):
    """Rows of the chosen mentor and status; subclasses say what a row's mentors and
    status are (``of_mentor``, ``has_status``), and may offer more statuses than
    the stored ones (e.g. "not done")."""

    ALL = ""

    def __init__(self, status: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.chosen_mentor = self.ALL
        self.chosen_status = status

    def set_mentor(self, mentor_id: str) -> None:
        if mentor_id == self.chosen_mentor:
            return  # a list refilled with the same choice: no second filtering pass
        self.beginFilterChange()
        self.chosen_mentor = mentor_id
        self.endFilterChange()

    def set_status(self, status: str) -> None:
        self.beginFilterChange()
        self.chosen_status = status
        self.endFilterChange()

    def of_mentor(self, record: Any, mentor_id: str) -> bool:
        """Whether ``record`` belongs to ``mentor_id``."""
        return bool(record.mentor_id == mentor_id)

    def has_status(self, record: Any, status: str) -> bool:
        """Whether ``record`` is in ``status`` (never ``ALL``)."""
        return bool(record.status == status)

    def accepts(self, record: Any) -> bool:
        if self.chosen_mentor != self.ALL and not self.of_mentor(record, self.chosen_mentor):
            return False
        return self.chosen_status == self.ALL or self.has_status(record, self.chosen_status)
