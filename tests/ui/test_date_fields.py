"""Issue 8, point 8: one Tab passes a date field (Qt's own stops at the day, the month
and the year), in every dialog and form that asks for a date."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from mentordesk.services.action_items import ActionItemState
from mentordesk.ui.action_items.done_dialog import ActionDoneDialog
from mentordesk.ui.widgets.date_fields import DateField, DateTimeField
from tests.ui.helpers import press, type_keys

ITEM = ActionItemState(
    id="x",
    mentor_id="m",
    mentor_name="Ada",
    meeting_id=None,
    text="Read the book",
    due_date=None,
    status="open",
    done_on=None,
    outcome="",
    report_back=False,
    reported_on=None,
)


def shown(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)


def test_one_tab_leaves_the_done_date_for_the_next_field(qtbot: QtBot) -> None:
    dialog = ActionDoneDialog(ITEM, date(2026, 11, 30))
    shown(qtbot, dialog)
    dialog.done_on.setFocus()
    qtbot.waitUntil(dialog.done_on.hasFocus)
    press(dialog.done_on, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.report_back
    press(dialog.report_back, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is dialog.done_on


def test_one_tab_passes_a_date_and_a_date_and_time(qtbot: QtBot) -> None:
    form = QWidget()
    first = DateField("first", "First")
    second = DateTimeField("second", "Second")
    after = DateField("after", "After")
    for field in (first, second, after):
        field.setParent(form)
    QWidget.setTabOrder(first, second)
    QWidget.setTabOrder(second, after)
    shown(qtbot, form)
    first.setFocus()
    qtbot.waitUntil(first.hasFocus)
    press(first, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is second
    press(second, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is after


# Issue 18, item 6: typing digits into a date's part replaces that part, as in the date
# fields people know ("11" into the month), and Up/Down move the day across months.


def click_part(field: DateField | DateTimeField, before: str) -> None:
    """Click in the date's text just after ``before`` (where a person aims at a part)."""
    line = field.lineEdit()
    assert line is not None
    x = line.fontMetrics().horizontalAdvance(before) + 3
    QTest.mouseClick(line, Qt.MouseButton.LeftButton, pos=QPoint(x, line.height() // 2))


def test_typing_digits_into_a_dates_month_replaces_the_month(qtbot: QtBot) -> None:
    field = DateField("day", "Day")
    field.set_value(date(2026, 12, 6))
    shown(qtbot, field)
    click_part(field, "2026-1")
    type_keys(field, "11")
    assert field.value() == date(2026, 11, 6)
    click_part(field, "2026-11-0")
    type_keys(field, "15")
    assert field.value() == date(2026, 11, 15)


def test_typing_digits_into_a_meetings_day_replaces_the_day(qtbot: QtBot) -> None:
    field = DateTimeField("when", "When")
    field.set_value(datetime(2026, 12, 6, 14, 30).astimezone())
    shown(qtbot, field)
    line = field.lineEdit()
    assert line is not None
    text = line.text()
    click_part(field, text[: text.index("-12-") + len("-12-") + 1])
    type_keys(field, "24")
    assert field.value().date() == date(2026, 12, 24)


def test_down_on_the_first_day_goes_to_the_last_day_of_the_month_before(qtbot: QtBot) -> None:
    field = DateField("day", "Day")
    field.set_value(date(2026, 12, 1))
    shown(qtbot, field)
    click_part(field, "2026-12-0")
    press(field, Qt.Key.Key_Down)
    assert field.value() == date(2026, 11, 30)
    press(field, Qt.Key.Key_Up)
    press(field, Qt.Key.Key_Up)
    assert field.value() == date(2026, 12, 2)
