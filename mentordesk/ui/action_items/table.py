"""The action items list: a table model over item states, and its filter proxy."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from operator import attrgetter
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from mentordesk.db.choices import ActionStatus
from mentordesk.services.action_items import ActionItemState
from mentordesk.services.text import fold
from mentordesk.ui import formats, labels
from mentordesk.ui.lists.mentor_status_proxy import MentorStatusProxy
from mentordesk.ui.lists.row_table import OBJECT_ROLE as OBJECT_ROLE
from mentordesk.ui.lists.row_table import RowTableModel
from mentordesk.ui.lists.tables import Column
from mentordesk.ui.privacy import marked
from mentordesk.ui.theme import error_colour, muted_colour

# Sorts after every real date: items without a due date come last.
NO_DUE_SORT = date.max.toordinal() + 1


def needs_report(item: ActionItemState) -> bool:
    return item.status == ActionStatus.DONE.value and item.report_back and not item.reported_on


class ActionTableModel(RowTableModel[ActionItemState]):
    """One row per action item. ``OBJECT_ROLE`` gives the ActionItemState of a row."""

    COL_TEXT, COL_MENTOR, COL_DUE, COL_STATUS, COL_DONE_ON, COL_OUTCOME, COL_REPORT = range(7)
    RELATED = ("mentor_id", "meeting_id")
    HEADERS = (
        str(QT_TRANSLATE_NOOP("ActionTableModel", "Action")),
        str(QT_TRANSLATE_NOOP("ActionTableModel", "Mentor")),
        str(QT_TRANSLATE_NOOP("ActionTableModel", "Due")),
        str(QT_TRANSLATE_NOOP("ActionTableModel", "Status")),
        str(QT_TRANSLATE_NOOP("ActionTableModel", "Done on")),
        str(QT_TRANSLATE_NOOP("ActionTableModel", "Outcome")),
        str(QT_TRANSLATE_NOOP("ActionTableModel", "Report back")),
    )

    def __init__(
        self, today: Callable[[], date] = date.today, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.today = today

    def _overdue(self, row: ActionItemState) -> bool:
        """``row.is_overdue`` today, reading the clock only for an open item with a date."""
        return (
            row.due_date is not None
            and row.status == ActionStatus.OPEN.value
            and row.is_overdue(self.today())
        )

    def heard_as(self, row: ActionItemState, column: int) -> str:
        return self.tooltip(row, column)

    def styled(self, row: ActionItemState, column: int, role: int) -> Any:
        # A view asks for many roles per cell: the clock is read only for these two.
        if role == Qt.ItemDataRole.FontRole:
            if self._overdue(row) or needs_report(row):
                font = QFont()
                font.setBold(column in (self.COL_TEXT, self.COL_DUE, self.COL_REPORT))
                return font
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            palette = QApplication.palette()
            if column in (self.COL_DUE, self.COL_TEXT) and self._overdue(row):
                return error_colour(palette)
            if row.status == ActionStatus.DROPPED.value:
                return muted_colour(palette)
        return None

    def display(self, item: ActionItemState, column: int) -> str:
        if column == self.COL_TEXT:
            return marked(item.text, item.private)
        if column == self.COL_MENTOR:
            return item.mentor_name
        if column == self.COL_DUE:
            if item.due_date is None:
                return ""
            text = formats.short_date(item.due_date)
            if item.is_overdue(self.today()):
                return self.tr("⚠ Overdue · {date}").format(date=text)
            return text
        if column == self.COL_STATUS:
            return labels.label(ActionStatus, item.status)
        if column == self.COL_DONE_ON:
            return formats.short_date(item.done_on) if item.done_on else ""
        if column == self.COL_OUTCOME:
            return " ".join(item.outcome.split())
        if column == self.COL_REPORT:
            if not item.report_back:
                return ""
            if item.reported_on:
                return self.tr("Reported {date}").format(date=formats.short_date(item.reported_on))
            if item.status == ActionStatus.DONE.value:
                return self.tr("To report")
            return self.tr("Yes")
        return ""

    def tooltip(self, item: ActionItemState, column: int) -> str:
        if column == self.COL_DUE:
            if item.due_date is None:
                return self.tr("No due date")
            days = (self.today() - item.due_date).days
            if item.is_overdue(self.today()):
                return self.tr("Overdue by %n day(s): due {date}", "", days).format(
                    date=formats.short_date(item.due_date)
                )
            return self.tr("Due {date}").format(date=formats.short_date(item.due_date))
        if column == self.COL_REPORT:
            if needs_report(item):
                return self.tr("Tell {name} how it went").format(name=item.mentor_name)
            if item.report_back and not item.reported_on:
                return self.tr("Tell the mentor how it went, once it is done")
        if column == self.COL_OUTCOME:
            return item.outcome
        if column == self.COL_TEXT and item.private:
            return self.tr("{text} (private: never copied or sent)").format(text=item.text)
        return self.display(item, column)

    def sort_key(self, row: ActionItemState, column: int) -> Any:
        if column == self.COL_DUE:
            return row.due_date.toordinal() if row.due_date else NO_DUE_SORT
        if column == self.COL_DONE_ON:
            return row.done_on.toordinal() if row.done_on else NO_DUE_SORT
        if column == self.COL_STATUS:
            return labels.order(ActionStatus, row.status)
        if column == self.COL_TEXT:
            return fold(row.text)
        if column == self.COL_MENTOR:
            return fold(row.mentor_name)
        if column == self.COL_OUTCOME:
            return fold(row.outcome)
        return (bool(row.report_back), row.reported_on is None)

    def sort_keys(self, rows: list[ActionItemState], column: int) -> list[Any]:
        """``sort_key`` for many rows at once: dates without a call per row, and a
        mentor's name folded once however many items they have."""
        if column in (self.COL_DUE, self.COL_DONE_ON):
            dates = map(attrgetter("due_date" if column == self.COL_DUE else "done_on"), rows)
            return [day.toordinal() if day else NO_DUE_SORT for day in dates]
        if column == self.COL_MENTOR:
            folded: dict[str, str] = {}
            names = map(attrgetter("mentor_name"), rows)
            return [folded.get(name) or folded.setdefault(name, fold(name)) for name in names]
        if column in (self.COL_TEXT, self.COL_OUTCOME):
            texts = map(attrgetter("text" if column == self.COL_TEXT else "outcome"), rows)
            return list(map(fold, texts))
        if column == self.COL_STATUS:
            statuses = list(map(attrgetter("status"), rows))
            order = {status: labels.order(ActionStatus, status) for status in set(statuses)}
            return list(map(order.__getitem__, statuses))
        return super().sort_keys(rows, column)


