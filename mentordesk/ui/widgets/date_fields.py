"""Date and date-and-time fields as every form uses them: the locale's format, a
calendar to pick from, and Tab that leaves the field (Qt's own fields stop at
the day, the month and the year first: three Tabs to get past one date).

Typing digits into a part replaces that part ("11" typed into the month makes it
November; Qt's own field inserted them beside the old digits and refused the
result), and Up/Down move the day across months and the month across years (Qt's
stopped at the 1st)."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QAbstractSpinBox, QDateTimeEdit, QWidget

from mentordesk.ui import formats

Section = QDateTimeEdit.Section


class _PartTyping(QDateTimeEdit):
    """A date part is typed over, and stepped by the calendar (see the module's note)."""

    _typing_in: Section | None = None  # the part being typed into, once its digits began

    def keyPressEvent(self, event: QKeyEvent) -> None:
        section = self.currentSection()
        digit = event.text().isdigit()
        line = self.lineEdit()
        if digit and section != self._typing_in and line is not None and not line.hasSelectedText():
            self.setSelectedSection(section)
        super().keyPressEvent(event)
        self._typing_in = section if digit and self.currentSection() == section else None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._typing_in = None
        super().mousePressEvent(event)

    def focusOutEvent(self, event: object) -> None:
        self._typing_in = None
        super().focusOutEvent(event)  # type: ignore[arg-type]

    def stepBy(self, steps: int) -> None:
        section = self.currentSection()
        moment = self.dateTime()
        if section == Section.DaySection:
            moment = moment.addDays(steps)
        elif section == Section.MonthSection:
            moment = moment.addMonths(steps)
        elif section == Section.YearSection:
            moment = moment.addYears(steps)
        else:
            super().stepBy(steps)
            return
        self._typing_in = None
        self.setDateTime(moment)
        self.setSelectedSection(section)

    def stepEnabled(self) -> QAbstractSpinBox.StepEnabledFlag:
        if self.currentSection() in (Section.DaySection, Section.MonthSection, Section.YearSection):
            return (
                QAbstractSpinBox.StepEnabledFlag.StepUpEnabled
                | QAbstractSpinBox.StepEnabledFlag.StepDownEnabled
            )
        return super().stepEnabled()


class DateField(_PartTyping):
    """A calendar date (a QDateEdit in all but name: the format shows no time)."""

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


class DateTimeField(_PartTyping):
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
