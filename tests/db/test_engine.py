"""The SQLite engine: pragmas on every connection, private files, UTC timestamps, foreign keys."""

from __future__ import annotations

import os
import stat
from contextlib import ExitStack
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import Connection, func, select
from sqlalchemy.exc import IntegrityError, StatementError

from mentordesk.config import Paths
from mentordesk.db.database import Database
from mentordesk.db.engine import BUSY_TIMEOUT_MS
from mentordesk.db.models import Mentor
from mentordesk.db.types import utc_now
from mentordesk.logs import setup_logging
from mentordesk.services.mentors import MentorData, create_mentor, delete_mentor, update_mentor
from tests.platforms import posix_file_modes


def mode_of(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def scalar(connection: Connection, sql: str, *params: object) -> object:
    return connection.exec_driver_sql(sql, params).scalar()


def test_every_pooled_connection_has_the_safety_pragmas(database: Database) -> None:
    with ExitStack() as stack:
        connections = [stack.enter_context(database.engine.connect()) for _ in range(4)]
        # Four different SQLite connections, all open at the same time.
        raw_ids = {id(c.connection.dbapi_connection) for c in connections}
        assert len(raw_ids) == 4
        for connection in connections:
            assert scalar(connection, "PRAGMA journal_mode") == "wal"
            assert scalar(connection, "PRAGMA synchronous") == 2  # FULL
            assert scalar(connection, "PRAGMA foreign_keys") == 1
            assert scalar(connection, "PRAGMA busy_timeout") == BUSY_TIMEOUT_MS == 5000


@posix_file_modes
def test_data_files_are_private_even_with_a_permissive_umask(paths: Paths) -> None:
    previous = os.umask(0o022)
    try:
        db = Database(paths)
        setup_logging(paths)
        try:
            with db.session() as session:
                create_mentor(
                    session, MentorData(name="Ada Lovelace", notes="private"), now=utc_now()
                )
            # The pool keeps the connection open, so the WAL files are still there.
            wal = paths.database.with_name(paths.database.name + "-wal")
            shm = paths.database.with_name(paths.database.name + "-shm")
            assert mode_of(paths.data_dir) == 0o700
            assert mode_of(paths.backups_dir) == 0o700
            assert mode_of(paths.log_dir) == 0o700
            assert mode_of(paths.database) == 0o600
            assert wal.exists()
            assert shm.exists()
            assert mode_of(wal) == 0o600
            assert mode_of(shm) == 0o600
        finally:
            db.close()
    finally:
        os.umask(previous)


@posix_file_modes
def test_an_existing_world_readable_database_is_made_private(paths: Paths) -> None:
    previous = os.umask(0o022)
    try:
        Database(paths).close()
        paths.database.chmod(0o644)  # as after "cp backup.sqlite3 mentordesk.sqlite3"
        db = Database(paths)
        try:
            with db.session() as session:
                create_mentor(session, MentorData(name="Ada Lovelace"), now=utc_now())
            wal = paths.database.with_name(paths.database.name + "-wal")
            assert mode_of(paths.database) == 0o600
            assert mode_of(wal) == 0o600
        finally:
            db.close()
    finally:
        os.umask(previous)


def test_a_naive_datetime_is_refused(database: Database) -> None:
    with pytest.raises(StatementError, match="aware"), database.session() as session:
        session.add(Mentor(name="Naive Time", created_at=datetime(2024, 1, 1, 12, 0)))
    with database.session() as session:
        assert session.scalar(select(func.count()).select_from(Mentor)) == 0


def test_an_aware_datetime_round_trips_as_the_same_instant_in_utc(database: Database) -> None:
    new_york = datetime(2024, 7, 1, 9, 30, 15, 123456, tzinfo=ZoneInfo("America/New_York"))
    with database.session() as session:
        mentor = Mentor(name="Zoned", created_at=new_york)
        session.add(mentor)
        session.flush()
        mentor_id = mentor.id
    with database.session() as session:
        loaded = session.get(Mentor, mentor_id)
        assert loaded is not None
        assert loaded.created_at == new_york  # the same instant
        assert loaded.created_at.tzinfo is not None
        assert loaded.created_at.utcoffset() == timedelta(0)
        assert loaded.created_at.tzinfo == UTC
        assert (loaded.created_at.hour, loaded.created_at.microsecond) == (13, 123456)
    with database.engine.connect() as connection:
        stored = scalar(connection, "SELECT created_at FROM mentor WHERE id = ?", mentor_id)
    assert stored == "2024-07-01T13:30:15.123456+00:00"


def _mentor_with_tags_and_history(database: Database) -> str:
    with database.session() as session:
        mentor = create_mentor(
            session, MentorData(name="Grace Hopper", tags=("compilers", "navy")), now=utc_now()
        )
        mentor_id = mentor.id
    with database.session() as session:
        update_mentor(
            session,
            mentor_id,
            MentorData(name="Grace Hopper", status="active", tags=("compilers", "navy")),
            now=utc_now(),
        )
    return mentor_id


def _child_counts(database: Database, mentor_id: str) -> tuple[object, object]:
    with database.engine.connect() as connection:
        return (
            scalar(
                connection,
                "SELECT count(*) FROM mentor_status_change WHERE mentor_id = ?",
                mentor_id,
            ),
            scalar(connection, "SELECT count(*) FROM mentor_tag WHERE mentor_id = ?", mentor_id),
        )


def test_deleting_a_mentor_row_cascades_to_history_and_tags(database: Database) -> None:
    mentor_id = _mentor_with_tags_and_history(database)
    assert _child_counts(database, mentor_id) == (2, 2)
    # Plain SQL, so only SQLite's foreign keys (not the ORM) can remove the children.
    with database.engine.begin() as connection:
        connection.exec_driver_sql("DELETE FROM mentor WHERE id = ?", (mentor_id,))
    assert _child_counts(database, mentor_id) == (0, 0)


def test_deleting_a_mentor_through_the_service_removes_history_and_tags(
    database: Database,
) -> None:
    mentor_id = _mentor_with_tags_and_history(database)
    with database.session() as session:
        delete_mentor(session, mentor_id)
    assert _child_counts(database, mentor_id) == (0, 0)


def test_a_link_to_a_missing_mentor_is_refused(database: Database) -> None:
    with pytest.raises(IntegrityError, match="FOREIGN KEY"), database.engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO mentor_status_change (id, mentor_id, from_status, to_status, "
            "changed_at) VALUES ('x', 'no-such-mentor', NULL, 'active', "
            "'2024-01-01T00:00:00.000000+00:00')"
        )
    assert _child_counts(database, "no-such-mentor") == (0, 0)
