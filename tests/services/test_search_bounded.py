"""Search ranks a bounded set (issue 17): a rare word gets exactly the results of the
unbounded query; a common word is ranked among its most recent matches only; a
search called off stops."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from mentordesk.db.database import Database
from mentordesk.db.types import utc_now
from mentordesk.services import action_items, meetings, mentors
from mentordesk.services.mentors import MentorData
from mentordesk.services.search import Interrupted, search

START = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)
CANDIDATES = 12


@pytest.fixture
def written(database: Database) -> list[str]:
    """60 meetings whose notes say "budget" (written in this order), a few of them
    and some action items with rarer words; returns the meeting ids in order."""
    ids = []
    with database.session() as session:
        people = [
            mentors.create_mentor(session, MentorData(name=name), now=utc_now()).id
            for name in ("Ada Lovelace", "Grace Hopper", "Mary Somerville")
        ]
        for number in range(60):
            meeting = meetings.plan_meeting(
                session,
                meetings.MeetingPlan(people[number % 3], START + timedelta(days=number)),
                now=utc_now(),
            )
            rare = " Talk about the telescope." if number % 20 == 3 else ""
            notes = f"# Week {number}\n\nThe budget, the budget {'again ' * (number % 4)}.{rare}"
            meetings.save_notes(session, meeting.id, notes, "", now=utc_now())
            ids.append(meeting.id)
        for number in range(6):
            action_items.capture(
                session, people[number % 3], f"Read about telescopes, part {number}", now=utc_now()
            )
    return ids


@pytest.mark.parametrize(
    "typed", ["telescope", "tele", "Lovelace telescope", "week 7", "again telescope"]
)
def test_a_rare_word_gets_the_results_of_the_unbounded_query(
    database: Database, written: list[str], typed: str
) -> None:
    with database.session() as session:
        bounded = search(session, typed, candidates=CANDIDATES)
        unbounded = search(session, typed, candidates=None)
    assert bounded  # something was found, and it is the same, in the same order
    assert bounded == unbounded


def test_a_common_word_is_ranked_among_its_most_recent_matches(
    database: Database, written: list[str]
) -> None:
    with database.session() as session:
        hits = search(session, "budget", limit=5, candidates=CANDIDATES)
        everything = search(session, "budget", limit=100, candidates=None)
    assert len(everything) == 60
    assert len(hits) == 5
    assert {hit.item_id for hit in hits} <= set(written[-CANDIDATES:])
    ranks = [hit.rank for hit in hits]
    assert ranks == sorted(ranks)


def test_a_search_called_off_stops_and_the_next_one_runs(
    database: Database, written: list[str]
) -> None:
    with database.session() as session:
        with pytest.raises(Interrupted):
            search(session, "budget", candidates=None, cancelled=lambda: True)
        assert len(search(session, "telescope")) == 9  # 3 meetings, 6 action items
