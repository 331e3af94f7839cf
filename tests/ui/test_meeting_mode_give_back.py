"""Meeting mode's give-back capture (Ctrl+Shift+G, as Ctrl+Shift+A for action items)
and its goal choice for captured action items."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from mentordesk.db.database import Database
from mentordesk.db.types import utc_now
from mentordesk.services import givebacks, goals
from mentordesk.services.goals import GoalData
from tests.ui.test_meeting_mode_fixtures import MeetingSetup, make_setup, press, type_text

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = CTRL | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def mm(qtbot: QtBot, database: Database) -> MeetingSetup:
    return make_setup(qtbot, database, agenda=("Promotion packet",))


def stored_ideas(mm: MeetingSetup) -> list[tuple[str, str, str | None]]:
    with mm.database.session() as session:
        return [(g.idea, g.data.kind, g.meeting_id) for g in givebacks.rows(session)]


def test_ctrl_shift_g_turns_the_line_into_a_give_back_idea_and_typing_goes_on(
    mm: MeetingSetup,
) -> None:
    window = mm.open()
    type_text(window.notes, "- Send her the article on rotas")
    press(window.notes, Qt.Key.Key_G, CTRL_SHIFT)
    assert stored_ideas(mm) == [("Send her the article on rotas", "share_something", mm.meeting_id)]
    panel = window.give_back_panel
    assert panel.list.item(0).text() == "Send her the article on rotas · Share something"
    assert "Share something" in panel.message.text()
    assert window.notes.hasFocus() and QApplication.activeModalWidget() is None
    assert mm.stored_actions() == []  # not an action item

    window.notes.clear()
    press(window.notes, Qt.Key.Key_G, CTRL_SHIFT)  # an empty line: nothing to capture
    assert "Put the cursor on a line" in panel.message.text()
    assert len(stored_ideas(mm)) == 1

    # Undo from the window takes the idea back.
    mm.context.undo_stack.undo()
    QApplication.processEvents()
    assert stored_ideas(mm) == [] and panel.list.count() == 0


def test_action_items_captured_toward_a_goal_are_linked_to_it(mm: MeetingSetup) -> None:
    with mm.database.session() as session:
        other = goals.create_goal(session, GoalData("Write a book"), now=utc_now()).id
        mine = goals.create_goal(
            session, GoalData("Lead a team"), mentor_ids=[mm.mentor_id], now=utc_now()
        ).id
    window = mm.open()
    combo = window.goal_choice.combo
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "No goal",
        "Lead a team",  # this mentor's goals first
        "Write a book",
    ]
    combo.setCurrentIndex(combo.findData(other))
    type_text(window.notes, "Outline chapter one")
    press(window.notes, Qt.Key.Key_A, CTRL_SHIFT)
    with mm.database.session() as session:
        linked = goals.get(session, other)
        assert len(linked.action_ids) == 1 and linked.mentor_ids == (mm.mentor_id,)
        assert goals.get(session, mine).action_ids == ()
    combo.setCurrentIndex(0)
    type_text(window.notes, "\nNot for a goal")
    press(window.notes, Qt.Key.Key_A, CTRL_SHIFT)
    with mm.database.session() as session:
        assert len(goals.get(session, other).action_ids) == 1
    assert len(mm.stored_actions()) == 2
    mm.context.undo_stack.undo()  # the second capture
    mm.context.undo_stack.undo()  # the first, with its goal link
    with mm.database.session() as session:
        assert goals.get(session, other).action_ids == ()
