"""Asking a prospect (the article's hardest step), from their page in Prospects: a
drafted message built from why they fit, the goals they fit and the proposed rhythm,
with an easy yes or no; opened in the mail app, which records the outreach step with
the follow-up day chosen, once; a second ask is a follow-up."""

from __future__ import annotations

from datetime import timedelta
from urllib.parse import parse_qs, unquote, urlsplit

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog

from mentordesk.db.database import Database
from mentordesk.db.types import utc_now
from mentordesk.services import agreements, goal_links, goals, prospects
from mentordesk.services.mentors import MentorData, create_mentor
from mentordesk.ui import settings as setting
from mentordesk.ui.prospects.area import ProspectsView
from mentordesk.ui.shell.main_window import MainWindow
from mentordesk.ui.widgets.date_fields import DateField
from mentordesk.ui.widgets.message_draft import MessageDraftDialog
from tests.ui.conftest import DialogAnswerer, LinkCatcher
from tests.ui.helpers import click, context_of


def test_the_ask_is_specific_easy_to_answer_and_logged_when_sent(
    window: MainWindow, database: Database, dialogs: DialogAnswerer, links: LinkCatcher
) -> None:
    with database.session() as session:
        mei = create_mentor(
            session,
            MentorData(
                name="Mei Chen",
                status="prospect",
                email="mei@example.com",
                fit_notes="You built a data team from three people to thirty",
            ),
            now=utc_now(),
        ).id
        goal = goals.create_goal(session, goals.GoalData("Lead a data team"), now=utc_now()).id
        goal_links.set_goals_of_mentor(session, mei, [goal])
        agreements.set_mentor_interval(session, mei, 1, "months", now=utc_now())
    context = context_of(window)
    context.settings.set(setting.MY_NAME, "Sam Ortiz")
    view = window.open_area("prospects")
    assert isinstance(view, ProspectsView)
    today = context.today()
    seen: dict[str, str] = {}

    def send(dialog: QDialog) -> None:
        assert isinstance(dialog, MessageDraftDialog)
        seen["body"] = dialog.text()
        follow = dialog.findChild(DateField, "askFollowUp")
        assert follow is not None and follow.value() == today + timedelta(days=7)
        follow.set_value(today + timedelta(days=10))
        assert dialog.open_mail()
        assert dialog.copy()  # sent twice: logged once
        dialog.reject()

    dialogs.answer(send)
    click(view.panel.ask_button)
    body = seen["body"]
    assert body.startswith("Hi Mei,")
    assert "because of your experience: you built a data team from three people to thirty." in body
    assert "working on: Lead a data team. Your experience" in body
    assert "meet once a month for 30 minutes" in body
    assert "A simple yes or no is all I need." in body and body.rstrip().endswith("Sam Ortiz")
    [url] = links.opened
    parts = urlsplit(url)
    assert unquote(parts.path) == "mei@example.com"
    assert parse_qs(parts.query)["subject"] == ["Would you be open to mentoring me?"]
    assert QGuiApplication.clipboard().text() == body

    with database.session() as session:
        [row] = prospects.prospect_rows(session)
    assert row.status == "requested"
    [step] = row.steps
    assert (step.kind, step.day, step.follow_up_on) == ("asked", today, today + timedelta(days=10))
    assert "email" in step.note

    def follow_up(dialog: QDialog) -> None:
        assert isinstance(dialog, MessageDraftDialog)
        assert dialog.subject.text().startswith("Following up")
        assert dialog.copy()
        dialog.reject()

    dialogs.answer(follow_up)
    click(view.panel.ask_button)
    with database.session() as session:
        [row] = prospects.prospect_rows(session)
    assert [s.kind for s in row.steps] == ["asked", "followed_up"]
