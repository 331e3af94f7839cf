"""A list filtered by one mentor (or all) and one status (or all): the filter of the
Goals, Give-back, Action items and Meetings lists (a goal names its mentors, the
others their one mentor)."""

from __future__ import annotations

from typing import Any, Generic

from PySide6.QtCore import QObject

from mentordesk.ui.lists.record_proxy import RecordProxy
from mentordesk.ui.lists.row_table import RowT


class MentorStatusProxy(RecordProxy[RowT], Generic[RowT]):
    """Rows of the chosen mentor and status; subclasses say what a row's mentors and
    status are (``of_mentor``, ``has_status``), may offer more statuses than the
    stored ones (e.g. "not done"), and note what else their filter reads before it
    changes (``_changing``: today's date, the clock)."""

    ANY_STATUS = ""
    ALL = ANY_STATUS

    def __init__(self, status: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.chosen_mentor: str | None = None  # None: every mentor
        self.chosen_status = status

    def _changing(self) -> None:
        """The filter is about to change: every row is decided again after it."""
        self.beginFilterChange()

    def set_mentor(self, mentor_id: str | None) -> None:
        mentor_id = mentor_id or None  # a chooser's "every mentor" may be "" or None
        if mentor_id == self.chosen_mentor:
            return  # a list refilled with the same choice: no second filtering pass
        self._changing()
        self.chosen_mentor = mentor_id
        self.endFilterChange()

    def set_status(self, status: str) -> None:
        self._changing()
        self.chosen_status = status
        self.endFilterChange()

    def status(self) -> str:
        return self.chosen_status

    def refilter(self) -> None:
        """Decide again for every row (what the filter reads moved on)."""
        self._changing()
        self.endFilterChange()

    def of_mentor(self, record: Any, mentor_id: str) -> bool:
        """Whether ``record`` belongs to ``mentor_id``."""
        return bool(record.mentor_id == mentor_id)

    def has_status(self, record: Any, status: str) -> bool:
        """Whether ``record`` is in ``status`` (never ``ANY_STATUS``)."""
        return bool(record.status == status)

    def accepts(self, record: Any) -> bool:
        if self.chosen_mentor is not None and not self.of_mentor(record, self.chosen_mentor):
            return False
        return self.chosen_status == self.ANY_STATUS or self.has_status(record, self.chosen_status)
