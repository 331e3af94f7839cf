"""Issue 8, point 8: one Tab passes a date field (Qt's own stops at the day, the month
and the year), in every dialog and form that asks for a date."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from mentordesk.services.action_items import ActionItemState
from mentordesk.ui.action_items.done_dialog import ActionDoneDialog
from mentordesk.ui.widgets.date_fields import DateField, DateTimeField
from tests.ui.helpers import press

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
