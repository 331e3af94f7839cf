"""Prospects (outreach steps, follow-ups, promotion) and closing a mentorship well
(the review, alumni that cadence and the dashboard keep in touch with)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select

from mentordesk.db.database import Database
from mentordesk.db.models import Closure, OutreachStep
from mentordesk.db.types import utc_now
from mentordesk.services import (
    action_items,
    closure,
    givebacks,
    goal_links,
    goals,
    meetings,
    mentors,
    prospects,
    records,
)
from mentordesk.services.cadence import CadenceStatus, add_months
from mentordesk.services.cadence_read import cadences_of
from mentordesk.services.closure import ClosureValidationError, KeepInTouch
from mentordesk.services.dashboard import dashboard
from mentordesk.services.kinds import Kind, Ref
from mentordesk.services.mentors import MentorData, create_mentor
from mentordesk.services.prospects import OutreachValidationError
from mentordesk.services.reminders import due_reminders

LONDON = ZoneInfo("Europe/London")
TODAY = date(2026, 6, 1)
NOW = datetime(2026, 6, 1, 9, tzinfo=UTC)


def person(database: Database, name: str, status: str = "prospect", **kw: Any) -> str:
    data = replace(MentorData(name=name, status=status), **kw)
    with database.session() as session:
        # Added before the steps and changes the tests date at NOW, as in real use: the
        # history is in time order, so a mentor added "today" would sort after them.
        return create_mentor(session, data, now=NOW - timedelta(days=30)).id


def held(database: Database, mentor_id: str, days_ago: int, takeaways: str = "") -> str:
    start = NOW - timedelta(days=days_ago)
    with database.session() as session:
        made = meetings.plan_meeting(session, meetings.MeetingPlan(mentor_id, start), now=utc_now())
        meetings.save_notes(session, made.id, "", takeaways, now=utc_now())
        meetings.end_meeting(session, made.id, actual_minutes=30, now=start)
    return made.id


# -- prospects ------------------------------------------------------------------------------
def test_a_prospect_shows_where_found_why_they_fit_and_their_goals(database: Database) -> None:
    mei = person(
        database,
        "Mei",
        where_found="professional_association",
        where_found_detail="Women in Data",
        fit_notes="Built a team from zero",
    )
    person(database, "Already active", "active")
    with database.session() as session:
        speak = goals.create_goal(session, goals.GoalData("Speak at a conference"), now=NOW).id
        goal_links.set_goals_of_mentor(session, mei, [speak])
        rows = prospects.prospect_rows(session)
    assert [(r.name, r.where_found, r.fit_notes, r.goal_titles) for r in rows] == [
        ("Mei", "professional_association", "Built a team from zero", ("Speak at a conference",))
    ]


def test_asking_makes_a_prospect_requested_and_a_follow_up_comes_due(database: Database) -> None:
    mei = person(database, "Mei")
    with database.session() as session:
        prospects.add_step(
            session,
            mei,
            "asked",
            TODAY - timedelta(10),
            follow_up_on=TODAY - timedelta(3),
            note="Sent a short note",
            today=TODAY,
            now=NOW,
        )
        assert mentors.get(session, mei).data.status == "requested"
        due = prospects.follow_ups(session, TODAY)
        board = dashboard(session, TODAY, NOW, LONDON)
    assert [(f.mentor_name, f.last_kind, f.days_late) for f in due] == [("Mei", "asked", 3)]
    assert board.follow_ups == tuple(due)
    with database.session() as session:
        prospects.add_step(session, mei, "answered", TODAY, note="Yes!", today=TODAY, now=NOW)
        assert prospects.follow_ups(session, TODAY) == []


@pytest.mark.parametrize(
    ("day", "follow", "field"),
    [
        (TODAY + timedelta(1), None, "day"),
        (TODAY, TODAY - timedelta(1), "follow_up_on"),
    ],
)
def test_a_step_in_the_future_or_a_follow_up_before_it_is_refused(
    database: Database, day: date, follow: date | None, field: str
) -> None:
    mei = person(database, "Mei")
    with database.session() as session, pytest.raises(OutreachValidationError) as caught:
        prospects.add_step(
            session, mei, "asked", day, follow_up_on=follow, today=TODAY, now=utc_now()
        )
    assert set(caught.value.errors) == {field}
    with database.session() as session:
        assert prospects.prospect_rows(session)[0].steps == ()
        assert mentors.get(session, mei).data.status == "prospect"


def test_promoting_keeps_everything_and_records_the_change(database: Database) -> None:
    mei = person(database, "Mei", fit_notes="Great fit")
    with database.session() as session:
        prospects.add_step(session, mei, "asked", TODAY, today=TODAY, now=NOW)
        prospects.promote(session, mei, now=NOW + timedelta(hours=1))
        after = mentors.get(session, mei)
        steps = session.scalar(select(func.count()).select_from(OutreachStep))
    assert after.data.status == "active" and after.data.fit_notes == "Great fit"
    assert [c.to_status for c in after.history] == ["prospect", "requested", "active"]
    assert steps == 1


# -- closing well ---------------------------------------------------------------------------
def test_the_draft_gathers_takeaways_done_advice_give_backs_and_linked_goals(
    database: Database,
) -> None:
    ada = person(database, "Ada", "active")
    held(database, ada, 90, "- Hire slowly\n- Write things down")
    held(database, ada, 30, "* Write things down\n1. Say no more often")
    with database.session() as session:
        item = action_items.capture(session, ada, "Start a decision log", now=utc_now()).id
        action_items.mark_done(session, item, outcome="Used weekly", on=TODAY, now=NOW)
        givebacks.create(
            session,
            givebacks.GiveBackData(ada, "Sent the rota article", status="done"),
            today=TODAY,
            now=utc_now(),
        )
        lead = goals.create_goal(session, goals.GoalData("Lead a team"), mentor_ids=[ada], now=NOW)
        found = closure.draft(session, ada, LONDON)
    assert [t.text for t in found.takeaways] == [
        "Write things down",
        "Say no more often",
        "Hire slowly",
    ]
    assert [(a.text, a.outcome) for a in found.done_actions] == [
        ("Start a decision log", "Used weekly")
    ]
    assert [g.idea for g in found.gave_back] == ["Sent the rota article"]
    assert found.linked_goal_ids == {lead.id}
    assert (found.meetings_held, found.first_met, found.last_met) == (
        2,
        TODAY - timedelta(90),
        TODAY - timedelta(30),
    )


def test_ending_as_alumni_keeps_the_review_and_a_light_rhythm_that_cadence_follows(
    database: Database,
) -> None:
    ada = person(database, "Ada", "active")
    held(database, ada, 200)
    with database.session() as session:
        speak = goals.create_goal(session, goals.GoalData("Speak"), now=NOW).id
        refs = [Ref(Kind.MENTOR, ada), Ref(Kind.GOAL, speak)]
        kept, delta = records.track(
            session,
            refs,
            lambda s: closure.close(
                s,
                ada,
                learned="Ask early",
                goal_ids=(speak,),
                thank_you="Thank you!",
                ended_on=TODAY,
                keep_in_touch=KeepInTouch(6, "months"),
                today=TODAY,
                now=NOW,
            ),
            created=lambda state: [Ref(Kind.CLOSURE, state.id)],
        )
        assert mentors.get(session, ada).data.status == "alumni"
        assert closure.closure_of(session, ada) == kept
        assert goals.get(session, speak).mentor_ids == (ada,)
        [rhythm] = cadences_of(session, TODAY, NOW, LONDON)
        board = dashboard(session, TODAY, NOW, LONDON)
        reminders = due_reminders(session, NOW, TODAY, LONDON)
    assert (rhythm.status, rhythm.next_due) == (
        CadenceStatus.OVERDUE,
        add_months(TODAY - timedelta(200), 6),
    )
    assert [c.mentor_name for c in board.due] == ["Ada"]  # time to keep in touch
    assert reminders == []  # light: no pop-up
    with database.session() as session:
        records.apply(session, delta.reversed())
        assert mentors.get(session, ada).data.status == "active"
        assert closure.closure_of(session, ada) is None
        assert goals.get(session, speak).mentor_ids == ()


def test_ending_without_keeping_in_touch_is_never_due(database: Database) -> None:
    ada = person(database, "Ada", "active")
    held(database, ada, 200)
    with database.session() as session:
        closure.close(
            session,
            ada,
            learned="",
            goal_ids=(),
            thank_you="",
            ended_on=TODAY,
            keep_in_touch=None,
            today=TODAY,
            now=NOW,
        )
        [rhythm] = cadences_of(session, TODAY, NOW, LONDON)
    assert rhythm.status is CadenceStatus.NOT_ACTIVE


@pytest.mark.parametrize(
    ("ended", "keep", "field"),
    [
        (TODAY + timedelta(1), None, "ended_on"),
        (TODAY, KeepInTouch(0, "months"), "keep_in_touch"),
        (TODAY, KeepInTouch(2, "years"), "keep_in_touch"),
    ],
)
def test_a_bad_review_ends_nothing(
    database: Database, ended: date, keep: KeepInTouch | None, field: str
) -> None:
    ada = person(database, "Ada", "active")
    with database.session() as session, pytest.raises(ClosureValidationError) as caught:
        closure.close(
            session,
            ada,
            learned="x",
            goal_ids=(),
            thank_you="",
            ended_on=ended,
            keep_in_touch=keep,
            today=TODAY,
            now=utc_now(),
        )
    assert set(caught.value.errors) == {field}
    with database.session() as session:
        assert mentors.get(session, ada).data.status == "active"
        assert session.scalar(select(func.count()).select_from(Closure)) == 0
