"""Between meetings through the real window: a topic dropped on the mentor's Inbox tab
waits there, comes ticked into the next Plan meeting (with the agreement's recurring
points), goes on its agenda (a private one only on the plan), and the undo of the
plan puts it back; a touch is logged in two clicks and shown on the tab."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QPushButton
from pytestqt.qtbot import QtBot

from mentordesk.db.database import Database
from mentordesk.db.types import utc_now
from mentordesk.services import agreements, meeting_queries, topics
from mentordesk.services.agreements import AgreementTerms
from mentordesk.services.kinds import Facet, Kind, Ref
from mentordesk.ui.between.dialogs import TopicDialog, TouchDialog
from mentordesk.ui.meetings.plan_dialog import PlanMeetingDialog
from mentordesk.ui.shell.main_window import MainWindow
from tests.ui.conftest import DialogAnswerer
from tests.ui.helpers import activate, add_people, click, context_of, mentors_view, press, type_text

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def inbox_of(window: MainWindow, mentor_id: str):  # type: ignore[no-untyped-def]
    context_of(window).open(Ref(Kind.MENTOR, mentor_id, Facet.BETWEEN))
    view = mentors_view(window)
    assert view.detail_tabs.currentWidget() is view.detail_tabs.inbox
    return view.detail_tabs.inbox


def drop(dialogs: DialogAnswerer, text: str, private: bool = False) -> None:
    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, TopicDialog)
        type_text(dialog.text, text)
        dialog.private.setChecked(private)
        dialog.accept()

    dialogs.answer(fill)


def test_a_dropped_topic_comes_ticked_into_the_next_plan(
    qtbot: QtBot, window: MainWindow, database: Database, dialogs: DialogAnswerer
) -> None:
    ada = add_people(database, "Ada Lovelace")["Ada Lovelace"]
    with database.session() as session:
        agreements.save(
            session,
            ada,
            AgreementTerms(recurring_points="Progress on the talk"),
            today=date.today(),
            now=utc_now(),
        )
    inbox = inbox_of(window, ada)
    drop(dialogs, "Staffing plan")
    click(inbox.topics.add_button)
    drop(dialogs, "My salary talk", private=True)
    click(inbox.topics.add_button)
    assert inbox.topics.model.rowCount() == 2
    assert inbox.topics.summary.text() == "2 topics waiting for the next meeting."

    dialog = PlanMeetingDialog(context_of(window), ada)
    qtbot.addWidget(dialog)
    offered = [dialog.inbox.list.item(i) for i in range(dialog.inbox.list.count())]
    assert [(i.text(), i.checkState()) for i in offered if i is not None] == [
        ("Progress on the talk (every time)", Qt.CheckState.Checked),
        ("Staffing plan", Qt.CheckState.Checked),
        ("My salary talk (private)", Qt.CheckState.Checked),
    ]
    dialog.accept()
    assert dialog.meeting_id is not None
    with database.session() as session:
        agenda = [i.text for i in meeting_queries.detail(session, dialog.meeting_id).agenda]
        on_plan = [t.text for t in topics.on_meeting(session, dialog.meeting_id)]
    assert agenda == ["Progress on the talk", "Staffing plan"]  # never the private one
    assert on_plan == ["Staffing plan", "My salary talk"]
    inbox.topics.follower.flush()
    assert inbox.topics.summary.text() == "2 topics on the plan, none waiting."

    window.undo_stack.undo()  # the plan goes: both topics wait again
    with database.session() as session:
        assert [t.text for t in topics.inbox(session, ada)] == ["Staffing plan", "My salary talk"]


def test_a_touch_is_logged_in_two_clicks(
    qtbot: QtBot, window: MainWindow, database: Database, dialogs: DialogAnswerer
) -> None:
    ada = add_people(database, "Ada Lovelace")["Ada Lovelace"]
    inbox = inbox_of(window, ada)

    def log(dialog: QDialog) -> None:
        assert isinstance(dialog, TouchDialog)
        type_text(dialog.note, "Sent the deck")
        log_button = dialog.findChild(QPushButton, "touchLog")
        assert isinstance(log_button, QPushButton)
        click(log_button)  # the second click

    dialogs.answer(log)
    click(inbox.touches.log_button)
    assert inbox.touches.model.rowCount() == 1
    row = inbox.touches.model.record_at(0)
    assert (row.data.kind, row.data.day, row.data.note) == ("email", date.today(), "Sent the deck")
    assert date.today() - row.data.day < timedelta(days=1)


@pytest.mark.qt_log_ignore("No such signal QPlatformNativeInterface::systemTrayWindowChanged")
def test_drop_a_topic_from_every_area_and_the_tray(
    qtbot: QtBot, window: MainWindow, database: Database, dialogs: DialogAnswerer
) -> None:
    from PySide6.QtGui import QIcon, QPixmap

    from mentordesk.ui.shell.between_actions import add_between_actions
    from mentordesk.ui.shell.notifications import TrayNotifier

    ada = add_people(database, "Ada Lovelace")["Ada Lovelace"]
    action = add_between_actions(window)  # as DataSession does for every main window
    keys = action.shortcut()
    assert keys.toString() == "Ctrl+Shift+T"
    seen: list[str] = []

    def cancel(dialog: QDialog) -> None:
        assert isinstance(dialog, TopicDialog)
        seen.append(dialog.mentor.currentText())
        dialog.reject()

    for key in window.area_keys():
        window.open_area(key)
        activate(qtbot, window)  # the last dialog closed: the window has the keyboard again
        dialogs.answer(cancel)
        press(window, Qt.Key.Key_T, CTRL_SHIFT)
        qtbot.waitUntil(lambda: dialogs.pending == 0)
    assert len(seen) == len(window.area_keys())

    pixmap = QPixmap(16, 16)
    pixmap.fill(Qt.GlobalColor.darkCyan)
    tray = TrayNotifier(QIcon(pixmap), window)
    assert action in tray.menu.actions()

    def choose_and_save(dialog: QDialog) -> None:
        assert isinstance(dialog, TopicDialog)
        dialog.mentor.setCurrentIndex(dialog.mentor.findData(ada))
        type_text(dialog.text, "From the tray")
        dialog.accept()

    dialogs.answer(choose_and_save)
    action.trigger()  # what the tray menu's entry does
    with database.session() as session:
        assert [t.text for t in topics.inbox(session, ada)] == ["From the tray"]
    # the status line sets the topic apart from the words around it
    assert window.statusBar().currentMessage().startswith("Add topic “From the tray” — done.")
