"""Cadence from a real database: stored UTC moments become the user's calendar days
across daylight-saving changes (the user's and the mentor's), cancelled meetings never
count, several meetings on one day are one meeting day."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from mentordesk.config import Paths, resolve_paths
from mentordesk.db.database import Database
from mentordesk.db.types import utc_now
from mentordesk.services import agreements, meetings
from mentordesk.services.cadence import CadenceStatus, Interval
from mentordesk.services.cadence_read import cadences_of, histories, suggested_next_start
from mentordesk.services.mentors import MentorData, create_mentor

LONDON = ZoneInfo("Europe/London")
NEW_YORK = ZoneInfo("America/New_York")
AUCKLAND = ZoneInfo("Pacific/Auckland")


def mentor(database: Database, name: str = "Priya", zone: str = "", status: str = "active") -> str:
    with database.session() as session:
        return create_mentor(
            session, MentorData(name=name, time_zone=zone, status=status), now=utc_now()
        ).id


def meeting(database: Database, mentor_id: str, start: datetime, status: str = "held") -> str:
    with database.session() as session:
        made = meetings.plan_meeting(
            session, meetings.MeetingPlan(mentor_id=mentor_id, scheduled_start=start), now=utc_now()
        )
        if status == "held":
            meetings.end_meeting(session, made.id, actual_minutes=45, now=start)
        elif status == "cancelled":
            meetings.cancel_meeting(session, made.id, now=utc_now())
        return made.id


def set_interval(database: Database, mentor_id: str, every: int, unit: str) -> None:
    with database.session() as session:
        from mentordesk.services import agreements

        agreements.set_mentor_interval(session, mentor_id, every, unit, now=utc_now())


def held_days(database: Database, zone: ZoneInfo) -> tuple[date, ...]:
    with database.session() as session:
        (found,) = histories(session, zone)
    return found.held_days


def test_days_are_the_users_own_across_the_spring_daylight_saving_change(
    database: Database,
) -> None:
    who = mentor(database)
    # 00:30 in London on each Sunday: GMT before 31 March 2024, BST (UTC+1) after.
    for day in (date(2024, 3, 24), date(2024, 3, 31), date(2024, 4, 7)):
        local = datetime(day.year, day.month, day.day, 0, 30, tzinfo=LONDON)
        meeting(database, who, local.astimezone(UTC))
    # On 7 April, 00:30 BST is 23:30 UTC on the 6th: the day is still the user's Sunday.
    assert held_days(database, LONDON) == (date(2024, 3, 24), date(2024, 3, 31), date(2024, 4, 7))
    assert held_days(database, ZoneInfo("UTC"))[-1] == date(2024, 4, 6)


def test_days_are_the_users_own_across_the_autumn_change(database: Database) -> None:
    who = mentor(database)
    set_interval(database, who, 1, "weeks")
    late_evening = datetime(2024, 10, 20, 23, 30, tzinfo=NEW_YORK)  # EDT
    meeting(database, who, late_evening.astimezone(UTC))
    # New York leaves daylight saving on 3 November: one week later is still the 27th.
    after = datetime(2024, 10, 27, 23, 30, tzinfo=NEW_YORK)
    meeting(database, who, after.astimezone(UTC))
    assert held_days(database, NEW_YORK) == (date(2024, 10, 20), date(2024, 10, 27))
    with database.session() as session:
        (result,) = cadences_of(
            session, date(2024, 11, 3), datetime(2024, 11, 3, 12, tzinfo=UTC), NEW_YORK
        )
    assert result.next_due == date(2024, 11, 3)
    assert result.status is CadenceStatus.DUE_SOON


def test_the_mentors_daylight_saving_change_does_not_move_the_users_days(
    database: Database,
) -> None:
    who = mentor(database, zone="Pacific/Auckland")
    set_interval(database, who, 1, "weeks")
    # Mondays at 08:00 in Auckland. New Zealand leaves daylight saving on 7 April 2024:
    # in London (BST since 31 March) the meetings are on Sunday evenings throughout.
    for day in (date(2024, 3, 25), date(2024, 4, 1), date(2024, 4, 8), date(2024, 4, 15)):
        meeting(database, who, datetime(day.year, day.month, day.day, 8, tzinfo=AUCKLAND))
    days = held_days(database, LONDON)
    assert days == (date(2024, 3, 24), date(2024, 3, 31), date(2024, 4, 7), date(2024, 4, 14))
    with database.session() as session:
        (result,) = cadences_of(
            session, date(2024, 4, 16), datetime(2024, 4, 16, 9, tzinfo=UTC), LONDON
        )
    assert result.gaps == (7, 7, 7)
    assert result.drift is not None and not result.drift.is_large


def test_cancelled_meetings_never_count(database: Database) -> None:
    who = mentor(database)
    set_interval(database, who, 4, "weeks")
    meeting(database, who, datetime(2024, 1, 10, 10, tzinfo=UTC))
    meeting(database, who, datetime(2024, 2, 5, 10, tzinfo=UTC), status="cancelled")
    meeting(database, who, datetime(2024, 3, 20, 10, tzinfo=UTC), status="cancelled")
    with database.session() as session:
        (result,) = cadences_of(
            session, date(2024, 3, 1), datetime(2024, 3, 1, 9, tzinfo=UTC), LONDON
        )
    assert result.last_met == date(2024, 1, 10)
    assert result.next_planned is None  # the cancelled one ahead is not a plan
    assert (result.status, result.days_overdue) == (CadenceStatus.OVERDUE, 23)  # due 7 Feb


def test_several_meetings_on_one_day_are_one_meeting_day(database: Database) -> None:
    who = mentor(database)
    set_interval(database, who, 2, "weeks")
    for day, hours in ((date(2024, 5, 1), (9, 15)), (date(2024, 5, 15), (8, 11, 16))):
        for hour in hours:
            meeting(database, who, datetime(day.year, day.month, day.day, hour, tzinfo=UTC))
    with database.session() as session:
        (result,) = cadences_of(
            session, date(2024, 5, 20), datetime(2024, 5, 20, 9, tzinfo=UTC), LONDON
        )
    assert result.gaps == (14,)  # not (0, 14, 0, 0)
    assert result.last_met == date(2024, 5, 15)
    assert result.next_due == date(2024, 5, 29)


def test_a_meeting_planned_in_the_past_is_neither_met_nor_scheduled(database: Database) -> None:
    who = mentor(database)
    set_interval(database, who, 1, "months")
    meeting(database, who, datetime(2024, 1, 31, 10, tzinfo=UTC))
    meeting(database, who, datetime(2024, 2, 27, 10, tzinfo=UTC), status="planned")
    with database.session() as session:
        (result,) = cadences_of(
            session, date(2024, 3, 4), datetime(2024, 3, 4, 9, tzinfo=UTC), LONDON
        )
    assert (result.last_met, result.next_due) == (date(2024, 1, 31), date(2024, 2, 29))
    assert (result.status, result.days_overdue) == (CadenceStatus.OVERDUE, 4)


def test_every_mentor_in_a_few_statements_and_only_those_asked_for(database: Database) -> None:
    ids = [mentor(database, f"Mentor {n}") for n in range(5)]
    mentor(database, "Paused", status="paused")
    with database.session() as session:
        every = histories(session, LONDON)
        some = histories(session, LONDON, ids[:2])
    assert len(every) == 6
    assert [h.mentor_id for h in some] == ids[:2]
    assert all(h.fallback is None for h in every)


def test_the_mentors_own_interval_is_read(database: Database) -> None:
    who = mentor(database)
    set_interval(database, who, 3, "weeks")
    with database.session() as session:
        (found,) = histories(session, LONDON)
    assert found.fallback == Interval(3, "weeks")
    assert timedelta(weeks=3) == found.fallback.after(date(2024, 1, 1)) - date(2024, 1, 1)


def test_the_next_meeting_offered_is_one_agreed_interval_later_at_the_same_clock_time(
    database: Database,
) -> None:
    london = ZoneInfo("Europe/London")
    # 09:30 in London on 31 January; British Summer Time starts on 29 March 2026.
    held = datetime(2026, 1, 31, 9, 30, tzinfo=london)
    today = date(2026, 1, 31)
    with database.session() as session:
        ada = create_mentor(session, MentorData(name="Ada"), now=utc_now()).id
        assert suggested_next_start(session, ada, held, today, london) == held + timedelta(weeks=4)
        agreements.set_mentor_interval(session, ada, 10, "days", now=utc_now())
        assert suggested_next_start(session, ada, held, today, london) == held + timedelta(days=10)
        agreements.save(
            session,
            ada,
            agreements.AgreementTerms(
                status="agreed", frequency_every=2, frequency_unit="months", agreed_on=today
            ),
            today=today,
            now=utc_now(),
        )
        offered = suggested_next_start(session, ada, held, today, london)
    # Two calendar months on: 31 March, still at 09:30 on the wall clock (now BST).
    assert offered.astimezone(london) == datetime(2026, 3, 31, 9, 30, tzinfo=london)
    assert offered.utcoffset() == timedelta(0) and offered.hour == 8


def test_every_mentors_history_read_again_shows_each_change_whoever_made_it(
    database: Database, paths: Paths, tmp_path: Path
) -> None:
    """Every mentor's history is kept between reads while nothing changed (the Dashboard
    and the reminders read it in one turn): a meeting held since, written through this
    connection or committed by another (a background save, a sync round), is in the
    next read; and another data folder opened later never sees the first one's."""
    priya = mentor(database)
    assert held_days(database, LONDON) == ()
    meeting(database, priya, datetime(2026, 3, 2, 10, tzinfo=UTC))
    assert held_days(database, LONDON) == (date(2026, 3, 2),)

    other = Database(paths)  # a second connection to the same file
    try:
        meeting(other, priya, datetime(2026, 3, 9, 10, tzinfo=UTC))
    finally:
        other.close()
    assert held_days(database, LONDON) == (date(2026, 3, 2), date(2026, 3, 9))
    assert held_days(database, LONDON) == (date(2026, 3, 2), date(2026, 3, 9))

    elsewhere = Database(resolve_paths(tmp_path / "elsewhere"))
    try:
        sam = mentor(elsewhere, "Sam")
        with elsewhere.session() as session:
            assert [h.mentor_id for h in histories(session, LONDON)] == [sam]
    finally:
        elsewhere.close()
