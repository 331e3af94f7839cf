"""The typing journal in the real meeting window: written as one types, gone once saved,
one per window, and what a start after a crash brings back (and says)."""

from __future__ import annotations

import random

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot

from mentordesk.db.database import Database
from mentordesk.db.types import utc_now
from mentordesk.services import meeting_queries, meetings, mentors, note_history
from mentordesk.services.typing_journal import journal_files
from mentordesk.ui.meeting_mode.recovery import recover_at_start
from mentordesk.ui.meeting_mode.window import MeetingModeWindow
from tests.ui.test_meeting_mode_fixtures import START, MeetingSetup, make_setup, press, type_text


@pytest.fixture
def mm(qtbot: QtBot, database: Database) -> MeetingSetup:
    return make_setup(qtbot, database, notes="Saved before. ")


def _open(mm: MeetingSetup, meeting_id: str | None = None) -> MeetingModeWindow:
    if meeting_id is not None:
        mm.meeting_id, first = meeting_id, mm.meeting_id
        window = mm.open()
        mm.meeting_id = first
    else:
        window = mm.open()
    window.saver.debounce.setInterval(60_000)  # only what the test does saves
    window.saver.max_wait.setInterval(60_000)
    return window


def _dies(window: MeetingModeWindow) -> None:
    """As if the process were killed: no save, the window just stops."""
    window._shut_down()
    window.hide()


def _journal_notes(mm: MeetingSetup) -> dict[str, str]:
    found = {}
    for journal in journal_files(mm.database.paths.journal_dir):
        texts = journal.play().texts
        assert texts is not None
        found[journal.record_id] = texts["notes"]
    return found


def _start(mm: MeetingSetup) -> list[str]:
    said: list[str] = []
    recover_at_start(mm.context, said.append)
    return said


def test_the_journal_holds_each_edit_until_the_autosave_stores_it(mm: MeetingSetup) -> None:
    window = _open(mm)
    assert _journal_notes(mm) == {}, "opening writes nothing"
    type_text(window.notes, "abc")
    assert _journal_notes(mm) == {mm.meeting_id: "Saved before. abc"}
    assert window.flush()
    assert _journal_notes(mm) == {}, "stored: the journal is gone"
    type_text(window.notes, "d")
    assert _journal_notes(mm) == {mm.meeting_id: "Saved before. abcd"}
    window.close()
    assert _journal_notes(mm) == {}


def test_a_start_after_a_crash_brings_back_and_says_what_was_typed(mm: MeetingSetup) -> None:
    window = _open(mm)
    type_text(window.notes, "typed, never saved")
    _dies(window)
    assert mm.stored_notes() == "Saved before. "
    said = _start(mm)
    assert mm.stored_notes() == "Saved before. typed, never saved"
    assert said and "recovered (Grace Hopper)" in said[0]
    assert _journal_notes(mm) == {}
    assert _start(mm) == [], "told once"


def test_two_meeting_windows_keep_two_journals(mm: MeetingSetup) -> None:
    with mm.database.session() as session:
        other = mentors.create_mentor(session, mentors.MentorData(name="Ada"), now=utc_now())
        plan = meetings.MeetingPlan(mentor_id=other.id, scheduled_start=START)
        second = meetings.plan_meeting(session, plan, now=utc_now()).id
    first_window, second_window = _open(mm), _open(mm, second)
    type_text(first_window.notes, "one")
    type_text(second_window.notes, "two")
    assert _journal_notes(mm) == {mm.meeting_id: "Saved before. one", second: "two"}
    for window in (first_window, second_window):
        _dies(window)
    said = _start(mm)
    assert mm.stored_notes() == "Saved before. one"
    with mm.database.session() as session:
        assert meeting_queries.detail(session, second).notes == "two"
    assert "2 meetings" in said[0]


def test_undo_is_journaled_like_any_edit(mm: MeetingSetup) -> None:
    window = _open(mm)
    type_text(window.notes, "keep this")
    press(window.notes, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    shown = window.notes.toPlainText()
    assert shown != "Saved before. keep this"
    _dies(window)
    _start(mm)
    assert mm.stored_notes() == shown


def test_text_changed_since_the_crash_is_never_overwritten(mm: MeetingSetup) -> None:
    window = _open(mm)
    type_text(window.notes, "from the crashed window")
    _dies(window)
    with mm.database.session() as session:  # say, a backup restored before this start
        meetings.save_notes(session, mm.meeting_id, "restored", now=utc_now())
    said = _start(mm)
    assert mm.stored_notes() == "restored"
    with mm.database.session() as session:
        kept = note_history.list_snapshots(session, mm.meeting_id)
    assert kept[0].notes == "Saved before. from the crashed window"
    assert "earlier version" in said[0]


def test_a_meeting_deleted_while_its_journal_exists(mm: MeetingSetup) -> None:
    window = _open(mm)
    type_text(window.notes, "for a meeting about to go")
    _dies(window)
    with mm.database.session() as session:
        meetings.delete_meeting(session, mm.meeting_id)
    assert _start(mm) == []
    assert _journal_notes(mm) == {}


def test_the_journal_follows_every_kind_of_edit_exactly(
    mm: MeetingSetup, caplog: pytest.LogCaptureFixture
) -> None:
    """Typing (accents, emoji, no-break spaces, Enter), deleting, selections replaced,
    multi-line pastes, undo and redo, a version restored, in both editors: after each,
    the journal replays to exactly what the editor shows, without starting over."""
    window = _open(mm)
    rng = random.Random(15)
    words = ["rota", "ünïcødé", "✓", "🙂", "a\xa0b", "**bold**", "- [ ] item", "x"]
    for step in range(160):
        editor = rng.choice([window.notes, window.notes, window.takeaways])
        editor.setFocus()
        cursor = editor.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.Start)  # then by whole characters,
        cursor.movePosition(  # as a person moves (never inside an emoji's UTF-16 pair)
            QTextCursor.MoveOperation.NextCharacter,
            QTextCursor.MoveMode.MoveAnchor,
            rng.randint(0, len(editor.toPlainText())),
        )
        editor.setTextCursor(cursor)
        action = rng.randrange(7)
        if action == 0:
            type_text(editor, rng.choice(words) + " ")
        elif action == 1:
            press(editor, Qt.Key.Key_Return)
        elif action == 2:
            for _ in range(rng.randint(1, 4)):
                press(editor, Qt.Key.Key_Backspace)
        elif action == 3:
            cursor.movePosition(
                QTextCursor.MoveOperation.NextCharacter,
                QTextCursor.MoveMode.KeepAnchor,
                rng.randint(1, 8),
            )
            cursor.insertText(rng.choice(words))
        elif action == 4:
            editor.insertPlainText("pasted line one\nline two 🙂\n")
        elif action == 5:
            press(editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        else:
            window.notes.replace_all(f"restored version {step}\n- point")
        played = journal_files(mm.database.paths.journal_dir)[0].play().texts
        assert played == {
            "notes": window.notes.toPlainText(),
            "takeaways": window.takeaways.toPlainText(),
        }, f"step {step}, action {action}"
    assert "starts again" not in caplog.text
