"""Goals: validation with nothing half-saved, progress by hand or from action items,
links from both sides, deletion that keeps mentors, action items and meetings, undo."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from mentordesk.db.database import Database
from mentordesk.db.models import ActionItem, Base, Goal, GoalMentor, GoalProgress, Meeting, Mentor
from mentordesk.db.types import utc_now
from mentordesk.services import action_items, goal_links, goal_page, goals, meetings, records
from mentordesk.services.goals import GoalData, GoalValidationError
from mentordesk.services.kinds import Kind, Ref
from mentordesk.services.mentors import MentorData, create_mentor, delete_mentor

NOW = datetime(2026, 4, 1, 9, 0, tzinfo=UTC)
TODAY = NOW.astimezone().date()


def mentor(session: Session, name: str) -> str:
    return create_mentor(session, MentorData(name=name, status="active"), now=utc_now()).id


def count(session: Session, model: type[Base]) -> int:
    return int(session.scalar(select(func.count()).select_from(model)) or 0)


def goal(session: Session, title: str = "Lead a team", **kw: object) -> str:
    mentor_ids = kw.pop("mentor_ids", ())
    data = GoalData(title=title, **kw)  # type: ignore[arg-type]
    return goals.create_goal(session, data, mentor_ids=mentor_ids, now=NOW).id  # type: ignore[arg-type]


def held_meeting(session: Session, mentor_id: str, days: int, **text: str) -> str:
    start = NOW + timedelta(days=days)
    made = meetings.plan_meeting(
        session, meetings.MeetingPlan(mentor_id, start, agenda=()), now=utc_now()
    )
    meetings.save_notes(
        session, made.id, text.get("notes", ""), text.get("takeaways", ""), now=utc_now()
    )
    meetings.end_meeting(session, made.id, actual_minutes=30, now=start)
    return made.id


def test_a_goal_keeps_what_was_typed_cleaned(database: Database) -> None:
    with database.session() as session:
        ada = mentor(session, "Ada")
        goal_id = goal(
            session,
            "  Lead   a team ",
            why=" Grow ",
            success_criteria="Two reports",
            target_date=TODAY + timedelta(days=90),
            mentor_ids=(ada, ada),
        )
        row = goals.get(session, goal_id)
    assert (row.title, row.data.why, row.status, row.progress) == (
        "Lead a team",
        "Grow",
        "active",
        0,
    )
    assert row.mentor_names == ("Ada",)


@pytest.mark.parametrize(
    ("data", "field"),
    [
        (GoalData(title="   "), "title"),
        (GoalData(title="x" * 201), "title"),
        (GoalData(title="Speak", target_date=TODAY - timedelta(days=1)), "target_date"),
        (GoalData(title="Speak", status="someday"), "status"),
    ],
)
def test_bad_input_is_refused_with_a_message_for_the_field_and_nothing_saved(
    database: Database, data: GoalData, field: str
) -> None:
    with database.session() as session, pytest.raises(GoalValidationError) as caught:
        goals.create_goal(session, data, now=NOW)
    assert set(caught.value.errors) == {field}
    with database.session() as session:
        assert count(session, Goal) == 0


def test_a_target_before_the_goal_was_created_is_refused_later_too(database: Database) -> None:
    with database.session() as session:
        goal_id = goal(session)
    later = NOW + timedelta(days=30)
    with database.session() as session, pytest.raises(GoalValidationError) as caught:
        goals.update_goal(
            session, goal_id, GoalData("Lead a team", target_date=TODAY - timedelta(1)), now=later
        )
    assert "before the goal was created" in caught.value.errors["target_date"]
    with database.session() as session:  # a target after the day it was created is fine
        goals.update_goal(session, goal_id, GoalData("Lead a team", target_date=TODAY), now=later)


def test_a_goal_linked_to_a_mentor_deleted_meanwhile_is_not_saved(database: Database) -> None:
    with database.session() as session:
        gone = mentor(session, "Gone")
        delete_mentor(session, gone)
    with database.session() as session, pytest.raises(GoalValidationError) as caught:
        goals.create_goal(session, GoalData("Speak"), mentor_ids=[gone], now=NOW)
    assert "deleted" in caught.value.errors["mentors"]
    with database.session() as session:
        assert (count(session, Goal), count(session, GoalMentor)) == (0, 0)


@pytest.mark.parametrize("value", [-1, 101, 150])
def test_progress_outside_0_to_100_changes_nothing(database: Database, value: int) -> None:
    with database.session() as session:
        goal_id = goal(session)
        goals.set_progress(
            session, goal_id, 40, comment="Half way", day=TODAY, today=TODAY, now=utc_now()
        )
    with database.session() as session, pytest.raises(GoalValidationError) as caught:
        goals.set_progress(session, goal_id, value, day=TODAY, today=TODAY, now=utc_now())
    assert "0 to 100" in caught.value.errors["progress"]
    with database.session() as session:
        assert goals.get(session, goal_id).progress == 40
        assert count(session, GoalProgress) == 1


def test_progress_by_hand_keeps_every_update_with_its_day_and_comment(database: Database) -> None:
    with database.session() as session:
        goal_id = goal(session)
        goals.set_progress(
            session, goal_id, 20, comment="Started", day=TODAY, today=TODAY, now=utc_now()
        )
        goals.set_progress(
            session,
            goal_id,
            55,
            comment="Ran a retro",
            day=TODAY + timedelta(1),
            today=TODAY + timedelta(1),
            now=utc_now(),
        )
        found = goal_page.page(session, goal_id)
    assert found.goal.progress == 55
    assert [(u.progress, u.comment) for u in found.history] == [
        (55, "Ran a retro"),
        (20, "Started"),
    ]


def test_progress_from_action_items_counts_done_out_of_all_but_dropped(database: Database) -> None:
    with database.session() as session:
        ada = mentor(session, "Ada")
        goal_id = goal(session, progress_mode="actions")
        items = [
            action_items.capture(session, ada, f"Step {n}", now=utc_now()).id for n in range(4)
        ]
        goal_links.set_actions(session, goal_id, items, now=utc_now())
        action_items.set_status(session, items[0], "done", now=utc_now())
        action_items.set_status(session, items[1], "done", now=utc_now())
        action_items.set_status(session, items[2], "dropped", now=utc_now())
        row = goals.get(session, goal_id)
    assert (row.actions_done, row.actions_counted, row.progress) == (2, 3, 67)
    assert row.mentor_names == ("Ada",)  # linking advice links the mentor it came from


def test_deleting_a_goal_says_which_links_go_keeps_the_rest_and_undo_restores_them(
    database: Database,
) -> None:
    with database.session() as session:
        ada, bo = mentor(session, "Ada"), mentor(session, "Bo")
        meeting_id = held_meeting(session, ada, -3)
        item = action_items.capture(session, ada, "Read", meeting_id=meeting_id, now=utc_now()).id
        goal_id = goal(session, mentor_ids=(ada, bo))
        goal_links.set_actions(session, goal_id, [item], now=utc_now())
        goals.set_progress(session, goal_id, 30, day=TODAY, today=TODAY, now=utc_now())
        ref = Ref(Kind.GOAL, goal_id)
        assert records.what_goes(session, ref) == {
            Kind.GOAL: 1,
            Kind.GOAL_PROGRESS: 1,
            Kind.GOAL_MENTOR: 2,
            Kind.GOAL_ACTION_ITEM: 1,
        }
        _, delta = records.track(
            session, [ref], lambda s: goals.delete_goal(s, goal_id), dependents=True
        )
    with database.session() as session:
        assert (count(session, Mentor), count(session, ActionItem), count(session, Meeting)) == (
            2,
            1,
            1,
        )
        assert count(session, Goal) == 0
        records.apply(session, delta.reversed())
    with database.session() as session:
        row = goals.get(session, goal_id)
        assert (row.mentor_names, row.action_ids, row.progress) == (("Ada", "Bo"), (item,), 30)


def test_deleting_a_mentor_removes_its_goal_links_and_undo_puts_them_back(
    database: Database,
) -> None:
    with database.session() as session:
        ada = mentor(session, "Ada")
        item = action_items.capture(session, ada, "Read", now=utc_now()).id
        goal_id = goal(session, mentor_ids=(ada,))
        goal_links.set_actions(session, goal_id, [item], now=utc_now())
        ref = Ref(Kind.MENTOR, ada)
        _, delta = records.track(session, [ref], lambda s: delete_mentor(s, ada), dependents=True)
    with database.session() as session:
        row = goals.get(session, goal_id)
        assert (row.mentor_ids, row.action_ids) == ((), ())
        records.apply(session, delta.reversed())
    with database.session() as session:
        row = goals.get(session, goal_id)
        assert (row.mentor_ids, row.action_ids) == ((ada,), (item,))


def test_a_goals_page_lists_meetings_that_produced_its_advice_or_name_it(
    database: Database,
) -> None:
    with database.session() as session:
        ada = mentor(session, "Ada")
        advice = held_meeting(session, ada, -20, takeaways="Delegate the rota")
        named = held_meeting(session, ada, -10, notes="We talked about how to LEAD A TEAM.")
        held_meeting(session, ada, -5, notes="Holidays")
        item = action_items.capture(session, ada, "Delegate", meeting_id=advice, now=utc_now()).id
        goal_id = goal(session, mentor_ids=(ada,))
        goal_links.set_actions(session, goal_id, [item], now=utc_now())
        found = goal_page.page(session, goal_id)
    assert [(m.id, m.reason) for m in found.meetings] == [
        (named, goal_page.BY_MENTION),
        (advice, goal_page.BY_ACTION),
    ]
    assert [a.text for a in found.actions] == ["Delegate"]


def test_the_board_puts_each_mentors_advice_side_by_side(database: Database) -> None:
    with database.session() as session:
        ada, bo, cy = mentor(session, "Ada"), mentor(session, "Bo"), mentor(session, "Cy")
        first = held_meeting(session, ada, -9, takeaways="- Hire slowly\n- Lead a team by example")
        ada_items = [
            action_items.capture(session, ada, t, meeting_id=first, now=utc_now()).id
            for t in ("A1", "A2")
        ]
        bo_item = action_items.capture(session, bo, "B1", now=utc_now()).id
        goal_id = goal(session, mentor_ids=(cy,))
        goal_links.set_actions(session, goal_id, [*ada_items, bo_item], now=utc_now())
        found = goal_page.board(session, goal_id)
    assert [(c.mentor_name, len(c.actions), len(c.meetings)) for c in found.columns] == [
        ("Ada", 2, 1),
        ("Bo", 1, 0),
        ("Cy", 0, 0),
    ]
    assert found.columns[0].meetings[0].takeaways.startswith("- Hire slowly")


def test_links_from_the_mentors_side_and_the_lists_news(database: Database) -> None:
    with database.session() as session:
        ada = mentor(session, "Ada")
        first, second = goal(session, "Speak"), goal(session, "Write")
        goal_links.set_goals_of_mentor(session, ada, [first, second])
        assert [g.title for g in goal_links.goals_of_mentor(session, ada)] == ["Speak", "Write"]
        goal_links.set_goals_of_mentor(session, ada, [second])
        touched = goals.goal_rows(session, [ada])
    assert [g.title for g in touched] == ["Write"]


def test_a_goal_row_is_equal_when_nothing_changed(database: Database) -> None:
    with database.session() as session:
        goal_id = goal(session, target_date=date(2030, 1, 1))
        assert goals.goal_rows(session) == goals.goal_rows(session, [goal_id])
