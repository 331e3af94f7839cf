"""The recap after a meeting, sent in one action after End meeting: a drafted thank-you
with the points discussed, the action items captured with their dates, what I will
report back on and the next meeting; edited, then opened in the mail app as a mailto:
link (cut to a length mail apps take, and said so), copied or saved as Markdown; the
meeting records that it was sent, and the recap reopens as sent."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QLabel, QPushButton
from pytestqt.qtbot import QtBot

from mentordesk.db.database import Database
from mentordesk.db.models import MeetingRecap, Mentor
from mentordesk.db.types import utc_now
from mentordesk.services import action_items, meetings
from mentordesk.services.mail_link import MAX_URL
from mentordesk.ui import settings as setting
from mentordesk.ui.context import AppContext
from mentordesk.ui.meeting_mode.end_dialog import EndMeetingDialog
from mentordesk.ui.widgets.message_draft import MessageDraftDialog
from tests.ui.conftest import DialogAnswerer, LinkCatcher
from tests.ui.helpers import add_people, click
from tests.ui.test_meeting_mode_fixtures import START, MeetingSetup, make_setup, press
from tests.ui.test_meetings_view import around, make_view

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def mm(qtbot: QtBot, database: Database) -> MeetingSetup:
    setup = make_setup(
        qtbot, database, agenda=("Promotion packet", "Tech lead path"), notes="My own doubts"
    )
    with database.session() as session:
        mentor = session.get(Mentor, setup.mentor_id)
        assert mentor is not None
        mentor.email = "grace@example.com"
        action_items.capture(
            session,
            setup.mentor_id,
            "Draft the promotion packet",
            meeting_id=setup.meeting_id,
            due_date=date(2025, 3, 18),
            now=utc_now(),
        )
        action_items.capture(
            session,
            setup.mentor_id,
            "Try the delegation checklist",
            due_date=date(2025, 4, 1),
            report_back=True,
            now=utc_now(),
        )
        meetings.set_agenda(
            session,
            setup.meeting_id,
            [(None, "Promotion packet", True), (None, "Tech lead path", False)],
            now=utc_now(),
        )
    setup.context.settings.set(setting.MY_NAME, "Sam Ortiz")
    return setup


def recap_of(database: Database, meeting_id: str) -> MeetingRecap | None:
    with database.session() as session:
        found = session.query(MeetingRecap).filter_by(meeting_id=meeting_id).one_or_none()
        if found is not None:
            session.expunge(found)
        return found


def test_after_end_meeting_the_recap_is_one_click_away_and_opens_in_the_mail_app(
    mm: MeetingSetup, dialogs: DialogAnswerer, links: LinkCatcher, tmp_path: Path
) -> None:
    mm.context.set_clock(lambda: START + timedelta(minutes=50))
    window = mm.open()
    assert window.header.recap_button.isHidden()

    def end(dialog: QDialog) -> None:
        assert isinstance(dialog, EndMeetingDialog)
        dialog.plan_next.setChecked(True)
        dialog.next_start.set_value(START + timedelta(weeks=4))
        dialog.end_button.click()

    dialogs.answer(end)
    press(window.notes, Qt.Key.Key_E, CTRL_SHIFT)
    mm.qtbot.waitUntil(lambda: mm.stored().status == "held")
    assert window.header.recap_button.isVisible()
    assert window.header.recap_button.accessibleName()

    seen: dict[str, str] = {}

    def send(dialog: QDialog) -> None:
        assert isinstance(dialog, MessageDraftDialog)
        body = dialog.text()
        seen["body"] = body
        dialog.body.setPlainText(body.replace("It helped a lot.", "It helped a lot!"))
        assert dialog.open_mail()
        seen["note"] = dialog.note.text()
        dialog.reject()

    dialogs.answer(send)
    window.header.recap_button.click()
    body = seen["body"]
    assert body.startswith("Hi Grace,\n\nThank you for your time on")
    assert "What we discussed:\n- Promotion packet\n" in body
    assert "Tech lead path" not in body  # not ticked: not discussed
    assert "- Draft the promotion packet (by " in body and "2025" in body
    assert "I will report back to you on:\n- Try the delegation checklist" in body
    assert "Our next meeting: " in body and "Sam Ortiz" in body
    assert "My own doubts" not in body  # the notes are mine, never in the recap

    [url] = links.opened
    parts = urlsplit(url)
    assert (parts.scheme, unquote(parts.path)) == ("mailto", "grace@example.com")
    query = parse_qs(parts.query)
    assert query["subject"][0].startswith("Thank you")
    assert "It helped a lot!" in query["body"][0]
    assert "open in your mail app" in seen["note"]

    sent = recap_of(mm.database, mm.meeting_id)
    assert sent is not None and sent.sent_how == "mail" and "It helped a lot!" in sent.body

    # Opened again, it says when it went and holds what was sent; a message too long
    # for a mail link is cut in the mail, said so, and whole on the clipboard.
    def again(dialog: QDialog) -> None:
        assert isinstance(dialog, MessageDraftDialog)
        note = dialog.findChild(QLabel, "recapSentNote")
        assert note is not None and "opened in the mail app" in note.text()
        assert "It helped a lot!" in dialog.text()
        long_text = dialog.text() + "\n".join(f"Line {n} of more thanks" for n in range(400))
        dialog.body.setPlainText(long_text)
        assert dialog.open_mail()
        seen["cut"] = dialog.note.text()
        seen["long"] = long_text
        saved = dialog.save_markdown(tmp_path / "recap.md")
        assert saved is not None
        dialog.reject()

    dialogs.answer(again)
    window.activateWindow()
    mm.qtbot.waitUntil(window.isActiveWindow)
    press(window.notes, Qt.Key.Key_R, CTRL_SHIFT)
    assert len(links.opened) == 2 and len(links.opened[1]) <= MAX_URL
    assert "too long for a mail link" in seen["cut"]
    assert QGuiApplication.clipboard().text() == seen["long"]
    markdown = (tmp_path / "recap.md").read_text(encoding="utf-8")
    assert markdown.startswith("# Thank you") and "Line 399 of more thanks" in markdown
    latest = recap_of(mm.database, mm.meeting_id)
    assert latest is not None and latest.sent_how == "markdown"

    # Recording it is one undoable step, like every change.
    mm.context.undo_stack.undo()
    undone = recap_of(mm.database, mm.meeting_id)
    assert undone is not None and undone.sent_how == "mail"


def test_a_held_meeting_in_the_meetings_area_sends_its_recap_too(
    qtbot: QtBot, context: AppContext, database: Database, dialogs: DialogAnswerer
) -> None:
    people = add_people(database, "Ada Lovelace", "Grace Hopper")
    meeting_ids = around(database, people, utc_now())
    view = make_view(qtbot, context)
    view.select_meeting(meeting_ids["tomorrow"])
    assert not view.recap_action.isEnabled()  # nothing to recap before it is held
    past = view.findChild(QPushButton, "pastScopeButton")
    assert past is not None
    click(past)
    view.select_meeting(meeting_ids["held"])
    assert view.recap_action.isEnabled()

    def copy(dialog: QDialog) -> None:
        assert isinstance(dialog, MessageDraftDialog)
        assert dialog.text().startswith("Hi Ada,")
        assert dialog.copy()
        dialog.reject()

    dialogs.answer(copy)
    view.recap_action.trigger()
    sent = recap_of(database, meeting_ids["held"])
    assert sent is not None and sent.sent_how == "copied"
