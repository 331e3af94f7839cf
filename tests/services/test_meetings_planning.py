"""Planning meetings, the rows the lists show, and snapshots for undoing a delete."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from mentordesk.db.database import Database
from mentordesk.db.types import utc_now
from mentordesk.services import _loaded as loaded
from mentordesk.services import action_items, meeting_queries, meetings, note_history, records
from mentordesk.services.kinds import Kind, Ref
from mentordesk.services.meetings import MeetingPlan, MeetingValidationError
from mentordesk.services.mentors import MentorData, create_mentor, delete_mentor

START = datetime(2025, 3, 4, 15, 30, tzinfo=UTC)


@pytest.fixture
def mentor_id(database: Database) -> str:
    with database.session() as session:
        return create_mentor(
            session, MentorData(name="Grace Hopper", status="active"), now=utc_now()
        ).id


def plan(database: Database, mentor_id: str, **kwargs: object) -> str:
    with database.session() as session:
        fields: dict[str, object] = {"mentor_id": mentor_id, "scheduled_start": START, **kwargs}
        return meetings.plan_meeting(session, MeetingPlan(**fields), now=utc_now()).id  # type: ignore[arg-type]


def held_meeting(database: Database, mentor_id: str) -> str:
    """A held meeting with two of three agenda points covered and an action item."""
    meeting_id = plan(database, mentor_id, agenda=("Promotion case", "Conference talk", "Budget"))
    with database.session() as session:
        meeting = loaded.meeting(session, meeting_id)
        items: list[tuple[str | None, str, bool]] = [
            (i.id, i.text, i.text != "Conference talk") for i in meeting.agenda
        ]
        meetings.set_agenda(session, meeting_id, items, now=utc_now())
        meetings.save_notes(
            session, meeting_id, "We talked.", "Write the case down.", now=utc_now()
        )
        action_items.capture(
            session, mentor_id, "Draft the case", meeting_id=meeting_id, now=utc_now()
        )
        meetings.end_meeting(session, meeting_id, actual_minutes=50, rating=4, now=utc_now())
    return meeting_id


def test_plan_refuses_missing_mentor_and_naive_time(database: Database) -> None:
    with pytest.raises(MeetingValidationError) as error, database.session() as session:
        meetings.plan_meeting(
            session,
            MeetingPlan(mentor_id="", scheduled_start=START.replace(tzinfo=None)),
            now=utc_now(),
        )
    assert set(error.value.errors) == {"mentor", "scheduled_start"}


def test_carried_agenda_comes_first_and_stays_linked(database: Database, mentor_id: str) -> None:
    first = held_meeting(database, mentor_id)
    with database.session() as session:
        offer = meeting_queries.carry_over(session, mentor_id)
        assert offer.previous_start == meeting_queries.detail(session, first).scheduled_start
        assert [i.text for i in offer.unchecked_agenda] == ["Conference talk"]
        assert [a.text for a in offer.open_actions] == ["Draft the case"]
        carried = tuple(i.id for i in offer.unchecked_agenda)
    second = plan(
        database,
        mentor_id,
        scheduled_start=START + timedelta(weeks=4),
        agenda=("New topic",),
        carried_agenda_ids=carried,
    )
    with database.session() as session:
        agenda = loaded.meeting(session, second).agenda
        assert [(i.text, i.carried_from_id) for i in agenda] == [
            ("Conference talk", carried[0]),
            ("New topic", None),
        ]


def test_rows_count_agenda_progress_and_actions(database: Database, mentor_id: str) -> None:
    meeting_id = held_meeting(database, mentor_id)
    plan(database, mentor_id, scheduled_start=START + timedelta(days=7))
    with database.session() as session:
        rows = meeting_queries.meeting_rows(session)
        assert [r.scheduled_start for r in rows] == [START + timedelta(days=7), START]
        held = meeting_queries.meeting_row(session, meeting_id)
    assert (held.agenda_done, held.agenda_total, held.action_count) == (2, 3, 1)
    assert (held.status, held.actual_minutes, held.rating) == ("held", 50, 4)
    assert held.mentor_name == "Grace Hopper"
    with database.session() as session:
        summary = meeting_queries.delete_summary(session, meeting_id)
    assert (summary.agenda_points, summary.notes_characters) == (3, len("We talked."))
    assert summary.has_takeaways and summary.action_items == 1


def test_upcoming_means_not_over_yet_and_not_held(database: Database, mentor_id: str) -> None:
    meeting_id = plan(database, mentor_id, planned_minutes=60)
    with database.session() as session:
        row = meeting_queries.meeting_row(session, meeting_id)
    assert row.is_upcoming(START - timedelta(days=1))
    assert row.is_upcoming(START + timedelta(minutes=30))  # going on now
    assert not row.is_upcoming(START + timedelta(minutes=61))
    with database.session() as session:
        meetings.end_meeting(session, meeting_id, actual_minutes=10, now=START)
        assert not meeting_queries.meeting_row(session, meeting_id).is_upcoming(START)


def deleted(database: Database, meeting_id: str) -> records.Delta:
    with database.session() as session:
        _, delta = records.track(
            session,
            [Ref(Kind.MEETING, meeting_id)],
            lambda s: meetings.delete_meeting(s, meeting_id),
            dependents=True,
        )
    return delta


def test_undo_restores_a_deleted_meeting_whole(database: Database, mentor_id: str) -> None:
    meeting_id = held_meeting(database, mentor_id)
    with database.session() as session:
        meetings.save_notes(session, meeting_id, "", now=START + timedelta(hours=2))
        history_before = len(note_history.list_snapshots(session, meeting_id))
        row_before = meeting_queries.meeting_row(session, meeting_id)
    delta = deleted(database, meeting_id)
    with database.session() as session:
        orphan = action_items.list_items(session)[0]
        assert orphan.meeting_id is None  # the action item stayed, unlinked
        records.apply(session, delta.reversed())
    with database.session() as session:
        assert meeting_queries.meeting_row(session, meeting_id) == row_before
        assert action_items.list_items(session)[0].meeting_id == meeting_id
        assert len(note_history.list_snapshots(session, meeting_id)) == history_before >= 1


def test_undo_of_a_cancel_keeps_notes_typed_since(database: Database, mentor_id: str) -> None:
    meeting_id = plan(database, mentor_id)
    with database.session() as session:
        _, delta = records.track(
            session,
            [Ref(Kind.MEETING, meeting_id)],
            lambda s: meetings.cancel_meeting(s, meeting_id, now=utc_now()),
        )
    with database.session() as session:
        meetings.save_notes(session, meeting_id, "Ideas for the talk", now=utc_now())
    with database.session() as session:
        records.apply(session, delta.reversed())
    with database.session() as session:
        meeting = meeting_queries.detail(session, meeting_id)
        assert (meeting.status, meeting.notes) == ("planned", "Ideas for the talk")


def test_a_held_meeting_cannot_be_ended_again(database: Database, mentor_id: str) -> None:
    meeting_id = held_meeting(database, mentor_id)
    with pytest.raises(MeetingValidationError, match="already"), database.session() as session:
        meetings.end_meeting(session, meeting_id, actual_minutes=5, now=utc_now())
    with database.session() as session:
        assert loaded.meeting(session, meeting_id).actual_minutes == 50


def test_a_deleted_meeting_of_a_deleted_mentor_is_not_restored(
    database: Database, mentor_id: str
) -> None:
    meeting_id = held_meeting(database, mentor_id)
    delta = deleted(database, meeting_id)
    with database.session() as session:
        delete_mentor(session, mentor_id)
    with pytest.raises(records.ParentGoneError), database.session() as session:
        records.apply(session, delta.reversed())
    with database.session() as session:
        assert meeting_queries.meeting_rows(session) == []
