"""Prospects as a person uses them: why they fit, outreach steps (a bad one refused
inline), the Dashboard's follow-up opening them, and promotion with an agreement
started from a template."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QPushButton
from pytestqt.qtbot import QtBot

from mentordesk.db.database import Database
from mentordesk.db.types import utc_now
from mentordesk.services import goals, mentors, prospects
from mentordesk.services.mentors import MentorData, create_mentor
from mentordesk.ui.dashboard.area import DashboardView
from mentordesk.ui.dashboard.section import row_texts
from mentordesk.ui.prospects.area import ProspectsView
from mentordesk.ui.prospects.promote_dialog import PromoteDialog
from mentordesk.ui.shell.main_window import MainWindow
from tests.ui.conftest import DialogAnswerer
from tests.ui.helpers import activate, click, context_of, mentors_view, press, type_keys


def view_of(window: MainWindow) -> ProspectsView:
    view = window.open_area("prospects")
    assert isinstance(view, ProspectsView)
    return view


def prospect(database: Database, name: str = "Mei", **fields: str) -> str:
    data = MentorData(name=name, status="prospect", fit_notes=fields.get("fit", ""))
    with database.session() as session:
        return create_mentor(session, data, now=utc_now()).id


def status_of(database: Database, mentor_id: str) -> str:
    with database.session() as session:
        return mentors.get(session, mentor_id).data.status


def test_asking_is_recorded_a_follow_up_before_it_is_refused_inline(
    qtbot: QtBot, window: MainWindow, database: Database
) -> None:
    mei = prospect(database, fit="Built a data team")
    view = view_of(window)
    panel = view.panel
    assert panel.fit.text() == "Built a data team"
    today = context_of(window).today()
    panel.follow.set_value(today - timedelta(days=1))
    click(panel.add_step_button)
    error = panel.findChild(QLabel, "follow_up_onError")
    assert error is not None and error.isVisible() and "after the step" in error.text()
    assert status_of(database, mei) == "prospect"

    panel.follow.set_value(today + timedelta(days=7))
    type_keys(panel.note, "Wrote on LinkedIn")
    click(panel.add_step_button)
    assert status_of(database, mei) == "requested"  # asking made the request
    assert "Asked — Wrote on LinkedIn" in panel.steps.item(0).text()
    assert str(view.proxy.index(0, 1).data()) == "Requested"
    activate(qtbot, window)
    press(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    QApplication.processEvents()
    assert status_of(database, mei) == "prospect"
    assert str(view.proxy.index(0, 4).data()) == "Not asked yet"


def test_ticking_the_goals_they_fit(qtbot: QtBot, window: MainWindow, database: Database) -> None:
    mei = prospect(database)
    with database.session() as session:
        goals.create_goal(session, goals.GoalData("Speak at a conference"), now=utc_now())
    view = view_of(window)
    item = view.panel.goals.item(0)
    assert item is not None and item.text() == "Speak at a conference"
    item.setCheckState(Qt.CheckState.Checked)
    QApplication.processEvents()
    assert str(view.proxy.index(0, 3).data()) == "1 goal"
    assert view.proxy.index(0, 3).data(Qt.ItemDataRole.ToolTipRole) == "Speak at a conference"
    with database.session() as session:
        assert goals.goal_rows(session)[0].mentor_ids == (mei,)


def test_the_dashboards_follow_up_opens_the_prospect(
    qtbot: QtBot, window: MainWindow, database: Database
) -> None:
    today = context_of(window).today()
    prospect(database, "Ann")
    mei = prospect(database, "Mei")
    with database.session() as session:
        prospects.add_step(
            session,
            mei,
            "asked",
            today - timedelta(days=9),
            follow_up_on=today,
            today=today,
            now=utc_now(),
        )
    board = window.open_area("dashboard")
    assert isinstance(board, DashboardView)
    board.reload()
    [row] = board.follow_up.shown_rows()
    assert row_texts(row)[0] == "Follow up with Mei"
    button = row.findChild(QPushButton, "followUpOpen0")
    assert button is not None
    click(button)
    view = view_of(window)
    assert window.current_area() == "prospects"
    assert view.panel.heading.text() == "Mei"


def test_promote_keeps_everything_and_starts_the_agreement_from_a_template(
    qtbot: QtBot, window: MainWindow, database: Database, dialogs: DialogAnswerer
) -> None:
    mei = prospect(database, fit="Great fit")
    view = view_of(window)
    offered: list[str] = []

    def choose(dialog: QDialog) -> None:
        assert isinstance(dialog, PromoteDialog)
        offered.extend(dialog.template.itemText(i) for i in range(dialog.template.count()))
        dialog.template.setCurrentIndex(dialog.template.count() - 1)
        dialog.accept()

    dialogs.answer(choose)
    view.promote_action.trigger()
    assert offered[0] == "Not now" and len(offered) >= 3
    assert status_of(database, mei) == "active"
    with database.session() as session:
        assert mentors.get(session, mei).data.fit_notes == "Great fit"
    page = mentors_view(window)
    assert window.current_area() == "mentors"
    assert page.detail_tabs.currentWidget() is page.agreement_panel
    assert page.agreement_panel.is_dirty()  # filled from the template, not saved yet
    assert view.model.rowCount() == 0  # no longer a prospect
    page.agreement_panel.revert()


def test_the_follow_up_day_follows_the_steps_day_until_set_by_hand(
    window: MainWindow, database: Database
) -> None:
    """Issue 18, item 3: a step written up three days late kept its follow-up a week
    from today, not a week after the step."""
    prospect(database)
    panel = view_of(window).panel
    today = context_of(window).today()
    assert panel.follow.value() == today + timedelta(days=7)
    panel.day.set_value(today - timedelta(days=3))
    assert panel.follow.value() == today + timedelta(days=4)
    panel.follow.set_value(today + timedelta(days=10))  # chosen by the person: it stays
    panel.day.set_value(today - timedelta(days=1))
    assert panel.follow.value() == today + timedelta(days=10)
