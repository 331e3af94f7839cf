"""The Action items area: its model and proxy, overdue marking, and changes with undo."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest
from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QPushButton
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from mentordesk.db.database import Database
from mentordesk.db.types import utc_now
from mentordesk.services import action_items
from mentordesk.services.action_items import ActionItemState
from mentordesk.services.kinds import Kind
from mentordesk.services.mentors import delete_mentor
from mentordesk.ui.action_items.area import ActionItemsView
from mentordesk.ui.action_items.done_dialog import ActionDoneDialog
from mentordesk.ui.action_items.table import OBJECT_ROLE, ActionFilterProxy, ActionTableModel
from mentordesk.ui.context import AppContext
from mentordesk.ui.formats import to_qdate
from mentordesk.ui.lists.list_area import PAGE_EMPTY, PAGE_LIST
from mentordesk.ui.theme import error_colour
from tests.ui.conftest import DialogAnswerer
from tests.ui.helpers import add_people, check_model, click, context_at, press

TODAY = date(2025, 3, 10)


context = context_at(datetime.combine(TODAY, time(12)).astimezone())


@pytest.fixture
def people(database: Database) -> dict[str, str]:
    return add_people(database, "Ada Lovelace", "Grace Hopper")


def add_items(database: Database, people: dict[str, str]) -> dict[str, str]:
    """Overdue, due later, undated (Ada); done with report back, dropped (Grace)."""
    ada, grace = people["Ada Lovelace"], people["Grace Hopper"]
    with database.session() as session:
        ids = {
            "overdue": action_items.capture(
                session, ada, "Read the book", due_date=date(2025, 3, 1), now=utc_now()
            ),
            "later": action_items.capture(
                session, ada, "Write the talk", due_date=date(2025, 4, 1), now=utc_now()
            ),
            "undated": action_items.capture(session, ada, "Find a sponsor", now=utc_now()),
            "done": action_items.capture(session, grace, "Ask for feedback", now=utc_now()),
            "dropped": action_items.capture(session, grace, "Learn COBOL", now=utc_now()),
        }
        action_items.mark_done(
            session,
            ids["done"].id,
            outcome="Got it",
            on=date(2025, 3, 5),
            report_back=True,
            now=utc_now(),
        )
        action_items.set_status(session, ids["dropped"].id, "dropped", now=utc_now())
        return {key: item.id for key, item in ids.items()}


def show_active(qtbot: QtBot, view: ActionItemsView) -> None:
    view.show()
    qtbot.waitExposed(view)
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    view.table.setFocus()


def states(database: Database) -> list[ActionItemState]:
    with database.session() as session:
        return action_items.item_rows(session)


def shown(proxy: QAbstractItemModel) -> list[str]:
    return [
        str(proxy.index(row, ActionTableModel.COL_TEXT).data()) for row in range(proxy.rowCount())
    ]


def test_model_passes_the_model_tester_empty_and_full(
    qtmodeltester: ModelTester, database: Database, people: dict[str, str]
) -> None:
    model = ActionTableModel(lambda: TODAY)
    check_model(qtmodeltester, model)
    add_items(database, people)
    model.set_rows(states(database))
    check_model(qtmodeltester, model)
    proxy = ActionFilterProxy()
    proxy.setSourceModel(model)
    check_model(qtmodeltester, proxy)


def test_overdue_rows_say_so_in_words_bold_and_red(
    qapp: QApplication, database: Database, people: dict[str, str]
) -> None:
    add_items(database, people)
    today = TODAY
    model = ActionTableModel(lambda: today)
    model.set_rows(states(database))
    by_text = {model.index(r, 0).data(): r for r in range(model.rowCount())}
    overdue = model.index(by_text["Read the book"], ActionTableModel.COL_DUE)
    later = model.index(by_text["Write the talk"], ActionTableModel.COL_DUE)
    assert "Overdue" in overdue.data() and "2025-03-01" in overdue.data()
    assert "overdue by 9 day" in overdue.data(Qt.ItemDataRole.ToolTipRole).lower()
    font = overdue.data(Qt.ItemDataRole.FontRole)
    assert isinstance(font, QFont) and font.bold()
    assert overdue.data(Qt.ItemDataRole.ForegroundRole) == error_colour(qapp.palette())
    assert later.data() == "2025-04-01"
    assert later.data(Qt.ItemDataRole.ForegroundRole) is None
    # The same item is not overdue on its due date, nor once it is done.
    today = date(2025, 3, 1)
    assert "Overdue" not in overdue.data()


def test_due_date_sort_puts_undated_last_both_ways(
    database: Database, people: dict[str, str]
) -> None:
    add_items(database, people)
    model = ActionTableModel(lambda: TODAY)
    model.set_rows(states(database))
    proxy = ActionFilterProxy()
    proxy.setSourceModel(model)
    proxy.sort(ActionTableModel.COL_DUE, Qt.SortOrder.AscendingOrder)
    assert shown(proxy) == ["Read the book", "Write the talk", "Find a sponsor"]
    proxy.sort(ActionTableModel.COL_DUE, Qt.SortOrder.DescendingOrder)
    assert shown(proxy) == ["Find a sponsor", "Write the talk", "Read the book"]


def test_filters_by_status_and_mentor(database: Database, people: dict[str, str]) -> None:
    add_items(database, people)
    model = ActionTableModel(lambda: TODAY)
    model.set_rows(states(database))
    proxy = ActionFilterProxy()
    proxy.setSourceModel(model)
    proxy.sort(ActionTableModel.COL_DUE, Qt.SortOrder.AscendingOrder)
    assert shown(proxy) == ["Read the book", "Write the talk", "Find a sponsor"]  # open
    proxy.set_status(ActionFilterProxy.OVERDUE)
    assert shown(proxy) == ["Read the book"]
    proxy.set_status(ActionFilterProxy.TO_REPORT)
    assert shown(proxy) == ["Ask for feedback"]
    proxy.set_status("dropped")
    assert shown(proxy) == ["Learn COBOL"]
    proxy.set_status(ActionFilterProxy.ALL)
    proxy.set_mentor(people["Grace Hopper"])
    assert sorted(shown(proxy)) == ["Ask for feedback", "Learn COBOL"]


def test_empty_state_until_there_is_an_item(
    qtbot: QtBot, context: AppContext, database: Database, people: dict[str, str]
) -> None:
    view = ActionItemsView(context)
    qtbot.addWidget(view)
    assert view.pages.currentIndex() == PAGE_EMPTY
    with database.session() as session:
        item = action_items.capture(session, people["Ada Lovelace"], "Call back", now=utc_now())
    context.notify(Kind.ACTION_ITEM, [item.id])
    # A hidden area does no work: the news waits until it is shown.
    assert view.pages.currentIndex() == PAGE_EMPTY and view.model.rowCount() == 0
    view.show()
    qtbot.waitUntil(lambda: view.pages.currentIndex() == PAGE_LIST)
    assert shown(view.proxy) == ["Call back"]


def test_mark_done_with_outcome_then_undo_and_redo(
    qtbot: QtBot,
    context: AppContext,
    database: Database,
    people: dict[str, str],
    dialogs: DialogAnswerer,
) -> None:
    ids = add_items(database, people)
    view = ActionItemsView(context)
    qtbot.addWidget(view)
    show_active(qtbot, view)
    view.select_item(ids["overdue"])

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, ActionDoneDialog)
        dialog.outcome.setPlainText("Chapter 3 was the useful one")
        dialog.done_on.setDate(to_qdate(date(2025, 3, 8)))
        dialog.report_back.setChecked(True)
        dialog.accept()

    dialogs.answer(fill)
    press(view.table, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    done = next(s for s in states(database) if s.id == ids["overdue"])
    assert (done.status, done.outcome, done.done_on) == (
        "done",
        "Chapter 3 was the useful one",
        date(2025, 3, 8),
    )
    assert done.report_back
    qtbot.waitUntil(lambda: "Read the book" not in shown(view.proxy))  # "Open" filter

    context.undo_stack.undo()
    qtbot.waitUntil(lambda: "Read the book" in shown(view.proxy))
    undone = next(s for s in states(database) if s.id == ids["overdue"])
    assert (undone.status, undone.outcome, undone.done_on) == ("open", "", None)
    context.undo_stack.redo()
    assert next(s for s in states(database) if s.id == ids["overdue"]) == done


def test_drop_reopen_and_report_back_are_undoable(
    qtbot: QtBot, context: AppContext, database: Database, people: dict[str, str]
) -> None:
    ids = add_items(database, people)
    view = ActionItemsView(context)
    qtbot.addWidget(view)
    view.show()
    view.status_filter.setCurrentIndex(view.status_filter.findData(ActionFilterProxy.ALL))
    view.select_item(ids["later"])
    drop = view.findChild(QPushButton, "dropButton")
    assert drop is not None and drop.isEnabled()
    click(drop)
    assert next(s for s in states(database) if s.id == ids["later"]).status == "dropped"
    assert view.current_item() is not None and view.current_item().status == "dropped"  # type: ignore[union-attr]
    assert not drop.isEnabled()
    report = view.findChild(QPushButton, "reportBackButton")
    assert report is not None
    click(report)
    assert next(s for s in states(database) if s.id == ids["later"]).report_back
    assert [c.text() for c in (context.undo_stack.command(i) for i in range(2)) if c] == [
        "Drop: Write the talk",
        "Report back: Write the talk",
    ]
    context.undo_stack.undo()
    context.undo_stack.undo()
    item = next(s for s in states(database) if s.id == ids["later"])
    assert (item.status, item.report_back) == ("open", False)


def test_selected_item_stays_selected_and_shown_after_other_changes(
    qtbot: QtBot, context: AppContext, database: Database, people: dict[str, str]
) -> None:
    ids = add_items(database, people)
    view = ActionItemsView(context)
    qtbot.addWidget(view)
    view.select_item(ids["dropped"])  # hidden by "Open": the filter opens up
    assert view.action_proxy.status() == ActionFilterProxy.ALL
    item = view.current_item()
    assert item is not None and item.text == "Learn COBOL"
    assert view.current_item() == view.table.currentIndex().data(OBJECT_ROLE)


def test_undo_after_the_mentor_was_deleted_says_why_and_leaves_the_stack(
    qtbot: QtBot,
    context: AppContext,
    database: Database,
    people: dict[str, str],
    dialogs: DialogAnswerer,
) -> None:
    ids = add_items(database, people)
    view = ActionItemsView(context)
    qtbot.addWidget(view)
    view.show()
    view.select_item(ids["later"])
    view.drop()
    assert context.undo_stack.count() == 1
    with database.session() as session:
        delete_mentor(session, people["Ada Lovelace"])
    dialogs.answer(QMessageBox.StandardButton.Ok)
    context.undo_stack.undo()  # no traceback, no half-restored item
    qtbot.waitUntil(lambda: dialogs.pending == 0)
    assert "mentor it belongs to was deleted" in dialogs.texts[0]
    assert "Drop: Write the talk" in dialogs.texts[0]
    assert context.undo_stack.count() == 0  # the step is gone from Edit ▸ Undo
    assert all(s.mentor_id != people["Ada Lovelace"] for s in states(database))
