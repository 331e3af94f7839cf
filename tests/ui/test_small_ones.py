"""Issue 18, item 10: the small things a demanding new user noticed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from mentordesk.db.database import Database
from mentordesk.services.kinds import Kind
from mentordesk.ui.dashboard.area import DashboardView
from mentordesk.ui.lists.list_area import ListArea
from mentordesk.ui.shell.main_window import MainWindow
from tests.ui.conftest import DialogAnswerer
from tests.ui.helpers import activate, add_people, context_of, press


@pytest.mark.parametrize("key", ["meetings", "goals", "giveback"])
def test_every_row_of_a_lists_context_menu_says_what_it_does(window: MainWindow, key: str) -> None:
    """Meetings' right-click menu ended with a row holding only "Del" (the Delete key's
    own action, which has no words)."""
    view = window.open_area(key)
    assert isinstance(view, ListArea)
    QApplication.processEvents()
    rows = [action for action in view.table.actions() if not action.isSeparator()]
    assert rows and all(action.text() for action in rows), [a.shortcut() for a in rows]


def test_the_delete_key_on_a_list_still_asks_to_delete(
    qtbot: QtBot, window: MainWindow, dialogs: DialogAnswerer
) -> None:
    window.load_sample_data()
    view = window.open_area("meetings")
    assert isinstance(view, ListArea)
    QApplication.processEvents()
    view.table.selectRow(0)
    activate(qtbot, window)
    view.table.setFocus()
    qtbot.waitUntil(view.table.hasFocus)
    dialogs.answer(QMessageBox.StandardButton.Cancel)
    press(view.table, Qt.Key.Key_Delete)
    assert dialogs.names == ["confirmBox"], dialogs.texts


def test_with_no_rhythm_agreed_the_dashboard_does_not_say_every_rhythm_is_close(
    window: MainWindow, database: Database
) -> None:
    ada = add_people(database, "Ada Lovelace")["Ada Lovelace"]
    context_of(window).notify(Kind.MENTOR, [ada])
    view = window.open_area("dashboard")
    assert isinstance(view, DashboardView)
    view.reload()
    text = view.drift.empty.text()
    assert view.drift.empty.isVisibleTo(view) and "Every rhythm" not in text, text
    assert "No rhythm" in text
