"""Typed fast reads: a Core select run on SQLite's cursor reads back what the ORM would."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from sqlalchemy import bindparam, func, select

from mentordesk.db.choices import ActionStatus, MeetingStatus
from mentordesk.db.database import Database
from mentordesk.db.fast import IN_LIMIT, FastSelect, chunks, in_list
from mentordesk.db.models import ActionItem, Meeting, Mentor

START = datetime(2025, 3, 30, 0, 30, tzinfo=UTC)  # 01:30 in Paris, the night clocks change

_ITEMS = FastSelect(
    select(ActionItem.text, ActionItem.due_date, ActionItem.report_back, ActionItem.status)
    .where(ActionItem.status == ActionStatus.OPEN)
    .order_by(ActionItem.text)
)
_MEETINGS = FastSelect(
    select(Meeting.id, Meeting.scheduled_start, Meeting.planned_minutes, Meeting.rating).order_by(
        Meeting.scheduled_start
    )
)
_NAMED = FastSelect(select(Mentor.name).where(Mentor.id.in_(in_list("ids"))).order_by(Mentor.name))
_NOT_NAMED = FastSelect(
    select(Mentor.name).where(Mentor.id.not_in(in_list("ids"))).order_by(Mentor.name)
)
_FROM = FastSelect(
    select(Meeting.id).where(Meeting.scheduled_start >= bindparam("since")).order_by(Meeting.id)
)
_COUNT = FastSelect(select(func.count(), func.max(ActionItem.due_date)))


@pytest.fixture
def filled(database: Database) -> Database:
    with database.session() as session:
        ada = Mentor(id="m-ada", name="Ada", status="active")
        grace = Mentor(id="m-grace", name="Grace", status="active")
        session.add_all([ada, grace])
        session.flush()
        session.add_all(
            [
                ActionItem(mentor_id=ada.id, text="Read", due_date=date(2025, 4, 1)),
                ActionItem(mentor_id=ada.id, text="Write", report_back=True),
                ActionItem(mentor_id=ada.id, text="Done already", status=ActionStatus.DONE),
                Meeting(id="g-1", mentor_id=ada.id, scheduled_start=START),
                Meeting(
                    id="g-2",
                    mentor_id=grace.id,
                    scheduled_start=START + timedelta(days=1),
                    status=MeetingStatus.HELD,
                    rating=4,
                ),
            ]
        )
    return database


def test_each_column_reads_back_as_its_type(filled: Database) -> None:
    with filled.session() as session:
        items = _ITEMS.rows(session)
        meetings = _MEETINGS.rows(session)
    # The enum member in the select is bound as its stored value: the done item is left out.
    assert items == [
        ("Read", date(2025, 4, 1), False, "open"),
        ("Write", None, True, "open"),
    ]
    assert meetings == [("g-1", START, 45, None), ("g-2", START + timedelta(days=1), 45, 4)]
    start = meetings[0][1]
    assert start.tzinfo is not None and start.utcoffset() == timedelta(0)


def test_reads_agree_with_the_orm(filled: Database) -> None:
    with filled.session() as session:
        fast = _MEETINGS.rows(session)
        orm = [tuple(row) for row in session.execute(_MEETINGS.statement)]
    assert fast == orm


def test_an_in_list_takes_any_number_of_ids(filled: Database) -> None:
    with filled.session() as session:
        assert _NAMED.rows(session, ids=["m-grace", "m-ada", "gone"]) == [("Ada",), ("Grace",)]
        assert _NAMED.rows(session, ids=["m-grace"]) == [("Grace",)]
        assert _NAMED.rows(session, ids=[]) == []
        # An empty list excludes nothing (a NULL in its place would exclude everything).
        assert _NOT_NAMED.rows(session, ids=[]) == [("Ada",), ("Grace",)]
        assert _NOT_NAMED.rows(session, ids=["m-ada"]) == [("Grace",)]


def test_a_moment_is_compared_as_stored_whatever_its_time_zone(filled: Database) -> None:
    paris_summer = timezone(timedelta(hours=2))
    with filled.session() as session:
        assert _FROM.rows(session, since=START) == [("g-1",), ("g-2",)]
        # 02:31 in UTC+2 is 00:31 UTC: after the first meeting, before the second.
        later = (START + timedelta(minutes=1)).astimezone(paris_summer)
        assert _FROM.rows(session, since=later) == [("g-2",)]


def test_aggregates_read_back_as_their_column_types(filled: Database) -> None:
    with filled.session() as session:
        assert _COUNT.rows(session) == [(3, date(2025, 4, 1))]


def test_a_missing_value_is_named(filled: Database) -> None:
    with filled.session() as session, pytest.raises(KeyError, match="since"):
        _FROM.rows(session)


def test_reads_see_the_sessions_own_unsaved_changes(filled: Database) -> None:
    with pytest.raises(RuntimeError), filled.session() as session:
        session.add(Mentor(id="m-new", name="Alan"))
        session.flush()
        assert _NAMED.rows(session, ids=["m-new"]) == [("Alan",)]
        raise RuntimeError("rolled back")
    with filled.session() as session:
        assert _NAMED.rows(session, ids=["m-new"]) == []


def test_long_id_lists_are_read_in_chunks() -> None:
    ids = [str(n) for n in range(2 * IN_LIMIT + 1)]
    found = chunks(ids)
    assert [len(chunk) for chunk in found] == [IN_LIMIT, IN_LIMIT, 1]
    assert [i for chunk in found for i in chunk] == ids


@dataclass(frozen=True)
class Planned:
    id: str
    start: datetime
    minutes: int
    rating: int | None


def test_rows_can_be_made_into_records_directly(filled: Database) -> None:
    with filled.session() as session:
        made = _MEETINGS.made(session, Planned)
        rows = _MEETINGS.rows(session)
    assert made == [Planned(*row) for row in rows]
    assert made[0] == Planned("g-1", START, 45, None)
