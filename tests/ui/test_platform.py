"""The record platform as a user meets it: undo says what it did and where, news of a
change updates the rows it names (selection and scroll stay), autosave tells the
lists, and a closed view never hears news again."""

from __future__ import annotations

from datetime import date

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from mentordesk.db.database import Database
from mentordesk.db.types import utc_now
from mentordesk.services import action_items
from mentordesk.services.kinds import Change, Kind, Ref
from mentordesk.services.mentors import MentorData, create_mentor, list_mentors
from mentordesk.ui.action_items.area import ActionItemsView
from mentordesk.ui.context import AppContext
from mentordesk.ui.shell.main_window import MainWindow
from tests.ui.helpers import add_mentor, click, click_row, mentors_view, select_all_and_type
from tests.ui.test_meeting_mode_fixtures import make_setup, press, type_text


def test_undo_and_redo_say_what_they_did_and_in_which_area(
    window: MainWindow, database: Database
) -> None:
    add_mentor(window, MentorData(name="Grace Hopper", organisation="US Navy"))
    view = mentors_view(window)
    click_row(view, "Grace Hopper")
    select_all_and_type(view.form.line("organisation"), "Yale")
    click(view.form.save_button)

    window.undo_action.trigger()
    assert window.statusBar().currentMessage() == "Undid: Edit Grace Hopper (Mentors)"
    window.redo_action.trigger()
    assert window.statusBar().currentMessage() == "Redid: Edit Grace Hopper (Mentors)"


def test_news_updates_only_the_named_rows_and_keeps_selection_and_scroll(
    qtbot: QtBot, database: Database
) -> None:
    with database.session() as session:
        ada = create_mentor(session, MentorData(name="Ada Lovelace"), now=utc_now()).id
        ids = [
            action_items.capture(
                session, ada, f"Item {n:03}", due_date=date(2030, 1, 1), now=utc_now()
            ).id
            for n in range(200)
        ]
    context = AppContext(database, QUndoStack())
    view = ActionItemsView(context)
    qtbot.addWidget(view)
    view.resize(800, 300)
    view.show()
    view.select_item(ids[150])
    scrolled = view.table.verticalScrollBar().value()
    assert scrolled > 0
    resets: list[bool] = []
    view.model.modelReset.connect(lambda: resets.append(True))

    with database.session() as session:
        action_items.update(session, ids[3], text="Item 003, reworded", now=utc_now())
    context.announce(Change.of(Kind.ACTION_ITEM, [ids[3]]))

    assert resets == []  # not the whole list read again
    assert view.model.find(ids[3]).text == "Item 003, reworded"  # type: ignore[union-attr]
    current = view.current_item()
    assert current is not None and current.id == ids[150]
    assert view.table.verticalScrollBar().value() == scrolled
    view.context.undo_stack.clear()


def test_a_closed_view_never_hears_news_again(qtbot: QtBot, database: Database) -> None:
    context = AppContext(database, QUndoStack())
    view = ActionItemsView(context)
    view.show()
    shiboken6.delete(view)
    assert not shiboken6.isValid(view)
    context.announce(Change.of(Kind.ACTION_ITEM, ["gone"]))  # no "C++ object deleted"
    context.open(Ref(Kind.ACTION_ITEM, "gone"))
    QApplication.processEvents()


def test_autosave_tells_the_lists_that_the_notes_changed(qtbot: QtBot, database: Database) -> None:
    mm = make_setup(qtbot, database)
    window = mm.open()
    heard: list[Change] = []
    mm.context.changed.connect(heard.append)
    type_text(window.notes, "Ask about the roadmap")

    def meeting_news() -> bool:
        return any(Kind.MEETING in c.kinds and mm.meeting_id in c.ids for c in heard)

    qtbot.waitUntil(meeting_news, timeout=5000)
    assert mm.stored_notes() == "Ask about the roadmap"
    window.close()


def test_ctrl_z_in_the_notes_undoes_typing_not_a_change_elsewhere(
    qtbot: QtBot, database: Database
) -> None:
    mm = make_setup(qtbot, database)
    done = mm.context.write(
        "Add Ada",
        lambda s: create_mentor(s, MentorData(name="Ada Lovelace"), now=utc_now()),
        created=lambda m: [Ref(Kind.MENTOR, m.id)],
    )
    assert done is not None
    window = mm.open()
    type_text(window.notes, "x")
    for _ in range(3):  # out of habit
        press(window.notes, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.notes.toPlainText() == ""
    with database.session() as session:
        assert [m.data.name for m in list_mentors(session, today=date.today(), now=utc_now())] == [
            "Ada Lovelace",
            "Grace Hopper",
        ]
    window.close()
