"""Meeting mode as a person uses it: typing Markdown, capturing action items, the agenda,
history, ending the meeting. Real widgets over a real temporary database."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from mentordesk.db.database import Database
from mentordesk.db.models import AgendaItem, Meeting
from mentordesk.db.types import utc_now
from mentordesk.services import agreements, meeting_queries, meetings, note_history
from mentordesk.ui.meeting_mode.action_items import ActionItemsModel
from mentordesk.ui.meeting_mode.action_panel import DueDateEditor
from mentordesk.ui.meeting_mode.agenda import AgendaModel
from mentordesk.ui.meeting_mode.end_dialog import EndMeetingDialog
from mentordesk.ui.meeting_mode.history_dialog import HistoryDialog
from tests.ui.conftest import DialogAnswerer
from tests.ui.test_meeting_mode_fixtures import (
    START,
    MeetingSetup,
    make_setup,
    press,
    type_text,
)

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = CTRL | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def mm(qtbot: QtBot, database: Database) -> MeetingSetup:
    return make_setup(qtbot, database, agenda=("Promotion packet", "Tech lead path"))


def test_window_shows_mentor_time_and_saved_state(mm: MeetingSetup) -> None:
    window = mm.open()
    assert window.header.mentor_label.text() == "Grace Hopper"
    assert "2025" in window.header.when_label.text()
    assert window.header.timer_label.text() == "00:00 / 45:00"
    assert window.header.save_state.objectName() == "saveState"
    assert window.header.save_state.text() == "Saved"
    interactive = [
        window.notes,
        window.takeaways,
        window.agenda_panel.view,
        window.action_panel.view,
        window.header.end_button,
        window.header.history_button,
        window.action_panel.capture_button,
    ]
    assert all(w.objectName() and w.accessibleName() for w in interactive)


def test_typing_continues_lists_and_an_empty_item_ends_the_list(mm: MeetingSetup) -> None:
    window = mm.open()
    # Enter on an empty item removes its marker; a further Enter adds a blank line.
    type_text(window.notes, "- first\nsecond\n\n\nafter\n1. one\ntwo\n\n- [x] done\nopen")
    assert window.notes.toPlainText() == (
        "- first\n- second\n\nafter\n1. one\n2. two\n- [x] done\n- [ ] open"
    )


def test_accents_and_emoji_are_typed_and_saved(mm: MeetingSetup) -> None:
    window = mm.open()
    type_text(window.notes, "Café résumé 🚀 ok")
    assert window.notes.toPlainText() == "Café résumé 🚀 ok"
    mm.qtbot.waitUntil(lambda: mm.stored_notes() == "Café résumé 🚀 ok", timeout=3000)


def test_ctrl_b_and_ctrl_i_wrap_the_word_or_the_selection(mm: MeetingSetup) -> None:
    window = mm.open()
    type_text(window.notes, "be brave")
    press(window.notes, Qt.Key.Key_B, CTRL)  # cursor at the end of "brave"
    assert window.notes.toPlainText() == "be **brave**"
    window.notes.selectAll()
    press(window.notes, Qt.Key.Key_I, CTRL)
    assert window.notes.toPlainText() == "*be **brave***"


def test_timer_starts_when_notes_are_first_typed_at_the_meeting(mm: MeetingSetup) -> None:
    mm.context.set_clock(lambda: START + timedelta(minutes=3))  # the meeting is on
    window = mm.open()
    assert mm.stored().started_at is None
    type_text(window.notes, "x")
    mm.qtbot.waitUntil(lambda: mm.stored().started_at is not None, timeout=10_000)
    assert window.header.start_button.isHidden()


def test_notes_prepared_weeks_ahead_do_not_start_the_clock(mm: MeetingSetup) -> None:
    """Issue 8: preparing notes early must not start the meeting."""
    mm.context.set_clock(lambda: START - timedelta(weeks=4))
    window = mm.open()
    type_text(window.notes, "Questions to ask: the promotion packet")
    mm.qtbot.waitUntil(lambda: window.header.save_state.text() == "Saved", timeout=3000)
    assert mm.stored_notes() == "Questions to ask: the promotion packet"
    assert mm.stored().started_at is None
    assert window.header.start_button.isVisible()
    assert window.header.timer_label.text().startswith("00:00 /")


def test_a_past_meeting_written_up_later_offers_its_planned_time_and_length(
    mm: MeetingSetup,
    dialogs: DialogAnswerer,
) -> None:
    """Issue 8: logging a meeting that already happened used to offer "1 min"."""
    mm.context.set_clock(lambda: START + timedelta(days=2))
    window = mm.open()
    type_text(window.notes, "What we said two days ago")
    offered: list[tuple[int, datetime]] = []

    def review(dialog: QDialog) -> None:
        assert isinstance(dialog, EndMeetingDialog)
        offered.append((dialog.minutes.value(), dialog.held_start.value()))
        dialog.plan_next.setChecked(False)
        dialog.end_button.click()

    dialogs.answer(review)
    press(window.notes, Qt.Key.Key_E, CTRL_SHIFT)
    mm.qtbot.waitUntil(lambda: mm.stored().status == "held")
    assert offered == [(45, START)]
    held = mm.stored()
    assert (held.actual_minutes, held.scheduled_start, held.started_at) == (45, START, START)


def test_end_meeting_keeps_the_time_it_began_and_offers_the_next_one_as_agreed(
    mm: MeetingSetup,
    dialogs: DialogAnswerer,
) -> None:
    """The held start typed in End meeting is what is stored (it was dropped when the
    next meeting was planned too), and the next meeting comes one agreed interval later."""
    with mm.database.session() as session:
        agreements.save(
            session,
            mm.mentor_id,
            agreements.AgreementTerms(
                status="agreed", frequency_every=2, frequency_unit="weeks", agreed_on=START.date()
            ),
            today=START.date(),
            now=utc_now(),
        )
    mm.context.set_clock(lambda: START + timedelta(minutes=5))
    window = mm.open()
    began = START + timedelta(minutes=10)
    offered: list[datetime] = []

    def review(dialog: QDialog) -> None:
        assert isinstance(dialog, EndMeetingDialog)
        offered.append(dialog.next_start.value())
        dialog.held_start.set_value(began)
        assert dialog.plan_next.isChecked()
        dialog.end_button.click()

    ended: list[tuple[str, str]] = []
    window.meeting_ended.connect(lambda a, b: ended.append((a, b)))
    dialogs.answer(review)
    press(window.notes, Qt.Key.Key_E, CTRL_SHIFT)
    mm.qtbot.waitUntil(lambda: bool(ended))
    assert offered == [START + timedelta(weeks=2)]
    held = mm.stored()
    assert (held.status, held.scheduled_start) == ("held", began)
    with mm.database.session() as session:
        following = session.get(Meeting, ended[0][1])
        assert following is not None
        assert following.scheduled_start == START + timedelta(weeks=2)


def test_capture_turns_the_current_line_into_an_action_item_at_once(mm: MeetingSetup) -> None:
    window = mm.open()
    type_text(window.notes, "# Ideas\n- [ ] Read *The Manager's Path*")
    press(window.notes, Qt.Key.Key_A, CTRL_SHIFT)
    model = window.action_model
    # Stored as plain advice: the notes keep their Markdown, the item does not.
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == [
        "Read The Manager's Path"
    ]
    assert mm.stored_actions() == ["Read The Manager's Path"]
    # No dialog, no focus change: typing goes on, the notes are untouched.
    assert window.notes.hasFocus()
    assert QApplication.activeModalWidget() is None
    type_text(window.notes, "!")
    assert window.notes.toPlainText().endswith("Path*!")

    # The selection wins over the line; the button does the same as the shortcut.
    window.notes.selectAll()
    window.action_panel.capture_button.click()
    assert len(mm.stored_actions()) == 2


def test_capture_is_undone_from_the_side_list_and_due_date_is_editable(
    mm: MeetingSetup,
) -> None:
    window = mm.open()
    type_text(window.notes, "Ask Ana about mentoring")
    state = window.capture_action_item()
    assert state is not None
    view = window.action_panel.view
    due = window.action_model.index(0, ActionItemsModel.COL_DUE)
    assert window.action_model.setData(due, QDate(2031, 5, 6))
    assert due.data() == "2031-05-06"
    assert window.action_model.setData(due, QDate())
    assert due.data() == "No date"

    # Each edit in place is a step of its own: Ctrl+Z in the list undoes them in turn.
    view.setFocus()
    mm.qtbot.waitUntil(view.hasFocus)
    press(view, Qt.Key.Key_Z, CTRL)
    mm.qtbot.waitUntil(lambda: window.action_model.index(0, 1).data() == "2031-05-06")
    press(view, Qt.Key.Key_Z, CTRL)
    mm.qtbot.waitUntil(lambda: window.action_model.index(0, 1).data() == "No date")
    press(view, Qt.Key.Key_Z, CTRL)
    mm.qtbot.waitUntil(lambda: window.action_model.rowCount() == 0)
    assert mm.stored_actions() == []


def test_the_due_date_editor_opens_on_today_and_delete_means_no_date(mm: MeetingSetup) -> None:
    """Issue 8, point 8: the calendar opened on yesterday (the "No date" marker)."""
    window = mm.open()
    type_text(window.notes, "Send the slides")
    window.capture_action_item()
    view = window.action_panel.view
    due = window.action_model.index(0, ActionItemsModel.COL_DUE)
    view.edit(due)
    editor = view.findChild(DueDateEditor, "dueDateEditor")
    assert editor is not None
    assert editor.date() == QDate.currentDate()
    assert editor.text() != "No date"
    calendar = editor.calendarWidget()
    assert (calendar.yearShown(), calendar.monthShown()) == (
        QDate.currentDate().year(),
        QDate.currentDate().month(),
    )
    press(editor, Qt.Key.Key_Delete)
    assert editor.text() == "No date"
    press(editor, Qt.Key.Key_Return)  # commit
    mm.qtbot.waitUntil(lambda: view.findChild(DueDateEditor, "dueDateEditor") is None)
    assert due.data() == "No date"


def test_remove_button_removes_and_undo_brings_it_back(mm: MeetingSetup) -> None:
    window = mm.open()
    type_text(window.notes, "Write the talk proposal")
    window.capture_action_item()
    window.action_panel.view.selectRow(0)
    window.action_panel.remove_button.click()
    assert mm.stored_actions() == []
    mm.context.undo_stack.undo()
    mm.qtbot.waitUntil(lambda: window.action_model.rowCount() == 1)
    assert mm.stored_actions() == ["Write the talk proposal"]


def test_agenda_is_an_editable_checklist_saved_as_you_go(mm: MeetingSetup) -> None:
    window = mm.open()
    panel = window.agenda_panel
    panel.new_item.setFocus()
    type_text(panel.new_item, "Conference talk")
    press(panel.new_item, Qt.Key.Key_Return)
    panel.view.setFocus()
    panel.view.setCurrentIndex(window.agenda_model.index(2))
    press(panel.view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    first = window.agenda_model.index(0)
    window.agenda_model.setData(first, Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)

    def stored_agenda() -> list[tuple[str, bool]]:
        with mm.database.session() as session:
            agenda = meeting_queries.detail(session, mm.meeting_id).agenda
            return [(a.text, a.done) for a in agenda]

    expected = [("Promotion packet", True), ("Conference talk", False), ("Tech lead path", False)]
    mm.qtbot.waitUntil(lambda: stored_agenda() == expected, timeout=3000)
    panel.view.setCurrentIndex(window.agenda_model.index(1))
    press(panel.view, Qt.Key.Key_Delete)
    mm.qtbot.waitUntil(lambda: len(stored_agenda()) == 2, timeout=3000)


def test_models_pass_the_model_tester(mm: MeetingSetup, qtmodeltester: object) -> None:
    window = mm.open()
    type_text(window.notes, "One thing")
    window.capture_action_item()
    agenda: AgendaModel = window.agenda_model
    qtmodeltester.check(agenda)  # type: ignore[attr-defined]
    qtmodeltester.check(window.action_model)  # type: ignore[attr-defined]


def test_history_restores_a_version_and_ctrl_z_brings_the_text_back(
    mm: MeetingSetup, dialogs: DialogAnswerer
) -> None:
    hour_ago = utc_now() - timedelta(hours=1)  # recent: opening the window prunes old ones
    with mm.database.session() as session:
        for minutes, text in ((0, "old plan"), (11, "new plan"), (22, "newest plan")):
            meetings.save_notes(
                session, mm.meeting_id, text, now=hour_ago + timedelta(minutes=minutes)
            )
    window = mm.open()
    assert window.notes.toPlainText() == "newest plan"
    type_text(window.notes, " (unsaved)")

    def pick_oldest(dialog: QDialog) -> None:
        assert isinstance(dialog, HistoryDialog)
        texts = [v.notes for v in dialog.model.rows()]
        dialog.select_version(texts.index("old plan"))
        assert dialog.preview.toPlainText() == "old plan"
        dialog.restore_button.click()

    dialogs.answer(pick_oldest)
    window.show_history()
    assert dialogs.names == ["noteHistoryDialog"]
    assert window.notes.toPlainText() == "old plan"
    mm.qtbot.waitUntil(lambda: mm.stored_notes() == "old plan", timeout=3000)
    with mm.database.session() as session:
        kept = [s.notes for s in note_history.list_snapshots(session, mm.meeting_id)]
    assert "newest plan (unsaved)" in kept

    press(window.notes, Qt.Key.Key_Z, CTRL)
    assert window.notes.toPlainText() == "newest plan (unsaved)"
    mm.qtbot.waitUntil(lambda: mm.stored_notes() == "newest plan (unsaved)", timeout=3000)


def test_end_meeting_marks_held_and_plans_the_next_with_carried_agenda(
    mm: MeetingSetup,
    dialogs: DialogAnswerer,
) -> None:
    mm.context.set_clock(lambda: START + timedelta(minutes=1))
    window = mm.open()
    type_text(window.notes, "Talked about the packet\nSend the draft")
    window.capture_action_item()
    done = window.agenda_model.index(0)
    window.agenda_model.setData(done, Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)

    def review(dialog: QDialog) -> None:
        assert isinstance(dialog, EndMeetingDialog)
        assert dialog.review_panel.model.rowCount() == 1
        dialog.minutes.setValue(37)
        dialog.rating.setCurrentIndex(dialog.rating.findData(4))
        assert dialog.plan_next.isChecked()
        dialog.end_button.click()

    ended: list[tuple[str, str]] = []
    window.meeting_ended.connect(lambda a, b: ended.append((a, b)))
    said: list[str] = []
    mm.context.message.connect(said.append)
    dialogs.answer(review)
    press(window.notes, Qt.Key.Key_E, CTRL_SHIFT)
    mm.qtbot.waitUntil(lambda: bool(ended))
    assert dialogs.names == ["endMeetingDialog"]
    # Issue 18, item 10: the last word says how to take it back.
    assert said[-1].startswith("Meeting marked held.") and "Undo" in said[-1], said
    held = mm.stored()
    assert (held.status, held.actual_minutes, held.rating) == ("held", 37, 4)
    assert held.notes == "Talked about the packet\nSend the draft"
    next_id = ended[0][1]
    with mm.database.session() as session:
        following = session.get(Meeting, next_id)
        assert following is not None
        assert following.status == "planned"
        assert following.scheduled_start == START + timedelta(weeks=4)
        carried = [(a.text, a.carried_from_id is not None) for a in following.agenda]
        tech = session.query(AgendaItem).filter_by(meeting_id=mm.meeting_id, text="Tech lead path")
        assert following.agenda[0].carried_from_id == tech.one().id
    assert carried == [("Tech lead path", True)]


def test_a_held_meeting_reopened_shows_its_length_and_is_not_ended_again(
    mm: MeetingSetup,
    dialogs: DialogAnswerer,
) -> None:
    with mm.database.session() as session:
        meetings.end_meeting(session, mm.meeting_id, actual_minutes=52, now=START)
    window = mm.open()
    header = window.header
    assert header.timer_label.text() == "52:00 / 45:00"  # the recorded length, not the clock
    assert not header.start_button.isVisible()
    assert not header.end_button.isEnabled() and header.end_button.text() == "Held"
    type_text(window.notes, "Follow-up thought")
    assert header.timer_label.text() == "52:00 / 45:00"
    dialogs.answer(lambda dialog: dialog.accept())
    press(window.notes, Qt.Key.Key_E, CTRL_SHIFT)
    mm.qtbot.waitUntil(lambda: bool(dialogs.names))
    assert dialogs.names == ["alreadyHeldBox"]  # a message saying it is held; no End meeting dialog
    assert window.flush()
    held = mm.stored()
    assert (held.status, held.actual_minutes, held.notes) == ("held", 52, "Follow-up thought")
    assert held.ended_at == START + timedelta(minutes=52)  # began as planned, took 52 min


def test_ctrl_tab_leaves_the_notes_and_tab_still_types_a_tab(mm: MeetingSetup) -> None:
    window = mm.open()
    press(window.notes, Qt.Key.Key_Tab)
    assert window.notes.toPlainText() == "\t" and window.notes.hasFocus()
    press(window.notes, Qt.Key.Key_Tab, CTRL)
    mm.qtbot.waitUntil(lambda: not window.notes.hasFocus())
    assert window.takeaways.hasFocus()
    press(window.takeaways, Qt.Key.Key_Tab, CTRL_SHIFT)
    mm.qtbot.waitUntil(window.notes.hasFocus)
    assert window.notes.toPlainText() == "\t"


def test_a_huge_paste_without_spaces_is_kept_and_wraps_anywhere(qtbot: QtBot) -> None:
    """Pasted base64 or minified text: Qt lays out an unbroken line in quadratic time
    unless it may wrap anywhere (scripts/bench_paste.py prints the timings)."""
    from PySide6.QtCore import QMimeData
    from PySide6.QtGui import QTextOption

    from mentordesk.ui.meeting_mode.notes_editor import NotesEditor

    editor = NotesEditor()
    qtbot.addWidget(editor)
    editor.show()
    data = QMimeData()
    data.setText("x" * 300_000)
    editor.insertFromMimeData(data)
    QApplication.processEvents()
    assert editor.toPlainText() == "x" * 300_000
    assert editor.wordWrapMode() == QTextOption.WrapMode.WrapAnywhere
    editor.load_text("ordinary notes, with words")
    assert editor.wordWrapMode() == QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere


def test_a_line_that_says_by_friday_is_captured_due_friday(mm: MeetingSetup) -> None:
    """Issue 18, item 6: "…by Friday" in a captured line becomes its due date."""
    window = mm.open()
    type_text(window.notes, "Send Sam the draft by Friday")
    press(window.notes, Qt.Key.Key_A, CTRL_SHIFT)
    today = window.context.today()
    friday = today + timedelta(days=(4 - today.weekday()) % 7 or 7)
    model = window.action_model
    assert model.rowCount() == 1
    assert window.meeting_actions.all()[0].due_date == friday
