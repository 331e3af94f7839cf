"""The Goals area as a person uses it: add a goal with mentors, see problems inline,
set progress, link advice, compare mentors on the board, filter, delete and undo."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMessageBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from mentordesk.db.database import Database
from mentordesk.db.types import utc_now
from mentordesk.services import action_items, goal_links, goals, meetings
from mentordesk.services.goals import GoalData
from mentordesk.services.kinds import Kind, Ref
from mentordesk.services.mentors import delete_mentor
from mentordesk.ui.goals.area import GoalsView
from mentordesk.ui.goals.board_dialog import GoalBoardDialog
from mentordesk.ui.goals.dialogs import LinkActionsDialog, ProgressDialog
from mentordesk.ui.goals.progress_delegate import PROGRESS_ROLE
from mentordesk.ui.goals.table import GoalTableModel
from mentordesk.ui.shell.main_window import MainWindow
from tests.ui.conftest import DialogAnswerer
from tests.ui.helpers import activate, add_people, click, context_of, press, type_keys


def goals_view(window: MainWindow) -> GoalsView:
    view = window.open_area("goals")
    assert isinstance(view, GoalsView)
    return view


def shown(view: GoalsView) -> list[tuple[str, str]]:
    """(title, progress text) of every row, top to bottom."""
    proxy = view.proxy
    return [
        (
            str(proxy.index(row, GoalTableModel.COL_TITLE).data()),
            str(proxy.index(row, GoalTableModel.COL_PROGRESS).data()),
        )
        for row in range(proxy.rowCount())
    ]


def stored(database: Database) -> list[goals.GoalRow]:
    with database.session() as session:
        return goals.goal_rows(session)


def people(database: Database, *names: str) -> list[str]:
    return list(add_people(database, *names).values())


def tick_mentor(view: GoalsView, name: str) -> None:
    mentors = view.panel.form.mentors
    for row in range(mentors.count()):
        item = mentors.item(row)
        if item is not None and item.text() == name:
            item.setCheckState(Qt.CheckState.Checked)
            return
    raise AssertionError(f"{name} is not offered")


def test_the_model_passes_qts_checks_and_draws_progress(
    qtbot: QtBot, qtmodeltester: ModelTester, window: MainWindow, database: Database
) -> None:
    [ada] = people(database, "Ada")
    with database.session() as session:
        made = goals.create_goal(session, GoalData("Speak"), mentor_ids=[ada], now=utc_now())
        goals.set_progress(
            session,
            made.id,
            45,
            day=made.created_at.date(),
            today=made.created_at.date(),
            now=utc_now(),
        )
    view = goals_view(window)
    check: Callable[[QAbstractItemModel], None] = qtmodeltester.check
    check(view.model)
    index = view.proxy.index(0, GoalTableModel.COL_PROGRESS)
    assert index.data(PROGRESS_ROLE) == 45 and index.data() == "45 %"
    view.table.viewport().grab()  # the delegate paints without error


def test_add_a_goal_with_a_mentor_inline_errors_first(
    qtbot: QtBot, window: MainWindow, database: Database
) -> None:
    people(database, "Ada", "Bo")
    view = goals_view(window)
    click(view.first_button)
    assert view.panel.form.title.hasFocus()
    click(view.panel.save_button)  # no title yet
    error = view.panel.findChild(QLabel, "titleError")
    assert error is not None and error.isVisible() and "Name the goal" in error.text()
    assert stored(database) == []

    type_keys(view.panel.form.title, "Lead a team")
    view.panel.form.has_target.setChecked(True)
    view.panel.form.target.set_value(context_of(window).today() - timedelta(days=3))
    tick_mentor(view, "Bo")
    click(view.panel.save_button)
    target_error = view.panel.findChild(QLabel, "target_dateError")
    assert target_error is not None and target_error.isVisible()
    assert "The target date is in the past" in target_error.text()
    assert stored(database) == []  # nothing half-saved

    view.panel.form.target.set_value(context_of(window).today() + timedelta(days=90))
    click(view.panel.save_button)
    [goal] = stored(database)
    assert (goal.title, goal.mentor_names) == ("Lead a team", ("Bo",))
    assert shown(view) == [("Lead a team", "0 %")]
    assert view.panel.heading.text() == "Lead a team"


def test_progress_outside_0_to_100_is_refused_inline_then_saved_with_its_comment(
    qtbot: QtBot, window: MainWindow, database: Database, dialogs: DialogAnswerer
) -> None:
    with database.session() as session:
        goals.create_goal(session, GoalData("Write a book"), now=utc_now())
    view = goals_view(window)

    def enter(value: str, comment: str = "") -> Callable[[QDialog], None]:
        def act(dialog: QDialog) -> None:
            assert isinstance(dialog, ProgressDialog)
            dialog.value.setText(value)
            dialog.comment.setPlainText(comment)
            dialog.accept()
            error = dialog.findChild(QLabel, "progressError")
            assert error is not None
            seen.append(error.text() if error.isVisible() else "")
            if dialog.isVisible():
                dialog.value.setText("60")
                dialog.comment.setPlainText("First chapter drafted")
                dialog.accept()

        return act

    seen: list[str] = []
    dialogs.answer(enter("150"))
    view.progress_action.trigger()
    assert "0 to 100" in seen[0]
    assert shown(view) == [("Write a book", "60 %")]
    with database.session() as session:
        from mentordesk.services.goal_page import page

        history = page(session, stored(database)[0].id).history
    assert [(u.progress, u.comment) for u in history] == [(60, "First chapter drafted")]
    assert "First chapter drafted" in view.panel.history_list.item(0).text()


def test_link_advice_then_progress_is_counted_and_the_board_compares_mentors(
    qtbot: QtBot, window: MainWindow, database: Database, dialogs: DialogAnswerer
) -> None:
    ada, bo = people(database, "Ada", "Bo")
    with database.session() as session:
        first = action_items.capture(session, ada, "Delegate the rota", now=utc_now()).id
        action_items.capture(session, bo, "Shadow a manager", now=utc_now())
        action_items.set_status(session, first, "done", outcome="Worked", now=utc_now())
        goals.create_goal(session, GoalData("Lead a team", progress_mode="actions"), now=utc_now())
    view = goals_view(window)

    def tick_all(dialog: QDialog) -> None:
        assert isinstance(dialog, LinkActionsDialog)
        for row in range(dialog.list.count()):
            item = dialog.list.item(row)
            assert item is not None
            item.setCheckState(Qt.CheckState.Checked)
        dialog.accept()

    dialogs.answer(tick_all)
    click(view.panel.link_button)
    assert shown(view) == [("Lead a team", "50 %")]
    assert [view.panel.action_list.item(r).text()[:1] for r in range(2)] == ["○", "✓"]
    assert stored(database)[0].mentor_names == ("Ada", "Bo")

    columns: list[str] = []

    def read_board(dialog: QDialog) -> None:
        assert isinstance(dialog, GoalBoardDialog)
        columns.extend(c.mentor_name for c in dialog.board.columns)
        texts = [label.text() for label in dialog.findChildren(QLabel)]
        assert "✓ Delegate the rota\n   → Worked" in texts
        assert "○ Shadow a manager" in texts
        dialog.reject()

    dialogs.answer(read_board)
    view.board_action.trigger()
    assert columns == ["Ada", "Bo"]


def test_filter_by_status_and_mentor(qtbot: QtBot, window: MainWindow, database: Database) -> None:
    ada, bo = people(database, "Ada", "Bo")
    with database.session() as session:
        goals.create_goal(session, GoalData("Speak"), mentor_ids=[ada], now=utc_now())
        goals.create_goal(session, GoalData("Write"), mentor_ids=[bo], now=utc_now())
        goals.create_goal(
            session, GoalData("Old one", status="achieved"), mentor_ids=[ada], now=utc_now()
        )
    view = goals_view(window)
    assert [t for t, _ in shown(view)] == ["Speak", "Write"]  # active goals first
    view.mentor_filter.setCurrentIndex(view.mentor_filter.findText("Ada"))
    assert [t for t, _ in shown(view)] == ["Speak"]
    view.status_filter.setCurrentIndex(view.status_filter.findText("All goals"))
    assert sorted(t for t, _ in shown(view)) == ["Old one", "Speak"]


def test_delete_says_which_links_go_keeps_the_rest_and_undo_restores_them(
    qtbot: QtBot, window: MainWindow, database: Database, dialogs: DialogAnswerer
) -> None:
    ada, bo = people(database, "Ada", "Bo")
    with database.session() as session:
        start = meetings.plan_meeting(
            session,
            meetings.MeetingPlan(ada, context_of(window).now() - timedelta(days=2)),
            now=utc_now(),
        ).id
        item = action_items.capture(session, ada, "Read", meeting_id=start, now=utc_now()).id
        made = goals.create_goal(session, GoalData("Speak"), mentor_ids=[ada, bo], now=utc_now())
        goal_links.set_actions(session, made.id, [item], now=utc_now())
    view = goals_view(window)
    dialogs.answer(QMessageBox.StandardButton.Yes)
    view.delete_action.trigger()
    assert "its links to 2 mentors and its link to 1 action item" in dialogs.texts[0]
    assert "action items and meetings themselves stay" in dialogs.texts[0]
    assert stored(database) == [] and shown(view) == []
    with database.session() as session:
        assert len(action_items.list_items(session)) == 1
    activate(qtbot, window)
    press(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    QApplication.processEvents()
    [back] = stored(database)
    assert (back.mentor_names, back.action_ids) == (("Ada", "Bo"), (item,))
    assert [t for t, _ in shown(view)] == ["Speak"]


def test_a_mentor_deleted_while_ticked_is_refused_inline(
    qtbot: QtBot, window: MainWindow, database: Database
) -> None:
    [ada] = people(database, "Ada")
    view = goals_view(window)
    click(view.first_button)
    type_keys(view.panel.form.title, "Speak")
    tick_mentor(view, "Ada")
    with database.session() as session:  # deleted meanwhile (another window, undo...)
        delete_mentor(session, ada)
    click(view.panel.save_button)
    error = view.panel.findChild(QLabel, "mentorsError")
    assert error is not None and error.isVisible() and "deleted" in error.text()
    assert stored(database) == []
    click(view.panel.revert_button)
    assert view.panel.form.title.text() == "" and stored(database) == []


def test_opening_a_goal_from_anywhere_shows_it_even_when_filtered_out(
    qtbot: QtBot, window: MainWindow, database: Database
) -> None:
    with database.session() as session:
        goals.create_goal(session, GoalData("Speak"), now=utc_now())
        old = goals.create_goal(session, GoalData("Old one", status="achieved"), now=utc_now()).id
    view = goals_view(window)
    window.open_area("dashboard")
    window.reveal(Ref(Kind.GOAL, old))  # what search and links do
    assert window.current_area() == "goals"
    assert view.panel.heading.text() == "Old one"
    assert view.current() is not None and view.current().id == old  # type: ignore[union-attr]


def test_deleting_a_mentor_names_their_give_backs_steps_and_goal_links_undo_restores(
    qtbot: QtBot, window: MainWindow, database: Database, dialogs: DialogAnswerer
) -> None:
    from mentordesk.services import givebacks, prospects
    from tests.ui.helpers import click_row, mentors_view

    today = context_of(window).today()
    [ada] = people(database, "Ada")
    with database.session() as session:
        made = goals.create_goal(session, GoalData("Speak"), mentor_ids=[ada], now=utc_now())
        givebacks.create(session, givebacks.GiveBackData(ada, "Card"), today=today, now=utc_now())
        prospects.add_step(session, ada, "answered", today, today=today, now=utc_now())
    view = mentors_view(window)
    view.reload()
    click_row(view, "Ada")
    dialogs.answer(QMessageBox.StandardButton.Yes)
    click(view.form.delete_button)
    text = dialogs.texts[0]
    assert "1 give-back idea" in text and "1 outreach step" in text
    assert "their link to 1 goal (the goal stays)" in text
    assert goals_view(window).model.find(made.id) is not None  # the goal stays
    assert stored(database)[0].mentor_ids == ()
    window.undo_action.trigger()
    assert stored(database)[0].mentor_ids == (ada,)
    with database.session() as session:
        assert [g.idea for g in givebacks.rows(session)] == ["Card"]


def one_goal_shown(window: MainWindow, database: Database, data: GoalData) -> GoalsView:
    """The Goals area showing ``data``, the one goal there is."""
    with database.session() as session:
        goals.create_goal(session, data, now=utc_now())
    view = goals_view(window)
    view.select(stored(database)[0].id)
    QApplication.processEvents()
    return view


def test_revert_is_offered_only_once_something_was_typed(
    qtbot: QtBot, window: MainWindow, database: Database
) -> None:
    view = one_goal_shown(window, database, GoalData("Speak at a meetup"))
    assert view.panel.form.title.text() == "Speak at a meetup"
    assert not view.panel.revert_button.isEnabled(), "Revert offered with nothing to revert"
    type_keys(view.panel.form.title, " twice")
    assert view.panel.revert_button.isEnabled()
    click(view.panel.revert_button)
    assert view.panel.form.title.text() == "Speak at a meetup"
    assert not view.panel.revert_button.isEnabled()


def test_typing_on_after_ctrl_s_goes_on_where_the_cursor_was(
    qtbot: QtBot, window: MainWindow, database: Database
) -> None:
    """Saved with Ctrl+S in the middle of a thought, the words typed next follow the
    ones before (the refilled form used to put the cursor at the start of the field)."""
    view = one_goal_shown(window, database, GoalData("Speak", why="Visibility"))
    why = view.panel.form.why
    why.setFocus()
    why.moveCursor(why.textCursor().MoveOperation.End)
    type_keys(why, " for the team")

    press(why, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    type_keys(why, " and me")

    assert stored(database)[0].data.why == "Visibility for the team"
    assert why.toPlainText() == "Visibility for the team and me"


def test_ctrl_s_with_nothing_typed_saves_nothing_and_says_so(
    qtbot: QtBot, window: MainWindow, database: Database
) -> None:
    view = one_goal_shown(window, database, GoalData("Speak"))
    steps = window.undo_stack.count()

    press(view.panel.form.title, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    assert window.undo_stack.count() == steps, "no undo step that changes nothing"
    assert window.statusBar().currentMessage() == "Nothing to save: “Speak” is as stored."
