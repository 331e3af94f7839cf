"""Note history: snapshots while typing, before large deletions and before restores."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from mentordesk.db.database import Database
from mentordesk.db.models import NoteSnapshot
from mentordesk.db.types import utc_now
from mentordesk.services import meetings, mentors, note_history

T0 = datetime.now(UTC) - timedelta(hours=2)


def _meeting(database: Database) -> str:
    with database.session() as session:
        mentor = mentors.create_mentor(session, mentors.MentorData(name="Ada"), now=utc_now())
        plan = meetings.MeetingPlan(mentor_id=mentor.id, scheduled_start=T0)
        return meetings.plan_meeting(session, plan, now=utc_now()).id


def _kept(database: Database, meeting_id: str) -> list[tuple[str, str]]:
    with database.session() as session:
        return [(s.reason, s.notes) for s in note_history.list_snapshots(session, meeting_id)]


def test_snapshot_before_restore_keeps_unsaved_editor_text(database: Database) -> None:
    meeting_id = _meeting(database)
    with database.session() as session:
        meetings.save_notes(session, meeting_id, "saved text", now=T0)
        taken = note_history.take_before_restore(
            session, meeting_id, "saved text + typed", now=utc_now()
        )
    assert taken is not None
    assert _kept(database, meeting_id) == [(note_history.BEFORE_RESTORE, "saved text + typed")]


def test_the_same_text_is_not_kept_twice(database: Database) -> None:
    meeting_id = _meeting(database)
    long_text = "x" * 100
    with database.session() as session:
        meetings.save_notes(session, meeting_id, long_text, now=T0)
        note_history.take_before_restore(session, meeting_id, long_text, now=T0)
        # The restore then saves a much shorter text: already kept, no second copy.
        meetings.save_notes(session, meeting_id, "short", now=T0 + timedelta(minutes=1))
        assert (
            note_history.take_before_restore(session, meeting_id, long_text, now=utc_now()) is False
        )
    assert _kept(database, meeting_id) == [(note_history.BEFORE_RESTORE, long_text)]


def test_large_deletion_is_kept(database: Database) -> None:
    meeting_id = _meeting(database)
    with database.session() as session:
        meetings.save_notes(session, meeting_id, "y" * 100, now=T0)
        meetings.save_notes(session, meeting_id, "y" * 10, now=T0 + timedelta(minutes=1))
    assert _kept(database, meeting_id) == [(note_history.BEFORE_LARGE_DELETION, "y" * 100)]


def _snapshots_at(database: Database, meeting_id: str, *ages: timedelta) -> None:
    with database.session() as session:
        for age in ages:
            session.add(
                NoteSnapshot(
                    meeting_id=meeting_id,
                    taken_at=T0 - age,
                    reason="periodic",
                    notes=f"{age.days} days old",
                )
            )


def test_pruning_removes_versions_older_than_the_keeping_time(database: Database) -> None:
    meeting_id = _meeting(database)
    _snapshots_at(database, meeting_id, timedelta(days=1), timedelta(days=200))
    with database.session() as session:
        assert note_history.prune(session, T0) == 1
    assert [notes for _, notes in _kept(database, meeting_id)] == ["1 days old"]


def test_a_clock_years_ahead_does_not_prune_every_version(database: Database) -> None:
    meeting_id = _meeting(database)
    _snapshots_at(database, meeting_id, timedelta(days=1), timedelta(days=30))
    with database.session() as session:
        assert note_history.prune(session, T0 + timedelta(days=5 * 365)) == 0
    assert len(_kept(database, meeting_id)) == 2
