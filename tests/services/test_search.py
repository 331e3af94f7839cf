"""services.search: what a search returns for each kind of thing the user wrote."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from mentordesk.db.database import Database
from mentordesk.db.types import utc_now
from mentordesk.services import action_items, meeting_queries, meetings, mentors
from mentordesk.services.kinds import Kind
from mentordesk.services.mentors import MentorData
from mentordesk.services.search import (
    MARK_CLOSE,
    MARK_OPEN,
    SearchHit,
    one_line,
    search,
    snippet_parts,
)

WHEN = datetime(2026, 3, 2, 15, 30, tzinfo=UTC)


def mark(word: str) -> str:
    return f"{MARK_OPEN}{word}{MARK_CLOSE}"


@pytest.fixture
def grace(database: Database) -> dict[str, str]:
    """A mentor with a meeting (notes, takeaways, agenda) and an action item."""
    with database.session() as session:
        mentor = mentors.create_mentor(
            session,
            MentorData(
                name="Grace Hopper",
                role="Rear Admiral",
                organisation="US Navy",
                tags=("compilers",),
                notes="Met at the <b>Vassar</b> reunion",
            ),
            now=utc_now(),
        )
        meeting = meetings.plan_meeting(
            session,
            meetings.MeetingPlan(
                mentor_id=mentor.id, scheduled_start=WHEN, agenda=("Ask about nanoseconds",)
            ),
            now=utc_now(),
        )
        meetings.save_notes(
            session,
            meeting.id,
            "# Debugging\n\nShe showed me the moth.\n",
            "Keep a logbook",
            now=utc_now(),
        )
        item = action_items.capture(
            session, mentor.id, "Start a logbook", meeting_id=meeting.id, now=utc_now()
        )
        action_items.set_status(
            session, item.id, "done", outcome="Filled three pages", now=utc_now()
        )
        return {
            "mentor": mentor.id,
            "meeting": meeting.id,
            "agenda": meeting_queries.detail(session, meeting.id).agenda[0].id,
            "action": item.id,
        }


def only(database: Database, text: str) -> SearchHit:
    with database.session() as session:
        hits = search(session, text)
    assert len(hits) == 1, hits
    return hits[0]


def test_a_mentor_hit(database: Database, grace: dict[str, str]) -> None:
    hit = only(database, "admiral")
    assert hit.kind is Kind.MENTOR
    assert (hit.item_id, hit.mentor_id, hit.meeting_id) == (grace["mentor"],) * 2 + (None,)
    assert hit.mentor_name == "Grace Hopper"
    assert hit.title == "Grace Hopper"
    assert hit.snippet.startswith(f"Rear {mark('Admiral')} · US Navy · compilers")
    assert "\n" not in hit.snippet


def test_a_mentor_found_by_name_shows_the_start_of_their_details(
    database: Database, grace: dict[str, str]
) -> None:
    with database.session() as session:
        hits = search(session, "hopper")
    mentor_hit = next(hit for hit in hits if hit.kind is Kind.MENTOR)
    assert mentor_hit.snippet.startswith("Rear Admiral · US Navy")
    assert hits[0] is mentor_hit  # a short title that matches beats the meeting's


def test_a_meeting_notes_hit(database: Database, grace: dict[str, str]) -> None:
    hit = only(database, "moth")
    assert hit.kind is Kind.MEETING
    assert (hit.item_id, hit.meeting_id, hit.mentor_id) == (
        grace["meeting"],
        grace["meeting"],
        grace["mentor"],
    )
    assert hit.meeting_start == WHEN
    assert hit.mentor_name == "Grace Hopper"
    assert hit.snippet == f"# Debugging · She showed me the {mark('moth')}. · Keep a logbook"


def test_an_agenda_item_hit_knows_its_meeting(database: Database, grace: dict[str, str]) -> None:
    hit = only(database, "nanosec")
    assert hit.kind is Kind.AGENDA_ITEM
    assert (hit.item_id, hit.meeting_id, hit.mentor_id) == (
        grace["agenda"],
        grace["meeting"],
        grace["mentor"],
    )
    assert hit.meeting_start == WHEN
    assert hit.snippet == f"Ask about {mark('nanoseconds')}"


def test_an_action_item_hit_shows_its_text_and_a_matching_outcome(
    database: Database, grace: dict[str, str]
) -> None:
    with database.session() as session:
        by_text = [hit for hit in search(session, "start log") if hit.kind == "action_item"]
        by_outcome = search(session, "pages")
    assert [hit.snippet for hit in by_text] == [f"{mark('Start')} a {mark('logbook')}"]
    (hit,) = by_outcome
    assert (hit.kind, hit.item_id, hit.meeting_id) == (
        "action_item",
        grace["action"],
        grace["meeting"],
    )
    assert hit.snippet == f"Start a logbook — Filled three {mark('pages')}"


def test_nothing_typed_or_nothing_found_is_an_empty_list(
    database: Database, grace: dict[str, str]
) -> None:
    with database.session() as session:
        assert search(session, "") == []
        assert search(session, '"*()') == []
        assert search(session, "zanzibar") == []


def test_html_in_notes_comes_back_as_text(database: Database, grace: dict[str, str]) -> None:
    hit = only(database, "vassar")
    assert f"<b>{mark('Vassar')}</b>" in hit.snippet  # escaping is the UI's job


def test_snippet_parts() -> None:
    assert snippet_parts(f"a {mark('b')} c{mark('d')}") == [
        ("a ", False),
        ("b", True),
        (" c", False),
        ("d", True),
    ]
    assert snippet_parts("") == []


def test_one_line() -> None:
    assert one_line("  # Title \n\n - one\r\n\t- two  ") == "# Title · - one · - two"


def test_a_mentor_whose_name_matches_comes_before_their_meetings(database: Database) -> None:
    with database.session() as session:
        mentor = mentors.create_mentor(
            session, MentorData(name="José Álvarez", notes="A long note " * 30), now=utc_now()
        )
        for day in range(1, 6):
            meetings.plan_meeting(
                session,
                meetings.MeetingPlan(mentor_id=mentor.id, scheduled_start=WHEN.replace(day=day)),
                now=utc_now(),
            )
        hits = search(session, "jose")
    assert [hit.kind for hit in hits] == ["mentor"] + ["meeting"] * 5
