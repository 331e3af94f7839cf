"""A touch logged before can be changed (its kind, day and line) and deleted, each one
undoable step, from the mentor's Inbox tab and from their Timeline: Enter, a
double-click, F2 or the context menu. The Inbox says in a sentence when there is
nothing yet, and counts in proper plurals."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QApplication, QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from mentordesk.db.choices import TouchKind
from mentordesk.db.database import Database
from mentordesk.db.types import utc_now
from mentordesk.services import meetings, touches
from mentordesk.services.kinds import Facet, Kind, Ref
from mentordesk.services.touches import TouchData
from mentordesk.ui import labels
from mentordesk.ui.between.dialogs import TouchDialog
from mentordesk.ui.between.mentor_tab import MentorInbox
from mentordesk.ui.between.operations import touch_word
from mentordesk.ui.i18n import install_language
from mentordesk.ui.shell.main_window import MainWindow
from tests.ui.conftest import DialogAnswerer
from tests.ui.helpers import add_people, click, context_of, mentors_view, press, select_all_and_type

DAY = date.today() - timedelta(days=3)


def inbox_of(window: MainWindow, mentor_id: str) -> MentorInbox:
    context_of(window).open(Ref(Kind.MENTOR, mentor_id, Facet.BETWEEN))
    inbox = mentors_view(window).detail_tabs.inbox
    assert mentors_view(window).detail_tabs.currentWidget() is inbox
    return inbox


def logged(database: Database, mentor_id: str, note: str = "Sent the deck") -> str:
    with database.session() as session:
        row = touches.add_touch(
            session, TouchData(mentor_id, "email", DAY, note), today=date.today(), now=utc_now()
        )
    return row.id


def stored(database: Database, touch_id: str) -> tuple[str, date, str]:
    with database.session() as session:
        row = touches.get(session, touch_id)
    return row.data.kind, row.data.day, row.data.note


def change_it(seen: list[str]) -> Callable[[QDialog], None]:
    """Make it a call two days earlier about something else, and Save."""

    def answer(dialog: QDialog) -> None:
        assert isinstance(dialog, TouchDialog)
        seen.append(dialog.windowTitle())
        assert (dialog.note.text(), dialog.day.value()) == ("Sent the deck", DAY)
        dialog.kind.setCurrentIndex(dialog.kind.findData("call"))
        dialog.day.set_value(DAY - timedelta(days=2))
        select_all_and_type(dialog.note, "Talked the deck through")
        press(dialog.note, Qt.Key.Key_Return)  # Save is the default button

    return answer


def choose_row(table: QAbstractItemView, row: int) -> None:
    table.setFocus()
    index = table.model().index(row, 0)
    table.selectionModel().setCurrentIndex(
        index,
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )


def by_the_way(way: str, table: QAbstractItemView, row: int) -> None:
    """Open the chosen row as a person would: Enter, a double-click, F2, or the menu."""
    choose_row(table, row)
    if way == "enter":
        press(table, Qt.Key.Key_Return)
    elif way == "double-click":
        rect = table.visualRect(table.model().index(row, 0))
        click(table.viewport(), rect.center())  # a real double click: a click, then
        QTest.mouseDClick(
            table.viewport(),
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
            rect.center(),
        )
    elif way == "F2":
        press(table, Qt.Key.Key_F2)
    else:  # the context menu's item (the menu lists the table's actions)
        assert table.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu
        action = next(a for a in table.actions() if a.objectName() == "editTouchAction")
        assert action.isEnabled()
        action.trigger()


WAYS = ["enter", "double-click", "F2", "menu"]


@pytest.mark.parametrize("way", WAYS)
def test_a_touch_is_edited_from_the_inbox_and_undone(
    qtbot: QtBot, window: MainWindow, database: Database, dialogs: DialogAnswerer, way: str
) -> None:
    ada = add_people(database, "Ada Lovelace")["Ada Lovelace"]
    touch_id = logged(database, ada)
    inbox = inbox_of(window, ada)
    seen: list[str] = []
    dialogs.answer(change_it(seen))
    by_the_way(way, inbox.touches.table, 0)
    qtbot.waitUntil(lambda: dialogs.pending == 0)
    assert seen == ["Touch with Ada Lovelace"]
    after = ("call", DAY - timedelta(days=2), "Talked the deck through")
    assert stored(database, touch_id) == after
    row = inbox.touches.model.record_at(0)
    assert (row.data.kind, row.data.day, row.data.note) == after
    assert window.undo_stack.undoText() == "Edit call with Ada Lovelace"
    window.undo_stack.undo()
    assert stored(database, touch_id) == ("email", DAY, "Sent the deck")
    assert inbox.touches.model.record_at(0).data.note == "Sent the deck"


@pytest.mark.parametrize("way", WAYS)
def test_a_touch_is_edited_from_the_timeline(
    qtbot: QtBot, window: MainWindow, database: Database, dialogs: DialogAnswerer, way: str
) -> None:
    ada = add_people(database, "Ada Lovelace")["Ada Lovelace"]
    touch_id = logged(database, ada)
    context_of(window).open(Ref(Kind.MENTOR, ada, Facet.TIMELINE))
    timeline = mentors_view(window).detail_tabs.timeline_panel
    assert timeline.isVisible()
    model = timeline.table.model()
    rows = [model.index(r, 1).data() for r in range(model.rowCount())]
    touch_row = next(r for r, text in enumerate(rows) if text.startswith("Email: "))
    # Only a touch is edited: the menu item is greyed on another entry ("Added").
    choose_row(timeline.table, next(r for r, t in enumerate(rows) if t.startswith("Added")))
    edit = next(a for a in timeline.table.actions() if a.objectName() == "editTouchAction")
    assert not edit.isEnabled()
    seen: list[str] = []
    dialogs.answer(change_it(seen))
    by_the_way(way, timeline.table, touch_row)
    qtbot.waitUntil(lambda: dialogs.pending == 0)
    assert seen == ["Touch with Ada Lovelace"]  # once: a double-click opened it once
    assert stored(database, touch_id)[2] == "Talked the deck through"
    assert window.undo_stack.undoText() == "Edit call with Ada Lovelace"  # as from the Inbox
    qtbot.waitUntil(
        lambda: any(
            str(model.index(r, 1).data()) == "Call: Talked the deck through"
            for r in range(model.rowCount())
        )
    )
    window.undo_stack.undo()
    assert stored(database, touch_id) == ("email", DAY, "Sent the deck")


def test_a_touch_edited_into_the_future_keeps_what_was_typed(
    qtbot: QtBot, window: MainWindow, database: Database, dialogs: DialogAnswerer
) -> None:
    ada = add_people(database, "Ada Lovelace")["Ada Lovelace"]
    touch_id = logged(database, ada)
    inbox = inbox_of(window, ada)
    said: list[str] = []

    def tomorrow(dialog: QDialog) -> None:
        assert isinstance(dialog, TouchDialog)
        dialog.day.set_value(date.today() + timedelta(days=1))
        select_all_and_type(dialog.note, "Lunch")
        dialog.accept()
        assert dialog.isVisible(), "saved a touch that has not happened"
        said.append(dialog.form.errors["day"].text())
        assert dialog.note.text() == "Lunch"
        dialog.reject()

    dialogs.answer(tomorrow)
    choose_row(inbox.touches.table, 0)
    press(inbox.touches.table, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: dialogs.pending == 0)
    assert said == ["⚠ A touch is something that happened: choose today or a day before."]
    assert stored(database, touch_id) == ("email", DAY, "Sent the deck")


def test_a_touch_is_deleted_and_brought_back(
    qtbot: QtBot, window: MainWindow, database: Database, dialogs: DialogAnswerer
) -> None:
    ada = add_people(database, "Ada Lovelace")["Ada Lovelace"]
    logged(database, ada)
    inbox = inbox_of(window, ada)
    choose_row(inbox.touches.table, 0)
    dialogs.answer(QMessageBox.StandardButton.Yes)
    delete = next(a for a in inbox.touches.table.actions() if a.objectName() == "deleteTouchAction")
    delete.trigger()
    assert dialogs.texts[0].startswith("Delete the touch “Sent the deck”?")
    assert inbox.touches.model.rowCount() == 0
    window.undo_stack.undo()
    assert inbox.touches.model.rowCount() == 1
    assert inbox.touches.model.record_at(0).data.note == "Sent the deck"


def test_the_inbox_says_none_in_a_sentence_and_counts_in_plurals(
    window: MainWindow, database: Database
) -> None:
    ada = add_people(database, "Ada Lovelace")["Ada Lovelace"]
    inbox = inbox_of(window, ada)
    assert inbox.touches.summary.text() == (
        "No touches logged yet: an email, message, call or chat between meetings."
    )
    assert inbox.topics.summary.text() == (
        "No topics waiting: drop one any day, it comes to the next plan."
    )
    logged(database, ada)
    inbox.touches.follower.everything_changed()
    inbox.touches.follower.flush()
    assert inbox.touches.summary.text() == "1 touch logged between meetings."
    logged(database, ada, "Thanked her")
    inbox.touches.follower.everything_changed()
    inbox.touches.follower.flush()
    assert inbox.touches.summary.text() == "2 touches logged between meetings."


@pytest.fixture
def german(qapp: QApplication) -> Iterator[None]:
    install_language(qapp, "de")
    try:
        yield
    finally:
        install_language(qapp, "en")


def test_a_touch_named_in_a_german_sentence_keeps_its_capital(
    german: None, qtbot: QtBot, window: MainWindow, database: Database, dialogs: DialogAnswerer
) -> None:
    ada = add_people(database, "Ada Lovelace")["Ada Lovelace"]
    inbox = inbox_of(window, ada)

    def log_a_call(dialog: QDialog) -> None:
        assert isinstance(dialog, TouchDialog)
        assert [dialog.kind.itemText(i) for i in range(dialog.kind.count())] == [
            "E-Mail",
            "Nachricht",
            "Anruf",
            "Flurgespräch",
        ]
        dialog.kind.setCurrentIndex(dialog.kind.findData("call"))
        dialog.day.set_value(date.today() + timedelta(days=1))
        dialog.accept()  # refused, in German, with what was chosen kept
        assert dialog.form.errors["day"].text() == (
            "⚠ Ein Kontakt ist etwas, das stattgefunden hat: Wählen Sie heute oder einen Tag davor."
        )
        dialog.day.set_value(date.today())
        dialog.accept()

    dialogs.answer(log_a_call)
    inbox.touches.log_button.click()
    qtbot.waitUntil(lambda: dialogs.pending == 0)
    assert window.undo_stack.undoText() == "Anruf mit Ada Lovelace eintragen"


# A touch's kind is a noun everywhere it is shown; the profile's button beside the phone
# number is the verb (both are "Call" in English, told apart by their context).
NOUNS = {
    "de": (["E-Mail", "Nachricht", "Anruf", "Flurgespräch"], "Anrufen"),
    "fr": (["E-mail", "Message", "Appel", "Discussion de couloir"], "Appeler"),
    "es": (["Correo", "Mensaje", "Llamada", "Charla de pasillo"], "Llamar"),
}


@pytest.mark.parametrize("code", sorted(NOUNS))
def test_touch_kinds_are_nouns_and_the_phone_button_a_verb(qapp: QApplication, code: str) -> None:
    install_language(qapp, code)
    try:
        kinds, verb = NOUNS[code]
        assert [labels.label(TouchKind, kind) for kind in TouchKind] == kinds
        in_a_sentence = [touch_word(kind) for kind in TouchKind]
        assert [word.casefold() for word in in_a_sentence] == [k.casefold() for k in kinds]
        if code == "de":  # German nouns keep their capital inside a sentence
            assert in_a_sentence == kinds
        assert QCoreApplication.translate("MentorForm", "Call") == verb
    finally:
        install_language(qapp, "en")


def test_a_double_click_on_the_timeline_opens_a_meeting_once(
    qtbot: QtBot, window: MainWindow, database: Database, dialogs: DialogAnswerer
) -> None:
    """A double-click is also Qt's activation: the Timeline listened to both and read
    the meeting twice, one dialog after the other (a second one nobody expected fails
    this test through the window fixture's guard)."""
    ada = add_people(database, "Ada Lovelace")["Ada Lovelace"]
    with database.session() as session:
        plan = meetings.MeetingPlan(ada, utc_now() - timedelta(days=2))
        held = meetings.plan_meeting(session, plan, now=utc_now())
        meetings.end_meeting(session, held.id, actual_minutes=30, now=utc_now())
    context_of(window).open(Ref(Kind.MENTOR, ada, Facet.TIMELINE))
    table = mentors_view(window).detail_tabs.timeline_panel.table
    model = table.model()
    row = next(
        r for r in range(model.rowCount()) if str(model.index(r, 1).data()).startswith("Met")
    )
    dialogs.answer(lambda dialog: dialog.reject())
    by_the_way("double-click", table, row)
    assert dialogs.names == ["readMeetingDialog"]