class ActionFilterProxy(MentorStatusProxy[ActionItemState]):
    """Filters action items by mentor and by status (or "overdue", "to report back")."""

    OVERDUE = "overdue"
    TO_REPORT = "to_report"

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(ActionStatus.OPEN.value, parent)
        self._today = date.today()
        self._presenting = False

    def set_presenting(self, on: bool) -> None:
        """Hide private items while the screen is shared (View ▸ Presenting)."""
        if on == self._presenting:
            return
        model = self.sourceModel()
        rows = model.rows() if isinstance(model, ActionTableModel) else []
        if not any(item.private for item in rows):
            self._presenting = on  # nothing to hide: the list (and its selection) stays
            return
        self.beginFilterChange()
        self._presenting = on
        self.endFilterChange()

    def follow_today(self) -> None:
        """Decide again for every row only if the day changed ("overdue" moved on)."""
        model = self.sourceModel()
        if isinstance(model, ActionTableModel) and model.today() != self._today:
            self.refilter()

    def _changing(self) -> None:
        super()._changing()
        model = self.sourceModel()
        self._today = model.today() if isinstance(model, ActionTableModel) else date.today()

    def passes(self) -> Callable[[Any], bool] | None:
        """``accepts`` for a pass over every row: nothing to ask with no filter set,
        the one question when one filter is set (the usual case), else ``accepts``."""
        checks: list[Callable[[Any], bool]] = []
        mentor_id, status, today = self.chosen_mentor, self.chosen_status, self._today
        if mentor_id is not None:
            checks.append(lambda item: bool(item.mentor_id == mentor_id))
        if self._presenting:
            checks.append(lambda item: not item.private)
        if status == self.OVERDUE:
            checks.append(lambda item: bool(item.is_overdue(today)))
        elif status == self.TO_REPORT:
            checks.append(needs_report)
        elif status != self.ALL:
            checks.append(lambda item: bool(item.status == status))
        if not checks:
            return None
        return checks[0] if len(checks) == 1 else self.accepts

    def has_status(self, record: Any, status: str) -> bool:
        item: ActionItemState = record
        if status == self.OVERDUE:
            return item.is_overdue(self._today)
        if status == self.TO_REPORT:
            return needs_report(item)
        return item.status == status

    def accepts(self, record: Any) -> bool:
        item: ActionItemState = record
        if self._presenting and item.private:
            return False
        return super().accepts(item)


# The columns, most wanted first, and the one that takes spare room: the wanted ones
# keep their width as the window narrows, the others end in "…" or give way
# (``lists/tables.fit_columns``).
# The advice itself takes the room; it ends in "…" (the whole text is its tooltip)
# only once what is done and reported has given way.
COLUMNS = (
    (
        Column(ActionTableModel.COL_TEXT, keep=True, shrink_to=200),
        Column(ActionTableModel.COL_DUE, keep=True),
        Column(ActionTableModel.COL_MENTOR, keep=True),
        Column(ActionTableModel.COL_STATUS, keep=True),
        Column(ActionTableModel.COL_REPORT),
        Column(ActionTableModel.COL_DONE_ON),
        Column(ActionTableModel.COL_OUTCOME, shrink_to=100),
    ),
    ActionTableModel.COL_TEXT,
)
