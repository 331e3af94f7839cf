"""The Read view shows notes as typed and opens only web and mail links (issue 15, R15/R16).

Before: the notes went raw to ``QTextBrowser.setMarkdown``, so ``<Anna>`` or
``Map<String, List<Int>>`` started an HTML tag that hid the rest of the notes, the
takeaways and the action items; a click on a ``javascript:`` or ``smb:`` link handed
it to the desktop, and a ``file:`` link showed a local file inside the dialog.
Links are followed as a person does without a mouse: Tab to the link, then Enter.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from mentordesk.db.database import Database
from mentordesk.db.types import utc_now
from mentordesk.services import action_items, meeting_queries, meetings
from mentordesk.services.mentors import MentorData, create_mentor
from mentordesk.ui.context import AppContext
from mentordesk.ui.meetings.read_dialog import ReadMeetingDialog
from tests.ui.conftest import DialogAnswerer
from tests.ui.helpers import press

NOW = datetime(2026, 6, 1, 12, 0, tzinfo=UTC)
TYPED = [
    "Use Map<String, List<Int>> for the index.",
    "<Anna> said it works.",
    "Check that a<b and b>c.",
    "One line<br>and the next.",
    "The last line of the notes.",
]
HOSTILE = ("javascript:alert(1)", "smb://fileserver/share", "vbscript:msgbox")


class Desktop(QObject):
    """Stands in for the desktop: every link handed to it, whatever its scheme."""

    SCHEMES = ("https", "http", "mailto", "javascript", "smb", "vbscript", "file")

    def __init__(self) -> None:
        super().__init__()
        self.opened: list[str] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.opened.append(url.toString())


@pytest.fixture
def desktop() -> Iterator[Desktop]:
    catcher = Desktop()
    for scheme in Desktop.SCHEMES:
        QDesktopServices.setUrlHandler(scheme, catcher, "open")  # type: ignore[arg-type]
    yield catcher
    for scheme in Desktop.SCHEMES:
        QDesktopServices.unsetUrlHandler(scheme)


def dialog_for(
    qtbot: QtBot, context: AppContext, database: Database, notes: str
) -> ReadMeetingDialog:
    with database.session() as session:
        ada = create_mentor(session, MentorData(name="Ada Lovelace", status="active"), now=NOW).id
        held = meetings.plan_meeting(
            session, meetings.MeetingPlan(ada, NOW - timedelta(days=7)), now=utc_now()
        ).id
        meetings.save_notes(session, held, notes, "Takeaway <Bob> kept", now=NOW)
        action_items.capture(session, ada, "Send the <draft> to Anna", meeting_id=held, now=NOW)
    detail = context.read(meeting_queries.detail, held)
    dialog = ReadMeetingDialog(context, detail)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_notes_with_angle_brackets_show_as_typed_and_hide_nothing(
    qtbot: QtBot, context: AppContext, database: Database
) -> None:
    dialog = dialog_for(qtbot, context, database, "\n\n".join(TYPED))
    shown = dialog.text.toPlainText()
    for line in TYPED:
        assert line in shown, f"{line!r} is not shown as typed:\n{shown}"
    assert "Takeaway <Bob> kept" in shown
    assert "Send the <draft> to Anna" in shown


def follow(qtbot: QtBot, dialog: ReadMeetingDialog, number: int) -> None:
    """Tab to the ``number``-th link of the notes (from 1) and press Enter."""
    dialog.text.setFocus()
    cursor = dialog.text.textCursor()
    cursor.movePosition(cursor.MoveOperation.Start)
    dialog.text.setTextCursor(cursor)
    for _ in range(number):
        press(dialog.text, Qt.Key.Key_Tab)
    press(dialog.text, Qt.Key.Key_Return)


def links_note(secret: Path) -> str:
    return "\n\n".join(
        [
            "[the article](https://example.com/mentoring)",
            "[write to Anna](mailto:anna@example.com)",
            *(f"[click me {n}]({url})" for n, url in enumerate(HOSTILE)),
            f"[my file]({QUrl.fromLocalFile(str(secret)).toString()})",
            "The last line of the notes.",
        ]
    )


@pytest.mark.parametrize(
    "number, answer, expected",
    [
        (1, QMessageBox.StandardButton.Yes, ["https://example.com/mentoring"]),
        (1, QMessageBox.StandardButton.Cancel, []),
        (2, QMessageBox.StandardButton.Yes, ["mailto:anna@example.com"]),
    ],
    ids=["web, opened", "web, not opened", "mail, opened"],
)
def test_a_web_or_mail_link_opens_after_asking(
    qtbot: QtBot,
    context: AppContext,
    database: Database,
    dialogs: DialogAnswerer,
    desktop: Desktop,
    tmp_path: Path,
    number: int,
    answer: QMessageBox.StandardButton,
    expected: list[str],
) -> None:
    dialog = dialog_for(qtbot, context, database, links_note(tmp_path / "secret.txt"))
    dialogs.answer(answer)
    follow(qtbot, dialog, number)
    qtbot.waitUntil(lambda: dialogs.pending == 0)
    assert dialogs.names == ["openLinkBox"]
    assert desktop.opened == expected
    assert "The last line of the notes." in dialog.text.toPlainText()


@pytest.mark.parametrize("number", [3, 4, 5, 6], ids=[*HOSTILE, "file"])
def test_any_other_link_is_never_handed_to_the_desktop_nor_shown(
    qtbot: QtBot,
    context: AppContext,
    database: Database,
    desktop: Desktop,
    tmp_path: Path,
    number: int,
) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("SECRET CONTENT of a local file", encoding="utf-8")
    said: list[str] = []
    context.message.connect(said.append)
    dialog = dialog_for(qtbot, context, database, links_note(secret))
    follow(qtbot, dialog, number)
    shown = dialog.text.toPlainText()
    assert desktop.opened == []
    assert "SECRET CONTENT" not in shown
    assert "The last line of the notes." in shown
    assert dialog.text.source().isEmpty()
    assert said and "opens only web and mail links" in said[-1]
