"""A due date as people set one: none, a date from the calendar, or one click for
"in a week", "in two weeks" or "end of the month"."""

from __future__ import annotations

import calendar
from datetime import date, timedelta

from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from mentordesk.ui import formats
from mentordesk.ui.widgets.date_fields import DateField


def end_of_month(today: date) -> date:
    """The month's last day; on that day already, the next month's."""
    last = today.replace(day=calendar.monthrange(today.year, today.month)[1])
    if last > today:
        return last
    following = last + timedelta(days=1)
    return following.replace(day=calendar.monthrange(following.year, following.month)[1])


def quick_dates(today: date) -> list[tuple[str, date]]:
    """(key, date) for the quick buttons, in the order shown."""
    return [
        ("week", today + timedelta(weeks=1)),
        ("twoWeeks", today + timedelta(weeks=2)),
        ("monthEnd", end_of_month(today)),
    ]


class DueField(QWidget):
    """ "Due" ticked or not, the date, and the quick buttons (which tick it)."""

    def __init__(
        self, name: str, today: date, check_text: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        # "Due on" alone; beside a form's "Due" label, just "on".
        self.has_due = QCheckBox(check_text or self.tr("Due on"))
        self.has_due.setObjectName(f"{name}Enabled")
        self.has_due.setAccessibleName(self.tr("Has a due date"))
        self.date = DateField(f"{name}Date", self.tr("Due date"))
        # The calendar opens on the date shown: today, not the oldest date allowed.
        self.date.set_value(today + timedelta(weeks=1))
        self.date.setEnabled(False)
        self.has_due.toggled.connect(self.date.setEnabled)
        names = {
            "week": self.tr("+1 week"),
            "twoWeeks": self.tr("+2 weeks"),
            "monthEnd": self.tr("End of month"),
        }
        spoken = {
            "week": self.tr("Due in one week"),
            "twoWeeks": self.tr("Due in two weeks"),
            "monthEnd": self.tr("Due at the end of the month"),
        }
        self.quick: dict[str, QPushButton] = {}
        quick_row = QHBoxLayout()
        quick_row.setContentsMargins(0, 0, 0, 0)
        for key, when in quick_dates(today):
            button = QPushButton(names[key])
            button.setObjectName(f"{name}Quick_{key}")
            button.setAccessibleName(spoken[key])
            button.setToolTip(self.tr("Due {date}").format(date=formats.long_date(when)))
            button.setAutoDefault(False)
            button.clicked.connect(lambda _checked=False, when=when: self.set_value(when))
            self.quick[key] = button
            quick_row.addWidget(button)
        quick_row.addStretch(1)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.has_due)
        top.addWidget(self.date, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addLayout(quick_row)

    def value(self) -> date | None:
        return self.date.value() if self.has_due.isChecked() else None

    def set_value(self, value: date | None) -> None:
        self.has_due.setChecked(value is not None)
        if value is not None:
            self.date.set_value(value)
