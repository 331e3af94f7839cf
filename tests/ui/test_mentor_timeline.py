"""Issue 8, point 3: the mentor's page tells their story, as Monica shows a contact's
activity: meetings, action items and status changes in date order, each one opening
what it is about."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt

from mentordesk.db.database import Database
from mentordesk.db.types import utc_now
from mentordesk.services import action_items, meetings, mentors
from mentordesk.services.kinds import Kind, Ref
from mentordesk.services.meetings import MeetingPlan
from mentordesk.services.mentors import MentorData
from mentordesk.ui import formats
from mentordesk.ui.action_items.area import ActionItemsView
from mentordesk.ui.mentors.timeline_tab import MentorTimelinePanel, TimelineModel
from mentordesk.ui.shell.main_window import MainWindow
from tests.ui.conftest import DialogAnswerer
from tests.ui.helpers import click_row, context_of, mentors_view, press

NOW = datetime(2026, 6, 10, 12, 0, tzinfo=UTC)


def story(database: Database) -> dict[str, str]:
    with database.session() as session:
        ada = mentors.create_mentor(
            session, MentorData(name="Ada Lovelace", status="prospect"), now=NOW - timedelta(30)
        )
        mentors.update_mentor(
            session, ada.id, replace(ada.data, status="active"), now=NOW - timedelta(20)
        )
        met = meetings.plan_meeting(
            session, MeetingPlan(ada.id, NOW - timedelta(10)), now=utc_now()
        ).id
        meetings.save_notes(session, met, "notes", takeaways="Lead with impact", now=NOW)
        meetings.end_meeting(session, met, actual_minutes=40, rating=5, now=NOW)
        item = action_items.capture(
            session, ada.id, "Read the book", meeting_id=met, now=NOW - timedelta(9)
        )
        action_items.mark_done(
            session, item.id, outcome="Chapter 3", on=(NOW - timedelta(2)).date(), now=NOW
        )
        return {"ada": ada.id, "meeting": met, "item": item.id}


def rows(panel: MentorTimelinePanel) -> list[tuple[str, str]]:
    """(what happened, the details on the line under it) per row, as shown."""
    model = panel.model
    shown = [
        str(model.index(row, TimelineModel.COL_WHAT).data()) for row in range(model.rowCount())
    ]
    return [(text.partition("\n")[0], text.partition("\n")[2]) for text in shown]


def test_the_timeline_tab_shows_the_mentors_story_newest_first_and_opens_its_entries(
    window: MainWindow, database: Database, dialogs: DialogAnswerer
) -> None:
    ids = story(database)
    context_of(window).set_clock(lambda: NOW)
    view = mentors_view(window)
    view.follower.everything_changed()
    click_row(view, "Ada Lovelace")
    page = view.detail_tabs
    page.setCurrentWidget(page.timeline_panel)
    panel = page.timeline_panel

    what = [text for text, _detail in rows(panel)]
    assert what == [
        "Done: Read the book",
        "Action item: Read the book",
        "Met for 40 min  ★★★★★",
        "Status: Prospect → Active",
        "Added to MentorDesk",
    ]
    assert rows(panel)[0][1] == "Chapter 3"
    assert rows(panel)[2][1].endswith("Lead with impact")
    when = panel.model.index(2, TimelineModel.COL_WHEN).data()
    assert when == formats.short_date((NOW - timedelta(10)).astimezone().date())

    # A held meeting opens to be read.
    dialogs.answer(lambda dialog: dialog.reject())
    panel.table.selectRow(2)
    panel.table.setFocus()
    press(panel.table, Qt.Key.Key_Return)
    assert dialogs.names == ["readMeetingDialog"]

    # An action item opens in its area, selected.
    panel.table.selectRow(1)
    press(panel.table, Qt.Key.Key_Return)
    area = window.area_widget("actions")
    assert window.current_area() == "actions" and isinstance(area, ActionItemsView)
    current = area.current_item()
    assert current is not None and current.id == ids["item"]


def test_the_timeline_follows_changes_made_elsewhere(
    window: MainWindow, database: Database
) -> None:
    ids = story(database)
    view = mentors_view(window)
    view.follower.everything_changed()
    click_row(view, "Ada Lovelace")
    page = view.detail_tabs
    page.setCurrentWidget(page.timeline_panel)
    before = len(rows(page.timeline_panel))
    context_of(window).write(
        "Add action item",
        lambda s: action_items.capture(s, ids["ada"], "Write to Grace", now=datetime.now(UTC)),
        created=lambda state: [Ref(Kind.ACTION_ITEM, state.id)],
    )
    assert len(rows(page.timeline_panel)) == before + 1
    assert rows(page.timeline_panel)[0][0] == "Action item: Write to Grace"
