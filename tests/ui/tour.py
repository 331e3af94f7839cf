"""Every screen a person can reach, opened the way a person opens it: each area (and
each tab of the mentor's page), meeting mode, and every dialog. Checks that must hold
everywhere (names for screen readers, readable colours, nothing cut) run on each.

No tests here: ``visit_every_screen`` is shared by the accessibility, theme and layout
tests.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialog, QPushButton, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy.orm import Session

from mentordesk.db.choices import MeetingStatus
from mentordesk.db.database import Database
from mentordesk.db.types import utc_now
from mentordesk.services import goal_page, meeting_queries
from mentordesk.services.mentors import list_mentors
from mentordesk.ui.action_items.area import ActionItemsView
from mentordesk.ui.data.backups_dialog import add_data_actions
from mentordesk.ui.givebacks.area import GiveBackView
from mentordesk.ui.goals.area import GoalsView
from mentordesk.ui.meeting_mode.window import MeetingModeWindow
from mentordesk.ui.meetings.area import MeetingsView
from mentordesk.ui.mentors.area import MentorsView
from mentordesk.ui.prospects.area import ProspectsView
from mentordesk.ui.shell.data_session import DataSession
from mentordesk.ui.shell.main_window import MainWindow
from tests.ui.conftest import DialogAnswerer

# (where, the top-level widget shown) -> what is wrong there
Inspect = Callable[[str, QWidget], list[str]]


def while_modal(trigger: Callable[[], object], inspect: Callable[[QDialog], None]) -> bool:
    """Run ``trigger`` (which opens a modal dialog and waits in its ``exec()``); while
    the dialog is open, ``inspect`` it, then close it with Cancel. False if no dialog
    opened."""

    def look_then_cancel(dialog: QDialog) -> None:
        try:
            inspect(dialog)
        finally:
            dialog.reject()

    answerer = DialogAnswerer()
    answerer.answer(look_then_cancel)
    trigger()
    opened = answerer.pending == 0
    answerer.forget()
    return opened


class Tour:
    """Collects what ``inspect`` finds on every screen."""

    def __init__(self, qtbot: QtBot, window: MainWindow, inspect: Inspect) -> None:
        self.qtbot = qtbot
        self.window = window
        self.inspect = inspect
        self.problems: list[str] = []
        self.seen: list[str] = []

    def look(self, where: str, widget: QWidget) -> None:
        QApplication.processEvents()
        self.seen.append(where)
        self.problems.extend(f"{where}: {problem}" for problem in self.inspect(where, widget))

    def dialog(self, where: str, trigger: Callable[[], object]) -> None:
        if not while_modal(trigger, lambda dialog: self.look(where, dialog)):
            self.problems.append(f"{where}: the dialog did not open")


def visit_every_screen(
    qtbot: QtBot, window: MainWindow, database: Database, inspect: Inspect
) -> Tour:
    """Open every area, dialog and meeting mode in ``window`` (with the sample data,
    loaded here unless it is there already)."""
    tour = Tour(qtbot, window, inspect)
    if not window.context or not window.context.read(sample_data_loaded):
        window.load_sample_data()
    for key in window.area_keys():
        window.open_area(key)
        tour.look(f"area {key}", window)

    mentors = window.open_area("mentors")
    assert isinstance(mentors, MentorsView)
    with_versions = next(m for m in mentors.model.rows() if m.data.name.startswith("Joaqu"))
    mentors.select(with_versions.id)
    for index in range(mentors.detail_tabs.count()):
        mentors.detail_tabs.setCurrentIndex(index)
        tour.look(f"mentor page tab {mentors.detail_tabs.tabText(index)}", window)
    tour.dialog("compare agreement versions", mentors.agreement_panel.tools.compare_button.click)
    mentors.detail_tabs.setCurrentIndex(0)
    tour.dialog("delete mentor question", button_named(mentors, "deleteMentorButton").click)
    tour.dialog("closure review", button_named(mentors, "archiveMentorButton").click)

    visit_goals(tour, database)
    visit_give_back(tour)
    visit_prospects(tour)

    meetings = window.open_area("meetings")
    assert isinstance(meetings, MeetingsView)
    tour.dialog("plan meeting", window.plan_meeting_action.trigger)
    meetings.set_scope("past")
    with database.session() as session:
        rows = meeting_queries.meeting_rows(session)
    held = next(r for r in rows if r.status == MeetingStatus.HELD.value)
    planned = next(r for r in rows if r.status == MeetingStatus.PLANNED.value)
    meetings.select(held.id)
    tour.look("meetings area, past", window)
    tour.dialog("read meeting", meetings.read_action.trigger)
    tour.dialog("edit meeting", meetings.edit_action.trigger)

    actions = window.open_area("actions")
    assert isinstance(actions, ActionItemsView)
    for name, action_name in (
        ("new action item", "newActionItemAction"),
        ("edit action item", "editActionItemAction"),
    ):
        action = actions.findChild(QAction, action_name)
        assert isinstance(action, QAction), action_name
        tour.dialog(name, action.trigger)
    tour.dialog("mark done", actions.done_action.trigger)
    tour.dialog("due date", actions.due_action.trigger)

    tour.dialog("preferences", window.show_preferences)
    tour.dialog("about", window.show_about)
    backups = window.findChild(QAction, "backupsAction")
    data_session: DataSession | None = None
    if backups is None:  # the app's start-up adds File ▸ Backups…; a test window has not
        data_session = DataSession(window.paths, window.settings)
        add_data_actions(window, data_session)
        backups = window.findChild(QAction, "backupsAction")
    assert isinstance(backups, QAction)
    try:
        tour.dialog("backups", backups.trigger)
    finally:
        if data_session is not None:
            data_session.close()
    visit_sync_page(tour)

    for meeting, name in ((planned, "planned"), (held, "held")):
        opened = window.open_meeting_mode(meeting.id)
        assert isinstance(opened, MeetingModeWindow)
        qtbot.waitExposed(opened)
        try:
            tour.look(f"meeting mode, {name}", opened)
            if name == "planned" and not opened.notes.toPlainText().strip():
                # Nothing to capture yet: the give-back panel says how.
                opened.give_back_panel.capture_button.click()
                tour.look("meeting mode, give-back capture", opened)
            tour.dialog(f"history ({name})", opened.header.history_button.click)
            if name == "planned":
                tour.dialog("end meeting", opened.header.end_button.click)
        finally:
            opened.close()
    return tour


def visit_sync_page(tour: Tour) -> None:
    """File ▸ Sync… (a page beside the window, not modal): its reads only, no rounds."""
    from mentordesk.ui.sync.job import SyncJob
    from mentordesk.ui.sync.page import SyncDialog

    job = SyncJob(tour.window)
    job.context = tour.window.context
    page = SyncDialog(job, tour.window)
    page.show()
    tour.qtbot.waitExposed(page)
    try:
        tour.look("sync page", page)
    finally:
        page.close()
        page.deleteLater()
        job.deleteLater()


def visit_goals(tour: Tour, database: Database) -> None:
    """The Goals area with a goal chosen (the one whose board has the most mentors),
    a new goal's form, and the goal's dialogs."""
    goals = tour.window.open_area("goals")
    assert isinstance(goals, GoalsView)
    with database.session() as session:
        widest = max(
            goals.model.rows(), key=lambda g: (len(goal_page.board(session, g.id).columns), g.id)
        )
    assert goals.select(widest.id)
    tour.look("goals area, a goal chosen", tour.window)
    tour.dialog("update progress", goals.progress_action.trigger)
    tour.dialog("link action items", goals.panel.link_button.click)
    tour.dialog("goal board", goals.board_action.trigger)
    goals.new_action.trigger()
    tour.look("new goal", tour.window)
    goals.panel.revert_button.click()  # nothing typed: back to the goal chosen
    assert goals.select(widest.id)


def visit_give_back(tour: Tour) -> None:
    """The Give-back area with an idea chosen, and its dialog, new and editing."""
    give_back = tour.window.open_area("giveback")
    assert isinstance(give_back, GiveBackView)
    give_back.status_filter.setCurrentIndex(give_back.status_filter.count() - 1)  # all
    assert give_back.select(give_back.model.rows()[0].id)
    tour.look("give-back area, an idea chosen", tour.window)
    tour.dialog("new give-back idea", give_back.new_action.trigger)
    tour.dialog("edit give-back idea", give_back.edit_action.trigger)


def visit_prospects(tour: Tour) -> None:
    """The Prospects area with the prospect who has the most outreach steps chosen
    (the step form is on their page), and Promote."""
    prospects = tour.window.open_area("prospects")
    assert isinstance(prospects, ProspectsView)
    most = max(prospects.model.rows(), key=lambda p: (len(p.steps), p.id))
    assert prospects.select(most.id)
    tour.look("prospects area, a prospect chosen", tour.window)
    tour.dialog("promote", prospects.promote_action.trigger)


def sample_data_loaded(session: Session) -> bool:
    return any(
        mentor.is_sample for mentor in list_mentors(session, today=date.today(), now=utc_now())
    )


def button_named(root: QWidget, name: str) -> QPushButton:
    button = root.findChild(QPushButton, name)
    assert button is not None, f"no button {name}"
    return button
