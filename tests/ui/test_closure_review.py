"""Archiving a mentor runs the closure review: a note drafted from what was recorded,
copied and exported; a bad interval refused inline; alumni kept in touch with."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QLabel, QPushButton
from pytestqt.qtbot import QtBot

from mentordesk.db.database import Database
from mentordesk.db.types import utc_now
from mentordesk.services import action_items, closure, givebacks, goals, meetings, mentors
from mentordesk.services.cadence_read import cadences_of
from mentordesk.services.mentors import MentorData
from mentordesk.ui.closure.review_dialog import ClosureReviewDialog
from mentordesk.ui.shell.main_window import MainWindow
from tests.ui.conftest import DialogAnswerer
from tests.ui.helpers import add_mentor, click, click_row, context_of, mentors_view


def mentorship(window: MainWindow, database: Database) -> str:
    """Two held meetings with takeaways, advice acted on, a give-back, a linked goal."""
    ada = add_mentor(window, MentorData(name="Ada Lovelace", status="active")).id
    now, today = context_of(window).now(), context_of(window).today()
    with database.session() as session:
        for days, takeaways in ((60, "- Write things down"), (20, "- Say no more often")):
            start = now - timedelta(days=days)
            made = meetings.plan_meeting(session, meetings.MeetingPlan(ada, start), now=utc_now())
            meetings.save_notes(session, made.id, "", takeaways, now=utc_now())
            meetings.end_meeting(session, made.id, actual_minutes=40, now=start)
        item = action_items.capture(session, ada, "Keep a decision log", now=utc_now()).id
        action_items.mark_done(session, item, outcome="Used every week", on=today, now=now)
        givebacks.create(
            session,
            givebacks.GiveBackData(ada, "Sent the rota article", status="done"),
            today=today,
            now=utc_now(),
        )
        goals.create_goal(session, goals.GoalData("Lead a team"), mentor_ids=[ada], now=now)
    return ada


def test_the_review_drafts_a_note_copies_and_exports_it_then_ends_as_alumni(
    qtbot: QtBot, window: MainWindow, database: Database, dialogs: DialogAnswerer, tmp_path: Path
) -> None:
    ada = mentorship(window, database)
    view = mentors_view(window)
    click_row(view, "Ada Lovelace")
    seen: dict[str, str] = {}

    def review(dialog: QDialog) -> None:
        assert isinstance(dialog, ClosureReviewDialog)
        note = dialog.note.toPlainText()
        seen["note"] = note
        click(dialog.copy_button)
        seen["clipboard"] = QGuiApplication.clipboard().text()
        exported = dialog.export_markdown(tmp_path / "review.md")
        assert exported is not None
        seen["markdown"] = exported.read_text(encoding="utf-8")
        dialog.every.setValue(0)  # refused inline
        dialog.accept()
        error = dialog.findChild(QLabel, "keep_in_touchError")
        assert error is not None and error.isVisible()
        seen["error"] = error.text()
        dialog.every.setValue(6)
        dialog.accept()

    dialogs.answer(review)
    archive = view.form.findChild(QPushButton, "archiveMentorButton")
    assert archive is not None
    click(archive)

    note = seen["note"]
    assert note.startswith("Dear Ada,")
    assert "the 2 conversations" in note
    assert "- Write things down" in note and "- Say no more often" in note
    assert "- Keep a decision log — Used every week" in note
    assert "You helped me most with “Lead a team”." in note
    assert "sent the rota article" in note
    assert seen["clipboard"] == note
    assert seen["markdown"].startswith("# Closing the mentorship with Ada Lovelace")
    assert "## Goals it served\n\n- Lead a team" in seen["markdown"]
    assert "Keep in touch every 1 to 366" in seen["error"]
    with database.session() as session:
        assert mentors.get(session, ada).data.status == "alumni"
        kept = closure.closure_of(session, ada)
        [rhythm] = cadences_of(session, context_of(window).today(), context_of(window).now())
    assert kept is not None and kept.thank_you == note.strip()
    assert rhythm.interval is not None and (rhythm.interval.every, rhythm.interval.unit) == (
        6,
        "months",
    )
    assert view.form.combo("status").currentText() == "Alumni"


def test_cancel_ends_nothing(
    qtbot: QtBot, window: MainWindow, database: Database, dialogs: DialogAnswerer
) -> None:
    ada = mentorship(window, database)
    view = mentors_view(window)
    click_row(view, "Ada Lovelace")
    dialogs.answer(lambda dialog: dialog.reject())
    archive = view.form.findChild(QPushButton, "archiveMentorButton")
    assert archive is not None
    click(archive)
    with database.session() as session:
        assert mentors.get(session, ada).data.status == "active"
        assert closure.closure_of(session, ada) is None
