"""Action items: capture, edit, done with an outcome, report back, delete and restore."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from mentordesk.db.choices import ActionStatus
from mentordesk.db.database import Database
from mentordesk.db.types import utc_now
from mentordesk.services import action_items, meeting_queries, meetings, records
from mentordesk.services.kinds import Kind, Ref
from mentordesk.services.mentors import MentorData, create_mentor, delete_mentor
from mentordesk.services.records import Delta


@pytest.fixture
def mentor_id(database: Database) -> str:
    with database.session() as session:
        return create_mentor(
            session, MentorData(name="Ada Lovelace", status="active"), now=utc_now()
        ).id


def capture(database: Database, mentor_id: str, text: str, **kwargs: object) -> str:
    with database.session() as session:
        kwargs.setdefault("now", utc_now())
        return action_items.capture(session, mentor_id, text, **kwargs).id  # type: ignore[arg-type]


def state(database: Database, item_id: str) -> action_items.ActionItemState:
    with database.session() as session:
        return action_items.get(session, item_id)


def test_capture_cleans_the_text_and_starts_open(database: Database, mentor_id: str) -> None:
    item_id = capture(database, mentor_id, "  Read   the  book\n on negotiation ")
    item = state(database, item_id)
    assert item.text == "Read the book on negotiation"
    assert item.status == ActionStatus.OPEN.value
    assert item.mentor_name == "Ada Lovelace"


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("- [ ] **Ask** Sam about the _budget_", "Ask Sam about the budget"),
        ("## Read ~~two~~ `three` books", "Read two three books"),
        (
            "1. See [the guide](https://example.org) first",
            "See the guide (https://example.org) first",
        ),
        ("Rename snake_case files, 2*3*4 and a * b", "Rename snake_case files, 2*3*4 and a * b"),
    ],
)
def test_captured_and_edited_text_is_stored_without_markdown_markers(
    database: Database, mentor_id: str, typed: str, stored: str
) -> None:
    """The brief, the lists and search show the advice, not the note-taker's asterisks."""
    item_id = capture(database, mentor_id, typed)
    assert state(database, item_id).text == stored
    with database.session() as session:
        action_items.update(session, item_id, text=f"{typed} **today**", now=utc_now())
    assert state(database, item_id).text == f"{stored} today"


@pytest.mark.parametrize("text", ["", "   \n  ", "x" * (action_items.TEXT_MAX + 1)])
def test_capture_refuses_empty_or_huge_text(database: Database, mentor_id: str, text: str) -> None:
    with pytest.raises(action_items.ActionItemValidationError) as error:
        capture(database, mentor_id, text)
    assert "text" in error.value.errors


def test_capture_refuses_an_unknown_mentor(database: Database) -> None:
    with pytest.raises(action_items.ActionItemValidationError) as error:
        capture(database, "no-such-mentor", "Call back")
    assert "mentor" in error.value.errors


def test_list_is_soonest_due_first_and_undated_last(database: Database, mentor_id: str) -> None:
    capture(database, mentor_id, "No date")
    capture(database, mentor_id, "Later", due_date=date(2025, 5, 1))
    capture(database, mentor_id, "Sooner", due_date=date(2025, 4, 1))
    with database.session() as session:
        assert [s.text for s in action_items.item_rows(session)] == ["Sooner", "Later", "No date"]


def test_mark_done_keeps_outcome_date_and_report_back(database: Database, mentor_id: str) -> None:
    item_id = capture(database, mentor_id, "Ask for a stretch project")
    with database.session() as session:
        action_items.mark_done(
            session,
            item_id,
            outcome=" Got the API work ",
            on=date(2025, 3, 2),
            report_back=True,
            now=utc_now(),
        )
    item = state(database, item_id)
    assert item.status == ActionStatus.DONE.value
    assert item.done_on == date(2025, 3, 2)
    assert item.outcome == "Got the API work"
    assert item.report_back and item.reported_on is None


def test_mark_done_refuses_a_future_date(database: Database, mentor_id: str) -> None:
    item_id = capture(database, mentor_id, "Write the talk")
    with pytest.raises(action_items.ActionItemValidationError) as error, database.session() as s:
        action_items.mark_done(s, item_id, on=date.today() + timedelta(days=2), now=utc_now())
    assert "done_on" in error.value.errors
    assert state(database, item_id).status == ActionStatus.OPEN.value


