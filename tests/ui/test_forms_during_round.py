"""A goal or an agreement typed in while a sync round changes other fields of it: Save
writes only what was typed, over the record as stored now (the round's change stays,
on both laptops); once the typing is undone, the form shows the record as stored."""

from __future__ import annotations

from datetime import UTC, date, datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPlainTextEdit
from pytestqt.qtbot import QtBot

from mentordesk.db.database import Database
from mentordesk.services import agreements, goal_links, goals
from mentordesk.services.agreements import AgreementTerms
from mentordesk.services.goals import GoalData
from mentordesk.services.kinds import Change, Kind
from mentordesk.ui.agreements.panel import AgreementPanel
from mentordesk.ui.goals.area import GoalsView
from mentordesk.ui.shell.main_window import MainWindow
from tests.ui.helpers import add_people, context_of, mentors_view, press, select_all_and_type

NOW = datetime(2026, 12, 7, 9, tzinfo=UTC)
TODAY = date(2026, 12, 7)
UNDO = Qt.KeyboardModifier.ControlModifier


def far(kind: Kind, *ids: str) -> Change:
    return Change(frozenset({kind}), frozenset(ids), far=True)


def undo_typing(widget: QPlainTextEdit | object) -> None:
    for _ in range(3):  # Ctrl+Z out of habit
        press(widget, Qt.Key.Key_Z, UNDO)  # type: ignore[arg-type]


# -- a goal ----------------------------------------------------------------------------
def goal_typed_while_a_round_changes_it(
    qtbot: QtBot, window: MainWindow, database: Database
) -> tuple[GoalsView, str, dict[str, str]]:
    """The title typed here; meanwhile the other laptop rewrote "why" and linked Bo."""
    people = add_people(database, "Ada", "Bo")
    with database.session() as session:
        goal = goals.create_goal(
            session, GoalData("Speak", why="Visibility"), mentor_ids=[people["Ada"]], now=NOW
        )
    view = window.open_area("goals")
    assert isinstance(view, GoalsView)
    view.reload()
    assert view.select(goal.id)
    assert view.panel.goal_id == goal.id
    select_all_and_type(view.panel.form.title, "Speak at a conference")
    assert view.panel.form.editor.is_dirty()
    with database.session() as session:  # the round writes what the other laptop did
        goals.update_goal(session, goal.id, GoalData("Speak", why="The team asked"), now=NOW)
        goal_links.set_mentors(session, goal.id, [people["Ada"], people["Bo"]], now=NOW)
    context_of(window).announce(far(Kind.GOAL, goal.id))
    qtbot.waitUntil(lambda: not view.follower.waiting, timeout=30000)
    row = view.model.find(goal.id)
    assert row is not None and row.data.why == "The team asked"
    assert view.panel.form.title.text() == "Speak at a conference", "typing is never replaced"
    return view, goal.id, people


def test_saving_a_goal_typed_in_during_a_round_keeps_what_the_round_changed(
    qtbot: QtBot, window: MainWindow, database: Database
) -> None:
    view, goal_id, people = goal_typed_while_a_round_changes_it(qtbot, window, database)

    assert view.save()

    with database.session() as session:
        saved = goals.get(session, goal_id)
    assert saved.data.title == "Speak at a conference"
    assert saved.data.why == "The team asked", "the round's change was kept"
    assert set(saved.mentor_ids) == {people["Ada"], people["Bo"]}, "and its mentor"


def test_a_mentor_unticked_during_a_round_goes_and_the_rounds_mentor_stays(
    qtbot: QtBot, window: MainWindow, database: Database
) -> None:
    view, goal_id, people = goal_typed_while_a_round_changes_it(qtbot, window, database)
    mentors = view.panel.form.mentors
    [ada] = [mentors.item(r) for r in range(mentors.count()) if mentors.item(r).text() == "Ada"]
    ada.setCheckState(Qt.CheckState.Unchecked)

    assert view.save()

    with database.session() as session:
        saved = goals.get(session, goal_id)
    assert saved.mentor_ids == (people["Bo"],)


def test_goal_typing_undone_after_a_round_shows_the_goal_as_stored(
    qtbot: QtBot, window: MainWindow, database: Database
) -> None:
    view, _goal_id, _people = goal_typed_while_a_round_changes_it(qtbot, window, database)
    form = view.panel.form

    undo_typing(form.title)

    qtbot.waitUntil(lambda: form.why.toPlainText() == "The team asked")
    assert form.title.text() == "Speak"
    assert [form.mentors.item(r).checkState() for r in range(form.mentors.count())] == [
        Qt.CheckState.Checked,
        Qt.CheckState.Checked,
    ]
    assert not form.editor.is_dirty()


# -- an agreement ----------------------------------------------------------------------
def agreement_typed_while_a_round_changes_it(
    qtbot: QtBot, window: MainWindow, database: Database
) -> tuple[AgreementPanel, str]:
    """Topics typed here; meanwhile the other laptop set the boundaries."""
    mentor_id = add_people(database, "Priya")["Priya"]
    draft = AgreementTerms(goals="Grow as a lead", topics="Hiring")
    with database.session() as session:
        agreements.save(session, mentor_id, draft, today=TODAY, now=NOW)
    context_of(window).set_clock(lambda: NOW)
    view = mentors_view(window)
    view.reload()
    assert view.select(mentor_id)
    view.detail_tabs.setCurrentWidget(view.agreement_panel)
    panel = view.agreement_panel
    assert panel.form.text_edit("topics").toPlainText() == "Hiring"
    topics = panel.form.text_edit("topics")
    select_all_and_type(topics, "Hiring and feedback")
    assert panel.is_dirty()
    with database.session() as session:
        changed = AgreementTerms(goals="Grow as a lead", topics="Hiring", boundaries="Evenings")
        saved = agreements.save(session, mentor_id, changed, today=TODAY, now=NOW)
    context_of(window).announce(far(Kind.AGREEMENT, saved.agreement.id, mentor_id))
    qtbot.waitUntil(lambda: not panel.follower.waiting, timeout=30000)
    assert panel.agreement is not None
    assert panel.agreement.current.terms.boundaries == "Evenings"
    assert topics.toPlainText() == "Hiring and feedback", "typing is never replaced"
    return panel, mentor_id


def stored_terms(database: Database, mentor_id: str) -> AgreementTerms:
    with database.session() as session:
        state = agreements.for_mentor(session, mentor_id)
    assert state is not None
    return state.current.terms


def test_saving_an_agreement_typed_in_during_a_round_keeps_what_the_round_changed(
    qtbot: QtBot, window: MainWindow, database: Database
) -> None:
    panel, mentor_id = agreement_typed_while_a_round_changes_it(qtbot, window, database)

    assert panel.save()

    terms = stored_terms(database, mentor_id)
    assert terms.topics == "Hiring and feedback"
    assert terms.boundaries == "Evenings", "the round's change was kept"


def test_agreement_typing_undone_after_a_round_shows_the_terms_as_stored(
    qtbot: QtBot, window: MainWindow, database: Database
) -> None:
    panel, _mentor_id = agreement_typed_while_a_round_changes_it(qtbot, window, database)
    topics = panel.form.text_edit("topics")

    undo_typing(topics)

    qtbot.waitUntil(lambda: panel.form.text_edit("boundaries").toPlainText() == "Evenings")
    assert topics.toPlainText() == "Hiring"
    assert not panel.is_dirty()
