"""One record editor: errors show under their fields and go as soon as the field is
fixed; Revert is offered once something was typed; the one unsaved-changes question."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from mentordesk.db.database import Database
from mentordesk.services.mentors import MentorData, create_mentor
from mentordesk.ui.action_items.item_dialog import ActionItemDialog
from mentordesk.ui.givebacks.idea_dialog import GiveBackDialog
from mentordesk.ui.goals.area import GoalsView
from mentordesk.ui.shell.main_window import MainWindow
from tests.ui.helpers import context_of, mentors_view, type_text


def error_of(parent: QWidget, key: str) -> QLabel:
    label = parent.findChild(QLabel, f"{key}Error")
    assert label is not None, key
    return label


def test_an_action_item_error_goes_once_the_text_is_typed(
    qtbot: QtBot, window: MainWindow, database: Database
) -> None:
    with database.session() as session:
        mentor = create_mentor(
            session, MentorData(name="Ines Duarte", status="active"), now=context_of(window).now()
        )
    dialog = ActionItemDialog(context_of(window), None, mentor.id, window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.accept()  # nothing typed: refused, with the reason under the field
    assert error_of(dialog, "text").isVisible()
    type_text(dialog.text, "Read the chapter on hiring")
    assert not error_of(dialog, "text").isVisible()  # fixed: the old warning goes at once


def test_a_give_back_error_goes_once_the_idea_is_typed(
    qtbot: QtBot, window: MainWindow, database: Database
) -> None:
    with database.session() as session:
        mentor = create_mentor(
            session, MentorData(name="Ines Duarte", status="active"), now=context_of(window).now()
        )
    dialog = GiveBackDialog(context_of(window), mentor_id=mentor.id, parent=window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.accept()
    assert error_of(dialog, "idea").isVisible()
    type_text(dialog.idea, "Send a thank-you note")
    assert not error_of(dialog, "idea").isVisible()


def test_a_goal_error_goes_once_the_title_is_typed(qtbot: QtBot, window: MainWindow) -> None:
    view = window.open_area("goals")
    assert isinstance(view, GoalsView)
    view.new_goal()
    view.save()
    form = view.panel.form
    assert error_of(form, "title").isVisible()
    type_text(form.title, "Lead a team")
    assert not error_of(form, "title").isVisible()


def test_a_mentor_name_error_goes_once_a_name_is_typed(qtbot: QtBot, window: MainWindow) -> None:
    view = mentors_view(window)
    view.new_mentor()
    view.form.line("email").setText("not-an-address")
    view.save()
    assert error_of(view.form, "name").isVisible()
    type_text(view.form.line("name"), "Ines Duarte")
    assert not error_of(view.form, "name").isVisible()
    assert error_of(view.form, "email").isVisible()  # still wrong: its warning stays
