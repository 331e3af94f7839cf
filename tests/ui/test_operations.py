"""Each user action is said the same way wherever it is offered: the same question
first, the same undo step, the same status line (issue 16: one named operation per
action, in its room's operations.py).

Every case below runs one action from one place in the real window, on a fresh
database, and records what the person was asked, what Edit ▸ Undo then offers and
what the status bar said; the cases of one action must agree."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta

import pytest
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QMessageBox, QTableView
from pytestqt.qtbot import QtBot

from mentordesk.db.database import Database
from mentordesk.services import action_items, givebacks, meetings
from mentordesk.services.givebacks import GiveBackData
from mentordesk.services.kinds import Facet, Kind, Ref
from mentordesk.services.mentors import MentorData, create_mentor
from mentordesk.ui.givebacks.area import GiveBackView
from mentordesk.ui.meetings.area import MeetingsView
from mentordesk.ui.mentors.area import MentorsView
from mentordesk.ui.shell.main_window import MainWindow
from tests.ui.conftest import DialogAnswerer
from tests.ui.helpers import context_of


@dataclass(frozen=True)
class Said:
    question: str
    undo: str
    status: str


@dataclass(frozen=True)
class Records:
    mentor: str
    idea: str
    meeting: str
    reported: str  # an action item done, whose outcome is to be told to the mentor


def records(window: MainWindow, database: Database) -> Records:
    now = context_of(window).now()
    with database.session() as session:
        mentor = create_mentor(session, MentorData(name="Ines Duarte", status="active"), now=now)
        idea = givebacks.create(
            session,
            GiveBackData(mentor.id, "Send the article on hiring"),
            today=now.date(),
            now=now,
        )
        start = (now + timedelta(days=3)).replace(hour=10, minute=0, second=0, microsecond=0)
        meeting = meetings.plan_meeting(session, meetings.MeetingPlan(mentor.id, start), now=now)
        item = action_items.capture(session, mentor.id, "Ask for the budget", now=now)
        action_items.mark_done(
            session, item.id, outcome="Got it", report_back=True, on=now.date(), now=now
        )
    return Records(mentor.id, idea.id, meeting.id, item.id)


def select_row(table: QTableView, record_id: str, role: int) -> None:
    model = table.model()
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        item = index.data(role)
        if getattr(item, "id", None) == record_id:
            table.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            return
    raise AssertionError(f"{record_id} is not listed")


def mentor_tab(window: MainWindow, ids: Records, facet: Facet) -> MentorsView:
    context_of(window).open(Ref(Kind.MENTOR, ids.mentor, facet))
    view = window.area_widget("mentors")
    assert isinstance(view, MentorsView)
    return view


# -- the places each action is offered from ----------------------------------------------
def idea_in_area(window: MainWindow, ids: Records) -> GiveBackView:
    context_of(window).open(Ref(Kind.GIVE_BACK, ids.idea))
    view = window.area_widget("giveback")
    assert isinstance(view, GiveBackView)
    return view


def delete_idea_in_area(window: MainWindow, ids: Records) -> None:
    idea_in_area(window, ids).delete()


def delete_idea_in_tab(window: MainWindow, ids: Records) -> None:
    from mentordesk.ui.lists.row_table import OBJECT_ROLE

    tab = mentor_tab(window, ids, Facet.GIVE_BACK).detail_tabs.give_backs
    select_row(tab.table, ids.idea, OBJECT_ROLE)
    tab.delete()


def idea_done_in_area(window: MainWindow, ids: Records) -> None:
    idea_in_area(window, ids).mark_done()


def idea_done_in_tab(window: MainWindow, ids: Records) -> None:
    from mentordesk.ui.lists.row_table import OBJECT_ROLE

    tab = mentor_tab(window, ids, Facet.GIVE_BACK).detail_tabs.give_backs
    select_row(tab.table, ids.idea, OBJECT_ROLE)
    tab.mark_done()


def meeting_in_area(window: MainWindow, ids: Records) -> MeetingsView:
    context_of(window).open(Ref(Kind.MEETING, ids.meeting))
    view = window.area_widget("meetings")
    assert isinstance(view, MeetingsView)
    view.select_meeting(ids.meeting)
    return view


def meeting_tab_selected(window: MainWindow, ids: Records) -> object:
    from mentordesk.ui.lists.row_table import OBJECT_ROLE

    tab = mentor_tab(window, ids, Facet.MEETINGS).detail_tabs.meetings_panel
    select_row(tab.table, ids.meeting, OBJECT_ROLE)
    return tab


def cancel_in_area(window: MainWindow, ids: Records) -> None:
    meeting_in_area(window, ids).cancel_current()


def cancel_in_tab(window: MainWindow, ids: Records) -> None:
    meeting_tab_selected(window, ids).cancel_current()  # type: ignore[attr-defined]


def delete_meeting_in_area(window: MainWindow, ids: Records) -> None:
    meeting_in_area(window, ids).delete_current()


def delete_meeting_in_tab(window: MainWindow, ids: Records) -> None:
    meeting_tab_selected(window, ids).delete_current()  # type: ignore[attr-defined]


def reported_on_dashboard(window: MainWindow, ids: Records) -> None:
    from mentordesk.services.dashboard import ReportBack
    from mentordesk.ui.dashboard.area import DashboardView

    view = window.open_area("dashboard")
    assert isinstance(view, DashboardView)
    view.mark_reported(
        ReportBack(ids.reported, ids.mentor, "Ines Duarte", "Ask for the budget", "Got it", None)
    )


def reported_in_brief(window: MainWindow, ids: Records) -> None:
    view = meeting_in_area(window, ids)
    item = context_of(window).read(action_items.get, ids.reported)
    view.brief.mark_reported(item)


Place = Callable[[MainWindow, Records], None]
ACTIONS: dict[str, tuple[bool, list[Place]]] = {  # (asks first, places)
    "delete a give-back idea": (True, [delete_idea_in_area, delete_idea_in_tab]),
    "mark a give-back idea done": (False, [idea_done_in_area, idea_done_in_tab]),
    "cancel a meeting": (False, [cancel_in_area, cancel_in_tab]),
    "delete a meeting": (True, [delete_meeting_in_area, delete_meeting_in_tab]),
    "say an outcome was reported back": (False, [reported_on_dashboard, reported_in_brief]),
}


def run(window: MainWindow, database: Database, asks: bool, place: Place) -> Said:
    """Do the action from ``place`` on new records of its own (named as the others')."""
    ids = records(window, database)
    before = window.undo_stack.count()
    answerer = DialogAnswerer()
    if asks:
        answerer.answer(QMessageBox.StandardButton.Yes)
    place(window, ids)
    assert answerer.pending == 0, "the question was never asked"
    assert window.undo_stack.count() == before + 1, "the action did not happen"
    return Said(
        answerer.texts[0] if answerer.texts else "",
        window.undo_stack.undoText(),
        window.statusBar().currentMessage(),
    )


@pytest.mark.parametrize("action", list(ACTIONS))
def test_an_action_is_said_the_same_wherever_it_is_offered(
    qtbot: QtBot, window: MainWindow, database: Database, action: str
) -> None:
    asks, places = ACTIONS[action]
    said = [run(window, database, asks, place) for place in places]
    assert said[0].undo and said[0].status  # something was said at all
    assert bool(said[0].question) == asks  # asked first exactly where it should
    assert all(other == said[0] for other in said[1:]), said


def test_ctrl_z_after_deleting_from_a_mentors_tab_brings_the_idea_back(
    qtbot: QtBot, window: MainWindow, database: Database, dialogs: DialogAnswerer
) -> None:
    """Seen in the real window: the Delete button went grey with its row, Qt gave the
    keyboard to the filter field, and Ctrl+Z there undid nothing."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from mentordesk.ui.lists.row_table import OBJECT_ROLE
    from tests.ui.helpers import click, press

    ids = records(window, database)
    tab = mentor_tab(window, ids, Facet.GIVE_BACK).detail_tabs.give_backs
    select_row(tab.table, ids.idea, OBJECT_ROLE)
    tab.delete_button.setFocus()
    dialogs.answer(QMessageBox.StandardButton.Yes)
    click(tab.delete_button)
    qtbot.waitUntil(lambda: tab.table.model().rowCount() == 0)
    window.activateWindow()  # the question box had it; a desktop gives it back
    qtbot.waitUntil(window.isActiveWindow)
    focused = QApplication.focusWidget()
    assert focused is tab.table
    press(focused, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: tab.table.model().rowCount() == 1)