def test_reopening_clears_the_done_date(database: Database, mentor_id: str) -> None:
    item_id = capture(database, mentor_id, "Practise the pitch")
    with database.session() as session:
        action_items.mark_done(
            session, item_id, outcome="Did it twice", on=date(2025, 1, 5), now=utc_now()
        )
        action_items.set_status(session, item_id, ActionStatus.OPEN.value, now=utc_now())
    item = state(database, item_id)
    assert item.status == ActionStatus.OPEN.value and item.done_on is None
    assert item.outcome == "Did it twice"  # what I wrote stays


def test_reported_outcome_leaves_the_brief(database: Database, mentor_id: str) -> None:
    item_id = capture(database, mentor_id, "Apply for the lead role")
    with database.session() as session:
        action_items.mark_done(session, item_id, outcome="Applied", report_back=True, now=utc_now())
        assert [i.id for i in meeting_queries.brief(session, mentor_id).to_report_back] == [item_id]
        action_items.mark_reported(session, item_id, on=date(2025, 2, 1), now=utc_now())
        assert meeting_queries.brief(session, mentor_id).to_report_back == ()
    assert state(database, item_id).reported_on == date(2025, 2, 1)


def test_update_sets_and_clears_the_due_date(database: Database, mentor_id: str) -> None:
    item_id = capture(database, mentor_id, "Book the course")
    with database.session() as session:
        action_items.update(
            session, item_id, due_date=date(2025, 6, 1), report_back=True, now=utc_now()
        )
    assert state(database, item_id).due_date == date(2025, 6, 1)
    assert state(database, item_id).report_back
    with database.session() as session:
        action_items.update(session, item_id, clear_due_date=True, now=utc_now())
    assert state(database, item_id).due_date is None


def deleted(database: Database, item_id: str) -> Delta:
    with database.session() as session:
        _, delta = records.track(
            session,
            [Ref(Kind.ACTION_ITEM, item_id)],
            lambda s: action_items.delete(s, item_id),
            dependents=True,
        )
    return delta


def test_undo_puts_back_a_deleted_item(database: Database, mentor_id: str) -> None:
    item_id = capture(database, mentor_id, "Send thanks", due_date=date(2025, 1, 9))
    before = state(database, item_id)
    delta = deleted(database, item_id)
    with database.session() as session:
        assert action_items.list_items(session) == []
        records.apply(session, delta.reversed())
    assert state(database, item_id) == before


def test_overdue_is_relative_to_today_and_only_for_open_items(
    database: Database, mentor_id: str
) -> None:
    item_id = capture(database, mentor_id, "Draft the plan", due_date=date(2025, 3, 10))
    item = state(database, item_id)
    assert item.is_overdue(date(2025, 3, 11))
    assert not item.is_overdue(date(2025, 3, 10))
    assert not replace(item, status="done").is_overdue(date(2025, 4, 1))


def test_undo_after_the_meeting_was_deleted_keeps_the_item_unlinked(
    database: Database, mentor_id: str
) -> None:
    with database.session() as session:
        meeting = meetings.plan_meeting(
            session,
            meetings.MeetingPlan(mentor_id=mentor_id, scheduled_start=utc_now()),
            now=utc_now(),
        )
        meeting_id = meeting.id
    item_id = capture(database, mentor_id, "Send thanks", meeting_id=meeting_id)
    before = state(database, item_id)
    delta = deleted(database, item_id)
    with database.session() as session:
        meetings.delete_meeting(session, meeting_id)
    with database.session() as session:
        records.apply(session, delta.reversed())
    assert state(database, item_id) == replace(before, meeting_id=None)


def test_undo_after_the_mentor_was_deleted_is_refused(database: Database, mentor_id: str) -> None:
    item_id = capture(database, mentor_id, "Send thanks")
    delta = deleted(database, item_id)
    with database.session() as session:
        delete_mentor(session, mentor_id)
    with pytest.raises(records.ParentGoneError) as refused, database.session() as session:
        records.apply(session, delta.reversed())
    assert refused.value.kind is Kind.MENTOR
    with database.session() as session:
        assert action_items.list_items(session) == []
