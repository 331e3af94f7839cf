"""The dashboard on a fixed day: each section holds exactly what it promises."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from mentordesk.db.database import Database
from mentordesk.db.types import utc_now
from mentordesk.services import action_items, agreements, meetings
from mentordesk.services.agreements import AgreementTerms
from mentordesk.services.cadence import CadenceStatus
from mentordesk.services.dashboard import Dashboard, dashboard, join_url
from mentordesk.services.mentors import MentorData, create_mentor

LONDON = ZoneInfo("Europe/London")
TODAY = date(2026, 3, 10)  # a Tuesday
NOW = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)


def at(days: float, hour: int = 10) -> datetime:
    return datetime(2026, 3, 10, hour, tzinfo=UTC) + timedelta(days=days)


class World:
    """A small data set written through the services."""

    def __init__(self, database: Database) -> None:
        self.database = database
        self.ids: dict[str, str] = {}

    def mentor(self, name: str, status: str = "active", weeks: int | None = 4) -> str:
        with self.database.session() as session:
            made = create_mentor(session, MentorData(name=name, status=status), now=utc_now())
            if weeks is not None:
                agreements.set_mentor_interval(session, made.id, weeks, "weeks", now=utc_now())
        self.ids[name] = made.id
        return made.id

    def meeting(
        self,
        name: str,
        days: float,
        status: str = "held",
        location: str = "",
        agenda: tuple[str, ...] = (),
    ) -> str:
        with self.database.session() as session:
            made = meetings.plan_meeting(
                session,
                meetings.MeetingPlan(
                    mentor_id=self.ids[name],
                    scheduled_start=at(days),
                    location=location,
                    agenda=agenda,
                ),
                now=utc_now(),
            )
            if status == "held":
                meetings.end_meeting(session, made.id, actual_minutes=45, now=at(days))
            elif status == "cancelled":
                meetings.cancel_meeting(session, made.id, now=utc_now())
        return made.id

    def action(
        self, name: str, text: str, due: date | None, done: bool = False, report: bool = False
    ) -> str:
        with self.database.session() as session:
            item = action_items.capture(
                session, self.ids[name], text, due_date=due, report_back=report, now=utc_now()
            )
            if done:
                action_items.mark_done(
                    session, item.id, on=TODAY - timedelta(days=2), report_back=report, now=NOW
                )
        return item.id

    def board(self) -> Dashboard:
        with self.database.session() as session:
            return dashboard(session, TODAY, NOW, LONDON)


def test_an_empty_database_has_an_empty_dashboard(database: Database) -> None:
    board = World(database).board()
    assert board.is_empty
    assert (board.due, board.upcoming, board.actions, board.report_backs, board.reviews) == (
        (),
    ) * 5


def test_mentors_to_meet_most_urgent_first_and_never_the_paused(database: Database) -> None:
    world = World(database)
    for name, last in (("Late", -60), ("Soon", -26), ("Fine", -3)):
        world.mentor(name)
        world.meeting(name, last)
    world.mentor("Never met")
    world.mentor("Paused", status="paused")
    world.meeting("Paused", -200)
    world.mentor("Late but planned")
    world.meeting("Late but planned", -60)
    world.meeting("Late but planned", 3, "planned")
    board = world.board()
    assert [(c.mentor_name, c.status) for c in board.due] == [
        ("Late", CadenceStatus.OVERDUE),
        ("Soon", CadenceStatus.DUE_SOON),
        ("Never met", CadenceStatus.NO_MEETING_YET),
    ]
    assert board.mentor_count == 6


def test_meetings_in_the_next_seven_days_with_their_brief_and_join_link(database: Database) -> None:
    world = World(database)
    world.mentor("Priya")
    world.action("Priya", "Read the book", None)
    world.action("Priya", "Tell about the talk", None, done=True, report=True)
    soon = world.meeting(
        "Priya", 2, "planned", "meet.example.com/priya", agenda=("Delegation", "Hiring")
    )
    world.meeting("Priya", 6.9, "planned", "Café Nero")
    world.meeting("Priya", 7.5, "planned")  # next week: not yet
    world.meeting("Priya", 1, "cancelled")
    forgotten = world.meeting("Priya", -3, "planned")  # past, never marked held
    board = world.board()
    assert len(board.upcoming) == 2
    assert board.upcoming[0].id == soon
    first = board.upcoming[0]
    assert first.join_url == "https://meet.example.com/priya"
    assert first.agenda == ("Delegation", "Hiring")
    assert (first.open_actions, first.to_report) == (1, 1)
    assert board.upcoming[1].join_url == ""  # a café is not a link
    assert [p.id for p in board.past_planned] == [forgotten]


def test_a_meeting_going_on_now_is_still_upcoming(database: Database) -> None:
    world = World(database)
    world.mentor("Priya")
    now_meeting = world.meeting("Priya", -1 / 24, "planned")  # started at 9:00, 45 minutes
    with database.session() as session:
        board = dashboard(session, TODAY, at(0, 10) - timedelta(minutes=40), LONDON)
    assert [m.id for m in board.upcoming] == [now_meeting]


def test_action_items_past_due_or_due_this_week(database: Database) -> None:
    world = World(database)
    world.mentor("Priya")
    late = world.action("Priya", "Overdue", TODAY - timedelta(days=3))
    today = world.action("Priya", "Today", TODAY)
    sunday = world.action("Priya", "In six days", TODAY + timedelta(days=6))
    world.action("Priya", "In a week", TODAY + timedelta(days=7))
    world.action("Priya", "No date", None)
    world.action("Priya", "Done already", TODAY - timedelta(days=1), done=True)
    board = world.board()
    assert [a.id for a in board.actions] == [late, today, sunday]
    assert [a.days_late for a in board.actions] == [3, 0, -6]


def test_outcomes_promised_to_report_back(database: Database) -> None:
    world = World(database)
    world.mentor("Priya")
    promised = world.action("Priya", "Gave the talk", None, done=True, report=True)
    world.action("Priya", "Quiet win", None, done=True, report=False)
    with database.session() as session:
        action_items.mark_reported(
            session,
            world.action("Priya", "Told", None, done=True, report=True),
            TODAY,
            now=utc_now(),
        )
    board = world.board()
    assert [r.id for r in board.report_backs] == [promised]


def test_agreement_reviews_due_within_fourteen_days(database: Database) -> None:
    world = World(database)
    for name, review_in in (("Two weeks", 14), ("Fifteen days", 15), ("Overdue", -2)):
        mentor = world.mentor(name)
        with database.session() as session:
            agreements.save(
                session,
                mentor,
                AgreementTerms(
                    status="agreed",
                    start_date=TODAY - timedelta(days=60),
                    review_date=TODAY + timedelta(days=review_in),
                ),
                today=TODAY,
                now=utc_now(),
            )
    board = world.board()
    assert [(r.mentor_name, r.days_left) for r in board.reviews] == [
        ("Overdue", -2),
        ("Two weeks", 14),
    ]


def test_a_large_drift_is_a_nudge_and_every_active_mentor_gets_a_chart(database: Database) -> None:
    world = World(database)
    world.mentor("Drifting")
    for days in (-150, -100, -50, -1):
        world.meeting("Drifting", days)
    world.mentor("Steady")
    for days in (-85, -57, -29, -1):
        world.meeting("Steady", days)
    board = world.board()
    assert [c.mentor_name for c in board.drifting] == ["Drifting"]
    assert [c.mentor_name for c in board.rhythm] == ["Drifting", "Steady"]
    assert board.rhythm[1].gaps == (28, 28, 28)


def test_join_links() -> None:
    assert join_url("https://zoom.example.com/j/1") == "https://zoom.example.com/j/1"
    assert join_url("meet.example.com/abc") == "https://meet.example.com/abc"
    assert join_url("Room 4.2") == ""
    assert join_url("") == ""
