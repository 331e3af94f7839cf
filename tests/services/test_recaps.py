"""What a recap is built from, and the mailto: link it opens in: private points never in
it, and a link never longer than mail apps take."""

from __future__ import annotations

from datetime import UTC, datetime
from urllib.parse import parse_qs, urlsplit

import pytest

from mentordesk.db.database import Database
from mentordesk.services import action_items, meetings, recaps
from mentordesk.services.mail_link import CUT_NOTE, MAX_URL, mail_link
from mentordesk.services.mentors import MentorData, create_mentor

NOW = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)


def test_a_short_message_goes_whole_and_a_long_one_is_cut_at_a_line() -> None:
    short = mail_link("ada@example.com", "Thanks & more", "Hi Ada,\n\n100% useful – ☕")
    assert not short.cut
    query = parse_qs(urlsplit(short.url).query)
    assert query == {"subject": ["Thanks & more"], "body": ["Hi Ada,\r\n\r\n100% useful – ☕"]}
    body = "\n".join(f"Line {n}: café ☕ and more words" for n in range(300))
    long = mail_link("ada@example.com", "Thanks", body)
    assert long.cut and len(long.url) <= MAX_URL
    sent = parse_qs(urlsplit(long.url).query)["body"][0]
    assert sent.endswith(CUT_NOTE) and sent.startswith("Line 0: café ☕")
    assert all(line.startswith("Line") or line in ("", CUT_NOTE) for line in sent.split("\r\n"))


def test_private_points_never_reach_the_recap(
    database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The hook for the private flag of agenda points: a point it calls private is
    left out of what was discussed."""
    with database.session() as session:
        ada = create_mentor(session, MentorData(name="Ada", status="active"), now=NOW).id
        meeting = meetings.plan_meeting(
            session,
            meetings.MeetingPlan(ada, NOW, agenda=("Promotion", "My salary worries")),
            now=NOW,
        ).id
        meetings.set_agenda(
            session,
            meeting,
            [(None, "Promotion", True), (None, "My salary worries", True)],
            now=NOW,
        )
    with database.session() as session:
        assert recaps.recap_facts(session, meeting).discussed == (
            "Promotion",
            "My salary worries",
        )
    monkeypatch.setattr(
        recaps, "is_private", lambda point: getattr(point, "text", "").startswith("My ")
    )
    with database.session() as session:
        assert recaps.recap_facts(session, meeting).discussed == ("Promotion",)


def test_an_item_captured_in_the_meeting_with_report_back_is_said_once(database: Database) -> None:
    """It was listed under "What I will do" and again under "I will report back"."""
    with database.session() as session:
        ada = create_mentor(session, MentorData(name="Ada", status="active"), now=NOW).id
        meeting = meetings.plan_meeting(session, meetings.MeetingPlan(ada, NOW), now=NOW).id
        action_items.capture(
            session, ada, "Try the checklist", meeting_id=meeting, report_back=True, now=NOW
        )
        action_items.capture(session, ada, "Read the book", report_back=True, now=NOW)
    with database.session() as session:
        facts = recaps.recap_facts(session, meeting)
    assert [(a.text, a.report_back) for a in facts.actions] == [("Try the checklist", True)]
    assert [a.text for a in facts.report_back] == ["Read the book"]  # from before: still said
