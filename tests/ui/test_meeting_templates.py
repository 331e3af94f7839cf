"""Meeting templates where a person uses them: Plan meeting suggests the template the
meeting calls for, fills the agenda and the length from its timed sections and adds
questions from its bank; Templates… edits a shipped one (Plan meeting then uses the
edit), duplicates, restores the original, exports a file and imports it again."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from mentordesk.db.database import Database
from mentordesk.db.types import utc_now
from mentordesk.services import agreements, meeting_queries, meeting_templates, meetings
from mentordesk.ui.context import AppContext
from mentordesk.ui.meetings.plan_dialog import PlanMeetingDialog
from mentordesk.ui.templates.dialog import TemplatesDialog
from tests.ui.conftest import DialogAnswerer
from tests.ui.helpers import add_people, type_text


@pytest.fixture
def ada(database: Database) -> str:
    return add_people(database, "Ada Lovelace")["Ada Lovelace"]


def plan_dialog(qtbot: QtBot, context: AppContext, mentor_id: str) -> PlanMeetingDialog:
    dialog = PlanMeetingDialog(context, mentor_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_plan_meeting_suggests_a_first_meeting_and_fills_the_agenda_from_it(
    qtbot: QtBot, context: AppContext, database: Database, ada: str
) -> None:
    dialog = plan_dialog(qtbot, context, ada)
    offer = dialog.template
    assert offer.combo.accessibleName()
    assert offer.combo.itemText(1) == "First meeting (suggested)"
    assert offer.combo.currentIndex() == 0  # offered, not forced on the agenda
    type_text(dialog.agenda_entry, "My own point")
    dialog.add_agenda_point()

    assert offer.choose("First meeting")
    first = meeting_templates.shipped()["first-meeting"]
    sections = [f"{s.title} ({s.minutes} min)" for s in first.sections]
    assert dialog.agenda_lines() == ["My own point", *sections]
    assert dialog.minutes.value() == first.minutes

    # Another template replaces the sections the first put there, not my own point.
    assert offer.choose("Regular check-in")
    check_in = meeting_templates.shipped()["check-in"]
    assert dialog.agenda_lines() == [
        "My own point",
        *(f"{s.title} ({s.minutes} min)" for s in check_in.sections),
    ]
    menu = offer.question_menu.actions()
    assert [a.text() for a in menu] == list(check_in.questions)
    menu[0].trigger()
    assert dialog.agenda_lines()[-1] == check_in.questions[0]

    dialog.accept()
    with database.session() as session:
        [row] = meeting_queries.meeting_rows(session)
        stored = meeting_queries.detail(session, row.id)
    assert [p.text for p in stored.agenda][1] == f"{check_in.sections[0].title} (5 min)"
    assert stored.planned_minutes == check_in.minutes


def test_templates_are_edited_duplicated_restored_exported_and_imported(
    qtbot: QtBot,
    context: AppContext,
    ada: str,
    dialogs: DialogAnswerer,
    tmp_path: Path,
) -> None:
    manager = TemplatesDialog(context)
    qtbot.addWidget(manager)
    manager.show()
    assert manager.select("Regular check-in")
    manager.sections.setPlainText("15 Wins since last time\n30 min: The promotion question")
    manager.questions.setPlainText("What would you do in my place?")
    assert manager.save()
    assert manager.list.currentItem().text() == "Regular check-in (edited)"
    assert manager.delete_button.text() == "Restore Original…"

    dialog = plan_dialog(qtbot, context, ada)
    assert dialog.template.choose("Regular check-in")
    assert dialog.agenda_lines() == [
        "Wins since last time (15 min)",
        "The promotion question (30 min)",
    ]
    assert dialog.minutes.value() == 45
    dialog.reject()

    manager.sections.setPlainText("fifteen Wins")
    assert not manager.save()
    assert "line 1" in manager.problem.text()

    assert manager.duplicate()
    assert manager.list.currentItem().text() == "Regular check-in (copy)"
    exported = manager.export_file(tmp_path / "check-in copy.json")
    assert exported is not None
    assert manager.import_file(exported)
    names = [manager.list.item(i).text() for i in range(manager.list.count())]
    assert names.count("Regular check-in (copy)") == 2

    assert manager.select("Regular check-in (edited)")
    dialogs.answer(QMessageBox.StandardButton.Yes)  # "Put back the template … as it came?"
    assert manager.delete()
    assert manager.list.currentItem().text() == "Regular check-in"
    original = meeting_templates.shipped()["check-in"]
    assert manager.sections.toPlainText().splitlines()[0] == (
        f"{original.sections[0].minutes} {original.sections[0].title}"
    )
    context.undo_stack.undo()  # the edited one is back
    manager.reload()
    assert manager.select("Regular check-in (edited)")
    assert isinstance(manager, QDialog)


def test_the_suggestion_follows_the_day_chosen(
    qtbot: QtBot, context: AppContext, database: Database, ada: str
) -> None:
    """A meeting planned near the agreement's review date calls for an agreement review."""
    now = context.now()
    with database.session() as session:
        held = meetings.plan_meeting(
            session, meetings.MeetingPlan(ada, now - timedelta(days=7)), now=utc_now()
        ).id
        meetings.end_meeting(session, held, actual_minutes=30, now=utc_now())
        agreements.save(
            session,
            ada,
            agreements.AgreementTerms(
                status="agreed",
                frequency_every=2,
                frequency_unit="weeks",
                start_date=now.date() - timedelta(days=20),
                review_date=now.date() + timedelta(days=60),
                agreed_on=now.date() - timedelta(days=20),
            ),
            today=now.date(),
            now=utc_now(),
        )
    dialog = plan_dialog(qtbot, context, ada)
    assert dialog.template.combo.itemText(1) == "Regular check-in (suggested)"
    dialog.when.set_value(now + timedelta(days=55))
    assert dialog.template.combo.itemText(1) == "Agreement review (suggested)"
