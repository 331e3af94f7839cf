"""Give-back as a person uses it: the area with each mentor's balance, the dialog with
inline errors, done and undo, the mentor's Give-back tab, and the thresholds of the
Dashboard's nudge set in Preferences."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLabel
from pytestqt.qtbot import QtBot

from mentordesk.db.database import Database
from mentordesk.db.types import utc_now
from mentordesk.services import givebacks, meetings
from mentordesk.services.givebacks import GiveBackData
from mentordesk.services.kinds import Kind, Ref
from mentordesk.services.mentors import MentorData, create_mentor
from mentordesk.ui.dashboard.area import DashboardView
from mentordesk.ui.dashboard.section import row_texts
from mentordesk.ui.givebacks.area import GiveBackView
from mentordesk.ui.givebacks.idea_dialog import GiveBackDialog
from mentordesk.ui.shell.main_window import MainWindow
from mentordesk.ui.shell.preferences import PreferencesDialog
from tests.ui.conftest import DialogAnswerer
from tests.ui.helpers import activate, click, context_of, mentors_view, press


def view_of(window: MainWindow) -> GiveBackView:
    view = window.open_area("giveback")
    assert isinstance(view, GiveBackView)
    return view


def ideas(view: GiveBackView) -> list[str]:
    return [str(view.proxy.index(r, 0).data()) for r in range(view.proxy.rowCount())]


def mentor_with_meetings(window: MainWindow, database: Database, name: str, held: int) -> str:
    now = context_of(window).now()
    with database.session() as session:
        mentor_id = create_mentor(session, MentorData(name=name, status="active"), now=utc_now()).id
        for n in range(held):
            start = now - timedelta(days=100 - 20 * n)
            made = meetings.plan_meeting(
                session, meetings.MeetingPlan(mentor_id, start), now=utc_now()
            )
            meetings.end_meeting(session, made.id, actual_minutes=30, now=start)
    return mentor_id


def fill(idea: str, *, kind: str = "", done: bool = False) -> Callable[[QDialog], None]:
    def act(dialog: QDialog) -> None:
        assert isinstance(dialog, GiveBackDialog)
        dialog.idea.setText(idea)
        if kind:
            dialog.kind.setCurrentIndex(dialog.kind.findData(kind))
        if done:
            dialog.status.setCurrentIndex(dialog.status.findData("done"))
        dialog.accept()
        if dialog.isVisible():  # refused: say why, then write an idea
            error = dialog.findChild(QLabel, "ideaError")
            assert error is not None and error.isVisible()
            refused.append(error.text())
            dialog.idea.setText("Thank-you card")
            dialog.accept()

    refused: list[str] = []
    act.refused = refused  # type: ignore[attr-defined]
    return act


def test_add_an_idea_refused_empty_then_done_and_the_balance_follows(
    qtbot: QtBot, window: MainWindow, database: Database, dialogs: DialogAnswerer
) -> None:
    mentor_with_meetings(window, database, "Ada", 4)
    view = view_of(window)
    assert view.balance.texts() == ["⚠ Ada\nnothing given back yet; 4 meetings so far"]
    answer = fill("   ")
    dialogs.answer(answer)
    view.new_action.trigger()
    assert "Write the idea" in answer.refused[0]  # type: ignore[attr-defined]
    assert ideas(view) == ["Thank-you card"]
    view.done_action.trigger()
    assert ideas(view) == []  # "not done yet" is shown
    assert view.balance.texts() == ["Ada\ngave back today; 0 meetings since"]
    activate(qtbot, window)
    press(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    QApplication.processEvents()
    assert ideas(view) == ["Thank-you card"]
    assert view.balance.texts()[0].startswith("⚠ Ada")


def test_the_mentors_give_back_tab_adds_and_shows_the_balance(
    qtbot: QtBot, window: MainWindow, database: Database, dialogs: DialogAnswerer
) -> None:
    ada = mentor_with_meetings(window, database, "Ada", 2)
    with database.session() as session:
        givebacks.create(
            session,
            GiveBackData(
                ada, "Sent the article", status="done", done_on=context_of(window).today()
            ),
            today=context_of(window).today(),
            now=utc_now(),
        )
    mentors = mentors_view(window)
    mentors.reload()  # written behind the app's back
    mentors.select(ada)
    tab = mentors.detail_tabs.give_backs
    mentors.detail_tabs.setCurrentWidget(tab)
    assert tab.balance.text() == "Gave back today; 0 meetings since."
    dialogs.answer(fill("Introduce her to Bo", kind="introduction"))
    click(tab.add_button)
    shown = tab.table.model()
    rows = [shown.index(r, 0).data() for r in range(shown.rowCount())]
    assert sorted(rows) == ["Introduce her to Bo", "Sent the article"]
    with database.session() as session:
        [new] = [g for g in givebacks.rows(session) if g.idea == "Introduce her to Bo"]
    assert (new.mentor_id, new.data.kind) == (ada, "introduction")


def test_preferences_set_when_the_dashboard_nudges(
    qtbot: QtBot, window: MainWindow, database: Database, dialogs: DialogAnswerer
) -> None:
    mentor_with_meetings(window, database, "Ada", 2)
    board = window.open_area("dashboard")
    assert isinstance(board, DashboardView)
    assert board.board is not None and board.board.give_back == ()  # 2 of 3 meetings

    def lower(dialog: QDialog) -> None:
        assert isinstance(dialog, PreferencesDialog)
        dialog.nudge_meetings.setValue(2)
        dialog.nudge_days.setValue(30)
        dialog.accept()

    dialogs.answer(lower)
    window.show_preferences()
    after = board.board
    assert after is not None
    assert [item.mentor_name for item in after.give_back] == ["Ada"]
    assert row_texts(board.give_back.shown_rows()[0])[0] == "Ada — time to give something back"


def test_opening_a_done_idea_from_search_shows_it(
    qtbot: QtBot, window: MainWindow, database: Database
) -> None:
    ada = mentor_with_meetings(window, database, "Ada", 1)
    today = context_of(window).today()
    with database.session() as session:
        done = givebacks.create(
            session, GiveBackData(ada, "Podcast link", status="done"), today=today, now=utc_now()
        ).id
    view = view_of(window)
    window.reveal(Ref(Kind.GIVE_BACK, done))
    assert window.current_area() == "giveback"
    current = view.current()
    assert current is not None and current.idea == "Podcast link"  # "not done" filter cleared


def test_the_filters_show_one_mentors_ideas_and_done_ones_on_request(
    qtbot: QtBot, window: MainWindow, database: Database
) -> None:
    ada = mentor_with_meetings(window, database, "Ada", 1)
    grace = mentor_with_meetings(window, database, "Grace", 1)
    today = context_of(window).today()
    with database.session() as session:
        for mentor_id, idea, status in (
            (ada, "Thank-you card", "idea"),
            (ada, "Podcast link", "done"),
            (grace, "Intro to Linus", "planned"),
        ):
            data = GiveBackData(mentor_id, idea, status=status)
            givebacks.create(session, data, today=today, now=utc_now())
    view = view_of(window)
    assert sorted(ideas(view)) == ["Intro to Linus", "Thank-you card"]  # not done yet
    view.mentor_filter.setCurrentIndex(view.mentor_filter.findText("Ada"))
    assert ideas(view) == ["Thank-you card"]
    view.status_filter.setCurrentIndex(view.status_filter.findText("All"))
    assert sorted(ideas(view)) == ["Podcast link", "Thank-you card"]
    view.status_filter.setCurrentIndex(view.status_filter.findText("Planned"))
    assert ideas(view) == []
    view.mentor_filter.setCurrentIndex(view.mentor_filter.findData(""))
    assert ideas(view) == ["Intro to Linus"]


def test_the_tabs_edit_and_delete_buttons_act_on_the_chosen_idea_only(
    qtbot: QtBot, window: MainWindow, database: Database, dialogs: DialogAnswerer
) -> None:
    ada = mentor_with_meetings(window, database, "Ada", 1)
    today = context_of(window).today()
    with database.session() as session:
        for idea in ("Thank-you card", "Podcast link"):
            givebacks.create(session, GiveBackData(ada, idea), today=today, now=utc_now())
    mentors = mentors_view(window)
    mentors.reload()  # written behind the app's back
    mentors.select(ada)
    tab = mentors.detail_tabs.give_backs
    mentors.detail_tabs.setCurrentWidget(tab)
    tab.table.clearSelection()
    tab.table.setCurrentIndex(tab.table.model().index(-1, -1))
    assert tab.current() is None
    tab.edit()  # nothing chosen (a key pressed on an empty choice): no dialog
    tab.delete()
    assert dialogs.names == []
    tab.select_record(next(r.id for r in tab.model.rows() if r.idea == "Podcast link"))
    seen: list[str] = []

    def read_and_cancel(dialog: QDialog) -> None:
        assert isinstance(dialog, GiveBackDialog)
        seen.append(dialog.idea.text())
        dialog.reject()

    dialogs.answer(read_and_cancel)
    click(tab.edit_button)  # a button's click carries "checked": not taken for the idea
    assert seen == ["Podcast link"]
    dialogs.answer(lambda box: box.reject())  # Escape: the last choice, Cancel
    click(tab.delete_button)
    assert "Podcast link" in dialogs.texts[-1]
    assert sorted(r.idea for r in tab.model.rows()) == ["Podcast link", "Thank-you card"]
