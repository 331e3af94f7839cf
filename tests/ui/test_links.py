"""Issue 18, item 1: a link that no application can open never fails silently.

The test machine has no browser, mail or phone app (the offscreen platform opens
nothing), as a person's system without one: Join, Write, Call and Open put the
link on the clipboard and say so where the person looks. Write and Call stay
disabled while the address cannot be written to or called.
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QStatusBar
from pytestqt.qtbot import QtBot

from mentordesk.db.database import Database
from mentordesk.db.types import utc_now
from mentordesk.services import meetings
from mentordesk.services.mentors import MentorData
from mentordesk.ui.meetings.area import MeetingsView
from mentordesk.ui.shell.main_window import MainWindow
from tests.ui.helpers import add_mentor, click, click_row, mentors_view, type_keys

# Qt's offscreen platform says it opens nothing: that is the point here.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support QPlatformServices::openUrl")

LINK = "https://meet.example.com/abc-defg"


def status_text(window: QApplication | MainWindow) -> str:
    bar = window.findChild(QStatusBar)
    assert bar is not None
    return bar.currentMessage()


def plan(database: Database, mentor_id: str) -> str:
    with database.session() as session:
        row = meetings.plan_meeting(
            session,
            meetings.MeetingPlan(
                mentor_id=mentor_id,
                scheduled_start=utc_now() + timedelta(days=1),
                location=LINK,
            ),
            now=utc_now(),
        )
    return row.id


def test_join_without_a_browser_puts_the_link_on_the_clipboard_and_says_so(
    window: MainWindow, database: Database
) -> None:
    ada = add_mentor(window, MentorData(name="Ada Lovelace", status="active"))
    meeting_id = plan(database, ada.id)
    QGuiApplication.clipboard().clear()
    view = window.open_area("meetings")
    assert isinstance(view, MeetingsView)
    assert view.select(meeting_id)
    view.join_action.trigger()
    assert QGuiApplication.clipboard().text() == LINK
    assert status_text(window).startswith("Couldn't open the link; it is on the clipboard")

    # The brief beside the list says the same.
    QGuiApplication.clipboard().clear()
    view.brief.join()
    assert QGuiApplication.clipboard().text() == LINK


def test_join_in_meeting_mode_says_so_in_its_own_window(
    qtbot: QtBot, window: MainWindow, database: Database
) -> None:
    ada = add_mentor(window, MentorData(name="Ada Lovelace", status="active"))
    meeting_id = plan(database, ada.id)
    QGuiApplication.clipboard().clear()
    meeting_window = window.open_meeting_mode(meeting_id)
    assert meeting_window is not None
    qtbot.addWidget(meeting_window)
    click(meeting_window.header.join_button)  # type: ignore[attr-defined]
    assert QGuiApplication.clipboard().text() == LINK
    bar = meeting_window.findChild(QStatusBar)
    assert bar is not None
    assert bar.currentMessage().startswith("Couldn't open the link; it is on the clipboard")
    meeting_window.close()


def test_write_and_call_copy_the_address_and_stay_off_for_a_bad_one(window: MainWindow) -> None:
    add_mentor(
        window,
        MentorData(name="Ada Lovelace", email="ada@example.com", phone="+44 20 7946 0018"),
    )
    view = mentors_view(window)
    click_row(view, "Ada Lovelace")
    buttons = view.form.link_buttons
    click(buttons["email"])
    assert QGuiApplication.clipboard().text() == "ada@example.com"
    assert status_text(window).startswith("Couldn't open the link; it is on the clipboard")
    click(buttons["phone"])
    assert QGuiApplication.clipboard().text() == "+44 20 7946 0018"

    email, phone = view.form.line("email"), view.form.line("phone")
    email.clear()
    type_keys(email, "bad@")
    assert not buttons["email"].isEnabled()
    phone.clear()
    type_keys(phone, "12")
    assert not buttons["phone"].isEnabled()
    type_keys(phone, "345")
    assert buttons["phone"].isEnabled()
    view.revert()
