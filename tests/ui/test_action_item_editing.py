"""Issue 8, point 4: action items are added and edited directly (advice often arrives
by email), from the Action items area, the mentor's page and File ▸ New Action Item,
with quick due dates; what is stored is plain text. Point 7: every change says so in
the status bar, naming Undo."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QPushButton
from pytestqt.qtbot import QtBot

from mentordesk.db.database import Database
from mentordesk.db.types import utc_now
from mentordesk.services import action_items
from mentordesk.services.action_items import ActionItemState
from mentordesk.services.mentors import MentorData
from mentordesk.ui.action_items.area import ActionItemsView
from mentordesk.ui.action_items.done_dialog import ActionDoneDialog
from mentordesk.ui.action_items.item_dialog import ActionItemDialog
from mentordesk.ui.context import AppContext
from mentordesk.ui.shell.main_window import MainWindow
from mentordesk.ui.widgets.due_field import end_of_month
from tests.ui.conftest import DialogAnswerer
from tests.ui.helpers import (
    activate,
    add_mentor,
    add_people,
    click,
    click_row,
    context_of,
    mentors_view,
    press,
    type_text,
)

NOW = datetime(2026, 11, 30, 15, 0, tzinfo=UTC)
TODAY = NOW.astimezone().date()
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def people(window: MainWindow) -> dict[str, str]:
    context_of(window).set_clock(lambda: NOW)
    return {
        name: add_mentor(window, MentorData(name=name, status="active")).id
        for name in ("Ada Lovelace", "Grace Hopper")
    }


def focus_in(dialog: QDialog) -> None:
    """The desktop makes a new dialog the active window (offscreen Qt may not), and
    window shortcuts such as Ctrl+Enter only reach the active window."""
    assert QTest.qWaitForWindowExposed(dialog)
    dialog.activateWindow()
    assert QTest.qWaitForWindowActive(dialog)


def stored(database: Database) -> list[ActionItemState]:
    with database.session() as session:
        return action_items.list_items(session)


def actions_area(window: MainWindow) -> ActionItemsView:
    view = window.open_area("actions")
    assert isinstance(view, ActionItemsView)
    return view


def shown_texts(view: ActionItemsView) -> list[str]:
    proxy = view.proxy
    return [str(proxy.index(row, 0).data()) for row in range(proxy.rowCount())]


def test_an_action_item_is_added_from_the_empty_action_items_area(
    qtbot: QtBot,
    window: MainWindow,
    database: Database,
    people: dict[str, str],
    dialogs: DialogAnswerer,
) -> None:
    view = actions_area(window)
    assert view.add_first_button.isVisible()  # the empty page offers it

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, ActionItemDialog)
        assert dialog.mentor.currentIndex() == -1  # nobody chosen for you
        dialog.mentor.setCurrentIndex(dialog.mentor.findText("Grace Hopper"))
        type_text(dialog.text, "**Email** Sam about the _offsite_")
        click(dialog.due.quick["twoWeeks"])
        focus_in(dialog)
        press(dialog.text, Qt.Key.Key_Return, CTRL)  # Ctrl+Enter saves from the text

    dialogs.answer(fill)
    click(view.add_first_button)

    [item] = stored(database)
    assert (item.text, item.mentor_id, item.due_date) == (
        "Email Sam about the offsite",
        people["Grace Hopper"],
        TODAY + timedelta(weeks=2),
    )
    assert shown_texts(view) == ["Email Sam about the offsite"]
    assert view.current_item() == item  # selected, ready for the next step
    message = window.statusBar().currentMessage()
    assert "Email Sam about the offsite" in message and "Undo" in message

    activate(qtbot, window)
    press(view.table, Qt.Key.Key_Z, CTRL)
    assert stored(database) == []
    assert "Undid: Add action item" in window.statusBar().currentMessage()


def test_a_missing_mentor_or_text_is_said_beside_the_field_and_typing_is_kept(
    window: MainWindow, database: Database, people: dict[str, str], dialogs: DialogAnswerer
) -> None:
    view = actions_area(window)
    seen: dict[str, object] = {}

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, ActionItemDialog)
        type_text(dialog.text, "Ask about the budget")
        dialog.accept()  # no mentor chosen
        seen["open"] = dialog.isVisible()
        seen["error"] = dialog.form.errors["mentor"].text()
        seen["kept"] = dialog.text.toPlainText()
        dialog.reject()

    dialogs.answer(fill)
    click(view.add_first_button)
    assert seen == {
        "open": True,
        "error": "⚠ Choose the mentor this advice came from.",
        "kept": "Ask about the budget",
    }
    assert stored(database) == []


def test_editing_an_item_changes_its_words_and_due_date_and_undo_brings_them_back(
    qtbot: QtBot,
    window: MainWindow,
    database: Database,
    people: dict[str, str],
    dialogs: DialogAnswerer,
) -> None:
    with database.session() as session:
        item = action_items.capture(
            session, people["Ada Lovelace"], "Read the book", due_date=TODAY, now=utc_now()
        )
    view = actions_area(window)
    view.select_item(item.id)

    def edit(dialog: QDialog) -> None:
        assert isinstance(dialog, ActionItemDialog)
        assert dialog.text.toPlainText() == "Read the book"
        assert dialog.due.value() == TODAY
        dialog.text.selectAll()
        type_text(dialog.text, "Read chapters 1-3")
        click(dialog.due.quick["monthEnd"])
        save = dialog.findChild(QPushButton, "actionItemSaveButton")
        assert save is not None
        click(save)

    dialogs.answer(edit)
    view.table.setFocus()
    press(view.table, Qt.Key.Key_F2)
    changed = action_items_of(database)[item.id]
    # 30 November is the month's last day: "end of month" is the next one's.
    assert end_of_month(date(2026, 11, 30)) == date(2026, 12, 31)
    assert (changed.text, changed.due_date) == ("Read chapters 1-3", end_of_month(TODAY))
    assert shown_texts(view) == ["Read chapters 1-3"]

    activate(qtbot, window)
    press(view.table, Qt.Key.Key_Z, CTRL)
    assert action_items_of(database)[item.id] == item


def action_items_of(database: Database) -> dict[str, ActionItemState]:
    return {item.id: item for item in stored(database)}


def test_the_mentors_page_adds_and_completes_their_action_items(
    window: MainWindow, database: Database, people: dict[str, str], dialogs: DialogAnswerer
) -> None:
    mentors = mentors_view(window)
    click_row(mentors, "Ada Lovelace")
    page = mentors.detail_tabs
    page.setCurrentWidget(page.actions_panel)
    panel = page.actions_panel
    assert "No action items yet" in panel.summary.text()

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, ActionItemDialog)
        assert dialog.mentor.currentText() == "Ada Lovelace"  # the page's mentor
        type_text(dialog.text, "Draft the talk outline")
        click(dialog.due.quick["week"])
        dialog.accept()

    dialogs.answer(fill)
    click(panel.add_button)
    [item] = stored(database)
    assert (item.mentor_id, item.due_date) == (people["Ada Lovelace"], TODAY + timedelta(weeks=1))
    assert panel.current_item() == item
    assert panel.summary.text() == "1 open · 1 in all"

    def done(dialog: QDialog) -> None:
        assert isinstance(dialog, ActionDoneDialog)
        type_text(dialog.outcome, "Sent it on Friday")
        focus_in(dialog)
        press(dialog.outcome, Qt.Key.Key_Return, CTRL)  # Ctrl+Enter, not a new line

    dialogs.answer(done)
    click(panel.done_button)
    [item] = stored(database)
    assert (item.status, item.outcome) == ("done", "Sent it on Friday")
    assert panel.summary.text() == "0 open · 1 in all"
    assert not panel.done_button.isEnabled()


def test_file_new_action_item_is_for_the_mentor_on_screen(
    window: MainWindow, database: Database, people: dict[str, str], dialogs: DialogAnswerer
) -> None:
    mentors = mentors_view(window)
    click_row(mentors, "Grace Hopper")
    chosen: list[str] = []

    def look(dialog: QDialog) -> None:
        assert isinstance(dialog, ActionItemDialog)
        chosen.append(dialog.mentor.currentText())
        dialog.reject()

    dialogs.answer(look)
    mentors.table.setFocus()
    press(mentors.table, Qt.Key.Key_A, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert chosen == ["Grace Hopper"]
    assert QApplication.activeModalWidget() is None
    assert stored(database) == []


def test_a_new_items_due_day_is_read_from_its_words_until_set_by_hand(
    qtbot: QtBot, context: AppContext, database: Database
) -> None:
    """Issue 18, item 6: "Read the book by Friday" typed in New action item was saved
    with no due date (only meeting mode's capture read the words)."""
    add_people(database, "Ada Lovelace")
    context.set_clock(lambda: datetime(2026, 12, 7, 10, tzinfo=UTC))  # a Monday
    dialog = ActionItemDialog(context)
    qtbot.addWidget(dialog)
    dialog.text.setPlainText("Read the book by Friday")
    assert dialog.due.value() == date(2026, 12, 11)
    dialog.text.setPlainText("Read the book tomorrow")
    assert dialog.due.value() == date(2026, 12, 8)
    dialog.due.date.set_value(date(2026, 12, 20))  # the person's own day stays
    dialog.text.setPlainText("Read the book by the 15th")
    assert dialog.due.value() == date(2026, 12, 20)
