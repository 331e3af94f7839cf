"""The goals list: a table model over goal rows (progress drawn as a bar), and its filter."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt
from PySide6.QtWidgets import QApplication

from mentordesk.db.choices import GoalStatus, ProgressMode
from mentordesk.services.goals import GoalRow
from mentordesk.services.text import fold
from mentordesk.ui import formats, labels
from mentordesk.ui.goals.progress_delegate import PROGRESS_ROLE
from mentordesk.ui.lists.mentor_status_proxy import MentorStatusProxy
from mentordesk.ui.lists.row_table import OBJECT_ROLE as OBJECT_ROLE
from mentordesk.ui.lists.row_table import RowTableModel
from mentordesk.ui.lists.tables import Column
from mentordesk.ui.theme import error_colour, muted_colour

NO_TARGET_SORT = date.max.toordinal() + 1


class GoalTableModel(RowTableModel[GoalRow]):
    """One row per goal. ``OBJECT_ROLE`` gives its GoalRow; ``PROGRESS_ROLE`` its progress."""

    COL_TITLE, COL_STATUS, COL_PROGRESS, COL_TARGET, COL_MENTORS, COL_ACTIONS = range(6)
    HEADERS = (
        str(QT_TRANSLATE_NOOP("GoalTableModel", "Goal")),
        str(QT_TRANSLATE_NOOP("GoalTableModel", "Status")),
        str(QT_TRANSLATE_NOOP("GoalTableModel", "Progress")),
        str(QT_TRANSLATE_NOOP("GoalTableModel", "Target")),
        str(QT_TRANSLATE_NOOP("GoalTableModel", "Mentors")),
        str(QT_TRANSLATE_NOOP("GoalTableModel", "Action items")),
    )

    def __init__(
        self, today: Callable[[], date] = date.today, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.today = today

    def related_ids(self, row: GoalRow) -> Iterable[str]:
        return (row.id, *row.mentor_ids, *row.action_ids)

    def is_late(self, goal: GoalRow) -> bool:
        return (
            goal.status == GoalStatus.ACTIVE.value
            and goal.data.target_date is not None
            and goal.data.target_date < self.today()
        )

    def styled(self, row: GoalRow, column: int, role: int) -> Any:
        if role == PROGRESS_ROLE and column == self.COL_PROGRESS:
            return row.progress
        if role == Qt.ItemDataRole.ForegroundRole:
            palette = QApplication.palette()
            if column == self.COL_TARGET and self.is_late(row):
                return error_colour(palette)
            if row.status != GoalStatus.ACTIVE.value:
                return muted_colour(palette)
        return None

    def display(self, goal: GoalRow, column: int) -> str:
        if column == self.COL_TITLE:
            return goal.title
        if column == self.COL_STATUS:
            return labels.label(GoalStatus, goal.status)
        if column == self.COL_PROGRESS:
            return f"{goal.progress} %"
        if column == self.COL_TARGET:
            if goal.data.target_date is None:
                return ""
            text = formats.short_date(goal.data.target_date)
            return self.tr("⚠ {date}").format(date=text) if self.is_late(goal) else text
        if column == self.COL_MENTORS:
            return ", ".join(goal.mentor_names)
        if column == self.COL_ACTIONS:
            if not goal.action_ids:
                return ""
            return self.tr("{done} of {counted} done").format(
                done=goal.actions_done, counted=goal.actions_counted
            )
        return ""

    def tooltip(self, goal: GoalRow, column: int) -> str:
        if column == self.COL_PROGRESS:
            how = labels.label(ProgressMode, goal.data.progress_mode)
            return self.tr("{value} % ({how})").format(value=goal.progress, how=how)
        if column == self.COL_TITLE and goal.data.why:
            return goal.data.why
        if column == self.COL_TARGET and self.is_late(goal):
            return self.tr("The target date has passed")
        return self.display(goal, column)

    def sort_key(self, row: GoalRow, column: int) -> Any:
        if column == self.COL_STATUS:
            return labels.order(GoalStatus, row.status)
        if column == self.COL_PROGRESS:
            return row.progress
        if column == self.COL_TARGET:
            target = row.data.target_date
            return target.toordinal() if target is not None else NO_TARGET_SORT
        if column == self.COL_ACTIONS:
            return (row.actions_done, row.actions_counted)
        return fold(self.display(row, column))


class GoalFilterProxy(MentorStatusProxy[GoalRow]):
    """Goals of one status (or all; active ones at first) and of one mentor (or any)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(GoalStatus.ACTIVE.value, parent)

    def of_mentor(self, record: Any, mentor_id: str) -> bool:
        goal: GoalRow = record
        return mentor_id in goal.mentor_ids


# The columns, most wanted first, and the one that takes spare room: the wanted ones
# keep their width as the window narrows, the others end in "…" or give way
# (``lists/tables.fit_columns``).
# The goal and how far it has come; its mentors shorten ("Amara Okafor, Joaq…", all
# of them in the tooltip) after the count of action items has given way. The status
# is left out while the filter shows one status.
COLUMNS = (
    (
        Column(GoalTableModel.COL_TITLE, keep=True, shrink_to=160),
        Column(GoalTableModel.COL_PROGRESS, keep=True),
        Column(GoalTableModel.COL_TARGET, keep=True),
        Column(GoalTableModel.COL_STATUS, keep=True),
        Column(GoalTableModel.COL_MENTORS, shrink_to=100),
        Column(GoalTableModel.COL_ACTIONS),
    ),
    GoalTableModel.COL_TITLE,
)
