"""Touches through the real window: an overdue mentor on the Dashboard gets a touch in
two clicks (Log touch…, then Log); by default it resets "overdue" (the row goes) but
the rhythm still counts meetings; an agreement that counts only meetings keeps the row
and the Dashboard says why; the mentor's Timeline shows the touch."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtWidgets import QDialog, QPushButton
from pytestqt.qtbot import QtBot

from mentordesk.db.database import Database
from mentordesk.db.types import utc_now
from mentordesk.services import agreements, meetings
from mentordesk.services.agreements import AgreementTerms
from mentordesk.services.kinds import Facet, Kind, Ref
from mentordesk.ui.between.dialogs import TouchDialog
from mentordesk.ui.dashboard.area import DashboardView
from mentordesk.ui.dashboard.section import row_texts
from mentordesk.ui.mentors.timeline_tab import TimelineModel
from mentordesk.ui.shell.main_window import MainWindow
from tests.ui.conftest import DialogAnswerer
from tests.ui.helpers import add_people, click, context_of, mentors_view, type_text


def overdue_mentor(database: Database, rule: str) -> str:
    ada = add_people(database, ("Ada Lovelace", "active"))["Ada Lovelace"]
    today = date.today()
    with database.session() as session:
        agreements.save(
            session,
            ada,
            AgreementTerms(
                status="agreed",
                frequency_every=2,
                frequency_unit="weeks",
                agreed_on=today - timedelta(days=90),
                touches_count=rule,
            ),
            today=today,
            now=utc_now(),
        )
        start = datetime.now(UTC) - timedelta(days=30)
        made = meetings.plan_meeting(session, meetings.MeetingPlan(ada, start), now=utc_now())
        meetings.end_meeting(session, made.id, actual_minutes=40, now=start)
    return ada


def due_rows(view: DashboardView) -> list[tuple[str, str]]:
    return [row_texts(row) for row in view.due.shown_rows()]


@pytest.mark.parametrize(
    ("rule", "stays", "said"),
    [
        ("overdue", False, ""),
        ("none", True, "not counted: only meetings count (as agreed)"),
    ],
)
def test_a_touch_from_the_dashboard_counts_as_the_agreement_says(
    qtbot: QtBot,
    window: MainWindow,
    database: Database,
    dialogs: DialogAnswerer,
    rule: str,
    stays: bool,
    said: str,
) -> None:
    ada = overdue_mentor(database, rule)
    window.open_area("dashboard")
    view = window.area_widget("dashboard")
    assert isinstance(view, DashboardView)
    view.reload()
    assert due_rows(view)[0][0].startswith("Ada Lovelace — 16 days overdue")

    def log(dialog: QDialog) -> None:
        assert isinstance(dialog, TouchDialog)
        type_text(dialog.note, "Sent the deck")
        dialog.accept()

    dialogs.answer(log)
    button = view.due.findChild(QPushButton, "dueTouch0")
    assert isinstance(button, QPushButton)
    click(button)
    qtbot.waitUntil(lambda: bool(due_rows(view)) == stays)
    if stays:
        assert said in " ".join(due_rows(view)[0])

    context_of(window).open(Ref(Kind.MENTOR, ada, Facet.TIMELINE))
    panel = mentors_view(window).detail_tabs.timeline_panel
    panel.follower.flush()
    shown = [
        str(panel.model.index(row, TimelineModel.COL_WHAT).data())
        for row in range(panel.model.rowCount())
    ]
    assert shown[0] == "Email: Sent the deck"
