"""Text that SQLite cannot store, and text that must really go (issue 7, finding 11)."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import text

from mentordesk.config import Paths
from mentordesk.db.database import Database
from mentordesk.db.types import utc_now
from mentordesk.services import meeting_queries, meetings
from mentordesk.services.mentors import MentorData, create_mentor, delete_mentor, get

BROKEN = "Half an emoji \ud83d from a broken paste"


def test_a_lone_surrogate_is_stored_as_a_replacement_character(database: Database) -> None:
    with database.session() as session:
        mentor_id = create_mentor(session, MentorData(name=BROKEN, notes=BROKEN), now=utc_now()).id
        plan = meetings.MeetingPlan(mentor_id=mentor_id, scheduled_start=datetime.now(UTC))
        meeting_id = meetings.plan_meeting(session, plan, now=utc_now()).id
    with database.session() as session:
        meetings.save_notes(session, meeting_id, "Notes " + BROKEN, "\udfff", now=utc_now())
    with database.session() as session:
        mentor = get(session, mentor_id)
        meeting = meeting_queries.detail(session, meeting_id)
        assert mentor.data.name == "Half an emoji \ufffd from a broken paste"
        assert meeting.notes == "Notes Half an emoji \ufffd from a broken paste"
        assert meeting.takeaways == "\ufffd"


def test_every_connection_overwrites_deleted_text(database: Database, paths: Paths) -> None:
    with database.engine.connect() as connection:
        assert connection.execute(text("PRAGMA secure_delete")).scalar() == 1
    secret = "SECRET-8d1f-" * 200
    with database.session() as session:
        mentor_id = create_mentor(
            session, MentorData(name="Private", notes=secret), now=utc_now()
        ).id
    with database.session() as session:
        delete_mentor(session, mentor_id)
    with database.engine.connect() as connection:
        connection.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))
    database.close()
    assert b"SECRET-8d1f-" not in paths.database.read_bytes()


def test_without_secure_delete_the_deleted_text_would_stay_in_the_file(tmp_path: Path) -> None:
    """The control for the test above: SQLite's own default (on this build, and on
    most) leaves deleted text readable in the file, so that test can fail."""
    path = tmp_path / "plain.sqlite3"
    connection = sqlite3.connect(path)
    try:
        connection.execute("PRAGMA journal_mode=WAL")
        connection.execute("PRAGMA secure_delete=OFF")
        connection.execute("CREATE TABLE note (body TEXT)")
        connection.execute("INSERT INTO note VALUES (?)", ("SECRET-8d1f-" * 200,))
        connection.commit()
        connection.execute("DELETE FROM note")
        connection.commit()
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        connection.close()
    assert b"SECRET-8d1f-" in path.read_bytes()


def test_a_surrogate_pair_that_arrived_in_halves_is_stored_as_its_emoji(
    database: Database,
) -> None:
    with database.session() as session:
        mentor_id = create_mentor(session, MentorData(name="Smile \ud83d\ude00"), now=utc_now()).id
    with database.session() as session:
        assert get(session, mentor_id).data.name == "Smile 😀"
