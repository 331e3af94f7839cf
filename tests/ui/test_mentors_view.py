"""The Mentors area, driven like a user would: clicks, typing, shortcuts, dialogs."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
)
from pytestqt.qtbot import QtBot
from sqlalchemy.orm import Session

from mentordesk.db.database import Database
from mentordesk.db.types import utc_now
from mentordesk.services import action_items, meeting_queries, meetings
from mentordesk.services.kinds import Kind, Ref
from mentordesk.services.mentors import MentorData, update_mentor
from mentordesk.services.sample import sample_records
from mentordesk.ui.action_items.area import ActionItemsView
from mentordesk.ui.mentors.area import MentorsView
from mentordesk.ui.mentors.table import MentorTableModel
from mentordesk.ui.shell.main_window import MainWindow
from tests.ui.conftest import DialogAnswerer
from tests.ui.helpers import (
    activate,
    add_mentor,
    click,
    click_row,
    commit_text,
    mentors_view,
    press,
    row_index,
    select_all_and_type,
    selected_name,
    shown_names,
    stored,
    stored_one,
    type_keys,
    type_text,
)

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def sample_names() -> list[str]:
    return sorted(str(record["name"]) for record in sample_records())


def on_empty_state(view: MentorsView) -> bool:
    return view.pages.currentWidget() is view.empty and view.empty.isVisible()


def status_cell(view: MentorsView, name: str) -> str:
    index = row_index(view, name)
    return str(index.siblingAtColumn(MentorTableModel.COL_STATUS).data())


# -- first run and sample data --------------------------------------------------------


def test_first_run_shows_the_welcome_with_two_ways_to_start(window: MainWindow) -> None:
    view = mentors_view(window)
    assert on_empty_state(view)
    add_first = view.findChild(QPushButton, "addFirstMentorButton")
    explore = view.findChild(QPushButton, "exploreSampleButton")
    assert add_first is not None and explore is not None
    assert add_first.isVisible() and add_first.text() == "Add your first mentor"
    assert explore.isVisible() and explore.text() == "Explore with sample data"
    assert not view.table.isVisible()


def test_sample_data_loads_shows_a_banner_and_is_removed_in_one_step(
    qtbot: QtBot, window: MainWindow, database: Database, dialogs: DialogAnswerer
) -> None:
    view = mentors_view(window)
    explore = view.findChild(QPushButton, "exploreSampleButton")
    assert explore is not None
    click(explore)

    assert sorted(m.data.name for m in stored(database)) == sample_names()
    assert all(m.is_sample for m in stored(database))
    assert sorted(shown_names(view)) == sample_names()
    assert view.table.isVisible()
    assert view.sample_banner.isVisible()
    assert selected_name(view) == view.form.line("name").text() != ""

    remove = view.sample_banner.findChild(QPushButton, "removeSampleButton")
    assert remove is not None and remove.isVisible()
    dialogs.answer(QMessageBox.StandardButton.Yes)
    click(remove)
    assert "5 fictional mentors" in dialogs.texts[0]  # it asks first, saying what goes

    assert stored(database) == []
    assert shown_names(view) == []
    assert on_empty_state(view)
    assert not view.sample_banner.isVisible()

    activate(qtbot, window)  # the question closed; the desktop makes the window active
    press(window, Qt.Key.Key_Z, CTRL)

    assert sorted(m.data.name for m in stored(database)) == sample_names()
    assert sorted(shown_names(view)) == sample_names()
    assert view.table.isVisible()
    assert view.sample_banner.isVisible()


def test_removing_sample_data_keeps_your_own_mentors(
    window: MainWindow, database: Database, dialogs: DialogAnswerer
) -> None:
    view = mentors_view(window)
    click(view.sample_button)
    add_mentor(window, MentorData(name="Ada Lovelace"))
    assert view.sample_banner.isVisible()

    dialogs.answer(QMessageBox.StandardButton.Cancel)
    click(view.remove_sample_button)
    assert len(stored(database)) == 6  # cancelled: nothing removed

    dialogs.answer(QMessageBox.StandardButton.Yes)
    click(view.remove_sample_button)

    assert [m.data.name for m in stored(database)] == ["Ada Lovelace"]
    assert shown_names(view) == ["Ada Lovelace"]
    assert view.table.isVisible()
    assert not view.sample_banner.isVisible()


# -- creating -------------------------------------------------------------------------


def test_typing_a_new_mentor_and_saving_adds_it_to_the_table(
    window: MainWindow, database: Database
) -> None:
    view = mentors_view(window)
    form = view.form
    click(view.add_first_button)
    assert form.isVisible()
    assert QApplication.focusWidget() is form.line("name")

    type_keys(form.line("name"), "Ada Lovelace")
    type_keys(form.line("email"), "ada@example.com")
    save = form.findChild(QPushButton, "saveMentorButton")
    assert save is not None
    click(save)

    ada = stored_one(database, "Ada Lovelace")
    assert ada.data.email == "ada@example.com"
    assert shown_names(view) == ["Ada Lovelace"]
    assert selected_name(view) == "Ada Lovelace"
    assert form.mentor_id == ada.id
    assert form.heading.text() == "Ada Lovelace"
    assert not form.is_dirty()
    assert not view.sample_banner.isVisible()  # a real mentor is not sample data


def test_bad_input_shows_inline_errors_and_keeps_the_typed_text(
    window: MainWindow, database: Database
) -> None:
    view = mentors_view(window)
    form = view.form
    click(view.add_first_button)
    typed = {
        "email": "bob@",
        "phone": "call me",
        "profile_url": "not a url",
        "role": "Mentor at large",
    }
    for field, text in typed.items():
        type_keys(form.line(field), text)
    click(form.save_button)

    for field in ("name", "email", "phone", "profile_url"):
        label = form.findChild(QLabel, f"{field}Error")
        assert label is not None
        assert label.isVisible(), f"no visible error under {field}"
        assert label.text().strip(), f"the error under {field} is empty"
    for field in ("affiliation", "status", "where_found", "preferred_channel"):
        label = form.findChild(QLabel, f"{field}Error")
        assert label is not None and not label.isVisible()
    assert stored(database) == []
    assert form.line("name").text() == ""
    for field, text in typed.items():
        assert form.line(field).text() == text
    # The cursor goes to the first field to fix.
    assert QApplication.focusWidget() is form.line("name")


def test_fixing_the_input_clears_the_errors_and_saves(
    window: MainWindow, database: Database
) -> None:
    view = mentors_view(window)
    form = view.form
    click(view.add_first_button)
    type_keys(form.line("name"), "Bob")
    type_keys(form.line("email"), "bob@")
    click(form.save_button)
    email_error = form.findChild(QLabel, "emailError")
    assert email_error is not None and email_error.isVisible()
    assert QApplication.focusWidget() is form.line("email")

    type_keys(form.line("email"), "example.org")
    click(form.save_button)

    assert not email_error.isVisible()
    assert stored_one(database, "Bob").data.email == "bob@example.org"


NON_ASCII_NAME = "Zoë 🌱 مريم"


@pytest.mark.parametrize("entry", ["key presses", "input method"])
def test_accents_emoji_and_right_to_left_names_are_stored_exactly(
    window: MainWindow, database: Database, entry: str
) -> None:
    view = mentors_view(window)
    form = view.form
    click(view.add_first_button)
    if entry == "key presses":
        type_text(form.line("name"), NON_ASCII_NAME)
    else:
        commit_text(form.line("name"), NON_ASCII_NAME)
    assert form.line("name").text() == NON_ASCII_NAME
    assert form.is_dirty()
    click(form.save_button)

    assert stored_one(database, NON_ASCII_NAME).data.name == NON_ASCII_NAME
    assert shown_names(view) == [NON_ASCII_NAME]
    assert form.heading.text() == NON_ASCII_NAME
    view.filter_edit.setText("zoe")
    assert shown_names(view) == [NON_ASCII_NAME]


# -- editing, undo and redo -----------------------------------------------------------


def edit_organisation(view: MentorsView, name: str, organisation: str) -> None:
    click_row(view, name)
    assert view.form.line("name").text() == name
    select_all_and_type(view.form.line("organisation"), organisation)
    click(view.form.save_button)


def test_edit_then_undo_and_redo_from_the_edit_menu(window: MainWindow, database: Database) -> None:
    add_mentor(window, MentorData(name="Grace Hopper", organisation="US Navy"))
    view = mentors_view(window)
    edit_organisation(view, "Grace Hopper", "Yale")
    assert stored_one(database, "Grace Hopper").data.organisation == "Yale"

    assert window.undo_action.isEnabled()
    window.undo_action.trigger()
    assert stored_one(database, "Grace Hopper").data.organisation == "US Navy"
    assert view.form.line("organisation").text() == "US Navy"
    assert not view.form.is_dirty()

    assert window.redo_action.isEnabled()
    window.redo_action.trigger()
    assert stored_one(database, "Grace Hopper").data.organisation == "Yale"
    assert view.form.line("organisation").text() == "Yale"
    row = row_index(view, "Grace Hopper")
    assert row.siblingAtColumn(MentorTableModel.COL_ORGANISATION).data() == "Yale"


def test_edit_then_undo_and_redo_with_keyboard_shortcuts(
    window: MainWindow, database: Database
) -> None:
    add_mentor(window, MentorData(name="Grace Hopper", organisation="US Navy"))
    view = mentors_view(window)
    edit_organisation(view, "Grace Hopper", "Yale")

    press(window, Qt.Key.Key_Z, CTRL)
    assert stored_one(database, "Grace Hopper").data.organisation == "US Navy"
    assert view.form.line("organisation").text() == "US Navy"

    press(window, Qt.Key.Key_Z, CTRL_SHIFT)
    assert stored_one(database, "Grace Hopper").data.organisation == "Yale"
    assert view.form.line("organisation").text() == "Yale"


# -- archive and delete ---------------------------------------------------------------


def test_archive_ends_the_relationship_and_can_be_undone(
    window: MainWindow, database: Database, dialogs: DialogAnswerer
) -> None:
    add_mentor(window, MentorData(name="Linus Pauling", status="active", tags=("chemistry",)))
    view = mentors_view(window)
    click_row(view, "Linus Pauling")
    before = stored_one(database, "Linus Pauling")
    archive = view.form.findChild(QPushButton, "archiveMentorButton")
    assert archive is not None and archive.isEnabled()

    def end_without_keeping_in_touch(dialog: QDialog) -> None:
        assert dialog.objectName() == "closureReviewDialog"  # archiving runs the review
        box = dialog.findChild(QCheckBox, "closureAlumni")
        assert box is not None
        box.setChecked(False)
        dialog.accept()

    dialogs.answer(end_without_keeping_in_touch)
    click(archive)

    after = stored_one(database, "Linus Pauling")
    assert after.data.status == "ended"
    assert [c.to_status for c in after.history] == ["active", "ended"]
    assert after.data.tags == ("chemistry",)
    assert view.form.combo("status").currentText() == "Ended"
    assert status_cell(view, "Linus Pauling") == "Ended"
    assert not archive.isEnabled()

    window.undo_action.trigger()

    assert stored_one(database, "Linus Pauling") == before
    assert view.form.combo("status").currentText() == "Active"
    assert status_cell(view, "Linus Pauling") == "Active"
    assert archive.isEnabled()


def mentor_with_history(window: MainWindow, database: Database) -> str:
    """Rosalind: tags, and a status history of two steps (prospect, then active)."""
    rosalind = add_mentor(
        window,
        MentorData(name="Rosalind Franklin", organisation="King's College", tags=("x-ray", "dna")),
    )
    with database.session() as session:
        update_mentor(
            session,
            rosalind.id,
            MentorData(
                name="Rosalind Franklin",
                organisation="King's College",
                tags=("x-ray", "dna"),
                status="active",
            ),
            now=utc_now(),
        )
    add_mentor(window, MentorData(name="Marie Curie"))  # the list refreshes
    return rosalind.id


def test_delete_asks_first_and_cancel_keeps_the_mentor(
    window: MainWindow, database: Database, dialogs: DialogAnswerer
) -> None:
    mentor_with_history(window, database)
    view = mentors_view(window)
    click_row(view, "Rosalind Franklin")
    delete = view.form.findChild(QPushButton, "deleteMentorButton")
    assert delete is not None
    steps = window.undo_stack.count()

    dialogs.answer(QMessageBox.StandardButton.Cancel)
    click(delete)

    assert len(dialogs.texts) == 1
    assert "Rosalind Franklin" in dialogs.texts[0]
    assert "dna, x-ray" in dialogs.texts[0]
    assert len(stored(database)) == 2
    assert "Rosalind Franklin" in shown_names(view)
    assert view.form.line("name").text() == "Rosalind Franklin"
    assert window.undo_stack.count() == steps


def test_delete_after_yes_removes_and_undo_restores_everything(
    qtbot: QtBot, window: MainWindow, database: Database, dialogs: DialogAnswerer
) -> None:
    rosalind_id = mentor_with_history(window, database)
    view = mentors_view(window)
    click_row(view, "Rosalind Franklin")
    before = stored_one(database, "Rosalind Franklin")
    assert len(before.history) == 2

    dialogs.answer(QMessageBox.StandardButton.Yes)
    click(view.form.delete_button)

    assert "Rosalind Franklin" in dialogs.texts[0]
    assert [m.data.name for m in stored(database)] == ["Marie Curie"]
    assert shown_names(view) == ["Marie Curie"]
    assert view.form.line("name").text() != "Rosalind Franklin"

    activate(qtbot, window)
    press(window, Qt.Key.Key_Z, CTRL)

    restored = stored_one(database, "Rosalind Franklin")
    assert restored == before  # same id, tags, status history, times
    assert restored.id == rosalind_id
    assert restored.data.tags == ("dna", "x-ray")
    assert [c.to_status for c in restored.history] == ["prospect", "active"]
    assert sorted(shown_names(view)) == ["Marie Curie", "Rosalind Franklin"]


# -- leaving a mentor with unsaved changes --------------------------------------------


def test_switching_rows_saves_valid_unsaved_changes(window: MainWindow, database: Database) -> None:
    add_mentor(window, MentorData(name="Alan Turing"))
    add_mentor(window, MentorData(name="Barbara Liskov"))
    view = mentors_view(window)
    click_row(view, "Alan Turing")
    type_keys(view.form.line("organisation"), "Bletchley Park")
    type_text(view.form.text_edit("notes"), "Ask about morphogenesis.")

    click_row(view, "Barbara Liskov")

    alan = stored_one(database, "Alan Turing")
    assert alan.data.organisation == "Bletchley Park"
    assert alan.data.notes == "Ask about morphogenesis."
    assert view.form.line("name").text() == "Barbara Liskov"
    assert selected_name(view) == "Barbara Liskov"


def test_switching_rows_with_invalid_changes_asks_and_cancel_keeps_editing(
    qtbot: QtBot, window: MainWindow, database: Database, dialogs: DialogAnswerer
) -> None:
    add_mentor(window, MentorData(name="Alan Turing"))
    add_mentor(window, MentorData(name="Barbara Liskov"))
    view = mentors_view(window)
    click_row(view, "Alan Turing")
    type_keys(view.form.line("email"), "alan@")
    type_keys(view.form.line("organisation"), "Bletchley Park")

    def cancel(dialog: QDialog) -> None:
        assert isinstance(dialog, QMessageBox)
        buttons = dialog.standardButtons()
        assert buttons & QMessageBox.StandardButton.Discard
        dialog.button(QMessageBox.StandardButton.Cancel).click()

    dialogs.answer(cancel)
    click_row(view, "Barbara Liskov")
    qtbot.waitUntil(lambda: selected_name(view) == "Alan Turing")

    assert "Alan Turing" in dialogs.texts[0]
    assert view.form.line("name").text() == "Alan Turing"
    assert view.form.line("email").text() == "alan@"
    assert view.form.line("organisation").text() == "Bletchley Park"
    assert selected_name(view) == "Alan Turing"
    email_error = view.form.findChild(QLabel, "emailError")
    assert email_error is not None and email_error.isVisible()
    assert stored_one(database, "Alan Turing").data.email == ""


def test_switching_rows_with_invalid_changes_and_discard_drops_them(
    window: MainWindow, database: Database, dialogs: DialogAnswerer
) -> None:
    add_mentor(window, MentorData(name="Alan Turing"))
    add_mentor(window, MentorData(name="Barbara Liskov"))
    view = mentors_view(window)
    click_row(view, "Alan Turing")
    type_keys(view.form.line("email"), "alan@")

    dialogs.answer(QMessageBox.StandardButton.Discard)
    click_row(view, "Barbara Liskov")

    assert view.form.line("name").text() == "Barbara Liskov"
    assert selected_name(view) == "Barbara Liskov"
    assert stored_one(database, "Alan Turing").data.email == ""
    click_row(view, "Alan Turing")
    assert view.form.line("email").text() == ""


def test_closing_with_invalid_changes_and_cancel_keeps_the_window_open(
    window: MainWindow, database: Database, dialogs: DialogAnswerer
) -> None:
    add_mentor(window, MentorData(name="Alan Turing"))
    view = mentors_view(window)
    click_row(view, "Alan Turing")
    type_keys(view.form.line("phone"), "call me")

    dialogs.answer(QMessageBox.StandardButton.Cancel)
    closed = window.close()

    assert dialogs.texts and "Alan Turing" in dialogs.texts[0]
    assert not closed
    assert window.isVisible()
    assert view.form.line("phone").text() == "call me"
    assert stored_one(database, "Alan Turing").data.phone == ""


def test_closing_with_valid_changes_saves_them(window: MainWindow, database: Database) -> None:
    add_mentor(window, MentorData(name="Alan Turing"))
    view = mentors_view(window)
    click_row(view, "Alan Turing")
    type_keys(view.form.line("phone"), "+44 20 7946 0018")

    assert window.close()

    assert stored_one(database, "Alan Turing").data.phone == "+44 20 7946 0018"


# -- finding mentors in the list ------------------------------------------------------


def test_filter_box_and_status_choice_narrow_the_list(window: MainWindow) -> None:
    add_mentor(window, MentorData(name="José Martínez", organisation="Acme", status="active"))
    add_mentor(window, MentorData(name="Ruth Ender", tags=("hiring",), status="ended"))
    add_mentor(window, MentorData(name="Sam Whitfield", organisation="Acme", status="paused"))
    view = mentors_view(window)

    type_keys(view.filter_edit, "jose")
    assert shown_names(view) == ["José Martínez"]
    select_all_and_type(view.filter_edit, "acme")
    assert shown_names(view) == ["José Martínez", "Sam Whitfield"]

    select_all_and_type(view.filter_edit, "nobody")
    assert shown_names(view) == []
    assert view.no_match.isVisible()
    select_all_and_type(view.filter_edit, "")
    assert not view.no_match.isVisible()

    combo = view.status_filter
    combo.setCurrentIndex(combo.findText("All but ended"))
    assert shown_names(view) == ["José Martínez", "Sam Whitfield"]
    combo.setCurrentIndex(combo.findText("Ended"))
    assert shown_names(view) == ["Ruth Ender"]
    combo.setCurrentIndex(combo.findText("All statuses"))
    assert len(shown_names(view)) == 3


def test_clicking_the_status_header_sorts_by_pipeline_order(window: MainWindow) -> None:
    for name, status in (("Ann", "ended"), ("Bea", "prospect"), ("Cy", "active")):
        add_mentor(window, MentorData(name=name, status=status))
    view = mentors_view(window)
    header = view.table.horizontalHeader()
    x = header.sectionViewportPosition(MentorTableModel.COL_STATUS) + 10
    click(header.viewport(), QPoint(x, 5))
    statuses = [status_cell(view, name) for name in shown_names(view)]
    assert statuses in (["Prospect", "Active", "Ended"], ["Ended", "Active", "Prospect"])
    click(header.viewport(), QPoint(x, 5))
    assert [status_cell(view, name) for name in shown_names(view)] == statuses[::-1]


# -- known bugs -----------------------------------------------------------------------


def test_undo_of_another_mentor_keeps_what_is_being_typed(
    window: MainWindow, database: Database
) -> None:
    add_mentor(window, MentorData(name="Alan Turing"))
    add_mentor(window, MentorData(name="Barbara Liskov", organisation="MIT"))
    view = mentors_view(window)
    edit_organisation(view, "Barbara Liskov", "CMU")
    click_row(view, "Alan Turing")
    type_text(view.form.text_edit("notes"), "Ask about the halting problem.")

    window.undo_action.trigger()  # Edit ▸ Undo "Edit Barbara Liskov"

    assert stored_one(database, "Barbara Liskov").data.organisation == "MIT"
    kept_in_form = (
        view.form.line("name").text() == "Alan Turing"
        and view.form.text_edit("notes").toPlainText() == "Ask about the halting problem."
    )
    saved = stored_one(database, "Alan Turing").data.notes == "Ask about the halting problem."
    assert kept_in_form or saved, "the notes typed for Alan Turing are gone"


def test_ctrl_z_in_a_field_never_reaches_a_change_on_another_screen(
    window: MainWindow, database: Database, dialogs: DialogAnswerer
) -> None:
    """The story from issue 6: Ctrl+Z pressed twice out of habit in a text field."""
    ada = add_mentor(window, MentorData(name="Ada Lovelace", role="Analyst"))
    with database.session() as session:
        item_id = action_items.capture(session, ada.id, "Read the paper", now=utc_now()).id
    actions = window.open_area("actions")
    assert isinstance(actions, ActionItemsView)
    actions.reveal(Ref(Kind.ACTION_ITEM, item_id))

    def outcome(dialog: QDialog) -> None:
        dialog.findChild(QPlainTextEdit, "actionOutcome").setPlainText("Loved it")  # type: ignore[union-attr]
        dialog.accept()

    dialogs.answer(outcome)
    actions.done_action.trigger()  # Mark done…
    with database.session() as session:
        assert action_items.get(session, item_id).status == "done"

    view = mentors_view(window)
    click_row(view, "Ada Lovelace")
    field = view.form.line("role")
    click(field)
    field.end(False)
    type_keys(field, " and poet")
    press(field, Qt.Key.Key_Z, CTRL)
    press(field, Qt.Key.Key_Z, CTRL)

    with database.session() as session:
        item = action_items.get(session, item_id)
    assert (item.status, item.outcome) == ("done", "Loved it")  # untouched
    assert field.text() == "Analyst"  # the field's own typing was undone
    assert window.undo_action.isEnabled()  # Edit ▸ Undo still offers the change


def test_ctrl_z_right_after_ctrl_s_undoes_the_typing_in_the_field(
    window: MainWindow, database: Database
) -> None:
    add_mentor(window, MentorData(name="Grace Hopper", organisation="US Navy"))
    view = mentors_view(window)
    click_row(view, "Grace Hopper")
    field = view.form.line("organisation")
    click(field)
    select_all_and_type(field, "Yale")
    press(field, Qt.Key.Key_S, CTRL)
    assert stored_one(database, "Grace Hopper").data.organisation == "Yale"
    assert QApplication.focusWidget() is field

    press(field, Qt.Key.Key_Z, CTRL)

    # The field goes back; the saved change waits for Save or Edit ▸ Undo.
    assert field.text() != "Yale"
    assert view.form.is_dirty()
    window.undo_action.trigger()
    assert stored_one(database, "Grace Hopper").data.organisation == "US Navy"


def test_delete_confirmation_counts_one_history_entry_in_the_singular(
    window: MainWindow, dialogs: DialogAnswerer
) -> None:
    add_mentor(window, MentorData(name="Ada Lovelace"))
    view = mentors_view(window)
    dialogs.answer(QMessageBox.StandardButton.Cancel)
    click(view.form.delete_button)
    assert "Ada Lovelace" in dialogs.texts[0]
    assert "1 entries" not in dialogs.texts[0]


def test_undoing_the_add_of_the_mentor_being_edited_keeps_the_typing_as_new(
    window: MainWindow, database: Database
) -> None:
    window.new_mentor()
    view = mentors_view(window)
    type_text(view.form.line("name"), "Alan Turing")
    click(view.form.save_button)
    assert [m.data.name for m in stored(database)] == ["Alan Turing"]
    type_text(view.form.text_edit("notes"), "Ask about the halting problem.")

    window.undo_action.trigger()  # Edit ▸ Undo "Add Alan Turing"

    assert stored(database) == []
    assert view.form.mentor_id is None
    assert view.form.line("name").text() == "Alan Turing"
    assert view.form.text_edit("notes").toPlainText() == "Ask about the halting problem."
    assert view.form.is_dirty()
    click(view.form.save_button)
    assert stored_one(database, "Alan Turing").data.notes == "Ask about the halting problem."


def test_delete_names_the_meetings_and_action_items_that_go_and_undo_brings_them_back(
    window: MainWindow, database: Database, dialogs: DialogAnswerer
) -> None:
    rosalind_id = mentor_with_history(window, database)
    with database.session() as session:
        for day in (1, 2):
            meetings.plan_meeting(
                session,
                meetings.MeetingPlan(rosalind_id, datetime(2026, 3, day, tzinfo=UTC)),
                now=utc_now(),
            )
        action_items.capture(session, rosalind_id, "Photograph 51", now=utc_now())
    view = mentors_view(window)
    click_row(view, "Rosalind Franklin")

    dialogs.answer(QMessageBox.StandardButton.Yes)
    click(view.form.delete_button)

    assert "2 meetings with their agendas and notes" in dialogs.texts[0]
    assert "1 action item" in dialogs.texts[0]
    window.undo_action.trigger()
    with database.session() as session:
        assert len(meeting_queries.meeting_rows(session, {rosalind_id})) == 2
        assert [i.text for i in action_items.list_items(session, mentor_id=rosalind_id)] == [
            "Photograph 51"
        ]


def notes(session: Session) -> list[str]:
    return [
        meeting_queries.detail(session, row.id).notes
        for row in meeting_queries.meeting_rows(session)
    ]


def test_undo_and_redo_of_sample_data_bring_back_its_meetings_and_notes(
    window: MainWindow, database: Database
) -> None:
    view = mentors_view(window)
    click(view.sample_button)
    with database.session() as session:
        notes_before = sorted(notes(session))
        items_before = sorted(i.text for i in action_items.list_items(session))
    assert notes_before and items_before

    window.undo_action.trigger()
    with database.session() as session:
        assert meeting_queries.meeting_rows(session) == []
    window.redo_action.trigger()

    with database.session() as session:
        assert sorted(notes(session)) == notes_before
        assert sorted(i.text for i in action_items.list_items(session)) == items_before


def test_sample_data_beside_your_own_asks_first_and_its_rows_say_sample(
    window: MainWindow, database: Database, dialogs: DialogAnswerer
) -> None:
    """Issue 18, item 8: File ▸ Explore with Sample Data into real data asks, and a
    fictional "Priya Raman" is marked beside a real "Priya Raghunathan"."""
    add_mentor(window, MentorData(name="Priya Raghunathan", status="active"))
    dialogs.answer(QMessageBox.StandardButton.Cancel)
    window.load_sample_action.trigger()
    assert "beside your own" in dialogs.texts[0]
    assert [m.data.name for m in stored(database)] == ["Priya Raghunathan"]  # nothing added

    dialogs.answer(_press_confirm)
    window.load_sample_action.trigger()
    assert len(stored(database)) == 6
    view = mentors_view(window)
    sample, own = row_index(view, "Priya Raman"), row_index(view, "Priya Raghunathan")
    assert sample.data(Qt.ItemDataRole.FontRole).italic()
    assert "sample data, a fictional mentor" in sample.data(Qt.ItemDataRole.ToolTipRole)
    assert sample.data(Qt.ItemDataRole.AccessibleTextRole).endswith("Priya Raman, sample")
    assert own.data(Qt.ItemDataRole.FontRole) is None
    assert status_cell(view, "Priya Raghunathan") == "Active"


def _press_confirm(box: QDialog) -> None:
    button = box.findChild(QPushButton, "confirmButton")
    assert button is not None
    button.click()


def test_ctrl_s_with_nothing_typed_saves_nothing_and_says_so(
    window: MainWindow, database: Database
) -> None:
    mentor = add_mentor(window, MentorData(name="Ada Lovelace", role="Analyst"))
    view = mentors_view(window)
    click_row(view, "Ada Lovelace")
    steps = window.undo_stack.count()

    press(view.form.line("role"), Qt.Key.Key_S, CTRL)

    assert window.undo_stack.count() == steps, "no undo step that changes nothing"
    assert window.statusBar().currentMessage() == "Nothing to save: “Ada Lovelace” is as stored."
    assert stored_one(database, "Ada Lovelace").updated_at == mentor.updated_at
