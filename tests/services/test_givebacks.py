"""Give-back ideas: fields and kinds, capture from a meeting, the per-mentor balance,
and the dashboard's nudge with its thresholds."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select

from mentordesk.db.database import Database
from mentordesk.db.models import GiveBack
from mentordesk.db.types import utc_now
from mentordesk.services import givebacks, meetings, records
from mentordesk.services.dashboard import GiveBackNudge, dashboard
from mentordesk.services.givebacks import GiveBackData, GiveBackValidationError
from mentordesk.services.kinds import Kind, Ref
from mentordesk.services.mentors import MentorData, create_mentor, delete_mentor

LONDON = ZoneInfo("Europe/London")
TODAY = date(2026, 6, 1)
NOW = datetime(2026, 6, 1, 9, tzinfo=UTC)


def mentor(database: Database, name: str, status: str = "active") -> str:
    with database.session() as session:
        return create_mentor(session, MentorData(name=name, status=status), now=utc_now()).id


def held(database: Database, mentor_id: str, days_ago: int) -> str:
    start = NOW - timedelta(days=days_ago)
    with database.session() as session:
        made = meetings.plan_meeting(session, meetings.MeetingPlan(mentor_id, start), now=utc_now())
        meetings.end_meeting(session, made.id, actual_minutes=30, now=start)
    return made.id


def gave(database: Database, mentor_id: str, days_ago: int, idea: str = "Thank-you card") -> str:
    with database.session() as session:
        data = GiveBackData(mentor_id, idea, status="done", done_on=TODAY - timedelta(days_ago))
        return givebacks.create(session, data, today=TODAY, now=NOW).id


@pytest.mark.parametrize(
    ("data", "field"),
    [
        (GiveBackData("MENTOR", "   "), "idea"),
        (GiveBackData("MENTOR", "Card", kind="bribe"), "kind"),
        (GiveBackData("MENTOR", "Card", status="maybe"), "status"),
        (GiveBackData("MENTOR", "Card", status="done", done_on=TODAY + timedelta(1)), "done_on"),
    ],
)
def test_bad_input_is_refused_for_its_field_and_nothing_is_saved(
    database: Database, data: GiveBackData, field: str
) -> None:
    ada = mentor(database, "Ada")
    data = GiveBackData(**{**data.__dict__, "mentor_id": ada})
    with database.session() as session, pytest.raises(GiveBackValidationError) as caught:
        givebacks.create(session, data, today=TODAY, now=NOW)
    assert set(caught.value.errors) == {field}
    with database.session() as session:
        assert session.scalar(select(func.count()).select_from(GiveBack)) == 0


def test_an_idea_for_a_mentor_deleted_meanwhile_is_refused(database: Database) -> None:
    ada = mentor(database, "Ada")
    with database.session() as session:
        delete_mentor(session, ada)
    with database.session() as session, pytest.raises(GiveBackValidationError) as caught:
        givebacks.create(session, GiveBackData(ada, "Card"), today=TODAY, now=NOW)
    assert "deleted" in caught.value.errors["mentor"]


def test_done_without_a_day_is_done_today_and_undone_clears_the_day(database: Database) -> None:
    ada = mentor(database, "Ada")
    with database.session() as session:
        made = givebacks.create(
            session, GiveBackData(ada, "Intro to Bo", status="done"), today=TODAY, now=utc_now()
        )
        assert made.data.done_on == TODAY
        again = givebacks.update(
            session, made.id, GiveBackData(ada, "Intro to Bo"), today=TODAY, now=utc_now()
        )
        assert (again.status, again.data.done_on) == ("idea", None)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Send her the article on rotas", "share_something"),
        ("Thank him for the intro", "thanks"),
        ("Introduce Sam to the data team", "introduction"),
        ("Write a LinkedIn recommendation", "recommendation"),
        ("Give feedback on her talk", "feedback"),
        ("Buy coffee next time", "gift"),
        ("Help with the conference website", "help_on_project"),
        ("Something nice", "other"),
    ],
)
def test_a_captured_line_guesses_its_kind(text: str, kind: str) -> None:
    assert givebacks.guess_kind(text) == kind


def test_capture_from_a_meeting_keeps_the_idea_when_the_meeting_goes(database: Database) -> None:
    ada = mentor(database, "Ada")
    meeting_id = held(database, ada, 1)
    with database.session() as session:
        idea = givebacks.capture(
            session,
            ada,
            "  Send   the podcast link ",
            meeting_id=meeting_id,
            today=TODAY,
            now=utc_now(),
        )
        assert (idea.idea, idea.data.kind, idea.meeting_id) == (
            "Send the podcast link",
            "share_something",
            meeting_id,
        )
        assert records.unlinked_by(session, Ref(Kind.MEETING, meeting_id)) == {Kind.GIVE_BACK: 1}
        meetings.delete_meeting(session, meeting_id)
        assert givebacks.get(session, idea.id).meeting_id is None


def test_the_balance_says_when_i_last_gave_back_and_how_many_meetings_since(
    database: Database,
) -> None:
    ada = mentor(database, "Ada")
    for days in (120, 100, 60, 40, 30, 20, 10, 5):
        held(database, ada, days)
    gave(database, ada, 200)
    gave(database, ada, 74)
    with database.session() as session:
        givebacks.create(
            session, GiveBackData(ada, "Lunch", status="planned"), today=TODAY, now=utc_now()
        )
        found = givebacks.balance(session, ada, TODAY, LONDON)
    assert (found.last_gave, found.days_since, found.meetings_since) == (
        TODAY - timedelta(74),
        74,
        6,
    )
    assert (found.done, found.waiting) == (2, 1)


def test_never_gave_back_counts_every_meeting(database: Database) -> None:
    ada = mentor(database, "Ada")
    held(database, ada, 3)
    with database.session() as session:
        found = givebacks.balance(session, ada, TODAY, LONDON)
    assert (found.last_gave, found.days_since, found.meetings_since) == (None, None, 1)


def test_the_dashboard_nudges_by_the_thresholds_from_preferences(database: Database) -> None:
    often = mentor(database, "Often met")
    for days in (70, 50, 30, 10):
        held(database, often, days)
    gave(database, often, 80)
    recent = mentor(database, "Recently thanked")
    for days in (70, 50, 30, 10):
        held(database, recent, days)
    gave(database, recent, 5)
    few = mentor(database, "Met once")
    held(database, few, 90)
    paused = mentor(database, "Paused", "paused")
    for days in (70, 50, 30, 10):
        held(database, paused, days)
    with database.session() as session:
        default = dashboard(session, TODAY, NOW, LONDON)
        strict = dashboard(session, TODAY, NOW, LONDON, GiveBackNudge(meetings=1, days=1))
        lenient = dashboard(session, TODAY, NOW, LONDON, GiveBackNudge(meetings=5, days=60))
    assert [b.mentor_name for b in default.give_back] == ["Often met"]
    # Given back after the last meeting: nothing to nudge about, whatever the thresholds.
    assert [b.mentor_name for b in strict.give_back] == ["Met once", "Often met"]
    assert lenient.give_back == ()
