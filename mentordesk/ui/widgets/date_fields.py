"""Date and date-and-time fields as every form uses them: the locale's format, a
calendar to pick from, and Tab that leaves the field (Qt's own fields stop at
the day, the month and the year first: three Tabs to get past one date)."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtWidgets import QDateEdit, QDateTimeEdit, QWidget

from mentordesk.ui import formats


class DateField(QDateEdit):
    """A calendar date."""

    def __init__(self, name: str, accessible: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setAccessibleName(accessible)
        self.setCalendarPopup(True)
        self.setDisplayFormat(formats.date_pattern())

    def focusNextPrevChild(self, next: bool) -> bool:
        return QWidget.focusNextPrevChild(self, next)

    def value(self) -> date:
        return formats.to_date(self.date())

    def set_value(self, value: date) -> None:
        self.setDate(formats.to_qdate(value))


class DateTimeField(QDateTimeEdit):
    """A moment, shown in local time with its weekday."""

    def __init__(self, name: str, accessible: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setAccessibleName(accessible)
        self.setCalendarPopup(True)
        self.setDisplayFormat(formats.datetime_pattern())

    def focusNextPrevChild(self, next: bool) -> bool:
        return QWidget.focusNextPrevChild(self, next)

    def value(self) -> datetime:
        """The moment shown, aware (local time zone)."""
        return formats.from_qdatetime(self.dateTime())

    def set_value(self, moment: datetime) -> None:
        self.setDateTime(formats.to_qdatetime(moment))
