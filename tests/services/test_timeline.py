"""A mentor's timeline: what happened with them, newest first, nothing of anyone else."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest

from mentordesk.db.database import Database
from mentordesk.db.types import utc_now
from mentordesk.services import action_items, closure, meetings, mentors, timeline
from mentordesk.services.meetings import MeetingPlan
from mentordesk.services.mentors import MentorData

START = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def at(days: float) -> datetime:
    return START + timedelta(days=days)


def test_the_timeline_tells_the_mentors_story_newest_first(database: Database) -> None:
    with database.session() as session:
        ada = mentors.create_mentor(session, MentorData(name="Ada", status="prospect"), now=at(0))
        other = mentors.create_mentor(session, MentorData(name="Grace"), now=at(0))
        mentors.update_mentor(session, ada.id, replace(ada.data, status="active"), now=at(1))
        held = meetings.plan_meeting(session, MeetingPlan(ada.id, at(5)), now=at(2))
        meetings.save_notes(
            session, held.id, "notes", takeaways="\nAsk for stretch work\nmore", now=at(5)
        )
        meetings.end_meeting(session, held.id, actual_minutes=50, rating=4, now=at(5.1))
        book = action_items.capture(
            session, ada.id, "Read the book", meeting_id=held.id, now=at(5.05)
        )
        action_items.mark_done(
            session,
            book.id,
            outcome="Chapter 3 helped",
            on=date(2026, 3, 10),
            report_back=True,
            now=at(9),
        )
        action_items.mark_reported(session, book.id, on=date(2026, 3, 12), now=at(11))
        cobol = action_items.capture(session, ada.id, "Learn COBOL", now=at(6))
        action_items.set_status(session, cobol.id, "dropped", now=at(7))
        meetings.plan_meeting(session, MeetingPlan(ada.id, at(30), location="Café"), now=at(12))
        action_items.capture(session, other.id, "Not Ada's", now=at(6))

        story = timeline.mentor_timeline(session, ada.id, UTC)

    assert [(e.kind, e.on) for e in story] == [
        (timeline.MEETING_PLANNED, date(2026, 4, 1)),
        (timeline.REPORTED_BACK, date(2026, 3, 12)),
        (timeline.ACTION_DONE, date(2026, 3, 10)),
        (timeline.ACTION_DROPPED, date(2026, 3, 9)),
        (timeline.ACTION_ADDED, date(2026, 3, 8)),
        (timeline.ACTION_ADDED, date(2026, 3, 7)),
        (timeline.MEETING_HELD, date(2026, 3, 7)),
        (timeline.STATUS, date(2026, 3, 3)),
        (timeline.ADDED, date(2026, 3, 2)),
    ]
    planned, _reported, done, _dropped, _cobol, book_added, met, status, _added = story
    assert planned.text == "Café" and planned.number == 45
    assert (met.text, met.number, met.rating) == ("Ask for stretch work", 50, 4)
    assert (done.text, done.detail) == ("Read the book", "Chapter 3 helped")
    assert (status.before, status.after) == ("prospect", "active")
    assert book_added.at == at(5.05) and met.at == at(5)  # same day: by the hour
    assert "Not Ada's" not in {e.text for e in story}


def test_the_timeline_of_a_deleted_mentor_says_so(database: Database) -> None:
    with database.session() as session:
        ada = mentors.create_mentor(session, MentorData(name="Ada"), now=utc_now())
        mentors.delete_mentor(session, ada.id)
        with pytest.raises(mentors.MentorNotFoundError):
            timeline.mentor_timeline(session, ada.id)


def test_the_closure_review_is_on_the_timeline_and_a_days_events_keep_their_order(
    database: Database,
) -> None:
    """Issue 18, item 10: the closure review was missing, and a date-only event (a done
    action item, a report back) went to the top of its day, above what came after it."""
    with database.session() as session:
        ada = mentors.create_mentor(session, MentorData(name="Ada", status="active"), now=at(0))
        book = action_items.capture(session, ada.id, "Read the book", now=at(1))
        action_items.mark_done(session, book.id, on=at(2).date(), now=at(2))  # 09:00
        held = meetings.plan_meeting(session, MeetingPlan(ada.id, at(2.25)), now=at(1))  # 15:00
        meetings.end_meeting(session, held.id, actual_minutes=30, now=at(2.3))
        closure.close(
            session,
            ada.id,
            learned="Say no early.\nAnd more",
            goal_ids=(),
            thank_you="",
            ended_on=at(3).date(),
            keep_in_touch=None,
            today=at(3).date(),
            now=at(3.1),
        )
        story = timeline.mentor_timeline(session, ada.id, UTC)
    kinds = [e.kind for e in story]
    assert kinds[:2] == [timeline.CLOSED, timeline.STATUS]  # reviewed, then ended
    assert story[0].text == "Say no early."
    assert kinds.index(timeline.MEETING_HELD) < kinds.index(timeline.ACTION_DONE)  # 15:00, 09:00
