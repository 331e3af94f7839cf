"""The Dashboard as a person meets it: the first screen once there is data, sections
that say when they are empty, one-click planning, Join and Brief, and a page that
follows data changes and the date changing while the app is open."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QPushButton
from pytestqt.qtbot import QtBot

from mentordesk.config import Paths
from mentordesk.db.database import Database
from mentordesk.db.types import utc_now
from mentordesk.services import action_items, agreements, meeting_queries, meetings
from mentordesk.services.agreements import AgreementTerms
from mentordesk.services.kinds import Kind, Ref
from mentordesk.services.mentors import MentorData, create_mentor
from mentordesk.ui.dashboard.area import DashboardView
from mentordesk.ui.dashboard.section import Section, row_texts
from mentordesk.ui.meeting_mode.window import MeetingModeWindow
from mentordesk.ui.meetings.area import MeetingsView
from mentordesk.ui.meetings.plan_dialog import PlanMeetingDialog
from mentordesk.ui.mentors.area import MentorsView
from mentordesk.ui.settings import open_settings
from mentordesk.ui.shell.main_window import MainWindow
from mentordesk.ui.ticker import ticker
from tests.ui.conftest import DialogAnswerer
from tests.ui.helpers import activate, click, context_of

NOW = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)  # a Tuesday morning
TODAY = date(2026, 3, 10)


def at(days: float, hour: int = 10) -> datetime:
    return datetime(2026, 3, 10, hour, tzinfo=UTC) + timedelta(days=days)


def seed(database: Database) -> dict[str, str]:
    """Priya is overdue with a large drift; Sam has a meeting on Thursday with a link."""
    ids: dict[str, str] = {}
    with database.session() as session:
        for name in ("Priya Raman", "Sam Lee"):
            ids[name] = create_mentor(
                session, MentorData(name=name, status="active"), now=utc_now()
            ).id
        agreements.save(
            session,
            ids["Priya Raman"],
            AgreementTerms(
                status="agreed",
                frequency_every=4,
                frequency_unit="weeks",
                topics="Delegation\nHiring well",
                start_date=date(2025, 6, 1),
                review_date=TODAY + timedelta(days=9),
                agreed_on=date(2025, 6, 1),
            ),
            today=TODAY,
            now=utc_now(),
        )
        agreements.set_mentor_interval(session, ids["Sam Lee"], 2, "weeks", now=utc_now())
        for days in (-200, -140, -80, -40):
            made = meetings.plan_meeting(
                session,
                meetings.MeetingPlan(
                    ids["Priya Raman"], at(days), agenda=("Career path", "Team growth")
                ),
                now=utc_now(),
            )
            meetings.end_meeting(session, made.id, actual_minutes=40, now=at(days))
        ticked = meeting_queries.detail(session, made.id).agenda
        covered: list[tuple[str | None, str, bool]] = [
            (point.id, point.text, point.text == "Career path") for point in ticked
        ]
        meetings.set_agenda(session, made.id, covered, now=utc_now())
        held = meetings.plan_meeting(
            session, meetings.MeetingPlan(ids["Sam Lee"], at(-10)), now=utc_now()
        )
        meetings.end_meeting(session, held.id, actual_minutes=30, now=at(-10))
        ids["thursday"] = meetings.plan_meeting(
            session,
            meetings.MeetingPlan(ids["Sam Lee"], at(2), location="https://meet.example.com/sam"),
            now=utc_now(),
        ).id
        ids["late action"] = action_items.capture(
            session,
            ids["Priya Raman"],
            "Draft the team charter",
            due_date=TODAY - timedelta(days=2),
            now=utc_now(),
        ).id
        ids["tomorrow action"] = action_items.capture(
            session,
            ids["Sam Lee"],
            "Send the portfolio",
            due_date=TODAY + timedelta(days=1),
            now=utc_now(),
        ).id
        told = action_items.capture(
            session, ids["Sam Lee"], "Give the talk", report_back=True, now=utc_now()
        )
        action_items.mark_done(
            session, told.id, outcome="It went well", on=TODAY, report_back=True, now=NOW
        )
        ids["report"] = told.id
    return ids


@pytest.fixture
def board(
    qtbot: QtBot, paths: Paths, database: Database
) -> Iterator[tuple[MainWindow, dict[str, str]]]:
    """The app started on a database that has data (it opens on the Dashboard)."""
    ids = seed(database)
    main = MainWindow(paths, open_settings(paths))
    qtbot.addWidget(main, before_close_func=lambda _w: main.undo_stack.clear())
    main.show()
    qtbot.waitExposed(main)
    main.attach_database(database)
    context_of(main).set_clock(lambda: NOW)
    view = main.area_widget("dashboard")
    assert isinstance(view, DashboardView)
    view.reload()
    yield main, ids


def dashboard_of(window: MainWindow) -> DashboardView:
    view = window.area_widget("dashboard")
    assert isinstance(view, DashboardView)
    return view


def titles(section: Section) -> list[str]:
    return [row_texts(row)[0] for row in section.shown_rows()]


def button(section: Section, name: str) -> QPushButton:
    found = section.findChild(QPushButton, name)
    assert isinstance(found, QPushButton), name
    return found


def test_an_empty_database_keeps_the_first_run_welcome(window: MainWindow) -> None:
    assert window.current_area() == "mentors"
    window.open_area("dashboard")
    view = dashboard_of(window)
    page = view.pages.currentWidget()
    assert page is not None and page.objectName() == "dashboardWelcome"
    click(view.findChild(QPushButton, "dashboardAddMentor"))  # type: ignore[arg-type]
    assert window.current_area() == "mentors"
    mentors = window.area_widget("mentors")
    assert isinstance(mentors, MentorsView) and mentors.form.mentor_id is None


def test_the_app_opens_on_the_dashboard_once_there_is_data(
    board: tuple[MainWindow, dict[str, str]],
) -> None:
    window, _ = board
    assert window.current_area() == "dashboard"
    view = dashboard_of(window)
    assert view.title.text()  # the date
    assert view.summary.text().startswith("1 mentor to meet · 1 meeting in the next 7 days")
    assert titles(view.due) == ["Priya Raman — 12 days overdue"]
    assert titles(view.actions_due) == ["Draft the team charter", "Send the portfolio"]
    assert titles(view.report) == ["Give the talk: It went well"]
    assert titles(view.reviews) == ["Review the agreement with Priya Raman (version 1)"]
    assert "Priya Raman" in titles(view.drift)[0]
    assert "Less often than agreed" in titles(view.drift)[0]
    # The chart says what it shows, in words, for a screen reader and on screen.
    chart = view.charts.findChild(QLabel, "gapCaption0")
    assert chart is not None and "Meet every 4 weeks. Last 3 gaps: 8.6 weeks" in chart.text()


def test_a_section_with_nothing_in_it_says_so(board: tuple[MainWindow, dict[str, str]]) -> None:
    window, ids = board
    view = dashboard_of(window)
    done = context_of(window).write(
        "Reported",
        lambda s: action_items.mark_reported(s, ids["report"], TODAY, now=utc_now()),
        refs=[Ref(Kind.ACTION_ITEM, ids["report"])],
    )
    assert done is not None
    QApplication.processEvents()
    assert titles(view.report) == []
    assert view.report.empty.isVisible()
    assert view.report.empty.text().startswith("Nothing to report back")


def test_join_and_brief_are_one_click_away(board: tuple[MainWindow, dict[str, str]]) -> None:
    window, ids = board
    view = dashboard_of(window)
    opened: list[str] = []

    class Browser(QObject):
        @Slot(QUrl)
        def open(self, url: QUrl) -> None:
            opened.append(url.toString())

    browser = Browser()
    QDesktopServices.setUrlHandler("https", browser, "open")  # type: ignore[arg-type]  # str at run time
    try:
        click(button(view.upcoming, "upcomingJoin0"))
    finally:
        QDesktopServices.unsetUrlHandler("https")
    assert opened == ["https://meet.example.com/sam"]

    click(button(view.upcoming, "upcomingBrief0"))
    assert window.current_area() == "meetings"
    meetings_view = window.area_widget("meetings")
    assert isinstance(meetings_view, MeetingsView)
    assert meetings_view.brief.mentor_id == ids["Sam Lee"]


def test_reported_is_one_click_and_undoable(board: tuple[MainWindow, dict[str, str]]) -> None:
    window, ids = board
    view = dashboard_of(window)
    click(button(view.report, "reportDone0"))
    assert titles(view.report) == []
    with context_of(window).access.database.session() as session:
        assert action_items.get(session, ids["report"]).reported_on == TODAY
    window.undo_stack.undo()
    QApplication.processEvents()
    assert titles(view.report) == ["Give the talk: It went well"]


def test_one_click_plans_with_the_agreements_topics_and_last_times_open_points(
    board: tuple[MainWindow, dict[str, str]], dialogs: DialogAnswerer
) -> None:
    window, ids = board
    view = dashboard_of(window)
    seen: dict[str, object] = {}

    def plan(dialog: QDialog) -> None:
        assert isinstance(dialog, PlanMeetingDialog)
        seen["mentor"] = dialog.mentor.currentText()
        seen["topics"] = dialog.topics.chosen()
        items = [dialog.carried.item(row) for row in range(dialog.carried.count())]
        seen["carried"] = [item.text() for item in items if item is not None]
        dialog.accept()

    dialogs.answer(plan)
    click(button(view.due, "duePlan0"))
    assert seen == {
        "mentor": "Priya Raman",
        "topics": ["Delegation", "Hiring well"],
        "carried": ["Team growth"],
    }
    with context_of(window).access.database.session() as session:
        planned = meeting_queries.next_planned(session, ids["Priya Raman"])
        assert planned is not None
        agenda = [p.text for p in meeting_queries.detail(session, planned.id).agenda]
    assert agenda == ["Team growth", "Delegation", "Hiring well"]
    QApplication.processEvents()
    assert titles(view.due) == []  # scheduled now


def test_the_next_morning_shows_the_next_days_list(
    board: tuple[MainWindow, dict[str, str]],
) -> None:
    window, _ = board
    view = dashboard_of(window)
    before = view.title.text()
    context = context_of(window)
    context.set_clock(lambda: NOW + timedelta(days=1))
    ticker(context).check()  # what the half-minute timer (or waking up) does
    assert view.title.text() != before
    assert titles(view.due) == ["Priya Raman — 13 days overdue"]
    late = view.actions_due.shown_rows()
    assert row_texts(late[1])[1] == "Sam Lee · due today"


def test_the_open_agreement_button_shows_the_mentors_agreement(
    board: tuple[MainWindow, dict[str, str]],
) -> None:
    window, ids = board
    click(button(dashboard_of(window).reviews, "reviewOpen0"))
    assert window.current_area() == "mentors"
    mentors = window.area_widget("mentors")
    assert isinstance(mentors, MentorsView)
    assert mentors.form.mentor_id == ids["Priya Raman"]
    assert mentors.detail_tabs.currentWidget() is mentors.agreement_panel


def test_advice_captured_in_meeting_mode_is_on_the_dashboard_on_coming_back(
    qtbot: QtBot, board: tuple[MainWindow, dict[str, str]]
) -> None:
    """The Dashboard behind meeting mode waits while meeting mode is the active window
    (a capture there does not pay for re-reading it), and is true again as soon as
    its own window is active."""
    window, ids = board
    view = dashboard_of(window)
    activate(qtbot, window)
    before = titles(view.actions_due)
    mode = window.open_meeting_mode(ids["thursday"])
    assert isinstance(mode, MeetingModeWindow)
    qtbot.addWidget(mode)
    activate(qtbot, mode)
    captured = mode.meeting_actions.capture("Send Sam the hiring rubric", due=TODAY)
    assert captured is not None
    QApplication.processEvents()
    assert titles(view.actions_due) == before, "the hidden-behind Dashboard was read again"
    activate(qtbot, window)
    qtbot.waitUntil(lambda: "Send Sam the hiring rubric" in titles(view.actions_due))
    mode.close()


def test_a_change_made_from_a_dialog_of_the_window_shows_at_once(
    qtbot: QtBot, board: tuple[MainWindow, dict[str, str]]
) -> None:
    """Only another window (meeting mode) makes the Dashboard wait; a dialog of its own
    window does not (no desktop promises to activate the window again after it)."""
    window, ids = board
    view = dashboard_of(window)
    dialog = QDialog(window)
    qtbot.addWidget(dialog)
    dialog.show()
    activate(qtbot, dialog)
    with context_of(window).access.database.session() as session:
        made = action_items.capture(
            session, ids["Sam Lee"], "Book the design review", due_date=TODAY, now=NOW
        )
    context_of(window).notify(Kind.ACTION_ITEM, [made.id])
    QApplication.processEvents()
    assert "Book the design review" in titles(view.actions_due)
