"""The Agreement tab as a person uses it: start from a template, agree, change the terms
(a new version), read and compare versions, bad input shown inline with nothing saved."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from mentordesk.db.database import Database
from mentordesk.services import agreement_templates, agreements
from mentordesk.services.agreements import AgreementState
from mentordesk.services.mentors import MentorData
from mentordesk.ui.agreements.panel import AgreementPanel
from mentordesk.ui.mentors.area import MentorsView
from mentordesk.ui.shell.main_window import MainWindow
from tests.ui.conftest import DialogAnswerer
from tests.ui.helpers import (
    add_mentor,
    click,
    click_row,
    context_of,
    mentors_view,
    press,
    select_all_and_type,
    selected_name,
    type_keys,
)

NOW = datetime(2026, 3, 10, 9, 30, tzinfo=UTC)
TODAY = date(2026, 3, 10)
CTRL = Qt.KeyboardModifier.ControlModifier


def open_tab(window: MainWindow, name: str = "Priya Raman") -> tuple[MentorsView, AgreementPanel]:
    context_of(window).set_clock(lambda: NOW)
    view = mentors_view(window)
    click_row(view, name)
    view.detail_tabs.setCurrentWidget(view.agreement_panel)
    return view, view.agreement_panel


def stored(database: Database, mentor_id: str) -> AgreementState | None:
    with database.session() as session:
        return agreements.for_mentor(session, mentor_id)


def template(word: str) -> Path:
    return next(c.path for c in agreement_templates.shipped() if word in c.name.lower())


def choose(panel: AgreementPanel, field: str, value: str) -> None:
    combo = panel.form.combo(field)
    combo.setCurrentIndex(combo.findData(value))


def test_start_from_a_template_agree_then_change_the_terms_to_a_new_version(
    window: MainWindow, database: Database
) -> None:
    mentor = add_mentor(window, MentorData(name="Priya Raman", status="active"))
    view, panel = open_tab(window)
    assert "No agreement with Priya Raman yet" in panel.notice.text()
    assert not panel.save_button.isEnabled()

    assert panel.tools.use_template(template("sprint"))
    assert panel.form.line("frequency_every").text() == "2"
    assert panel.save_button.isEnabled()
    click(panel.save_button)
    state = stored(database, mentor.id)
    assert state is not None and [v.number for v in state.versions] == [1]
    assert state.current.terms.status == "draft"
    assert state.current.terms.start_date == TODAY

    choose(panel, "status", "agreed")
    click(panel.save_button)
    state = stored(database, mentor.id)
    assert state is not None and state.current.terms.agreed_on == TODAY
    assert "Agreed on" in panel.notice.text()

    frequency = panel.form.line("frequency_every")
    click(frequency)
    select_all_and_type(frequency, "3")
    assert panel.save_button.text() == "Save as version 2"
    assert "saving these changes makes version 2" in panel.notice.text()
    press(frequency, Qt.Key.Key_S, CTRL)
    state = stored(database, mentor.id)
    assert state is not None and [v.terms.frequency_every for v in state.versions] == [2, 3]
    assert panel.versions.count() == 2

    # The earlier version reads as it was, and cannot be edited.
    panel.versions.setCurrentIndex(panel.versions.findData(1))
    assert panel.form.line("frequency_every").text() == "2"
    assert panel.form.line("frequency_every").isReadOnly()
    assert not panel.save_button.isVisible()
    assert "earlier version" in panel.notice.text()
    panel.versions.setCurrentIndex(panel.versions.findData(2))
    assert panel.form.line("frequency_every").text() == "3"
    assert not panel.form.line("frequency_every").isReadOnly()

    # Undo takes version 2 away again; the tab shows version 1 as current.
    window.undo_stack.undo()
    QApplication.processEvents()
    state = stored(database, mentor.id)
    assert state is not None and [v.number for v in state.versions] == [1]
    assert panel.versions.count() == 1
    assert panel.form.line("frequency_every").text() == "2"
    assert view.isVisible()


def test_bad_input_is_shown_beside_the_field_keeps_what_was_typed_and_saves_nothing(
    window: MainWindow, database: Database
) -> None:
    mentor = add_mentor(window, MentorData(name="Priya Raman", status="active"))
    _, panel = open_tab(window)
    form = panel.form
    goals = form.text_edit("goals")
    click(goals)
    type_keys(goals, "Learn to delegate")

    frequency = form.line("frequency_every")
    for typed, words in (("0", "1 or more"), ("-2", "1 or more"), ("often", "whole number")):
        click(frequency)
        select_all_and_type(frequency, typed)
        click(panel.save_button)
        error = form.findChild(type(panel.notice), "agreement_frequency_everyError")
        assert error is not None and error.isVisible() and words in error.text()
        assert frequency.text() == typed
        assert QApplication.focusWidget() is frequency
    select_all_and_type(frequency, "4")

    link = form.line("link")
    click(link)
    type_keys(link, "ask me on slack")
    start, review, end = form.day("start_date"), form.day("review_date"), form.day("end_date")
    for day, days_from_today in ((start, -60), (review, -65), (end, -1)):
        day.set_box.setChecked(True)  # ticked: the date starts at today
        day.edit.setDate(day.edit.date().addDays(days_from_today))
    click(panel.save_button)
    shown = {
        name: label.text()
        for name, label in form.editor.errors.items()  # what the user sees under each field
        if label.isVisible()
    }
    assert "web address" in shown["link"]
    assert "before the start date" in shown["review_date"]
    assert "ended already" in shown["end_date"]
    assert goals.toPlainText() == "Learn to delegate"
    assert link.text() == "ask me on slack"
    assert stored(database, mentor.id) is None


def test_a_damaged_template_file_is_refused_inline_and_the_form_keeps_what_was_typed(
    window: MainWindow, database: Database, tmp_path: Path
) -> None:
    mentor = add_mentor(window, MentorData(name="Priya Raman", status="active"))
    _, panel = open_tab(window)
    goals = panel.form.text_edit("goals")
    click(goals)
    type_keys(goals, "My own words")
    damaged = tmp_path / "from-a-friend.json"
    damaged.write_text('{"format": "mentordesk-agreement-template", "versi', encoding="utf-8")

    assert not panel.tools.use_template(damaged)

    assert panel.problem.isVisible()
    assert "from-a-friend.json" in panel.problem.text()
    assert "damaged" in panel.problem.text()
    assert goals.toPlainText() == "My own words"
    assert stored(database, mentor.id) is None


def test_leaving_a_mentor_with_an_invalid_agreement_asks_first(
    window: MainWindow, database: Database, dialogs: DialogAnswerer
) -> None:
    add_mentor(window, MentorData(name="Ada Lovelace", status="active"))
    mentor = add_mentor(window, MentorData(name="Priya Raman", status="active"))
    view, panel = open_tab(window)
    frequency = panel.form.line("frequency_every")
    click(frequency)
    type_keys(frequency, "0")

    dialogs.answer(QMessageBox.StandardButton.Cancel)
    click_row(view, "Ada Lovelace")
    QApplication.processEvents()  # the list goes back to the mentor being edited
    assert view.form.mentor_id == mentor.id  # stayed
    assert selected_name(view) == "Priya Raman"
    assert frequency.text() == "0"
    assert "Unsaved agreement" not in dialogs.texts[0]
    assert "1 or more" in dialogs.texts[0]

    dialogs.answer(QMessageBox.StandardButton.Discard)
    click_row(view, "Ada Lovelace")
    assert view.form.data().name == "Ada Lovelace"
    assert stored(database, mentor.id) is None


def test_the_mentors_own_rhythm_is_set_from_the_tab(
    window: MainWindow, database: Database, qtbot: QtBot
) -> None:
    mentor = add_mentor(window, MentorData(name="Priya Raman", status="active"))
    _, panel = open_tab(window)
    rhythm = panel.rhythm
    assert "No rhythm yet" in rhythm.summary.text()
    click(rhythm.every)
    type_keys(rhythm.every, "0")
    click(rhythm.set_button)
    assert rhythm.error.isVisible() and "1 or more" in rhythm.error.text()

    select_all_and_type(rhythm.every, "3")
    click(rhythm.set_button)
    assert not rhythm.error.isVisible()
    qtbot.waitUntil(lambda: "every 3 weeks" in rhythm.summary.text())
    assert "your own setting" in rhythm.summary.text()
    from mentordesk.services.cadence_read import histories

    with database.session() as session:
        (history,) = histories(session, None, [mentor.id])
    assert (history.fallback.every, history.fallback.unit) == (3, "weeks")  # type: ignore[union-attr]


def test_deleting_the_agreement_asks_first_and_undo_brings_every_version_back(
    window: MainWindow, database: Database, dialogs: DialogAnswerer
) -> None:
    mentor = add_mentor(window, MentorData(name="Priya Raman", status="active"))
    _, panel = open_tab(window)
    panel.tools.use_template(template("career"))
    choose(panel, "status", "agreed")
    click(panel.save_button)
    frequency = panel.form.line("frequency_every")
    click(frequency)
    select_all_and_type(frequency, "2")
    click(panel.save_button)
    assert panel.versions.count() == 2

    dialogs.answer(QMessageBox.StandardButton.Yes)
    click(panel.tools.delete_button)
    assert "It has 2 versions" in dialogs.texts[0]
    assert stored(database, mentor.id) is None
    assert "No agreement with Priya Raman yet" in panel.notice.text()

    window.undo_stack.undo()
    QApplication.processEvents()
    state = stored(database, mentor.id)
    assert state is not None and [v.number for v in state.versions] == [1, 2]
    assert panel.versions.count() == 2


def test_mentors_chosen_while_the_tab_is_hidden_show_their_own_agreement_on_it(
    window: MainWindow, database: Database
) -> None:
    """The Agreement tab reads a mentor's agreement when it is shown, not each time a
    mentor is chosen on another tab: whichever mentor was chosen last is the one it
    shows, with that mentor's rhythm, and typing in it is kept across tab switches."""
    ada = add_mentor(window, MentorData(name="Ada Lovelace", status="active"))
    priya = add_mentor(window, MentorData(name="Priya Raman", status="active"))
    with database.session() as session:
        agreements.set_mentor_interval(session, ada.id, 2, "weeks", now=NOW)
        agreements.set_mentor_interval(session, priya.id, 5, "weeks", now=NOW)
    window.show()
    view, panel = open_tab(window, "Ada Lovelace")
    assert "every 2 weeks" in panel.rhythm.summary.text()
    view.detail_tabs.setCurrentWidget(view.form)  # the Profile tab, as the app opens
    assert not panel.isVisible()
    click_row(view, "Priya Raman")
    click_row(view, "Ada Lovelace")
    click_row(view, "Priya Raman")
    view.detail_tabs.setCurrentWidget(panel)
    assert panel.heading.text() == "Agreement with Priya Raman"
    assert "every 5 weeks" in panel.rhythm.summary.text()

    frequency = panel.form.line("frequency_every")
    click(frequency)
    type_keys(frequency, "3")
    view.detail_tabs.setCurrentWidget(view.form)
    view.detail_tabs.setCurrentWidget(panel)  # the same mentor: typing stays
    assert frequency.text().endswith("3")
    assert panel.heading.text() == "Agreement with Priya Raman"


def test_typing_on_after_ctrl_s_goes_on_where_the_cursor_was(
    window: MainWindow, database: Database
) -> None:
    mentor = add_mentor(window, MentorData(name="Priya Raman", status="active"))
    with database.session() as session:
        agreements.save(
            session, mentor.id, agreements.AgreementTerms(topics="Hiring"), today=TODAY, now=NOW
        )
    _view, panel = open_tab(window)
    topics = panel.form.text_edit("topics")
    topics.setFocus()
    topics.moveCursor(topics.textCursor().MoveOperation.End)
    type_keys(topics, " and feedback")

    press(topics, Qt.Key.Key_S, CTRL)
    type_keys(topics, " loops")

    state = stored(database, mentor.id)
    assert state is not None and state.current.terms.topics == "Hiring and feedback"
    assert topics.toPlainText() == "Hiring and feedback loops"
